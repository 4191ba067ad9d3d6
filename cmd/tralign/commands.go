package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/textenc"
	"github.com/tralign/tralign/report"
)

func cmdCheck(args []string, stdout, stderr io.Writer, e env) error {
	return runCheck("check", "check [flags] PATH...", false, args, stdout, stderr, e)
}

// cmdQuotes checks the quotes of an article against the documents it
// quotes: check with the quote rules alone.
func cmdQuotes(args []string, stdout, stderr io.Writer, e env) error {
	return runCheck("quotes", "quotes [flags] PATH... --cited FILE...", true, args, stdout, stderr, e)
}

func runCheck(name, synopsis string, quotesOnly bool, args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet(name, synopsis, stderr)
	var cited citedFlag
	fs.Var(&cited, "cited", "a `FILE` the article quotes: its quotes are looked up there (repeatable)")
	var c common
	c.register(fs, report.CommandCheck)
	c.registerFilter(fs)
	failOn := fs.String("fail-on", "", "exit 1 when a finding reaches this `severity`: error, warning, info or none (default error, or the config file's)")
	disable := fs.String("disable", "", "comma-separated rule `IDS` to switch off")
	dict := fs.String("dict", "", "a bilingual dictionary `FILE` to help the alignment: a dictd database (its .index, as dict-freedict-* packages install) or word<TAB>translations lines")
	drift := fs.Bool("drift", false, "compare each source with its git history too: report what changed since each translation was made, and say of each missing paragraph whether the source or the translation caused it")
	since := fs.String("since", "", "with --drift, compare from this git `REV` instead of the revision each translation was made from")
	target := fs.String("target", "", targetUsage)
	var base baselineFlags
	base.register(fs)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandCheck)
	if err != nil {
		return err
	}
	if err := base.check(); err != nil {
		return err
	}
	if *since != "" && !*drift {
		return usageErr("--since compares with the history: give --drift too")
	}
	all := rule.All()
	if quotesOnly {
		if len(cited) == 0 {
			return usageErr("quotes: give the documents the article quotes with --cited FILE")
		}
		all = quoteRules(all)
	}
	rules, opts, threshold, err := c.ruleSettings(*failOn, *disable, *dict, all)
	if err != nil {
		return err
	}
	defer c.guard(paths, stderr, e)()
	opts.Drift, opts.Since = *drift, *since
	if !quotesOnly { // the quote rules ask no language
		opts.Memo = new(check.Memo) // from reading the files to checking them
	}
	if opts.Cited, err = readCited(cited, opts); err != nil {
		return err
	}
	prog := newProgress(stderr, e)
	opts.Progress = func(i, n int, s, t *doc.Document) {
		prog.say("checking %s against %s (%d of %d)", check.LangOrUnknown(t.Lang), check.LangOrUnknown(s.Lang), i+1, n)
	}
	c.target = *target
	res, err := c.checkPaths(paths, opts, prog, "", func(src *doc.Document, targets []*doc.Document) (*check.Result, error) {
		targets, err := onlyTarget(targets, *target, format)
		if err != nil {
			return nil, err
		}
		res := check.Documents(src, targets, opts)
		if opts.Drift {
			if err := check.Drift(res, src, targets, opts); err != nil {
				return nil, err
			}
		}
		return res, nil
	})
	prog.done()
	if err != nil {
		return err
	}
	c.unguard()
	if written, err := base.apply(res, stderr); written || err != nil {
		return err
	}
	return c.report(stdout, stderr, e, paths, format, res, rules, threshold)
}

