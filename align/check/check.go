// Package check is tralign's pipeline as a library: it reads the language
// versions of an article, picks the source, aligns each translation with
// it and runs the rules. The command line is a thin layer over it, and so
// can be any other Go program:
//
//	res, err := check.Run([]check.Input{{Name: "a.en.md", Data: en}, {Name: "a.es.md", Data: es}}, check.Options{})
//
// Defects of the source itself are reported once, however many
// translations there are. Files are read, and translations aligned and
// checked, in parallel on every processor, with the same result as one
// at a time. Inputs beyond the Limits (the size of a file, of a line, the
// number of versions) are refused with an *Error naming the limit.
//
// [Tree] checks a whole tree of translated docs (content/en/x.md beside
// content/es/x.md, x.md beside x.es.md...) in one run: it finds the
// documents with package tree, reports the translations missing and left
// over, and checks the documents concurrently, holding the findings, not
// the documents. With [Options.Drift] the history in git says what
// changed in each source since its translation was made (package drift);
// [Drift] does the same for an article given as files, and [TreeStatus]
// and [FilesStatus] sum it up per language.
package check

import (
	"bytes"
	"cmp"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/tralign/tralign/align/baseline"
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/internal/par"
	"github.com/tralign/tralign/align/internal/size"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
)

// Input is one input file: its name (used in every place reported) and its
// bytes as read.
type Input struct {
	Name string
	Data []byte
}

// Options control a check. The zero value reads languages from the names,
// front matter or detection, takes the first version as the source and
// runs every rule at its default severity.
type Options struct {
	// Source is the source version's language; "" means the first version.
	Source string
	// Langs names the language of each input, in order, or of each
	// version of a single input holding several; nil means from the file
	// name, front matter or detection.
	Langs []string
	// Encoding forces the encoding of the inputs; "" detects it.
	Encoding string
	// Format forces the input format ("plain", "markdown"); "" decides
	// from each file name.
	Format string
	// Rules are the rules to run; nil means rule.All().
	Rules []*rule.Rule
	// Config switches rules off or re-grades them.
	Config rule.Config
	// Align tunes the alignment.
	Align bitext.Options
	// Cited are documents the article quotes (see ReadCited): its quotes
	// are looked up in them. Nil for none.
	Cited []*doc.Document
	// Progress, if set, is called before each translation is aligned, with
	// its index (from 0), the number of translations and the pair. The
	// calls come in the order of the translations, one at a time, but not
	// necessarily from the calling goroutine.
	Progress func(i, n int, source, target *doc.Document)
	// Drift compares each source with its git history too (see [Drift]
	// and [Tree]): the drift rules report what changed since each
	// translation was made, and paragraph-missing findings say whether
	// the source or the translation caused the gap.
	Drift bool
	// Since names the revision the translations are compared from, for
	// Drift; "" finds it for each translation (see package drift).
	Since string
	// Limits bound the inputs a check takes; the zero value means
	// DefaultLimits.
	Limits Limits
	// Memo, if not nil, carries what Read learns of the words of each
	// version it reads to the check of that version by Documents (see
	// Memo): give the same to both. Run makes one when it is nil; Tree
	// does without, as each of its workers remembers the words it meets.
	Memo *Memo
	// Workers is the most files read, or translations aligned, at once,
	// and the goroutines the source is prepared for alignment on; each
	// translation is prepared, aligned (unless Align.Workers says
	// otherwise) and checked on its share, Workers divided by the number
	// of translations (at least one). 0 means one per processor
	// (runtime.GOMAXPROCS). Results are the same whatever the number.
	Workers int
}

// Limits bound the inputs of a check, so that an input too large for the
// machine is refused with an error saying which limit it exceeds rather
// than exhausting memory. A check's heap peaks at some 26 times its
// input for a book of 30 MB and up to 56 times for one of 3 MB
// (peak-heap-B/byte of BenchmarkCheck and BenchmarkCheckOneTranslation):
// three files at the default 64 MiB may need 5 GiB or more. Zero fields
// take the value of DefaultLimits; negative ones mean no limit.
type Limits struct {
	MaxFileSize   int // bytes of one input file, as given (before decoding)
	MaxLineLength int // bytes of one line of an input file
	MaxVersions   int // language versions in one check, the source included
}

