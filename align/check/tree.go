package check

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/tree"
)

// TreeOptions say where a tree is and how to walk it; see [Tree].
type TreeOptions struct {
	// Dir is the tree's directory as the user named it. Files are
	// reported as Dir joined with their path in the tree, and read from
	// there unless FS is set.
	Dir string
	// FS holds the files of the tree, its root the tree's; nil means
	// os.DirFS(Dir). Drift reads the files from Dir whatever FS is.
	FS fs.FS
	// Tree controls how the documents and their translations are found:
	// the layout, the source language, the languages kept and the globs
	// left out.
	Tree tree.Options
	// KeepPairs keeps the alignment of every translation in the result's
	// Pairs, for a report that shows them (the review page): memory then
	// holds the whole tree.
	KeepPairs bool
	// Workers is how many documents are checked at once; 0 means one per
	// core (runtime.GOMAXPROCS). Each alignment takes one, unless
	// Options.Align.Workers says otherwise or the documents are fewer
	// than the workers, when they share the spare ones.
	Workers int
	// Progress, if set, is called once before the first document, with
	// done 0, and after each document, with the documents done so far and
	// the number of documents. Calls never overlap.
	Progress func(done, total int)
}

// TreeInfo sums up the trees of a run, language by language.
type TreeInfo struct {
	Roots      []string      `json:"roots"`       // the trees (and articles) checked, as named
	SourceLang string        `json:"source_lang"` // the source language; several are joined with ","
	Layouts    []string      `json:"layouts"`     // the layouts found, as patterns ("content/{lang}/{path}")
	Languages  []LangSummary `json:"languages"`   // the source language first, then the translations' in order
}

// LangSummary is one language of a tree: one row of the table the text
// report opens with.
type LangSummary struct {
	Lang      string `json:"lang"`
	Source    bool   `json:"source,omitempty"` // the row of the source language
	Documents int    `json:"documents"`        // source documents
	Checked   int    `json:"checked"`          // documents of this language read and checked
	Missing   int    `json:"missing"`          // source documents with no translation in this language
	Orphan    int    `json:"orphan"`           // translations whose source document does not exist
	Errors    int    `json:"errors"`           // findings in this language, by severity
	Warnings  int    `json:"warnings"`
	Infos     int    `json:"infos"`
}

// Tree checks every document of a tree of translated docs against its
// source: it finds the documents and their translations by their paths
// (package tree), reports the translations missing and left over
// (translation-missing, translation-orphan), and checks each translation as
// [Run] checks an article, with opts.Drift the history too.
//
// Documents are checked concurrently, each read, checked and dropped in
// turn, so memory holds the documents being checked and the findings, not
// the tree. The result is the same whatever the number of workers:
// versions in the order of the documents' keys and of the languages,
// findings sorted by file and place (see [SortByFile]). It has Pairs only
// with topts.KeepPairs.
//
// Errors are *Error (nothing to check), the discovery's (a
// *tree.ConflictError for a document found in two layouts), or the files
// that could not be read, all of them, sorted.
func Tree(opts Options, topts TreeOptions) (*Result, error) {
	w, err := discover(opts, topts)
	if err != nil {
		return nil, err
	}
	return w.run()
}

// ReadTree reads every document of a tree, as Tree finds them: each
// source followed by its translations in the order of the languages, then
// the translations without a source. Unlike Tree it holds every document:
// it is for looking at how a tree was read, not for checking a large one.
func ReadTree(opts Options, topts TreeOptions) ([]*doc.Document, *TreeInfo, error) {
	w, err := discover(opts, topts)
	if err != nil {
		return nil, nil, err
	}
	docs := w.t.Documents
	read := make([][]*doc.Document, len(docs))
	errs := make([]error, len(docs)+len(w.t.Orphans))
	w.opts.Drift = false
	if err := w.each(func(i int, wk *worker) {
		d := &docs[i]
		src, err := w.read(d.Source, w.t.SourceLang, &wk.memo.Identifier)
		if err != nil {
			errs[i] = err
			return
		}
		read[i] = append(read[i], src)
		for _, l := range w.t.Langs {
			if p, ok := d.Translations[l]; ok {
				tr, err := w.read(p, l, &wk.memo.Identifier)
				if err != nil {
					errs[i] = err
					return
				}
				read[i] = append(read[i], tr)
			}
		}
	}); err != nil {
		return nil, nil, err
	}
	var out []*doc.Document
	for _, ds := range read {
		out = append(out, ds...)
	}
	for k, o := range w.t.Orphans {
		d, err := w.read(o.Path, o.Lang, nil)
		if err != nil {
			errs[len(docs)+k] = err
			continue
		}
		out = append(out, d)
	}
	if err := readErrors(errs); err != nil {
		return nil, nil, err
	}
	return out, w.info(&Result{}), nil
}

// AlignTree aligns every translation of a tree with its source, in the
// order of the documents and the languages, as [Align] does for an
// article. It holds every pair, and so every document: it is for looking
// at alignments, not for checking a large tree.
func AlignTree(opts Options, topts TreeOptions) ([]*bitext.Pair, *TreeInfo, error) {
	w, err := discover(opts, topts)
	if err != nil {
		return nil, nil, err
	}
	docs := w.t.Documents
	pairs := make([][]*bitext.Pair, len(docs))
	errs := make([]error, len(docs))
	w.opts.Drift = false
	if err := w.each(func(i int, wk *worker) {
		d := &docs[i]
		if len(d.Translations) == 0 {
			return
		}
		src, err := w.read(d.Source, w.t.SourceLang, &wk.memo.Identifier)
		if err != nil {
			errs[i] = err
			return
		}
		var ps *bitext.Prepared // the source's, for all its translations
		for _, l := range w.t.Langs {
			if p, ok := d.Translations[l]; ok {
				tr, err := w.read(p, l, &wk.memo.Identifier)
				if err != nil {
					errs[i] = err
					return
				}
				if ps == nil {
					ps = bitext.Prepare(src)
				}
				pairs[i] = append(pairs[i], bitext.AlignPrepared(ps, bitext.Prepare(tr), w.opts.Align))
			}
		}
	}); err != nil {
		return nil, nil, err
	}
	if err := readErrors(errs); err != nil {
		return nil, nil, err
	}
	var out []*bitext.Pair
	for _, ps := range pairs {
		out = append(out, ps...)
	}
	return out, w.info(&Result{}), nil
}

// TreeConflictError is a document found twice for the same language, in
// two layouts at once.
type TreeConflictError struct {
	Dir      string // the tree, as named
	Conflict *tree.ConflictError
}

func (e *TreeConflictError) Error() string {
	c := e.Conflict
	return fmt.Sprintf("%s and %s are both the %s version of %s; keep one of them, leave one out with an ignore glob, or name the layout with --layout",
		joinDir(e.Dir, c.Paths[0]), joinDir(e.Dir, c.Paths[1]), c.Lang, c.Key)
}

func (e *TreeConflictError) Unwrap() error { return e.Conflict }

func dirName(dir string) string {
	if dir == "" {
		return "."
	}
	return dir
}

// joinDir names the file at path rel (slash-separated) of the tree in dir.
func joinDir(dir, rel string) string {
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// walk is one run over a tree.
type walk struct {
	t     *tree.Tree
	fsys  fs.FS
	opts  Options
	topts TreeOptions
	rules []*rule.Rule

	pass       bool // some rule runs on a Pass: the translations are aligned
	sourcePass bool // some rule checks the source alone
	missing    *rule.Rule
	orphan     *rule.Rule
}

// docResult is what checking one document leaves: its findings and
// summaries, never its text.
type docResult struct {
	pairs    []*bitext.Pair // with TreeOptions.KeepPairs
	findings []rule.Finding
	versions []Version
	skipped  []error
	err      error
}

func newWalk(t *tree.Tree, fsys fs.FS, opts Options, topts TreeOptions) *walk {
	w := &walk{t: t, fsys: fsys, opts: opts, topts: topts, rules: opts.Rules}
	if w.rules == nil {
		w.rules = rule.All()
	}
	for _, r := range w.rules {
		if opts.Config.Severity(r) == rule.Off {
			continue
		}
		switch {
		case r.Run != nil:
			w.pass = true
		case r.RunSource != nil:
			w.sourcePass = true
		case r.ID == ruleMissing:
			w.missing = graded(r, opts.Config)
		case r.ID == ruleOrphan:
			w.orphan = graded(r, opts.Config)
		}
	}
	return w
}

// Ids of the rules the tree walk reports.
const (
	ruleMissing = "translation-missing"
	ruleOrphan  = "translation-orphan"
)

// graded returns a copy of r with the severity cfg gives it.
func graded(r *rule.Rule, cfg rule.Config) *rule.Rule {
	rr := *r
	rr.Severity = cfg.Severity(r)
	return &rr
}

func (w *walk) name(rel string) string { return joinDir(w.topts.Dir, rel) }

// discover finds the documents of the tree in topts.
func discover(opts Options, topts TreeOptions) (*walk, error) {
	fsys := topts.FS
	if fsys == nil {
		fsys = os.DirFS(topts.Dir)
	}
	// The tree is found whole and narrowed to the languages asked for
	// afterwards: drift needs every translation of a source to tell a
	// change swept over all languages from a translation.
	o := topts.Tree
	var keep map[string]bool
	if o.Langs != nil {
		keep = make(map[string]bool)
		for _, l := range o.Langs {
			c, ok := tree.LangCode(l)
			if !ok {
				return nil, fmt.Errorf("%s: tree: %q is not a language code; use ISO 639-1 codes such as es or pt-BR", dirName(topts.Dir), l)
			}
			keep[c] = true
		}
		o.Langs = nil
	}
	t, err := tree.Discover(fsys, ".", o)
	if err != nil {
		var ce *tree.ConflictError
		if errors.As(err, &ce) {
			return nil, &TreeConflictError{Dir: topts.Dir, Conflict: ce}
		}
		return nil, fmt.Errorf("%s: %w", dirName(topts.Dir), err)
	}
	if keep != nil {
		restrict(t, keep)
	}
	if len(t.Documents) == 0 && len(t.Orphans) == 0 {
		return nil, errorf("%s: found no translated documents (no language folders such as content/es/x.md, no language suffixes such as x.es.md); name the layout with --layout, or the trees with --source-dir and --translation", dirName(topts.Dir))
	}
	return newWalk(t, fsys, opts, topts), nil
}

// restrict keeps the languages of keep in t.Langs and t.Orphans. The
// documents keep every translation, for drift; the walk looks at those in
// t.Langs alone.
func restrict(t *tree.Tree, keep map[string]bool) {
	langs := t.Langs[:0]
	for _, l := range t.Langs {
		if keep[l] {
			langs = append(langs, l)
		}
	}
	t.Langs = langs
	orphans := t.Orphans[:0]
	for _, o := range t.Orphans {
		if keep[o.Lang] {
			orphans = append(orphans, o)
		}
	}
	t.Orphans = orphans
}

// worker is what one goroutine of a walk keeps from one document to the
// next: a drifter when opts.Drift is set (nil otherwise), and what the
// checks remember of the words they have met (see rule.Memo).
type worker struct {
	dr   *drifter
	memo *rule.Memo
}

// each calls do for every document of the tree, by its index, from
// topts.Workers goroutines, and reports progress. do gets its goroutine's
// worker.
func (w *walk) each(do func(i int, wk *worker)) error {
	docs := w.t.Documents
	var drifters *drifterPool
	if w.opts.Drift {
		var err error
		if drifters, err = newDrifterPool(w.topts.Dir, w.opts); err != nil {
			return err
		}
	}
	workers := max(1, min(orProcessors(w.topts.Workers), len(docs)))
	if w.opts.Align.Workers <= 0 {
		// The documents are checked in parallel: each alignment has its
		// share of the processors, one unless the documents are fewer.
		w.opts.Align.Workers = share(orProcessors(w.topts.Workers), workers)
	}

	var mu sync.Mutex
	done := 0
	if w.topts.Progress != nil {
		w.topts.Progress(0, len(docs))
	}
	next := make(chan int)
	var g errgroup.Group
	g.Go(func() error {
		defer close(next)
		for i := range docs {
			next <- i
		}
		return nil
	})
	for range workers {
		g.Go(func() error {
			var dr *drifter
			if drifters != nil {
				var err error
				if dr, err = drifters.get(); err != nil {
					for range next {
						// Drain, so that the feeder ends.
					}
					return err
				}
			}
			wk := &worker{dr: dr, memo: new(rule.Memo)}
			for i := range next {
				do(i, wk)
				if w.topts.Progress != nil {
					mu.Lock()
					done++
					w.topts.Progress(done, len(docs))
					mu.Unlock()
				}
			}
			return nil
		})
	}
	return g.Wait()
}

// readErrors gathers the errors of documents that could not be read into
// one sorted read.ErrorList; any other error is returned as it is.
func readErrors(errs []error) error {
	var el read.ErrorList
	for _, err := range errs {
		if err == nil {
			continue
		}
		var l read.ErrorList
		var e *read.Error
		switch {
		case errors.As(err, &l):
			el = append(el, l...)
		case errors.As(err, &e):
			el = append(el, e)
		default:
			return err
		}
	}
	if len(el) == 0 {
		return nil
	}
	el.Sort()
	return el
}

func (w *walk) run() (*Result, error) {
	docs := w.t.Documents
	results := make([]docResult, len(docs))
	if err := w.each(func(i int, wk *worker) { results[i] = w.document(&docs[i], wk) }); err != nil {
		return nil, err
	}
	errs := make([]error, len(results))
	for i := range results {
		errs[i] = results[i].err
	}
	if err := readErrors(errs); err != nil {
		return nil, err
	}
	res := &Result{Source: Side{Lang: w.t.SourceLang, File: dirName(w.topts.Dir)}}
	for i := range results {
		r := &results[i]
		res.Findings = append(res.Findings, r.findings...)
		res.Versions = append(res.Versions, r.versions...)
		res.Pairs = append(res.Pairs, r.pairs...)
		res.Skipped = append(res.Skipped, r.skipped...)
	}
	res.Findings = append(res.Findings, w.treeFindings()...)
	SortByFile(res.Findings)
	res.Tree = w.info(res)
	return res, nil
}

// document checks one source document and its translations.
func (w *walk) document(d *tree.Document, wk *worker) docResult {
	dr := wk.dr
	var out docResult
	srcName := w.name(d.Source)
	var src *doc.Document
	missing := false
	for _, l := range w.t.Langs {
		_, ok := d.Translations[l]
		missing = missing || !ok
	}
	if w.pass || w.sourcePass || w.missing != nil && missing {
		var err error
		if src, err = w.read(d.Source, w.t.SourceLang, &wk.memo.Identifier); err != nil {
			out.err = err
			return out
		}
		fs := rule.CheckSource(src, w.rules, w.opts.Config)
		setLang(fs, w.t.SourceLang)
		out.findings = append(out.findings, fs...)
	}
	var trs []*doc.Document           // the translations read, for their suppressions
	langs := []string{w.t.SourceLang} // the languages of src and trs, as the tree names them
	// What the checks of the translations share of the source, worked
	// out for the first and kept for the others.
	var prepared *bitext.Prepared
	var shared *rule.Shared
	for _, lang := range w.t.Langs {
		p, ok := d.Translations[lang]
		if !ok {
			if w.missing != nil {
				out.findings = append(out.findings, w.missingFinding(d, srcName, src, lang))
			}
			continue
		}
		trName := w.name(p)
		var fs []rule.Finding
		v := Version{Lang: lang, File: trName, Source: srcName}
		if w.pass {
			tr, err := w.read(p, lang, &wk.memo.Identifier)
			if err != nil {
				out.err = err
				return out
			}
			trs, langs = append(trs, tr), append(langs, lang)
			if prepared == nil {
				prepared, shared = bitext.Prepare(src), rule.NewShared(src, 1)
			}
			pair := bitext.AlignPrepared(prepared, bitext.Prepare(tr), w.opts.Align)
			fs = rule.CheckWith(pair, nil, w.rules, w.opts.Config, shared, wk.memo)
			if w.topts.KeepPairs {
				out.pairs = append(out.pairs, pair)
			}
			v.Blocks, v.Aligned = len(tr.Blocks), pair.Aligned()
		}
		if dr != nil {
			var others []string // every other translation, checked or not
			for l, q := range d.Translations {
				if l != lang {
					others = append(others, w.name(q))
				}
			}
			sort.Strings(others)
			dres, dfs, err := dr.pair(srcName, trName, w.t.SourceLang, lang, others)
			var ce *Error
			switch {
			case errors.As(err, &ce):
				out.err = err
				return out
			case err != nil:
				out.skipped = append(out.skipped, err)
			default:
				annotate(fs, dres)
				fs = append(fs, dfs...)
				if !w.pass {
					v.Blocks, v.Aligned = driftVersion(dres)
				}
			}
		}
		setLang(fs, lang)
		out.findings = append(out.findings, fs...)
		out.versions = append(out.versions, v)
	}
	if src != nil {
		out.findings = suppress(out.findings, src, trs, langs, w.rules, w.opts.Config)
	}
	return out
}

// read reads the file at path rel of the tree as a version in lang,
// identifying languages with ids (nil for an identifier of its own).
func (w *walk) read(rel, lang string, ids *langid.Identifier) (*doc.Document, error) {
	name := w.name(rel)
	data, err := fs.ReadFile(w.fsys, rel)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &read.Error{Pos: source.Position{Filename: name}, Msg: fmt.Sprintf("cannot read: %v", err), Err: err}
	}
	if err := checkSize(Input{Name: name, Data: data}, w.opts.Limits.orDefault()); err != nil {
		return nil, err
	}
	// The reader takes the base language ("pt" of "pt-BR"): its rules and
	// the language identifier know languages, not regions.
	ds, err := read.File(name, data, read.Options{Lang: langid.Base(lang), Encoding: w.opts.Encoding, Format: w.opts.Format, Identifier: ids})
	if err != nil {
		return nil, err
	}
	ds[0].LangFrom = "path" // the tree's layout said it
	return ds[0], nil
}

