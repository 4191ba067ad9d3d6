package check

import (
	"errors"
	"fmt"
	"sync"
	"unicode"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/drift"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/rule"
)

// ruleParagraphMissing is the rule whose gaps drift explains.
const ruleParagraphMissing = "paragraph-missing"

// drifter compares sources with their history for one goroutine: it has
// a drift.Repo of its own (go-git is not safe for concurrent use) and the
// drift rules as the config grades them.
type drifter struct {
	repo  *drift.Repo
	since string
	rules map[string]*rule.Rule // the drift rules switched on, graded
}

// drifterPool hands out drifters on one repository: the first opens it
// and reads its history, the others fork it and share that history.
type drifterPool struct {
	mu    sync.Mutex
	base  *drift.Repo
	ready []*drift.Repo // repos not handed out yet
	since string
	rules map[string]*rule.Rule
}

func newDrifterPool(path string, opts Options) (*drifterPool, error) {
	repo, err := openRepo(path)
	if err != nil {
		return nil, err
	}
	all := opts.Rules
	if all == nil {
		all = rule.All()
	}
	rules := make(map[string]*rule.Rule)
	for _, r := range all {
		if r.Driver == rule.DriverDrift && opts.Config.Severity(r) != rule.Off {
			rules[r.ID] = graded(r, opts.Config)
		}
	}
	// Forking reads the history now, so that a repository without
	// commits fails here, once.
	fork, err := repo.Fork()
	if err != nil {
		return nil, historyError(err)
	}
	return &drifterPool{base: repo, ready: []*drift.Repo{repo, fork}, since: opts.Since, rules: rules}, nil
}

// openRepo opens the git repository that holds path.
func openRepo(path string) (*drift.Repo, error) {
	repo, err := drift.Open(path)
	if err != nil {
		return nil, optionErrorf("Drift", "%s is not in a git work tree (%v): drift reads the history of the files from git; run it inside a clone", dirName(path), errors.Unwrap(err))
	}
	return repo, nil
}

// get returns a drifter for one goroutine.
func (p *drifterPool) get() (*drifter, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	var repo *drift.Repo
	if n := len(p.ready); n > 0 {
		repo, p.ready = p.ready[n-1], p.ready[:n-1]
	} else {
		var err error
		if repo, err = p.base.Fork(); err != nil {
			return nil, historyError(err)
		}
	}
	return &drifter{repo: repo, since: p.since, rules: p.rules}, nil
}

// historyError explains an error that leaves no history to read.
func historyError(err error) error {
	if errors.Is(err, drift.ErrNoCommits) {
		return optionErrorf("Drift", "the git repository has no commits yet: drift compares the source with the commits that changed it; commit the documents first")
	}
	return err
}

// pair compares the source srcFile now with the source as it was when
// trFile, its translation in lang, was made, and returns the result and
// its findings, graded, in lang. others are the other translations of the
// source (see drift.Options.Others).
func (d *drifter) pair(srcFile, trFile, srcLang, lang string, others []string) (*drift.Result, []rule.Finding, error) {
	res, err := d.repo.Drift(srcFile, trFile, drift.Options{
		Since:      d.since,
		SourceLang: langid.Base(srcLang),
		Lang:       langid.Base(lang),
		Others:     others,
	})
	if err != nil {
		if errors.Is(err, drift.ErrNoCommits) {
			return nil, nil, historyError(err)
		}
		return nil, nil, fmt.Errorf("%s: drift not told: %w", trFile, err)
	}
	var out []rule.Finding
	for _, f := range drift.Findings(res) {
		r := d.rules[f.Rule]
		if r == nil {
			continue
		}
		f.Severity, f.Lang = r.Severity, lang
		out = append(out, f)
	}
	return res, out, nil
}

