package drift

import (
	"sort"

	"github.com/tralign/tralign/align/doc"
)

// sourceCommit is a commit that changed the source, with the source's path
// in it.
type sourceCommit struct {
	c      *commitInfo
	name   string
	shared bool // the commit changed the translation too
}

// maxTraced is the most versions of a source [Repo.Drift] reads to tell
// which commits touched which block (a count of commits). Past it the
// changes keep no commits of their own and messages count the commits of
// the file.
const maxTraced = 200

// attribute finds, for each change, the commits since the base that
// touched its blocks: it reads the source as each commit left it, aligns
// each version with the one before, and follows every block of a change
// from version to version.
func (r *Repo) attribute(res *Result, since []sourceCommit) {
	if len(since) > maxTraced || len(res.Changes) == 0 {
		return
	}
	// The versions, oldest first: the base, then each commit's, with the
	// work tree's last (in place of HEAD's when they are the same).
	type version struct {
		commit int // index into since, -1 for the base and the work tree
	}
	docs := []*doc.Document{res.Old}
	vs := []version{{commit: -1}}
	for i := len(since) - 1; i >= 0; i-- {
		sc := since[i]
		blob, data, found, err := r.blobAt(sc.c, sc.name)
		if err != nil || !found {
			continue // deleted here, or unreadable: its changes fall to the next version
		}
		d := res.New
		if blob != res.newBlob {
			if d, err = r.docOfBlob(blob, sc.name, data, res.srcLang); err != nil {
				continue
			}
		}
		docs = append(docs, d)
		vs = append(vs, version{commit: i})
	}
	if docs[len(docs)-1] != res.New {
		docs = append(docs, res.New)
		vs = append(vs, version{commit: -1})
	}
	n := len(vs)
	// back[v][b]: the block of version v-1 that block b of version v came
	// from (-1 if added), and whether it changed on the way.
	type link struct {
		to      int
		changed bool
	}
	back := make([][]link, n)
	fwd := make([][]link, n)
	for v := 1; v < n; v++ {
		steps := r.versionDiff(docs[v-1], docs[v])
		back[v] = make([]link, len(docs[v].Blocks))
		fwd[v] = make([]link, len(docs[v-1].Blocks))
		for _, st := range steps {
			for k := st.New.Lo; k < st.New.Hi; k++ {
				back[v][k] = link{-1, true}
				if st.Old.Len() > 0 {
					back[v][k] = link{st.Old.Lo, !st.Same}
				}
			}
			for k := st.Old.Lo; k < st.Old.Hi; k++ {
				fwd[v][k] = link{-1, true}
				if st.New.Len() > 0 {
					fwd[v][k] = link{st.New.Lo, !st.Same}
				}
			}
		}
	}
	work := -1 // the work tree's version, if it is one of vs
	if docs[n-1] == res.New && vs[n-1].commit < 0 && n > 1 {
		work = n - 1
	}
	drop := make(map[int]bool)
	for ci := range res.Changes {
		c := &res.Changes[ci]
		c.traced = true
		touched := make(map[int]bool)
		for _, b := range c.New {
			for v := n - 1; v >= 1 && b >= 0; v-- {
				l := back[v][b]
				if l.changed && vs[v].commit >= 0 {
					touched[vs[v].commit] = true
				}
				c.Uncommitted = c.Uncommitted || l.changed && v == work
				b = l.to
			}
		}
		if c.Kind == Removed {
			for _, b := range c.Old {
				for v := 1; v < n && b >= 0; v++ {
					l := fwd[v][b]
					if l.changed && vs[v].commit >= 0 {
						touched[vs[v].commit] = true
					}
					c.Uncommitted = c.Uncommitted || l.changed && v == work
					b = l.to
				}
			}
		}
		idx := make([]int, 0, len(touched))
		for i := range touched {
			idx = append(idx, i)
		}
		sort.Ints(idx)
		c.Commits = []Commit{}
		for _, i := range idx {
			if !since[i].shared {
				c.Commits = append(c.Commits, since[i].c.Commit)
			}
		}
		if len(idx) > 0 && len(c.Commits) == 0 && !c.Uncommitted {
			// Made by commits that changed the translation too.
			drop[ci] = true
		}
	}
	if len(drop) > 0 {
		keep := res.Changes[:0]
		for ci, c := range res.Changes {
			if !drop[ci] {
				keep = append(keep, c)
			}
		}
		res.Changes = keep
		for i := range res.byNew {
			res.byNew[i] = -1
		}
		for ci, c := range res.Changes {
			for _, k := range c.New {
				res.byNew[k] = ci
			}
		}
	}
}