// setLang gives findings the language of the tree (with its region, as
// the path says it) rather than the reader's base language.
func setLang(fs []rule.Finding, lang string) {
	for i := range fs {
		fs[i].Lang = lang
	}
}

// firstLine is the place of a whole file: its first line.
func firstLine(name string) *source.Position {
	return &source.Position{Filename: name, Line: 1, Column: 1}
}

func (w *walk) missingFinding(d *tree.Document, srcName string, src *doc.Document, lang string) rule.Finding {
	f := rule.Finding{
		Rule: w.missing.ID, Severity: w.missing.Severity, Lang: lang,
		Message: fmt.Sprintf("document has no %s translation", lang),
		Source:  firstLine(srcName),
	}
	if src != nil && len(src.Blocks) > 0 {
		f.Evidence.Source = clip(strings.Join(strings.Fields(src.Blocks[0].Text), " "), evidenceLen)
		n := 0
		for _, b := range src.Blocks {
			n += countWords(b.Text)
		}
		f.Message += fmt.Sprintf(" (%s to translate)", plural(n, "word"))
	}
	return f
}

// evidenceLen is the longest evidence the tree walk quotes, in bytes.
const evidenceLen = 120

// treeFindings reports the translations left over.
func (w *walk) treeFindings() []rule.Finding {
	var out []rule.Finding
	if w.orphan == nil {
		return out
	}
	maps := sourceMaps(w.t)
	for _, o := range w.t.Orphans {
		out = append(out, rule.Finding{
			Rule: w.orphan.ID, Severity: w.orphan.Severity, Lang: o.Lang,
			Message: fmt.Sprintf("translation has no source document: its source would be %s, which does not exist (removed or renamed?)", w.name(expectedSource(maps, o.Key))),
			Target:  firstLine(w.name(o.Path)),
		})
	}
	return out
}