// annotate says of each paragraph-missing finding of fs, found in a
// translation whose drift is res, whether the source caused the gap (the
// paragraph was added after the translation was made: the translation is
// behind) or the translation did (the source had the paragraph then).
// Editors fix the two differently: the first wants the new text
// translated, the second a paragraph the translator left out.
func annotate(fs []rule.Finding, res *drift.Result) {
	if res == nil || res.Base.Commit.Hash == "" {
		return // no base: nothing to say when the paragraph came
	}
	at := make(map[int]int, len(res.New.Blocks)) // offset of a block -> its index
	for i, b := range res.New.Blocks {
		at[b.Span.Start] = i
	}
	for k := range fs {
		f := &fs[k]
		if f.Rule != ruleParagraphMissing || f.Source == nil {
			continue
		}
		i, ok := at[f.Source.Offset]
		if !ok {
			continue
		}
		if res.Added(i) {
			f.Message += "; the source gained it after the translation was made" + commitNote(res, res.ChangeOf(i)) + ": the translation is behind, translate the new paragraph"
		} else {
			f.Message += fmt.Sprintf("; the source had it when the translation was made (%s %s): the translation left it out", res.Base.Commit.Short(), res.Base.Commit.When.Format("2006-01-02"))
		}
	}
}

// commitNote names the newest commit that made a change: ` (2024-05-02
// 1a2b3c4 "Add a section")`, or "" when none is known.
func commitNote(res *drift.Result, c *drift.Change) string {
	cs := res.Commits
	if c != nil && c.Commits != nil {
		cs = c.Commits
	}
	if len(cs) == 0 {
		return ""
	}
	return fmt.Sprintf(" (%s %s %q)", cs[0].When.Format("2006-01-02"), cs[0].Short(), cs[0].Subject)
}

// driftVersion summarises a translation compared by drift alone: its
// blocks, and the share of the source's words in blocks it renders.
func driftVersion(res *drift.Result) (int, float64) {
	total, translated, _ := res.Words()
	share := 1.0
	if total > 0 {
		share = float64(translated) / float64(total)
	}
	return len(res.Trans.Blocks), share
}

// Drift adds to res, the check of src against targets (versions read each
// from a file of its own, named by its path), the findings of the drift
// rules of opts.Rules switched on, and explains its paragraph-missing
// findings (see [Tree]). A translation res has no version of yet (when
// only the drift rules run) gets one. A translation whose drift cannot be
// told is left out, with why, in res.Skipped.
func Drift(res *Result, src *doc.Document, targets []*doc.Document, opts Options) error {
	for _, t := range targets {
		if t.File == src.File {
			return optionErrorf("Drift", "%s holds several versions in one file; drift compares files, one version each: give the source and each translation as a file of its own", src.File.Name)
		}
	}
	pool, err := newDrifterPool(src.File.Name, opts)
	if err != nil {
		return err
	}
	dr, err := pool.get()
	if err != nil {
		return err
	}
	for _, t := range targets {
		var others []string
		for _, o := range targets {
			if o != t {
				others = append(others, o.File.Name)
			}
		}
		dres, fs, err := dr.pair(src.File.Name, t.File.Name, src.Lang, t.Lang, others)
		if err != nil {
			var ce *Error
			if errors.As(err, &ce) {
				return err
			}
			res.Skipped = append(res.Skipped, err)
			continue
		}
		mine := func(f *rule.Finding) bool {
			if f.Target != nil {
				return f.Target.Filename == t.File.Name
			}
			return f.Lang == t.Lang
		}
		for k := range res.Findings {
			if f := &res.Findings[k]; mine(f) {
				annotate(res.Findings[k:k+1], dres)
			}
		}
		res.Findings = append(res.Findings, fs...)
		known := false
		for _, v := range res.Versions {
			known = known || v.File == t.File.Name
		}
		if !known {
			blocks, share := driftVersion(dres)
			res.Versions = append(res.Versions, Version{Lang: t.Lang, File: t.File.Name, Blocks: blocks, Aligned: share})
		}
	}
	rule.Sort(res.Findings)
	return nil
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }
