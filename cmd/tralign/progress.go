package main

import (
	"fmt"
	"io"
	"os"

	"golang.org/x/term"
)

// progress writes one self-erasing status line to stderr while a long
// run goes on, and only when stderr is a terminal: logs and CI output stay
// clean.
type progress struct {
	w  io.Writer // nil when stderr is not a terminal
	on bool      // a status line is showing
}

func newProgress(stderr io.Writer, e env) *progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return &progress{}
	}
	isTerm := func() bool { return term.IsTerminal(int(f.Fd())) }
	if e.terminal != nil {
		isTerm = func() bool { return e.terminal(f) }
	}
	if !isTerm() {
		return &progress{}
	}
	return &progress{w: stderr}
}

func (p *progress) say(format string, args ...any) {
	if p.w == nil {
		return
	}
	fmt.Fprintf(p.w, "\r\x1b[K"+format+"…", args...)
	p.on = true
}

func (p *progress) done() {
	if p.w != nil && p.on {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.on = false
	}
}
