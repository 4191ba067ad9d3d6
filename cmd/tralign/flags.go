package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"golang.org/x/term"
)

// common holds the flags every file-reading command takes.
type common struct {
	format   string
	output   string
	source   string
	lang     string
	encoding string
	input    string
	noColor  bool
	width    int
}

func (c *common) register(fs *flag.FlagSet, formats string) {
	fs.StringVar(&c.format, "format", "text", "output `format`: "+formats)
	fs.StringVar(&c.output, "o", "", "write the output to `FILE` instead of stdout")
	fs.StringVar(&c.source, "source", "", "the source version's `LANG` (default: the first version)")
	fs.StringVar(&c.lang, "lang", "", "the language of each FILE, or of each version of a single FILE, comma-separated `LANGS` in order (default: from the name, front matter or detection)")
	fs.StringVar(&c.encoding, "encoding", "", "the encoding of the input `NAME` (default: detect)")
	fs.StringVar(&c.input, "input", "", "input `format`: plain or markdown (default: from the file name)")
	fs.BoolVar(&c.noColor, "no-color", false, "no colour in text output")
	fs.IntVar(&c.width, "width", 0, "width of text tables in `columns` (default: the terminal's, else 120)")
}

// parse parses flags that may stand before, between or after the files.
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var files []string
	for {
		if err := fs.Parse(args); err != nil {
			if err == flag.ErrHelp {
				return nil, &exitError{code: 0, err: fmt.Errorf("")}
			}
			return nil, &exitError{code: 2, err: fmt.Errorf("")}
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

func checkFormat(format string, allowed ...string) error {
	for _, a := range allowed {
		if format == a {
			return nil
		}
	}
	return usageErr("unknown format %q; this command writes %s", format, strings.Join(allowed, ", "))
}

// output is where a command writes: stdout or the -o file.
type output struct {
	colour bool // write ANSI colours: stdout is a terminal and colour is not switched off
	width  int  // table width in columns; 0 means the renderer's default
}

// writeOutput opens stdout or the -o file, lets write fill it and closes
// it. It is called only once the inputs have been read, so that a failed
// run does not leave an empty -o file behind. Errors are exit status 2.
func writeOutput(c *common, stdout io.Writer, e env, write func(io.Writer, output) error) error {
	if c.output != "" {
		f, err := os.Create(c.output)
		if err != nil {
			return usageErr("-o %s: cannot write there: %v", c.output, unwrapPath(err))
		}
		err = write(f, output{width: c.width})
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return &exitError{code: 2, err: fmt.Errorf("-o %s: %w", c.output, err)}
		}
		return nil
	}
	out := output{width: c.width}
	if f, ok := stdout.(*os.File); ok {
		isTerm := func(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }
		if e.terminal != nil {
			isTerm = e.terminal
		}
		if isTerm(f) {
			out.colour = !c.noColor && !e.noColor
			if out.width == 0 {
				if w, _, err := term.GetSize(int(f.Fd())); err == nil {
					out.width = w
				}
			}
		}
	}
	if err := write(stdout, out); err != nil {
		return &exitError{code: 2, err: fmt.Errorf("write output: %w", err)}
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

// plural returns "1 file", "2 files".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
