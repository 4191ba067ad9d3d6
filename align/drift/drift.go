// Package drift reports what changed in a source document since a
// translation of it was made, from the history of the git repository that
// holds both.
//
// # The base
//
// The base is the source revision the translation was made from. It is,
// in order: the revision [Options.Since] names; the revision in the
// translation's front matter field source_commit or translation_of; or
// the commit that last changed the translation file (a translator who
// updates a translation commits it, so the source as it stood at that
// commit is what was translated). Commits that changed the source, the
// translation and other translations together are sweeps (a link fixed in
// every language), not translations, and are passed over when
// [Options.Others] names the other translations.
//
// A commit since the base that changed both the source and the
// translation applied its change to both: the changes it alone made are
// not reported. Nor is a change of link targets alone that the
// translation already has (a translator who fixed a broken link too).
//
// # Changes
//
// The source at the base (read from git) and the current source (the file
// in the work tree) are read into documents and their blocks aligned by
// content with the dynamic programme of package align: identical blocks
// pair at no cost, blocks that share at least half their words pair as
// changed, the rest are removed and added; a block split in two, or two
// merged, is one change. In prose, changes of white space, line wrapping,
// punctuation and markup alone are no change (in code they are). Inside a changed block, a word diff (github.com/sergi/go-diff,
// without a time limit so the result is deterministic) says what changed.
//
// Each change is then carried to the translation through the alignment of
// the old source with the translation (package bitext): a changed or
// removed block lands on the translation block(s) that render it, an added
// block on the place where its translation belongs, after the translation
// of the block before it.
//
// The commits since the base that changed the source are listed with each
// result; for each change, the commits that touched that block are found
// by aligning the successive versions of the source the same way.
//
// # Findings
//
// [Findings] turns a result into findings of three rules, declared in
// package rule with the drift driver: source-changed, source-added and
// source-removed, all warnings by default: each is a place where the
// translation no longer says what the source says.
package drift

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
)

// Options control [Repo.Drift].
type Options struct {
	// Since names the base revision (anything git resolves: a hash, a tag,
	// HEAD~3), overriding the front matter and the history.
	Since string
	// SourceLang and Lang are the languages of the source and of the
	// translation (ISO 639-1); "" lets the reader tell.
	SourceLang, Lang string
	// Others lists the files of the other translations of the same
	// source. A commit that changed the source, the translation and one
	// of these together is taken for a sweep over every language (a link
	// fixed everywhere), not for a translation: it is not taken as the
	// base.
	Others []string
}

// Kind is the kind of a [Change].
type Kind uint8

// Kinds of change.
const (
	Changed Kind = iota // a source block whose text changed
	Added               // a source block that did not exist at the base
	Removed             // a source block of the base that no longer exists
)

func (k Kind) String() string {
	switch k {
	case Changed:
		return "changed"
	case Added:
		return "added"
	case Removed:
		return "removed"
	}
	return "unknown"
}

// Change is one change of the source since the base, and where it lands
// in the translation.
type Change struct {
	Kind Kind
	Old  []int // blocks of Result.Old that changed or went; empty for Added
	New  []int // blocks of Result.New that changed or came; empty for Removed

	// Target lists the blocks of Result.Trans that render the Old blocks
	// and need updating (or removing). It is empty for an added block and
	// for a block the translation never had; InsertAfter is then the
	// block of Result.Trans after which the new text belongs, -1 for
	// before the first.
	Target      []int
	InsertAfter int

	// At is, for a removed block, the block of Result.New before which it
	// stood (len(Result.New.Blocks) at the end); for other kinds New[0].
	At int

	Diff []Edit // the word diff from Old to New, for Changed

	// Commits are the commits since the base that touched these blocks,
	// newest first, and Uncommitted says whether the work tree changed
	// them too. Commits is nil when they could not be told apart (see
	// Result.Commits for all the commits that changed the file).
	Commits     []Commit
	Uncommitted bool
	traced      bool
}

// Base is the source revision a translation was made from.
type Base struct {
	Commit Commit
	From   string // how it was found: "since", "source_commit", "translation_of" or "last-commit"
}

