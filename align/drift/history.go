package drift

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/tralign/tralign/align/doc"
)

// Commit is one commit, as reports show it.
type Commit struct {
	Hash    string    // full hexadecimal hash
	When    time.Time // author date
	Subject string    // first line of the message
}

// Short returns the first 7 digits of the hash.
func (c Commit) Short() string {
	if len(c.Hash) > 7 {
		return c.Hash[:7]
	}
	return c.Hash
}

// Repo is a git repository opened for drift: it keeps an index of the
// history of HEAD (which commit changed which file) and the documents it
// has read, so that many translations of one tree share the work. A Repo
// is not safe for concurrent use; [Repo.Fork] gives each goroutine its own.
type Repo struct {
	repo *git.Repository
	dir  string // the directory Open was given, absolute
	root string // the work tree, absolute

	hist  *history
	anc   map[plumbing.Hash][]bool // ancestors of a commit, by index into hist.commits
	docs  map[docKey]*doc.Document
	diffs map[[2]*doc.Document][]blockStep
}

type docKey struct {
	blob plumbing.Hash
	name string
	lang string
}

// Open opens the git repository that contains path (a file or directory),
// looking for .git in path and its parents.
func Open(path string) (*Repo, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	dir := abs
	if fi, err := os.Stat(abs); err == nil && !fi.IsDir() {
		dir = filepath.Dir(abs)
	}
	r, err := git.PlainOpenWithOptions(dir, &git.PlainOpenOptions{DetectDotGit: true})
	if err != nil {
		return nil, fmt.Errorf("drift: open the git repository of %s: %w", path, err)
	}
	wt, err := r.Worktree()
	if err != nil {
		return nil, fmt.Errorf("drift: %s: %w", path, err)
	}
	root, err := filepath.Abs(wt.Filesystem.Root())
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	if ev, err := filepath.EvalSymlinks(root); err == nil {
		root = ev
	}
	return newRepo(r, dir, root), nil
}

func newRepo(r *git.Repository, dir, root string) *Repo {
	return &Repo{
		repo:  r,
		dir:   dir,
		root:  root,
		anc:   make(map[plumbing.Hash][]bool),
		docs:  make(map[docKey]*doc.Document),
		diffs: make(map[[2]*doc.Document][]blockStep),
	}
}

// Fork returns another Repo on the same repository, for use in another
// goroutine: it shares r's index of the history (built now if it is not
// yet, and never changed after) and keeps caches of its own. go-git's
// repositories are not safe for concurrent reads, so the fork opens the
// repository again.
func (r *Repo) Fork() (*Repo, error) {
	h, err := r.history()
	if err != nil {
		return nil, err
	}
	g, err := git.PlainOpenWithOptions(r.dir, &git.PlainOpenOptions{DetectDotGit: true})
	if err != nil {
		return nil, fmt.Errorf("drift: open the git repository of %s: %w", r.dir, err)
	}
	f := newRepo(g, r.dir, r.root)
	f.hist = h
	return f, nil
}

// maxCachedDocs bounds the documents a Repo keeps read (a count): past it
// the caches are emptied, so that a walk over a large tree holds the
// documents of the few sources it is working on, not of all of them. The
// translations of one source, checked one after another, share its
// versions well within it.
const maxCachedDocs = 256

// maxCachedBases bounds the ancestor sets a Repo keeps (a count of base
// commits; each set takes a byte per commit of the history).
const maxCachedBases = 256

// trim empties the caches when they have grown past maxCachedDocs or
// maxCachedBases.
func (r *Repo) trim() {
	if len(r.docs) > maxCachedDocs {
		clear(r.docs)
		clear(r.diffs)
	}
	if len(r.anc) > maxCachedBases {
		clear(r.anc)
	}
}

// Root returns the directory of the work tree.
func (r *Repo) Root() string { return r.root }

// rel returns the path of file relative to the work tree, slash-separated.
func (r *Repo) rel(file string) (string, error) {
	abs, err := filepath.Abs(file)
	if err != nil {
		return "", fmt.Errorf("drift: %w", err)
	}
	if ev, err := filepath.EvalSymlinks(abs); err == nil {
		abs = ev
	}
	rel, err := filepath.Rel(r.root, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fmt.Errorf("drift: %s is outside the git work tree %s", file, r.root)
	}
	return filepath.ToSlash(rel), nil
}