// DefaultLimits are the limits of a check whose Options leave them zero: a
// file of 64 MiB, a line of 32 MiB (a whole book written on one line),
// 64 versions.
var DefaultLimits = Limits{MaxFileSize: 64 << 20, MaxLineLength: 32 << 20, MaxVersions: 64}

// orDefault returns l with its zero fields set from DefaultLimits.
func (l Limits) orDefault() Limits {
	if l.MaxFileSize == 0 {
		l.MaxFileSize = DefaultLimits.MaxFileSize
	}
	if l.MaxLineLength == 0 {
		l.MaxLineLength = DefaultLimits.MaxLineLength
	}
	if l.MaxVersions == 0 {
		l.MaxVersions = DefaultLimits.MaxVersions
	}
	return l
}

// Memo carries what reading a version learned of its words, the scores
// the language identifier gave them, to the check of that version, whose
// rules ask the language of the same texts again (of the source's and the
// translation's languages only): a check of one page would otherwise
// score most of its words twice. It is meant for one check. A successful
// Read leaves in it each version read alone from its file, and Documents
// takes out the source and each translation it checks; a version never
// given to Documents stays until the Memo is dropped. A version's part
// takes some 340 bytes a distinct word, at most 65,536 words (about
// 22 MB), and is what its check's rules would otherwise build while they
// run. The zero value is ready to use; it is safe for concurrent use.
// What it holds changes no result.
type Memo struct {
	mu    sync.Mutex
	byDoc map[*doc.Document]*rule.Memo
}

// put keeps m for the check of d.
func (mm *Memo) put(d *doc.Document, m *rule.Memo) {
	mm.mu.Lock()
	defer mm.mu.Unlock()
	if mm.byDoc == nil {
		mm.byDoc = map[*doc.Document]*rule.Memo{}
	}
	mm.byDoc[d] = m
}

// take returns what was kept for the check of d, and forgets it: a memo
// serves one check at a time. nil if there is none, or mm is nil.
func (mm *Memo) take(d *doc.Document) *rule.Memo {
	if mm == nil {
		return nil
	}
	mm.mu.Lock()
	defer mm.mu.Unlock()
	m := mm.byDoc[d]
	delete(mm.byDoc, d)
	return m
}

// Side names a version: its language and file.
type Side struct {
	Lang string `json:"lang"`
	File string `json:"file"`
}

// Version summarises one translation checked against the source.
type Version struct {
	Lang    string  `json:"lang"`
	File    string  `json:"file"`
	Source  string  `json:"source,omitempty"` // the source file it was checked against, in a tree (the result's Source names the tree)
	Blocks  int     `json:"blocks"`           // blocks of the translation
	Aligned float64 `json:"aligned"`          // share of source body blocks with a counterpart, in [0,1]; with drift alone, share of the source's words in blocks the translation renders
}

// Result is what a check found.
type Result struct {
	Source   Side
	Versions []Version
	Findings []rule.Finding  // an article's sorted by language, file and place; a tree's by file and place (see SortByFile)
	Pairs    []*bitext.Pair  // the alignment of each translation, in the order of Versions; for a tree, only with TreeOptions.KeepPairs
	Tree     *TreeInfo       // for a tree, the summary per language; nil for an article
	Skipped  []error         // translations whose drift could not be told, and why
	Baseline *baseline.Stats // what a baseline hid (see ApplyBaseline); nil when none was applied
}