// Result is what changed in a source since a translation was made.
type Result struct {
	Source, Translation string // the files as given
	Lang                string // the translation's language
	Base                Base
	SourceAtBase        string // the source's path at the base, relative to the work tree (another name if renamed since)

	Old   *doc.Document // the source at the base
	New   *doc.Document // the source now, as in the work tree
	Trans *doc.Document // the translation, as in the work tree

	Commits     []Commit // commits since the base that changed the source and not the translation, newest first
	Uncommitted bool     // the source in the work tree differs from HEAD
	Changes     []Change // in the order of the current source

	newToOld []int   // for each block of New: its block in Old if unchanged or changed, -1 if added
	oldTrans [][]int // for each block of Old: the blocks of Trans that render it
	byNew    []int   // for each block of New: the index of its change in Changes, -1 if none
	newBlob  plumbing.Hash
	srcLang  string
}

// Stale reports whether the source changed since the translation.
func (r *Result) Stale() bool { return len(r.Changes) > 0 }

// Added reports whether block i of the current source (Result.New) was
// added after the translation was made, so that a translation lacking it
// is behind rather than wrong.
func (r *Result) Added(i int) bool {
	c := r.ChangeOf(i)
	return c != nil && c.Kind == Added
}

// ChangeOf returns the change that block i of the current source is part
// of, or nil if it is unchanged since the base (or i is out of range).
func (r *Result) ChangeOf(i int) *Change {
	if i < 0 || i >= len(r.byNew) || r.byNew[i] < 0 {
		return nil
	}
	return &r.Changes[r.byNew[i]]
}

// ErrNoBase is wrapped by the error [Repo.Drift] returns when the source
// did not exist at the base.
var ErrNoBase = errors.New("no source at the base")

// Drift compares the source file as it was when the translation was made
// with the source file now and carries the changes to the translation.
// Both are paths of files in the work tree of r (absolute or relative to
// the working directory). A translation that no commit holds yet has no
// base: it is taken to render the current source, and the result has no
// changes.
func (r *Repo) Drift(sourceFile, translationFile string, opts Options) (*Result, error) {
	srcRel, err := r.rel(sourceFile)
	if err != nil {
		return nil, err
	}
	trRel, err := r.rel(translationFile)
	if err != nil {
		return nil, err
	}
	r.trim()
	res := &Result{Source: sourceFile, Translation: translationFile, Lang: opts.Lang, srcLang: opts.SourceLang}

	trData, err := os.ReadFile(translationFile)
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	res.Trans, err = readDoc(translationFile, trData, opts.Lang)
	if err != nil {
		return nil, err
	}
	if res.Lang == "" {
		res.Lang = res.Trans.Lang
	}
	srcData, err := os.ReadFile(sourceFile)
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	res.newBlob = plumbing.ComputeHash(plumbing.BlobObject, srcData)
	res.New, err = r.docOfBlob(res.newBlob, sourceFile, srcData, opts.SourceLang)
	if err != nil {
		return nil, err
	}

	h, err := r.history()
	if err != nil {
		return nil, err
	}
	base, err := r.base(res, trRel, trData, opts)
	if err != nil {
		return nil, err
	}
	if base == nil {
		// Not committed yet: nothing to compare with.
		res.Old = res.New
		res.SourceAtBase = srcRel
		r.finish(res, nil)
		return res, nil
	}
	res.Base.Commit = base.Commit

	// The commits since the base that changed the source, following
	// renames back to the name the source had at the base.
	anc, err := r.ancestors(base.hash)
	if err != nil {
		return nil, err
	}
	name := srcRel
	var since []sourceCommit // newest first
	for i, c := range h.commits {
		if anc[i] || !c.changed[name] {
			continue
		}
		shared := c.changed[trRel]
		since = append(since, sourceCommit{c, name, shared})
		if !shared {
			res.Commits = append(res.Commits, c.Commit)
		}
		from, err := r.renamedFrom(c, name)
		if err != nil {
			return nil, fmt.Errorf("drift: follow renames of %s: %w", srcRel, err)
		}
		if from != "" {
			name = from
		}
	}
	res.SourceAtBase = name
	_, oldData, found, err := r.blobAt(base, name)
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("drift: %s: %w %s (%s %q, found from %s); name the source revision with source_commit in the translation's front matter or with --since", srcRel, ErrNoBase, base.Short(), base.When.Format("2006-01-02"), base.Subject, res.Base.From)
	}
	res.Old, err = r.docAt(base, name, oldData, opts.SourceLang)
	if err != nil {
		return nil, err
	}
	if len(h.commits) > 0 {
		head := h.commits[0]
		if _, headData, ok, err := r.blobAt(head, srcRel); err == nil && ok {
			res.Uncommitted = !bytes.Equal(headData, srcData)
		} else if err == nil {
			res.Uncommitted = true
		}
	}
	r.finish(res, since)
	return res, nil
}

