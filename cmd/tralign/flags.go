package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/textenc"
	"github.com/tralign/tralign/report"
)

// common holds the flags every file-reading command takes.
type common struct {
	format     string
	output     string
	source     string
	lang       string
	encoding   string
	input      string
	noColor    bool
	width      int
	verbose    bool // set by the command's own flag (--blocks, --sentences)
	configFile string
	tree       treeFlags
	only       string // --only: the lowest severity shown ("" for all)
	limits     limitFlags
	quiet      bool   // --quiet: only the findings that fail the run
	target     string // --target: the one translation language kept (check)
	fs         *flag.FlagSet
	stderr     io.Writer    // where warnings about the inputs go
	memLimit   int64        // --max-memory, as options reads it (see limitFlags.memoryLimit)
	memGuard   *memoryGuard // see guard; nil if none
}

func (c *common) register(fs *flag.FlagSet, command string) {
	c.fs, c.stderr = fs, fs.Output()
	fs.StringVar(&c.format, "format", "text", "output `format`: "+strings.Join(report.Names(command), ", "))
	fs.StringVar(&c.output, "o", "", "write the output to `FILE` instead of stdout (never one of the inputs; written whole or not at all)")
	fs.StringVar(&c.source, "source", "", "the source version's `LANG` (default: the first version; in a tree, found from the paths)")
	fs.StringVar(&c.lang, "lang", "", "the language of each FILE, or of each version of a single FILE, comma-separated `LANGS` in order (default: from the name, front matter or detection)")
	if command != report.CommandDrift && command != report.CommandStatus {
		// Drift reads files as their names say.
		fs.StringVar(&c.encoding, "encoding", "", "the encoding of the input `NAME` (default: detect)")
		fs.StringVar(&c.input, "input", "", "input `format`: plain, markdown, asciidoc or html (default: from the file name)")
	}
	fs.BoolVar(&c.noColor, "no-color", false, "no colour in text output")
	fs.IntVar(&c.width, "width", 0, "width of text output in `columns`, 20 to 1000 (default: the terminal's, else 100); below about 60, each finding is a paragraph instead of a table row")
	if command != report.CommandDrift && command != report.CommandStatus {
		c.limits.register(fs)
	} else {
		c.limits.registerMemory(fs)
	}
	fs.StringVar(&c.configFile, "config", "", "a TOML `FILE` that switches rules off or re-grades them and says how to read trees (default: "+defaultConfig+" if it exists)")
	c.tree.register(fs)
}

// config loads the config file and takes its tree settings where the
// flags leave them unset.
func (c *common) config() (*config, string, error) {
	conf, name, err := loadConfig(c.configFile)
	if err != nil {
		return nil, "", err
	}
	c.tree.applyConfig(c, conf)
	return conf, name, nil
}

// registerFilter adds the flags that choose which findings are shown:
// --only and --quiet.
func (c *common) registerFilter(fs *flag.FlagSet) {
	fs.StringVar(&c.only, "only", "", "show only the findings of this `severity` or worse: error, warning or info; the exit status follows what is shown")
	fs.BoolVar(&c.quiet, "quiet", false, "show only the findings that make the run fail (see --fail-on), with no summary: nothing at all when there are none")
}

// lookupFormat checks the flags every command shares (--format, --width
// and the languages) and returns the --format of command.
func (c *common) lookupFormat(command string) (report.Format, error) {
	if err := checkWidth(c.width, c.fs != nil && flagSet(c.fs, "width")); err != nil {
		return report.Format{}, err
	}
	if err := checkLangs("--lang", c.lang); err != nil {
		return report.Format{}, err
	}
	if c.source != "" {
		if err := checkLang("--source", c.source); err != nil {
			return report.Format{}, err
		}
	}
	if err := checkLangs("--translations", c.tree.translations); err != nil {
		return report.Format{}, err
	}
	if c.only != "" {
		if _, err := severityFlag("--only", c.only, false); err != nil {
			return report.Format{}, err
		}
	}
	return lookupFormat(command, c.format)
}

// options checks the flags that shape reading and aligning and returns
// them as check options.
func (c *common) options(dict string) (check.Options, error) {
	var opts check.Options
	if c.lang != "" {
		for _, l := range strings.Split(c.lang, ",") {
			opts.Langs = append(opts.Langs, strings.TrimSpace(l))
		}
	}
	if c.encoding != "" {
		if _, err := textenc.Lookup(c.encoding); err != nil {
			return opts, usageErr("--encoding: %v", err)
		}
	}
	switch c.input {
	case "", "plain", "markdown", "asciidoc", "html":
	default:
		return opts, usageErr("--input %q: use plain, markdown, asciidoc or html", c.input)
	}
	a, err := alignOptions(dict)
	if err != nil {
		return opts, err
	}
	opts.Source, opts.Encoding, opts.Format, opts.Align = c.source, c.encoding, c.input, a
	if opts.Limits, err = c.limits.limits(); err != nil {
		return opts, err
	}
	if c.memLimit, err = c.limits.memoryLimit(); err != nil {
		return opts, err
	}
	return opts, nil
}

// guard guards the memory of the command working on paths (see
// guardMemory), with the limit --max-memory sets, once options has read
// it; the function returned stops the guard.
func (c *common) guard(paths []string, stderr io.Writer, e env) func() {
	what := "."
	if len(paths) > 0 {
		what = strings.Join(paths[:min(len(paths), 3)], ", ")
		if len(paths) > 3 {
			what += ", ..."
		}
	}
	f, ok := stderr.(*os.File)
	c.memGuard = guardMemory(c.memLimit, what, stderr, ok && e.isTerminal(f), os.Exit)
	return c.memGuard.stop
}