// ApplyBaseline leaves out of r the findings b knows and records how many
// it hid and how many of its findings are gone; root is the directory
// file names are relative to (see package baseline).
func (r *Result) ApplyBaseline(b *baseline.File, root string) {
	kept, st := b.Filter(r.Findings, root)
	r.Findings = kept
	r.Baseline = &st
	if r.Tree != nil {
		countFindings(r.Tree, r.Findings)
	}
}

// Error is an input that cannot be checked as given: the message says what
// is wrong and what to do.
type Error struct {
	Option string // the field of Options at fault ("Source", "Langs"); "" if none
	Limit  string // the field of Limits an input exceeds ("MaxFileSize", "MaxLineLength", "MaxVersions"); "" if none
	Msg    string
}

func (e *Error) Error() string {
	if e.Option != "" {
		return e.Option + ": " + e.Msg
	}
	return e.Msg
}

func errorf(format string, args ...any) error { return &Error{Msg: fmt.Sprintf(format, args...)} }

func optionErrorf(option, format string, args ...any) error {
	return &Error{Option: option, Msg: fmt.Sprintf(format, args...)}
}

// Run reads the inputs, aligns every translation with the source and runs
// the rules. One input may hold several versions (they are split where
// the language changes and the structure restarts); several inputs are
// one version each. Errors are *Error (the inputs do not make a check) or
// read.ErrorList (an input could not be read).
func Run(inputs []Input, opts Options) (*Result, error) {
	if opts.Memo == nil {
		opts.Memo = new(Memo)
	}
	docs, err := Read(inputs, opts)
	if err != nil {
		return nil, err
	}
	src, targets, err := Pick(docs, opts.Source)
	if err != nil {
		return nil, err
	}
	return Documents(src, targets, opts), nil
}

// Read reads the inputs into language versions, as Run does.
func Read(inputs []Input, opts Options) ([]*doc.Document, error) {
	if len(inputs) == 0 {
		return nil, errorf("no input files; give the versions of an article, e.g. tralign check a.en.txt a.es.txt, or one file holding them all")
	}
	langs := opts.Langs
	// One input and several languages: the languages of the versions the
	// input holds, in order.
	combined := len(inputs) == 1 && len(langs) > 1
	if langs != nil && len(langs) != len(inputs) && !combined {
		return nil, optionErrorf("Langs", "%s for %s; give one per file, comma-separated", plural(len(langs), "language"), plural(len(inputs), "file"))
	}
	lim := opts.Limits.orDefault()
	for _, in := range inputs {
		if err := checkSize(in, lim); err != nil {
			return nil, err
		}
	}
	memos := make([]*rule.Memo, len(inputs)) // what reading each learned, if opts.Memo
	read1 := func(i int) ([]*doc.Document, error) {
		in := inputs[i]
		ro := read.Options{Encoding: opts.Encoding, Format: opts.Format, Split: len(inputs) == 1}
		if langs != nil && !combined {
			ro.Lang = langs[i]
		}
		if opts.Memo != nil {
			memos[i] = new(rule.Memo)
			ro.Identifier = &memos[i].Identifier
		}
		ds, err := read.File(in.Name, in.Data, ro)
		if combined && len(ds) > 0 {
			if len(ds) != len(langs) {
				return nil, optionErrorf("Langs", "%s holds %s (%s), not %d: give one language per version, in order", in.Name, plural(len(ds), "version"), versionList(ds), len(langs))
			}
			for k, d := range ds {
				d.Lang, d.LangFrom, d.Confidence = langs[k], "flag", 1
			}
			err = nil // the languages the reader could not tell are given now
		}
		// A version whose language is unknown cannot be checked.
		return ds, err
	}
	read := make([][]*doc.Document, len(inputs))
	errs := make([]error, len(inputs))
	// The largest files first, so that the last one read is not a large
	// one read alone while the other processors idle.
	order := make([]int, len(inputs))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(len(inputs[b].Data), len(inputs[a].Data)) })
	par.Each(len(inputs), orProcessors(opts.Workers), func(k int) {
		i := order[k]
		read[i], errs[i] = read1(i)
	})
	var docs []*doc.Document
	for i := range inputs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		docs = append(docs, read[i]...)
	}
	if lim.MaxVersions > 0 && len(docs) > lim.MaxVersions {
		return nil, &Error{Limit: "MaxVersions", Msg: fmt.Sprintf("%s, more than the %d a check takes: check fewer at once, or raise the limit", plural(len(docs), "version"), lim.MaxVersions)}
	}
	for i, ds := range read {
		// The versions of a file holding several share its memo: none
		// of them is given it, as they are checked at once.
		if memos[i] != nil && len(ds) == 1 {
			opts.Memo.put(ds[0], memos[i])
		}
	}
	return docs, nil
}