// base finds the base of a translation; nil means the translation is not
// committed.
func (r *Repo) base(res *Result, trRel string, trData []byte, opts Options) (*commitInfo, error) {
	rev, from := opts.Since, "since"
	if rev == "" {
		meta := res.Trans.Meta
		if len(meta) == 0 {
			meta = frontMatter(trData)
		}
		for _, k := range []string{"source_commit", "translation_of"} {
			v := strings.TrimSpace(meta[k])
			if v == "" {
				continue
			}
			if k == "translation_of" && !isHex(v) {
				continue // a path or a key, as some generators use it
			}
			rev, from = v, k
			break
		}
	}
	if rev != "" {
		hash, err := r.resolve(rev)
		if err != nil {
			if from != "since" {
				return nil, fmt.Errorf("%w (the %s field of %s)", err, from, res.Translation)
			}
			return nil, err
		}
		c, err := r.commitInfo(hash)
		if err != nil {
			return nil, err
		}
		res.Base.From = from
		return c, nil
	}
	h, err := r.history()
	if err != nil {
		return nil, err
	}
	idx := h.touched[trRel]
	if len(idx) == 0 {
		return nil, nil
	}
	res.Base.From = "last-commit"
	// Skip the sweeps: commits that changed the source, this translation
	// and another translation of it together (a link fixed in every
	// language) did not translate anything.
	others := make([]string, 0, len(opts.Others))
	for _, o := range opts.Others {
		if rel, err := r.rel(o); err == nil {
			others = append(others, rel)
		}
	}
	srcRel, err := r.rel(res.Source)
	if err != nil {
		return nil, err
	}
	for _, i := range idx {
		c := h.commits[i]
		if !c.changed[srcRel] || !changedAny(c, others) {
			return c, nil
		}
	}
	return h.commits[idx[len(idx)-1]], nil
}

func changedAny(c *commitInfo, paths []string) bool {
	for _, p := range paths {
		if c.changed[p] {
			return true
		}
	}
	return false
}