// ruleSettings reads the config file and the flags that choose the rules,
// their severities and the threshold, and the flags that shape reading
// and aligning. all are the rules the command runs.
func (c *common) ruleSettings(failOn, disable, dict string, all []*rule.Rule) ([]*rule.Rule, check.Options, rule.Severity, error) {
	var opts check.Options
	conf, confName, err := c.config()
	if err != nil {
		return nil, opts, 0, err
	}
	cfg := rule.Config{}
	if err := conf.apply(confName, rule.All(), cfg); err != nil {
		return nil, opts, 0, err
	}
	threshold := rule.Error
	switch {
	case failOn != "":
		if threshold, err = severityFlag("--fail-on", failOn, true); err != nil {
			return nil, opts, 0, err
		}
	case conf.FailOn != "":
		if threshold, err = rule.ParseSeverity(conf.FailOn); err != nil {
			return nil, opts, 0, usageErr("%s: fail-on: %v", confName, err)
		}
	}
	for _, id := range strings.Split(disable, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if rule.ByID(rule.All(), id) == nil {
			hint := "; tralign rules lists them"
			if m := closest(id, ruleIDs(rule.All())); m != "" {
				hint = fmt.Sprintf("; did you mean %s?", m)
			}
			return nil, opts, 0, usageErr("--disable: unknown rule %q%s", id, hint)
		}
		cfg[id] = rule.Off
	}
	if opts, err = c.options(dict); err != nil {
		return nil, opts, 0, err
	}
	opts.Rules, opts.Config = all, cfg
	return all, opts, threshold, nil
}

// checkPaths checks every tree the paths name and the article their files
// make, and merges the results. article checks the article once read;
// def is the path taken when none is given ("" for none).
func (c *common) checkPaths(paths []string, opts check.Options, prog *progress, def string, article func(src *doc.Document, targets []*doc.Document) (*check.Result, error)) (*check.Result, error) {
	var dir string
	in, err := c.tree.inputs(paths, c, func(done, total int) { prog.bar("checking "+dir, done, total) }, def)
	if err != nil {
		return nil, err
	}
	if len(in.trees) == 0 && len(in.files) == 0 {
		return nil, usageErr("no input files; give the versions of an article, e.g. tralign check a.en.txt a.es.txt, one file holding them all, or a directory holding a tree of translated documents")
	}
	var results []*check.Result
	for _, t := range in.trees {
		dir = t.Dir
		// The review page and XLIFF show the alignments themselves.
		t.KeepPairs = c.format == "html" || c.format == "xliff"
		if c.target != "" && len(t.Tree.Langs) == 0 {
			// --target: the tree's one translation language.
			t.Tree.Langs = []string{c.target}
		}
		res, err := check.Tree(opts, t)
		if err != nil {
			return nil, treeErr(err)
		}
		results = append(results, res)
	}
	if len(in.files) > 0 {
		docs, err := c.read(in.files, opts)
		if err != nil {
			return nil, err
		}
		if err := c.checkVersions(docs); err != nil {
			return nil, err
		}
		src, targets, err := pick(docs, opts.Source)
		if err != nil {
			return nil, err
		}
		c.checkIdentical(src, targets)
		res, err := article(src, targets)
		if err != nil {
			return nil, checkErr(err)
		}
		results = append(results, res)
	}
	return check.Merge(results...), nil
}

// report writes the findings and says on stderr what could not be done;
// the exit status is 1 when a finding reaches threshold.
func (c *common) report(stdout, stderr io.Writer, e env, paths []string, format report.Format, res *check.Result, rules []*rule.Rule, threshold rule.Severity) error {
	for _, err := range res.Skipped {
		fmt.Fprintf(stderr, "tralign: %v; left out\n", err)
	}
	in := &report.Input{Check: res, Rules: rules}
	if err := c.filter(in, threshold); err != nil {
		return err
	}
	if err := c.write(stdout, e, checkedFiles(res, paths), format, in); err != nil {
		return err
	}
	if err := stepSummary(format, res); err != nil {
		return err
	}
	if threshold != rule.Off {
		for _, f := range in.Check.Findings {
			if f.Severity >= threshold {
				return errFindings
			}
		}
	}
	return nil
}

// filter leaves out of in.Check the findings below --only, and with
// --quiet those below threshold, counting what it left out in in.Hidden.
func (c *common) filter(in *report.Input, threshold rule.Severity) error {
	lowest := rule.Info
	if c.only != "" {
		sev, err := severityFlag("--only", c.only, false)
		if err != nil {
			return err
		}
		lowest = sev
		in.Hidden = &report.Summary{}
	}
	if c.quiet {
		if threshold == rule.Off {
			lowest = rule.Error + 1 // nothing fails the run: nothing to show
		} else {
			lowest = max(lowest, threshold)
		}
	}
	if lowest == rule.Info {
		return nil
	}
	res := *in.Check
	res.Findings = nil
	for _, f := range in.Check.Findings {
		if f.Severity >= lowest {
			res.Findings = append(res.Findings, f)
			continue
		}
		if in.Hidden != nil {
			switch f.Severity {
			case rule.Error:
				in.Hidden.Errors++
			case rule.Warning:
				in.Hidden.Warnings++
			case rule.Info:
				in.Hidden.Infos++
			}
		}
	}
	in.Check = &res
	return nil
}