// ReadCited reads the documents an article quotes, each input one
// document in whatever language (a file holding several versions gives
// them all).
func ReadCited(inputs []Input, opts Options) ([]*doc.Document, error) {
	var out []*doc.Document
	for _, in := range inputs {
		ds, err := read.File(in.Name, in.Data, read.Options{Encoding: opts.Encoding})
		if err != nil && len(ds) == 0 {
			return nil, fmt.Errorf("cited document %s: %w", in.Name, err)
		}
		out = append(out, ds...)
	}
	return out, nil
}

// checkSize returns an *Error if in is larger than lim allows, or has a
// longer line.
func checkSize(in Input, lim Limits) error {
	if lim.MaxFileSize > 0 && len(in.Data) > lim.MaxFileSize {
		return &Error{Limit: "MaxFileSize", Msg: fmt.Sprintf("%s: %s, more than the %s a check takes for one file: split it, or raise the limit", in.Name, size.Bytes(len(in.Data)), size.Bytes(lim.MaxFileSize))}
	}
	if lim.MaxLineLength > 0 {
		if n, line := longestLine(in.Data); n > lim.MaxLineLength {
			return &Error{Limit: "MaxLineLength", Msg: fmt.Sprintf("%s:%d: a line of %s, more than the %s a check takes: break the text into lines, or raise the limit", in.Name, line, size.Bytes(n), size.Bytes(lim.MaxLineLength))}
		}
	}
	return nil
}

// longestLine returns the length in bytes of the longest line of data
// (ended by "\n", "\r\n" or "\r") and its number, from 1.
func longestLine(data []byte) (n, line int) {
	no := 0
	for len(data) > 0 {
		no++
		end := len(data)
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			end = i
		}
		seg := data[:end]
		// "\r" alone ends lines too.
		for {
			k := bytes.IndexByte(seg, '\r')
			if k < 0 || k == len(seg)-1 {
				break
			}
			if k > n {
				n, line = k, no
			}
			seg = seg[k+1:]
			no++
		}
		if l := len(bytes.TrimSuffix(seg, []byte("\r"))); l > n {
			n, line = l, no
		}
		if end == len(data) {
			break
		}
		data = data[end+1:]
	}
	return n, line
}

// Pick splits docs into the source (the first version, or the one in
// language lang) and the translations.
func Pick(docs []*doc.Document, lang string) (*doc.Document, []*doc.Document, error) {
	if len(docs) == 0 {
		return nil, nil, errorf("no version to check")
	}
	si := 0
	if lang != "" {
		si = -1
		for i, d := range docs {
			if d.Lang == lang {
				si = i
				break
			}
		}
		if si < 0 {
			var have []string
			for _, d := range docs {
				have = append(have, d.Lang)
			}
			return nil, nil, optionErrorf("Source", "no version in %s; the versions are %s", lang, strings.Join(have, ", "))
		}
	}
	var rest []*doc.Document
	for i, d := range docs {
		if i != si {
			rest = append(rest, d)
		}
	}
	if len(rest) == 0 {
		return nil, nil, errorf("%s: only one version (%s) was found; give the source and at least one translation", docs[si].File.Name, LangOrUnknown(docs[si].Lang))
	}
	return docs[si], rest, nil
}

