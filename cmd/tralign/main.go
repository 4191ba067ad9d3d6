// Command tralign checks that the language versions of one article say the
// same thing: it aligns them block by block, footnote by footnote and
// sentence by sentence against a source version and reports every gap.
//
// Usage:
//
//	tralign check  [flags] PATH...   align and report gaps; PATH a file or a tree of documents
//	tralign align  [flags] PATH...   show the alignment itself
//	tralign inspect [flags] PATH...  show how each file was read
//	tralign drift  [flags] [PATH...] what changed in each source since its translation (git history)
//	tralign status [flags] [PATH...] per language: translations current, stale, missing, orphan
//	tralign rules                    list every rule
//	tralign help [RULE]              the commands, or the page of one rule
//	tralign version
//
// Exit status: 0 when no finding reaches --fail-on, 1 when one does, 2 when
// the command could not do its job.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

const version = "0.1.0"

// exitError carries an exit status and a message for stderr; err is nil
// when there is nothing more to say (the findings are the output, or the
// flag package has printed the usage).
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string {
	if e.err == nil {
		return fmt.Sprintf("exit status %d", e.code)
	}
	return e.err.Error()
}

func (e *exitError) Unwrap() error { return e.err }

// errFindings is the exit status of a check whose findings reach
// --fail-on.
var errFindings = &exitError{code: 1}

// usageErr is an error of the command line: exit status 2.
func usageErr(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

const usage = `usage: tralign <command> [flags] PATH...

commands:
  check    align the versions and report the gaps (the main job; --format html for a review page)
  quotes   check the quotes of an article against the documents it quotes (--cited FILE)
  align    show the alignment itself (table, JSON, beads, TMX, XLIFF)
  inspect  show how each file was read: versions, blocks, footnotes, sentences
  drift    what changed in each source since its translation was made (git history)
  status   per language: translations current, stale, missing and orphan
  rules    list every rule with its id, severity and doc
  help     help RULE: the page of one rule, how to switch it off and suppress it
  version  print the version

A PATH is a file (the files of one article: the source, then each
translation, or one file holding them all) or a directory holding a tree of
translated documents (content/en/x.md beside content/es/x.md, x.md beside
x.es.md, ...).

Run "tralign <command> -h" for the flags of a command.
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, env{}))
}

// env is what the program reads from its surroundings, so tests can set it.
type env struct {
	noColor  bool // NO_COLOR is set
	terminal func(*os.File) bool
}

// isTerminal reports whether f is a terminal, as the terminal hook says
// when a test sets it.
func (e env) isTerminal(f *os.File) bool {
	if e.terminal != nil {
		return e.terminal(f)
	}
	return term.IsTerminal(int(f.Fd()))
}

func run(args []string, stdout, stderr io.Writer, e env) int {
	if os.Getenv("NO_COLOR") != "" {
		e.noColor = true
	}
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	var err error
	switch args[0] {
	case "check":
		err = cmdCheck(args[1:], stdout, stderr, e)
	case "quotes":
		err = cmdQuotes(args[1:], stdout, stderr, e)
	case "align":
		err = cmdAlign(args[1:], stdout, stderr, e)
	case "inspect":
		err = cmdInspect(args[1:], stdout, stderr, e)
	case "drift":
		err = cmdDrift(args[1:], stdout, stderr, e)
	case "status":
		err = cmdStatus(args[1:], stdout, stderr, e)
	case "rules":
		err = cmdRules(args[1:], stdout, stderr, e)
	case "version", "--version", "-version":
		fmt.Fprintf(stdout, "tralign %s\n", version)
	case "help":
		err = cmdHelp(args[1:], stdout)
	case "-h", "--help":
		fmt.Fprint(stdout, usage)
	default:
		fmt.Fprintf(stderr, "tralign: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	if err == nil {
		return 0
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if ee.err != nil {
			fmt.Fprintf(stderr, "tralign: %v\n", ee.err)
		}
		return ee.code
	}
	fmt.Fprintf(stderr, "tralign: %v\n", err)
	return 2
}