// sourceMap is how the keys of some documents map to their sources: a
// key starting with key's prefix has the source src's prefix instead.
type sourceMap struct{ key, src string }

// sourceMaps returns the ways the keys of the documents of t map to their
// sources (content/x.md -> content/en/x.md maps "content/" to
// "content/en/"), each once, in the order of the first document that maps
// its key so. A tree has a few, however many documents it holds.
func sourceMaps(t *tree.Tree) []sourceMap {
	var out []sourceMap
	seen := map[sourceMap]bool{}
	for i := range t.Documents {
		d := &t.Documents[i]
		ks, ss := strings.Split(d.Key, "/"), strings.Split(d.Source, "/")
		// Strip the longest common tail, segment by segment.
		for len(ks) > 0 && len(ss) > 0 && ks[len(ks)-1] == ss[len(ss)-1] {
			ks, ss = ks[:len(ks)-1], ss[:len(ss)-1]
		}
		m := sourceMap{strings.Join(ks, "/"), strings.Join(ss, "/")}
		if m.key != "" {
			m.key += "/"
		}
		if m.src != "" {
			m.src += "/"
		}
		if !seen[m] {
			seen[m] = true
			out = append(out, m)
		}
	}
	return out
}

// expectedSource returns the path the source of key would have: the key
// mapped the way the key of the nearest document maps to its source, the
// longest prefix of maps (from sourceMaps) winning, the first of equals;
// or the key itself.
func expectedSource(maps []sourceMap, key string) string {
	best := -1
	var bestMap sourceMap
	for _, m := range maps {
		if !strings.HasPrefix(key, m.key) || len(m.key) <= best {
			continue
		}
		best, bestMap = len(m.key), m
	}
	if best < 0 {
		return key
	}
	return bestMap.src + key[len(bestMap.key):]
}