// unguard disarms the memory guard, if there is one, before the command
// writes its output or a baseline: the guard exits without running
// deferred functions, and would leave a file half written beside the one
// -o or --write-baseline names. The work is done then; the soft limit
// stays until the command returns.
func (c *common) unguard() { c.memGuard.disarm() }

// read reads the files into their versions (exit status 2 when it cannot).
func (c *common) read(files []string, opts check.Options) ([]*doc.Document, error) {
	if len(files) == 0 {
		return nil, usageErr("no input files; give the versions of an article, e.g. tralign check a.en.txt a.es.txt, or one file holding them all")
	}
	inputs := make([]check.Input, len(files))
	for i, name := range files {
		data, err := readInput(name)
		if err != nil {
			return nil, err
		}
		inputs[i] = check.Input{Name: inputName(name), Data: data}
	}
	docs, err := check.Read(inputs, opts)
	if err != nil {
		return nil, checkErr(err)
	}
	return docs, nil
}

// pick splits docs into the source and the translations.
func pick(docs []*doc.Document, lang string) (*doc.Document, []*doc.Document, error) {
	src, targets, err := check.Pick(docs, lang)
	if err != nil {
		return nil, nil, checkErr(err)
	}
	return src, targets, nil
}

// flagOf names the flag behind each field of check.Options.
var flagOf = map[string]string{"Source": "--source", "Langs": "--lang"}

// checkErr turns an error of package check into exit status 2, naming the
// flag at fault.
func checkErr(err error) error {
	var ce *check.Error
	if errors.As(err, &ce) && ce.Limit != "" {
		return usageErr("%s with %s", ce.Msg, limitFlagOf[ce.Limit])
	}
	if errors.As(err, &ce) && ce.Option != "" {
		if f := flagOf[ce.Option]; f != "" {
			return usageErr("%s: %s", f, ce.Msg)
		}
		return usageErr("%s", ce.Msg)
	}
	return &exitError{code: 2, err: err}
}

// parse parses flags that may stand before, between or after the files.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, &exitError{code: 0}
			}
			return nil, &exitError{code: 2} // the flag package has said what is wrong
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return files, nil
		}
		if rest[0] == "--" {
			return append(files, rest[1:]...), nil
		}
		files = append(files, rest[0])
		args = rest[1:]
	}
}

func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: tralign %s\n\nflags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// write renders in with format to stdout or to the -o file. It is called
// only once the inputs have been read, so that a failed run leaves no -o
// file behind. The -o file may not be one of the inputs, and is written to
// a temporary file renamed into place, so that an interrupted run leaves
// the old file whole. Errors are exit status 2.
func (c *common) write(stdout io.Writer, e env, inputs []string, format report.Format, in *report.Input) error {
	c.unguard()
	o := report.Options{Tool: report.Tool{Name: "tralign", Version: version}, Width: c.width, Verbose: c.verbose, Quiet: c.quiet}
	if c.output != "" {
		if err := notAnInput(c.output, inputs); err != nil {
			return err
		}
		return writeFile(c.output, func(w io.Writer) error { return format.Write(w, in, o) })
	}
	if f, ok := stdout.(*os.File); ok {
		if e.isTerminal(f) {
			o.Color = !c.noColor && !e.noColor
			if o.Width == 0 {
				if w, _, err := term.GetSize(int(f.Fd())); err == nil {
					o.Width = w
				}
			}
		}
	}
	if err := format.Write(stdout, in, o); err != nil {
		if xl := xliffLangs(err); xl != nil {
			return xl
		}
		return &exitError{code: 2, err: fmt.Errorf("write output: %w", err)}
	}
	return nil
}

// xliffLangs returns the usage error for an XLIFF output asked of several
// translation languages (a tree checked without --target), or nil.
func xliffLangs(err error) error {
	var xl *report.ErrXLIFFLangs
	if errors.As(err, &xl) {
		return usageErr("--format xliff: %v; choose one with --target LANG", xl)
	}
	return nil
}

// notAnInput refuses an output path that names one of the inputs, however
// it is spelt (a relative or absolute path, a link).
func notAnInput(out string, inputs []string) error {
	ost, err := os.Stat(out)
	if err != nil {
		return nil // a new file cannot be an input
	}
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(ost, ist) {
			return usageErr("-o %s: that is one of the inputs (%s); write the output to another file", out, in)
		}
	}
	return nil
}

// writeFile writes name through a temporary file in the same directory,
// renamed over name once complete. A file replaced keeps its permissions;
// a new one gets the usual 0666 less the umask.
func writeFile(name string, write func(io.Writer) error) error {
	perm, keep := os.FileMode(0o666), false
	if st, err := os.Stat(name); err == nil {
		perm, keep = st.Mode().Perm(), true
	}
	var tmp *os.File
	var err error
	for i := 0; ; i++ {
		tmpName := filepath.Join(filepath.Dir(name), fmt.Sprintf(".%s.%d-%d.tmp", filepath.Base(name), os.Getpid(), i))
		tmp, err = os.OpenFile(tmpName, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) || i >= 100 {
			break
		}
	}
	if err != nil {
		return usageErr("-o %s: cannot write there: %v", name, unwrapPath(err))
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	err = write(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil && keep {
		err = os.Chmod(tmp.Name(), perm)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), name)
	}
	if xl := xliffLangs(err); xl != nil {
		return xl
	}
	if err != nil {
		return &exitError{code: 2, err: fmt.Errorf("-o %s: %w", name, err)}
	}
	return nil
}

// unwrapPath drops the "open NAME:" a *fs.PathError adds, for messages
// that name the file already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// flagSet reports whether the flag name was given on the command line.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}