// alignOptions loads the dictionary named by --dict: a dictd database
// (its .index, or its .dict or .dict.dz beside the index) or a
// tab-separated word list.
func alignOptions(dict string) (bitext.Options, error) {
	var opts bitext.Options
	if dict == "" {
		return opts, nil
	}
	d, err := loadDict(dict)
	if err != nil {
		return opts, usageErr("--dict %s: %v", dict, err)
	}
	opts.Dict = d
	return opts, nil
}

func loadDict(name string) (*bitext.Dict, error) {
	base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(name, ".index"), ".dz"), ".dict")
	if _, err := os.Stat(base + ".index"); err == nil {
		index, err := os.Open(base + ".index")
		if err != nil {
			return nil, err
		}
		defer index.Close()
		data, err := readDictData(base)
		if err != nil {
			return nil, err
		}
		return bitext.ReadDictd(index, data)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return bitext.ReadDict(f)
}

// readDictData reads base.dict, or base.dict.dz (dictzip is gzip).
func readDictData(base string) ([]byte, error) {
	if data, err := os.ReadFile(base + ".dict"); err == nil {
		return data, nil
	}
	f, err := os.Open(base + ".dict.dz")
	if err != nil {
		return nil, fmt.Errorf("no %s.dict or %s.dict.dz beside the index", base, base)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("%s.dict.dz: %w", base, err)
	}
	return io.ReadAll(z)
}

func cmdAlign(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("align", "align [flags] PATH...", stderr)
	var c common
	c.register(fs, report.CommandAlign)
	sentences := fs.Bool("sentences", false, "show the sentences inside each pair of blocks and the cited works inside footnotes")
	preseg := fs.Bool("presegmented", false, "the two files hold one sentence per line, as sentence aligners take them; writes beads")
	dict := fs.String("dict", "", "a bilingual dictionary `FILE` to help the alignment: a dictd database (its .index, as dict-freedict-* packages install) or word<TAB>translations lines")
	target := fs.String("target", "", targetUsage)
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	if *preseg && !flagSet(fs, "format") {
		c.format = "beads"
	}
	format, err := c.lookupFormat(report.CommandAlign)
	if err != nil {
		return err
	}
	c.verbose = *sentences
	if _, _, err := c.config(); err != nil {
		return err
	}
	opts, err := c.options(*dict)
	if err != nil {
		return err
	}
	defer c.guard(paths, stderr, e)()
	if *preseg {
		beads, err := alignPresegmented(paths, &c, opts.Align)
		if err != nil {
			return err
		}
		return c.write(stdout, e, paths, format, &report.Input{Beads: beads})
	}
	prog := newProgress(stderr, e)
	var dir string
	in, err := c.tree.inputs(paths, &c, func(done, total int) { prog.bar("aligning "+dir, done, total) }, "")
	if err != nil {
		return err
	}
	var pairs []*bitext.Pair
	inputs := append([]string(nil), in.files...)
	for _, t := range in.trees {
		dir = t.Dir
		ps, _, err := check.AlignTree(opts, t)
		if err != nil {
			prog.done()
			return treeErr(err)
		}
		for _, p := range ps {
			inputs = append(inputs, p.Source.File.Name, p.Target.File.Name)
		}
		pairs = append(pairs, ps...)
	}
	if len(in.files) > 0 || len(in.trees) == 0 {
		docs, err := c.read(in.files, opts)
		if err != nil {
			prog.done()
			return err
		}
		if err := c.checkVersions(docs); err != nil {
			prog.done()
			return err
		}
		src, targets, err := pick(docs, opts.Source)
		if err != nil {
			prog.done()
			return err
		}
		c.checkIdentical(src, targets)
		if targets, err = onlyTarget(targets, *target, format); err != nil {
			prog.done()
			return err
		}
		opts.Progress = func(i, n int, s, t *doc.Document) {
			prog.say("aligning %s with %s (%d of %d)", check.LangOrUnknown(t.Lang), check.LangOrUnknown(s.Lang), i+1, n)
		}
		pairs = append(pairs, check.Align(src, targets, opts)...)
	}
	prog.done()
	return c.write(stdout, e, inputs, format, &report.Input{Pairs: pairs})
}