// info sums up the tree language by language.
func (w *walk) info(res *Result) *TreeInfo {
	ti := &TreeInfo{Roots: []string{dirName(w.topts.Dir)}, SourceLang: w.t.SourceLang, Layouts: slices.Clone(w.t.Layouts)}
	if ti.Layouts == nil {
		ti.Layouts = []string{}
	}
	n := len(w.t.Documents)
	src := LangSummary{Lang: w.t.SourceLang, Source: true, Documents: n, Checked: n}
	ti.Languages = append(ti.Languages, src)
	for _, l := range w.t.Langs {
		ls := LangSummary{Lang: l, Documents: n}
		for i := range w.t.Documents {
			if _, ok := w.t.Documents[i].Translations[l]; ok {
				ls.Checked++
			} else {
				ls.Missing++
			}
		}
		for _, o := range w.t.Orphans {
			if o.Lang == l {
				ls.Orphan++
			}
		}
		ti.Languages = append(ti.Languages, ls)
	}
	// Orphans in a language with no other translation.
	for _, o := range w.t.Orphans {
		if !slices.Contains(w.t.Langs, o.Lang) && !hasLang(ti.Languages, o.Lang) {
			ls := LangSummary{Lang: o.Lang, Documents: n, Missing: n}
			for _, p := range w.t.Orphans {
				if p.Lang == o.Lang {
					ls.Orphan++
				}
			}
			ti.Languages = append(ti.Languages, ls)
		}
	}
	countFindings(ti, res.Findings)
	return ti
}

func hasLang(ls []LangSummary, lang string) bool {
	for _, l := range ls {
		if l.Lang == lang {
			return true
		}
	}
	return false
}

// countFindings fills in the errors, warnings and infos of each language.
func countFindings(ti *TreeInfo, fs []rule.Finding) {
	idx := make(map[string]int, len(ti.Languages))
	for i := range ti.Languages {
		ti.Languages[i].Errors, ti.Languages[i].Warnings, ti.Languages[i].Infos = 0, 0, 0
		if _, ok := idx[ti.Languages[i].Lang]; !ok {
			idx[ti.Languages[i].Lang] = i
		}
	}
	for _, f := range fs {
		i, ok := idx[f.Lang]
		if !ok {
			ti.Languages = append(ti.Languages, LangSummary{Lang: f.Lang})
			i = len(ti.Languages) - 1
			idx[f.Lang] = i
		}
		switch f.Severity {
		case rule.Error:
			ti.Languages[i].Errors++
		case rule.Warning:
			ti.Languages[i].Warnings++
		case rule.Info:
			ti.Languages[i].Infos++
		}
	}
}

// FileOf returns the file a finding is listed under: the translation's,
// or the source's for a finding with no place in a translation.
func FileOf(f *rule.Finding) string {
	if f.Target != nil {
		return f.Target.Filename
	}
	if f.Source != nil {
		return f.Source.Filename
	}
	return ""
}