// Documents aligns every target with src and runs the rules. The
// translations are aligned and checked in parallel (see Options.Workers).
// Their rules take what Read learned of their words from opts.Memo.
func Documents(src *doc.Document, targets []*doc.Document, opts Options) *Result {
	rules := opts.Rules
	if rules == nil {
		rules = rule.All()
	}
	res := &Result{Source: Side{Lang: src.Lang, File: src.File.Name}}
	res.Findings = rule.CheckSourceCited(src, opts.Cited, rules, opts.Config)
	found := make([][]rule.Finding, len(targets))
	// The source is tokenised once for all its translations, and the
	// processors the translations leave run the rules of each.
	workers := orProcessors(opts.Workers)
	sh := rule.NewShared(src, share(workers, len(targets)))
	opts.Memo.take(src) // the rules ask little of the source's texts
	res.Pairs = alignAll(src, targets, opts, func(i int, p *bitext.Pair) {
		found[i] = rule.CheckWith(p, opts.Cited, rules, opts.Config, sh, opts.Memo.take(p.Target))
	})
	for i, d := range targets {
		p := res.Pairs[i]
		res.Versions = append(res.Versions, Version{Lang: d.Lang, File: d.File.Name, Blocks: len(d.Blocks), Aligned: p.Aligned()})
		res.Findings = append(res.Findings, found[i]...)
	}
	res.Findings = suppress(res.Findings, src, targets, nil, rules, opts.Config)
	rule.Sort(res.Findings)
	return res
}

// Align aligns every target with src, as Documents does, without running
// the rules.
func Align(src *doc.Document, targets []*doc.Document, opts Options) []*bitext.Pair {
	return alignAll(src, targets, opts, nil)
}

// alignAll aligns every target with src in parallel, calling then, if not
// nil, with each pair in the goroutine that aligned it.
func alignAll(src *doc.Document, targets []*doc.Document, opts Options, then func(int, *bitext.Pair)) []*bitext.Pair {
	pairs := make([]*bitext.Pair, len(targets))
	if len(targets) == 0 {
		return pairs
	}
	// The source is prepared before any pair starts, so it has every
	// worker to itself.
	workers := orProcessors(opts.Workers)
	ps := bitext.PrepareOn(src, workers)
	aopts := opts.Align
	if aopts.Workers <= 0 {
		aopts.Workers = share(workers, len(targets))
	}
	var mu sync.Mutex
	next, aligning := 0, len(targets)
	par.Each(len(targets), orProcessors(opts.Workers), func(int) {
		// Take the translations in order, so that Progress reports them in
		// order.
		mu.Lock()
		i, from := next, ps
		next++
		if opts.Progress != nil {
			opts.Progress(i, len(targets), src, targets[i])
		}
		mu.Unlock()
		pairs[i] = bitext.AlignPrepared(from, bitext.PrepareOn(targets[i], aopts.Workers), aopts)
		// Once every translation is aligned, what the source was prepared
		// with is let go, so that the rules of the last ones do not hold it.
		mu.Lock()
		if aligning--; aligning == 0 {
			ps = nil
		}
		mu.Unlock()
		if then != nil {
			then(i, pairs[i])
		}
	})
	return pairs
}

// share returns each translation's share of workers processors when n
// are checked at once: one where there are as many translations, all of
// them where there is one.
func share(workers, n int) int { return max(1, workers/max(1, n)) }

// orProcessors returns workers, or the number of processors
// (runtime.GOMAXPROCS) if it is 0 or less: what Workers options mean.
func orProcessors(workers int) int {
	if workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return workers
}

// LangOrUnknown returns l, or "language unknown" when it is empty.
func LangOrUnknown(l string) string {
	if l == "" {
		return "language unknown"
	}
	return l
}

// versionList describes versions by language and first line: "en at line
// 1, es at line 109".
func versionList(ds []*doc.Document) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%s at line %d", LangOrUnknown(d.Lang), d.FirstLine()))
	}
	return strings.Join(parts, ", ")
}

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
