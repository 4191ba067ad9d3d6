package read

import (
	"fmt"
	"sort"

	"github.com/tralign/tralign/align/source"
)

// Error is a problem found in the input, at a place.
type Error struct {
	Pos source.Position // where the problem is; Line may be 0 for a whole-file problem
	Msg string          // what is wrong and what to do, lower-case, no final period
	Err error           // the underlying error, if any
}

func (e *Error) Error() string {
	if e.Pos.Filename == "" && !e.Pos.IsValid() {
		return e.Msg
	}
	return e.Pos.String() + ": " + e.Msg
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// ErrorList is a list of *Error, sorted by position by [ErrorList.Sort].
// The zero value is an empty list ready to use.
type ErrorList []*Error

// Add appends an error at pos.
func (p *ErrorList) Add(pos source.Position, format string, args ...any) {
	*p = append(*p, &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)})
}

// Sort sorts the list by file, line and column.
func (p ErrorList) Sort() {
	sort.SliceStable(p, func(i, j int) bool {
		a, b := p[i].Pos, p[j].Pos
		if a.Filename != b.Filename {
			return a.Filename < b.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
}

func (p ErrorList) Error() string {
	switch len(p) {
	case 0:
		return "no errors"
	case 1:
		return p[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", p[0], len(p)-1)
}

// Err returns p as an error, or nil if p is empty.
func (p ErrorList) Err() error {
	if len(p) == 0 {
		return nil
	}
	return p
}