// history indexes the commits reachable from HEAD.
type history struct {
	commits []*commitInfo // by committer time, newest first
	index   map[plumbing.Hash]int
	touched map[string][]int // path -> commits that changed it, newest first
}

type commitInfo struct {
	Commit
	hash    plumbing.Hash
	tree    plumbing.Hash
	parents []plumbing.Hash
	changed map[string]bool
}

// ErrNoCommits is returned for a repository with no commit yet.
var ErrNoCommits = errors.New("drift: the repository has no commits yet")

// history builds the index on first use. A commit changed a path when the
// path's content differs from that of every parent (for a merge, a change
// that came from one of the merged branches is that branch's, as in git
// log's default history simplification); a root commit changed every path
// it holds.
func (r *Repo) history() (*history, error) {
	if r.hist != nil {
		return r.hist, nil
	}
	head, err := r.repo.Head()
	if err != nil {
		if errors.Is(err, plumbing.ErrReferenceNotFound) {
			return nil, ErrNoCommits
		}
		return nil, fmt.Errorf("drift: read HEAD: %w", err)
	}
	it, err := r.repo.Log(&git.LogOptions{From: head.Hash(), Order: git.LogOrderCommitterTime})
	if err != nil {
		return nil, fmt.Errorf("drift: read the history: %w", err)
	}
	h := &history{index: make(map[plumbing.Hash]int), touched: make(map[string][]int)}
	trees := make(map[plumbing.Hash]*object.Tree)
	treeOf := func(c *object.Commit) (*object.Tree, error) {
		if t, ok := trees[c.TreeHash]; ok {
			return t, nil
		}
		t, err := c.Tree()
		if err != nil {
			return nil, err
		}
		trees[c.TreeHash] = t
		return t, nil
	}
	err = it.ForEach(func(c *object.Commit) error {
		ci := &commitInfo{
			Commit:  Commit{Hash: c.Hash.String(), When: c.Author.When, Subject: subject(c.Message)},
			hash:    c.Hash,
			tree:    c.TreeHash,
			parents: c.ParentHashes,
		}
		t, err := treeOf(c)
		if err != nil {
			return err
		}
		var changed map[string]bool
		if len(c.ParentHashes) == 0 {
			changed, err = changedPaths(nil, t)
			if err != nil {
				return err
			}
		}
		for k, ph := range c.ParentHashes {
			pc, err := r.repo.CommitObject(ph)
			if err != nil {
				return err
			}
			pt, err := treeOf(pc)
			if err != nil {
				return err
			}
			ch, err := changedPaths(pt, t)
			if err != nil {
				return err
			}
			if k == 0 {
				changed = ch
				continue
			}
			for p := range changed {
				if !ch[p] {
					delete(changed, p)
				}
			}
		}
		ci.changed = changed
		h.index[c.Hash] = len(h.commits)
		for p := range changed {
			h.touched[p] = append(h.touched[p], len(h.commits))
		}
		h.commits = append(h.commits, ci)
		// Only the trees of the parents of commits still to come are
		// needed again; dropping the rest keeps memory flat.
		if len(trees) > 64 {
			clear(trees)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("drift: read the history: %w", err)
	}
	r.hist = h
	return h, nil
}

// changedPaths returns the paths whose content differs between two trees
// (a nil tree is empty).
func changedPaths(a, b *object.Tree) (map[string]bool, error) {
	chs, err := object.DiffTreeWithOptions(context.Background(), a, b, nil)
	if err != nil {
		return nil, err
	}
	out := make(map[string]bool, len(chs))
	for _, ch := range chs {
		if ch.From.Name != "" {
			out[ch.From.Name] = true
		}
		if ch.To.Name != "" {
			out[ch.To.Name] = true
		}
	}
	return out, nil
}

func subject(msg string) string {
	s, _, _ := strings.Cut(strings.TrimSpace(msg), "\n")
	return strings.TrimSpace(s)
}

// ancestors returns, for each commit of the history, whether it is base or
// an ancestor of base.
func (r *Repo) ancestors(base plumbing.Hash) ([]bool, error) {
	if a, ok := r.anc[base]; ok {
		return a, nil
	}
	h, err := r.history()
	if err != nil {
		return nil, err
	}
	a := make([]bool, len(h.commits))
	stack := []plumbing.Hash{base}
	seen := map[plumbing.Hash]bool{base: true}
	for len(stack) > 0 {
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		var parents []plumbing.Hash
		if i, ok := h.index[c]; ok {
			if a[i] {
				continue
			}
			a[i] = true
			parents = h.commits[i].parents
		} else {
			// A base outside the history of HEAD (a commit of another
			// branch): walk its own ancestry until it joins.
			co, err := r.repo.CommitObject(c)
			if err != nil {
				return nil, fmt.Errorf("drift: read commit %s: %w", c, err)
			}
			parents = co.ParentHashes
		}
		for _, p := range parents {
			if !seen[p] {
				seen[p] = true
				stack = append(stack, p)
			}
		}
	}
	r.anc[base] = a
	return a, nil
}

// resolve turns a revision into a commit hash.
func (r *Repo) resolve(rev string) (plumbing.Hash, error) {
	h, err := r.repo.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("drift: %q names no commit of %s: %w", rev, r.root, err)
	}
	return *h, nil
}

// commitInfo returns what the index knows of a commit, or reads it.
func (r *Repo) commitInfo(hash plumbing.Hash) (*commitInfo, error) {
	h, err := r.history()
	if err != nil {
		return nil, err
	}
	if i, ok := h.index[hash]; ok {
		return h.commits[i], nil
	}
	c, err := r.repo.CommitObject(hash)
	if err != nil {
		return nil, fmt.Errorf("drift: read commit %s: %w", hash, err)
	}
	return &commitInfo{
		Commit:  Commit{Hash: c.Hash.String(), When: c.Author.When, Subject: subject(c.Message)},
		hash:    c.Hash,
		tree:    c.TreeHash,
		parents: c.ParentHashes,
	}, nil
}

// blobAt returns the hash and content of the file at path in commit c, or
// found == false if the commit has no such file.
func (r *Repo) blobAt(c *commitInfo, path string) (hash plumbing.Hash, data []byte, found bool, err error) {
	t, err := r.repo.TreeObject(c.tree)
	if err != nil {
		return plumbing.ZeroHash, nil, false, fmt.Errorf("drift: read the tree of %s: %w", c.Short(), err)
	}
	f, err := t.File(path)
	if err != nil {
		if errors.Is(err, object.ErrFileNotFound) || errors.Is(err, object.ErrDirectoryNotFound) || errors.Is(err, object.ErrEntryNotFound) {
			return plumbing.ZeroHash, nil, false, nil
		}
		return plumbing.ZeroHash, nil, false, fmt.Errorf("drift: read %s at %s: %w", path, c.Short(), err)
	}
	s, err := f.Contents()
	if err != nil {
		return plumbing.ZeroHash, nil, false, fmt.Errorf("drift: read %s at %s: %w", path, c.Short(), err)
	}
	return f.Hash, []byte(s), true, nil
}

// renamedFrom returns the path that path had in the parent of c, when c
// renamed it, or "".
func (r *Repo) renamedFrom(c *commitInfo, path string) (string, error) {
	if len(c.parents) == 0 {
		return "", nil
	}
	t, err := r.repo.TreeObject(c.tree)
	if err != nil {
		return "", err
	}
	pc, err := r.repo.CommitObject(c.parents[0])
	if err != nil {
		return "", err
	}
	pt, err := pc.Tree()
	if err != nil {
		return "", err
	}
	if _, err := pt.File(path); err == nil {
		return "", nil // not added here: changed in place
	}
	chs, err := object.DiffTreeWithOptions(context.Background(), pt, t, object.DefaultDiffTreeOptions)
	if err != nil {
		return "", err
	}
	for _, ch := range chs {
		if ch.To.Name == path && ch.From.Name != "" && ch.From.Name != path {
			return ch.From.Name, nil
		}
	}
	return "", nil
}
