package main

import (
	"flag"
	"fmt"
	"io"
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
	fs.StringVar(&c.lang, "lang", "", "the language of each FILE, comma-separated `LANGS` in order (default: from the name, front matter or detection)")
	fs.StringVar(&c.encoding, "encoding", "", "the encoding of the input `NAME` (default: detect)")
	fs.StringVar(&c.input, "input", "", "input format: plain or markdown (default: from the file name)")
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

// openOutput returns where to write and whether it is a colour terminal.
func openOutput(c *common, stdout io.Writer, e env) (io.Writer, func() error, bool, int, error) {
	if c.output != "" {
		f, err := os.Create(c.output)
		if err != nil {
			return nil, nil, false, 0, usageErr("cannot write the output: %v", err)
		}
		return f, f.Close, false, c.width, nil
	}
	tty, width := false, c.width
	if f, ok := stdout.(*os.File); ok {
		isTerm := term.IsTerminal
		if e.terminal != nil {
			isTerm = func(fd int) bool { return e.terminal(f) }
		}
		if isTerm(int(f.Fd())) {
			tty = true
			if width == 0 {
				if w, _, err := term.GetSize(int(f.Fd())); err == nil {
					width = w
				}
			}
		}
	}
	colour := tty && !c.noColor && !e.noColor
	return stdout, func() error { return nil }, colour, width, nil
}
