// Package check is tralign's pipeline as a library: it reads the language
// versions of an article, picks the source, aligns each translation with
// it and runs the rules. The command line is a thin layer over it, and so
// can be any other Go program:
//
//	res, err := check.Run([]check.Input{{Name: "a.en.md", Data: en}, {Name: "a.es.md", Data: es}}, check.Options{})
//
// Defects of the source itself are reported once, however many
// translations there are.
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
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
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
	// its index (from 0), the number of translations and the pair.
	Progress func(i, n int, source, target *doc.Document)
	// Drift compares each source with its git history too (see [Drift]
	// and [Tree]): the drift rules report what changed since each
	// translation was made, and paragraph-missing findings say whether
	// the source or the translation caused the gap.
	Drift bool
	// Since names the revision the translations are compared from, for
	// Drift; "" finds it for each translation (see package drift).
	Since string
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
	Findings []rule.Finding // an article's sorted by language, file and place; a tree's by file and place (see SortByFile)
	Pairs    []*bitext.Pair // the alignment of each translation, in the order of Versions; nil for a tree
	Tree     *TreeInfo      // for a tree, the summary per language; nil for an article
	Skipped  []error        // translations whose drift could not be told, and why
}

// Error is an input that cannot be checked as given: the message says what
// is wrong and what to do.
type Error struct {
	Option string // the field of Options at fault ("Source", "Langs"); "" if none
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
	var docs []*doc.Document
	for i, in := range inputs {
		ro := read.Options{Encoding: opts.Encoding, Format: opts.Format, Split: len(inputs) == 1}
		if langs != nil && !combined {
			ro.Lang = langs[i]
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
		if err != nil {
			// A version whose language is unknown cannot be checked.
			return nil, err
		}
		docs = append(docs, ds...)
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

// Documents aligns every target with src and runs the rules.
func Documents(src *doc.Document, targets []*doc.Document, opts Options) *Result {
	rules := opts.Rules
	if rules == nil {
		rules = rule.All()
	}
	res := &Result{Source: Side{Lang: src.Lang, File: src.File.Name}}
	res.Findings = rule.CheckSourceCited(src, opts.Cited, rules, opts.Config)
	for i, d := range targets {
		if opts.Progress != nil {
			opts.Progress(i, len(targets), src, d)
		}
		p := bitext.Align(src, d, opts.Align)
		res.Pairs = append(res.Pairs, p)
		res.Versions = append(res.Versions, Version{Lang: d.Lang, File: d.File.Name, Blocks: len(d.Blocks), Aligned: p.Aligned()})
		res.Findings = append(res.Findings, rule.CheckCited(p, opts.Cited, rules, opts.Config)...)
	}
	rule.Sort(res.Findings)
	return res
}

// Align aligns every target with src, as Documents does, without running
// the rules.
func Align(src *doc.Document, targets []*doc.Document, opts Options) []*bitext.Pair {
	var pairs []*bitext.Pair
	for i, d := range targets {
		if opts.Progress != nil {
			opts.Progress(i, len(targets), src, d)
		}
		pairs = append(pairs, bitext.Align(src, d, opts.Align))
	}
	return pairs
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