func isHex(s string) bool {
	if len(s) < 7 || len(s) > 40 {
		return false
	}
	for _, c := range s {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// readDoc reads one version of a document.
func readDoc(name string, data []byte, lang string) (*doc.Document, error) {
	docs, err := read.File(name, data, read.Options{Lang: lang})
	if len(docs) == 0 {
		if err == nil {
			err = fmt.Errorf("no text")
		}
		return nil, fmt.Errorf("drift: read %s: %w", name, err)
	}
	// Syntax problems do not stop the comparison: the reader keeps what
	// it could read, and the checks report the problems.
	return docs[0], nil
}

// docAt reads the file at path in commit c, cached by blob.
func (r *Repo) docAt(c *commitInfo, path string, data []byte, lang string) (*doc.Document, error) {
	blob, _, _, err := r.blobAt(c, path)
	if err != nil {
		return nil, err
	}
	return r.docOfBlob(blob, path, data, lang)
}

// readCurrent reads a file of the work tree, cached by content.
func (r *Repo) readCurrent(file, lang string) (*doc.Document, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("drift: %w", err)
	}
	return r.docOfBlob(plumbing.ComputeHash(plumbing.BlobObject, data), file, data, lang)
}

func (r *Repo) docOfBlob(blob plumbing.Hash, path string, data []byte, lang string) (*doc.Document, error) {
	k := docKey{blob, path, lang}
	if d, ok := r.docs[k]; ok {
		return d, nil
	}
	d, err := readDoc(path, data, lang)
	if err != nil {
		return nil, err
	}
	r.docs[k] = d
	return d, nil
}

// finish aligns the old source with the current one and with the
// translation, and fills in the changes.
func (r *Repo) finish(res *Result, since []sourceCommit) {
	steps := r.versionDiff(res.Old, res.New)
	// A Repo serves one goroutine of the many a tree check runs: the
	// alignment takes one processor.
	pair := bitext.Align(res.Old, res.Trans, bitext.Options{Workers: 1})
	res.oldTrans = make([][]int, len(res.Old.Blocks))
	for _, ls := range [][]bitext.Link{pair.Blocks, pair.Notes} {
		for _, l := range ls {
			for _, s := range l.Source {
				res.oldTrans[s] = append(res.oldTrans[s], l.Target...)
			}
		}
	}
	for i := range res.oldTrans {
		sort.Ints(res.oldTrans[i])
	}
	res.newToOld = make([]int, len(res.New.Blocks))
	res.byNew = make([]int, len(res.New.Blocks))
	for i := range res.byNew {
		res.byNew[i] = -1
	}
	// lastTrans is the last translation block of the old blocks seen so
	// far: where text added after them belongs.
	lastTrans := -1
	for _, st := range steps {
		for k := st.New.Lo; k < st.New.Hi; k++ {
			res.newToOld[k] = -1
			if st.Old.Len() > 0 {
				res.newToOld[k] = st.Old.Lo
			}
		}
		var target []int
		for k := st.Old.Lo; k < st.Old.Hi; k++ {
			target = append(target, res.oldTrans[k]...)
		}
		target = uniqueSorted(target)
		if !st.Same && !linksCaughtUp(res, st, target) {
			c := Change{Kind: Changed, Old: rangeInts(st.Old), New: rangeInts(st.New), Target: target, InsertAfter: -1}
			switch {
			case st.Old.Len() == 0:
				c.Kind = Added
			case st.New.Len() == 0:
				c.Kind = Removed
			}
			if len(target) == 0 {
				c.InsertAfter = lastTrans
			}
			c.At = st.New.Lo
			if c.Kind == Changed {
				c.Diff = wordDiff(joinText(res.Old, st.Old), joinText(res.New, st.New))
			}
			for k := st.New.Lo; k < st.New.Hi; k++ {
				res.byNew[k] = len(res.Changes)
			}
			res.Changes = append(res.Changes, c)
		}
		if len(target) > 0 {
			lastTrans = max(lastTrans, target[len(target)-1])
		}
	}
	if len(since) > 0 {
		r.attribute(res, since)
	}
}

// linksCaughtUp reports whether a step changed nothing but the targets
// of links in one prose block, and the translation's blocks already have
// the new targets and none of the old: a link fixed in the translation on
// its own, which needs no update.
func linksCaughtUp(res *Result, st blockStep, target []int) bool {
	if st.Old.Len() != 1 || st.New.Len() != 1 || len(target) == 0 {
		return false
	}
	ob, nb := res.Old.Blocks[st.Old.Lo], res.New.Blocks[st.New.Lo]
	if !ob.Kind.IsProse() || ob.Kind != nb.Kind || !slices.Equal(strings.FieldsFunc(ob.Text, notWordRune), strings.FieldsFunc(nb.Text, notWordRune)) {
		return false
	}
	count := func(bs ...*doc.Block) map[string]int {
		m := map[string]int{}
		for _, b := range bs {
			for _, l := range b.Links {
				m[l.URL]++
			}
		}
		return m
	}
	before, after := count(ob), count(nb)
	var trans []*doc.Block
	for _, t := range target {
		trans = append(trans, res.Trans.Blocks[t])
	}
	has := count(trans...)
	changed := false
	for u, n := range after {
		if before[u] < n {
			changed = true
			if has[u] == 0 {
				return false // a new link the translation lacks
			}
		}
	}
	for u, n := range before {
		if after[u] < n {
			changed = true
			if has[u] > 0 && after[u] == 0 {
				return false // an old link the translation keeps
			}
		}
	}
	return changed
}

func rangeInts(r align.Range) []int {
	var out []int
	for k := r.Lo; k < r.Hi; k++ {
		out = append(out, k)
	}
	return out
}

// joinText returns the text of blocks r of d, one after another, with the
// targets of their links, for the word diff.
func joinText(d *doc.Document, r align.Range) string {
	parts := make([]string, 0, r.Len())
	for k := r.Lo; k < r.Hi; k++ {
		b := d.Blocks[k]
		parts = append(parts, b.Text)
		for _, l := range b.Links {
			parts = append(parts, "<"+l.URL+">")
		}
	}
	return strings.Join(parts, " ")
}

func uniqueSorted(xs []int) []int {
	if len(xs) == 0 {
		return nil
	}
	sort.Ints(xs)
	out := xs[:1]
	for _, x := range xs[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return out
}
