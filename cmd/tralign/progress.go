package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"
)

// progress writes one self-erasing status line to stderr while a long
// run goes on, and only when stderr is a terminal: logs and CI output stay
// clean.
type progress struct {
	w  io.Writer // nil when stderr is not a terminal
	on bool      // a status line is showing

	start, last time.Time // when the bar started, and was last drawn
	now         func() time.Time
}

func newProgress(stderr io.Writer, e env) *progress {
	f, ok := stderr.(*os.File)
	if !ok {
		return &progress{}
	}
	if !e.isTerminal(f) {
		return &progress{}
	}
	return &progress{w: stderr, now: time.Now}
}

// barEvery is the least time between two drawings of the bar: often
// enough to look alive, seldom enough to cost nothing.
const barEvery = 100 * time.Millisecond

// barWidth is the width of the bar itself, in terminal columns.
const barWidth = 24

// bar shows how many documents of a tree are done, of how many, and the
// time left at the pace so far: "checking content ▕██████░░░░▏ 120 of 480
// documents, 0:42 left". Call it with done 0 first.
func (p *progress) bar(verb string, done, total int) {
	if p.w == nil || total <= 0 {
		return
	}
	now := p.now()
	if done == 0 {
		p.start = now
	} else if done < total && now.Sub(p.last) < barEvery {
		return
	}
	p.last = now
	filled := barWidth * done / total
	left := ""
	if done > 0 && done < total {
		rem := now.Sub(p.start) * time.Duration(total-done) / time.Duration(done)
		left = ", " + clock(rem) + " left"
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s ▕%s%s▏ %d of %d documents%s", verb, strings.Repeat("█", filled), strings.Repeat("░", barWidth-filled), done, total, left)
	p.on = true
}

// clock writes a duration as m:ss, or h:mm:ss from an hour on.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
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