// alignPresegmented aligns two files of one sentence per line and returns
// the links as beads: 0-based sentence numbers on each side.
func alignPresegmented(files []string, c *common, opts bitext.Options) ([][2][]int, error) {
	if c.format != "beads" {
		return nil, usageErr("--presegmented writes --format beads only")
	}
	if len(files) != 2 {
		return nil, usageErr("--presegmented takes two files, the source and the translation, one sentence per line")
	}
	var sides [2][]string
	for i, name := range files {
		data, err := readInput(name)
		if err != nil {
			return nil, err
		}
		text, _, err := textenc.Decode(data, c.encoding)
		if err != nil {
			var be *textenc.BinaryError
			if errors.As(err, &be) {
				// The same "name:line: message" as the readers give.
				return nil, usageErr("%s:%d: binary data (byte 0x%02x); tralign reads text files: give a text file, or name the encoding with --encoding", name, be.Line, be.Byte)
			}
			return nil, usageErr("%s: %v", name, err)
		}
		sc := bufio.NewScanner(bytes.NewReader(text))
		sc.Buffer(make([]byte, 1<<20), 1<<24)
		for sc.Scan() {
			sides[i] = append(sides[i], strings.TrimRight(sc.Text(), "\r"))
		}
		if err := sc.Err(); err != nil {
			return nil, usageErr("%s: %v", name, err)
		}
	}
	links := bitext.AlignSentences(sides[0], sides[1], opts)
	beads := make([][2][]int, 0, len(links))
	for _, l := range links {
		b := [2][]int{{}, {}}
		for _, r := range l.Source {
			b[0] = append(b[0], r.Index)
		}
		for _, r := range l.Target {
			b[1] = append(b[1], r.Index)
		}
		beads = append(beads, b)
	}
	return beads, nil
}

func cmdInspect(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("inspect", "inspect [flags] PATH...", stderr)
	var c common
	c.register(fs, report.CommandInspect)
	verbose := fs.Bool("blocks", false, "list every block of every version")
	paths, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandInspect)
	if err != nil {
		return err
	}
	c.verbose = *verbose
	if _, _, err := c.config(); err != nil {
		return err
	}
	opts, err := c.options("")
	if err != nil {
		return err
	}
	defer c.guard(paths, stderr, e)()
	prog := newProgress(stderr, e)
	var dir string
	in, err := c.tree.inputs(paths, &c, func(done, total int) { prog.bar("reading "+dir, done, total) }, "")
	if err != nil {
		return err
	}
	var docs []*doc.Document
	var infos []*check.TreeInfo
	for _, t := range in.trees {
		dir = t.Dir
		ds, info, err := check.ReadTree(opts, t)
		if err != nil {
			prog.done()
			return treeErr(err)
		}
		docs = append(docs, ds...)
		infos = append(infos, info)
	}
	prog.done()
	if len(in.files) > 0 || len(in.trees) == 0 {
		ds, err := c.read(in.files, opts)
		if err != nil {
			return err
		}
		docs = append(docs, ds...)
	}
	var inputs []string
	for _, d := range docs {
		inputs = append(inputs, d.File.Name)
	}
	return c.write(stdout, e, inputs, format, &report.Input{Docs: docs, Tree: check.MergeInfo(infos...)})
}

func cmdRules(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("rules", "rules [flags]", stderr)
	var c common
	c.fs = fs
	fs.StringVar(&c.format, "format", "text", "output `format`: "+strings.Join(report.Names(report.CommandRules), ", "))
	fs.IntVar(&c.width, "width", 0, "wrap the docs of text output to `columns`, 20 to 1000 (default: the terminal's, else 80)")
	fs.BoolVar(&c.noColor, "no-color", false, "no colour in text output")
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("rules takes no files (got %q); run tralign check FILE... to check them", rest[0])
	}
	f, err := c.lookupFormat(report.CommandRules)
	if err != nil {
		return err
	}
	return c.write(stdout, e, nil, f, &report.Input{Rules: rule.All()})
}