// SortByFile orders findings by the file they are listed under (see
// [FileOf]), then by line and column there, then by the source's place,
// rule, language and message: the order of a tree's report, the same
// whatever order the documents were checked in.
func SortByFile(fs []rule.Finding) {
	at := func(p *source.Position) (int, int) {
		if p == nil {
			return 0, 0
		}
		return p.Line, p.Column
	}
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := &fs[i], &fs[j]
		if c := strings.Compare(FileOf(a), FileOf(b)); c != 0 {
			return c < 0
		}
		pa, pb := a.Target, b.Target
		if pa == nil {
			pa = a.Source
		}
		if pb == nil {
			pb = b.Source
		}
		al, ac := at(pa)
		bl, bc := at(pb)
		if c := cmp.Or(cmp.Compare(al, bl), cmp.Compare(ac, bc)); c != 0 {
			return c < 0
		}
		al, ac = at(a.Source)
		bl, bc = at(b.Source)
		if c := cmp.Or(cmp.Compare(al, bl), cmp.Compare(ac, bc)); c != 0 {
			return c < 0
		}
		return cmp.Or(strings.Compare(a.Rule, b.Rule), strings.Compare(a.Lang, b.Lang), strings.Compare(a.Message, b.Message)) < 0
	})
}

// Merge combines the results of several trees and articles checked in one
// run into one result with a tree summary: roots, versions and findings of
// all, the languages summed. A single result is returned as it is.
func Merge(rs ...*Result) *Result {
	if len(rs) == 1 {
		return rs[0]
	}
	out := &Result{}
	var files []string
	var infos []*TreeInfo
	for _, r := range rs {
		files = append(files, r.Source.File)
		for _, v := range r.Versions {
			if v.Source == "" {
				v.Source = r.Source.File
			}
			out.Versions = append(out.Versions, v)
		}
		out.Findings = append(out.Findings, r.Findings...)
		out.Pairs = append(out.Pairs, r.Pairs...)
		out.Skipped = append(out.Skipped, r.Skipped...)
		ti := r.Tree
		if ti == nil {
			ti = articleInfo(r)
		}
		infos = append(infos, ti)
	}
	out.Tree = MergeInfo(infos...)
	out.Source = Side{Lang: out.Tree.SourceLang, File: strings.Join(files, ", ")}
	SortByFile(out.Findings)
	countFindings(out.Tree, out.Findings)
	return out
}

// MergeInfo sums up several trees as one, language by language; nil for
// none.
func MergeInfo(infos ...*TreeInfo) *TreeInfo {
	switch len(infos) {
	case 0:
		return nil
	case 1:
		return infos[0]
	}
	out := &TreeInfo{Roots: []string{}, Layouts: []string{}}
	layouts := map[string]bool{}
	var srcLangs []string
	for _, ti := range infos {
		out.Roots = append(out.Roots, ti.Roots...)
		for _, l := range strings.Split(ti.SourceLang, ",") {
			if !slices.Contains(srcLangs, l) {
				srcLangs = append(srcLangs, l)
			}
		}
		for _, l := range ti.Layouts {
			if !layouts[l] {
				layouts[l] = true
				out.Layouts = append(out.Layouts, l)
			}
		}
		for _, ls := range ti.Languages {
			addLang(out, ls)
		}
	}
	sort.Strings(out.Layouts)
	out.SourceLang = strings.Join(srcLangs, ",")
	return out
}

// articleInfo sums up an article as a tree of one document.
func articleInfo(r *Result) *TreeInfo {
	ti := &TreeInfo{Roots: []string{r.Source.File}, SourceLang: r.Source.Lang}
	ti.Languages = append(ti.Languages, LangSummary{Lang: r.Source.Lang, Source: true, Documents: 1, Checked: 1})
	for _, v := range r.Versions {
		addLang(ti, LangSummary{Lang: v.Lang, Documents: 1, Checked: 1})
	}
	return ti
}

// addLang adds the counts of ls to the row of its language in ti.
func addLang(ti *TreeInfo, ls LangSummary) {
	for i := range ti.Languages {
		t := &ti.Languages[i]
		if t.Lang == ls.Lang && t.Source == ls.Source {
			t.Documents += ls.Documents
			t.Checked += ls.Checked
			t.Missing += ls.Missing
			t.Orphan += ls.Orphan
			return
		}
	}
	// Source rows first, then the others in the order they come.
	if ls.Source {
		k := 0
		for k < len(ti.Languages) && ti.Languages[k].Source {
			k++
		}
		ti.Languages = slices.Insert(ti.Languages, k, ls)
		return
	}
	ti.Languages = append(ti.Languages, ls)
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8Start(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// countWords counts the runs of letters and digits of s.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}
