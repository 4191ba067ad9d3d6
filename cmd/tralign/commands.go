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
	return runCheck("check", "check [flags] FILE...", false, args, stdout, stderr, e)
}

// cmdQuotes checks the quotes of an article against the documents it
// quotes: check with the quote rules alone.
func cmdQuotes(args []string, stdout, stderr io.Writer, e env) error {
	return runCheck("quotes", "quotes [flags] FILE... --cited FILE...", true, args, stdout, stderr, e)
}

func runCheck(name, synopsis string, quotesOnly bool, args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet(name, synopsis, stderr)
	var cited citedFlag
	fs.Var(&cited, "cited", "a `FILE` the article quotes: its quotes are looked up there (repeatable)")
	var c common
	c.register(fs, report.CommandCheck)
	failOn := fs.String("fail-on", "", "exit 1 when a finding reaches this `severity`: error, warning, info or none (default error, or the config file's)")
	configFile := fs.String("config", "", "a TOML `FILE` that switches rules off or re-grades them (default: "+defaultConfig+" if it exists)")
	disable := fs.String("disable", "", "comma-separated rule `IDS` to switch off")
	dict := fs.String("dict", "", "a bilingual dictionary `FILE` to help the alignment: a dictd database (its .index, as dict-freedict-* packages install) or word<TAB>translations lines")
	target := fs.String("target", "", targetUsage)
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandCheck)
	if err != nil {
		return err
	}
	conf, confName, err := loadConfig(*configFile)
	if err != nil {
		return err
	}
	rules := rule.All()
	if quotesOnly {
		if len(cited) == 0 {
			return usageErr("quotes: give the documents the article quotes with --cited FILE")
		}
		rules = quoteRules(rules)
	}
	cfg := rule.Config{}
	if err := conf.apply(confName, rules, cfg); err != nil {
		return err
	}
	threshold := rule.Error
	switch {
	case *failOn != "":
		if threshold, err = rule.ParseSeverity(*failOn); err != nil {
			return usageErr("--fail-on: %v", err)
		}
	case conf.FailOn != "":
		if threshold, err = rule.ParseSeverity(conf.FailOn); err != nil {
			return usageErr("%s: fail-on: %v", confName, err)
		}
	}
	for _, id := range strings.Split(*disable, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if rule.ByID(rules, id) == nil {
			return usageErr("--disable: unknown rule %q; tralign rules lists them", id)
		}
		cfg[id] = rule.Off
	}
	opts, err := c.options(*dict)
	if err != nil {
		return err
	}
	opts.Rules, opts.Config = rules, cfg
	if opts.Cited, err = readCited(cited, opts); err != nil {
		return err
	}
	docs, err := c.read(files, opts)
	if err != nil {
		return err
	}
	src, targets, err := pick(docs, opts.Source)
	if err != nil {
		return err
	}
	if targets, err = onlyTarget(targets, *target, format); err != nil {
		return err
	}
	prog := newProgress(stderr, e)
	opts.Progress = func(i, n int, s, t *doc.Document) {
		prog.say("checking %s against %s (%d of %d)", check.LangOrUnknown(t.Lang), check.LangOrUnknown(s.Lang), i+1, n)
	}
	res := check.Documents(src, targets, opts)
	prog.done()
	if err := c.write(stdout, e, files, format, &report.Input{Check: res, Rules: rules}); err != nil {
		return err
	}
	if threshold != rule.Off {
		for _, f := range res.Findings {
			if f.Severity >= threshold {
				return errFindings
			}
		}
	}
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
	fs := newFlagSet("align", "align [flags] FILE...", stderr)
	var c common
	c.register(fs, report.CommandAlign)
	sentences := fs.Bool("sentences", false, "show the sentences inside each pair of blocks and the cited works inside footnotes")
	preseg := fs.Bool("presegmented", false, "the two files hold one sentence per line, as sentence aligners take them; writes beads")
	dict := fs.String("dict", "", "a bilingual dictionary `FILE` to help the alignment: a dictd database (its .index, as dict-freedict-* packages install) or word<TAB>translations lines")
	target := fs.String("target", "", targetUsage)
	files, err := parse(fs, args)
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
	opts, err := c.options(*dict)
	if err != nil {
		return err
	}
	if *preseg {
		beads, err := alignPresegmented(files, &c, opts.Align)
		if err != nil {
			return err
		}
		return c.write(stdout, e, files, format, &report.Input{Beads: beads})
	}
	docs, err := c.read(files, opts)
	if err != nil {
		return err
	}
	src, targets, err := pick(docs, opts.Source)
	if err != nil {
		return err
	}
	if targets, err = onlyTarget(targets, *target, format); err != nil {
		return err
	}
	prog := newProgress(stderr, e)
	opts.Progress = func(i, n int, s, t *doc.Document) {
		prog.say("aligning %s with %s (%d of %d)", check.LangOrUnknown(t.Lang), check.LangOrUnknown(s.Lang), i+1, n)
	}
	pairs := check.Align(src, targets, opts)
	prog.done()
	return c.write(stdout, e, files, format, &report.Input{Pairs: pairs})
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
	fs := newFlagSet("inspect", "inspect [flags] FILE...", stderr)
	var c common
	c.register(fs, report.CommandInspect)
	verbose := fs.Bool("blocks", false, "list every block of every version")
	files, err := parse(fs, args)
	if err != nil {
		return err
	}
	format, err := c.lookupFormat(report.CommandInspect)
	if err != nil {
		return err
	}
	c.verbose = *verbose
	opts, err := c.options("")
	if err != nil {
		return err
	}
	docs, err := c.read(files, opts)
	if err != nil {
		return err
	}
	return c.write(stdout, e, files, format, &report.Input{Docs: docs})
}

func cmdRules(args []string, stdout, stderr io.Writer, e env) error {
	fs := newFlagSet("rules", "rules [-format text|json]", stderr)
	format := fs.String("format", "text", "output `format`: "+strings.Join(report.Names(report.CommandRules), ", "))
	rest, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageErr("rules takes no files (got %q); run tralign check FILE... to check them", rest[0])
	}
	f, err := report.Lookup(report.CommandRules, *format)
	if err != nil {
		return usageErr("%v", err)
	}
	if err := f.Write(stdout, &report.Input{Rules: rule.All()}, report.Options{}); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("write output: %w", err)}
	}
	return nil
}
