// Package source describes positions in the text of one document version.
//
// A [File] holds the decoded text of one input file (always UTF-8, whatever
// the encoding on disk) together with its line table. Offsets are byte
// offsets into that text, starting at 0. Spans are half-open: [Start, End).
// Lines and columns are 1-based; columns count Unicode code points, because
// translated text is rarely ASCII. Lines and columns are therefore the same
// as in the file on disk, whatever its encoding was.
//
// A line ends at "\n", "\r\n" or a lone "\r", so files written with any of
// the three conventions get the same line numbers.
package source

import (
	"fmt"
	"sort"
	"sync"
	"unicode/utf8"
)

// File is the decoded content of one input file and its line table.
type File struct {
	Name     string // file name as given on the command line
	Content  []byte // decoded text, UTF-8
	Encoding string // encoding the bytes on disk were decoded from, e.g. "utf-8", "windows-1251"
	lines    []int  // byte offset of the first byte of each line, starting at 0

	// Code points counted from the start of the file at offsets about
	// runeStep apart, for the columns of long lines; made on first use.
	runeOnce  sync.Once
	runeMarks []runeMark
}

// runeMark is a count of code points up to an offset where a code point
// starts.
type runeMark struct{ offset, runes int }

// runeStep is the distance in bytes between rune marks, and longLine the
// length of a line whose columns are counted from them.
const (
	runeStep = 1024
	longLine = 4096
)

// NewFile returns a File for content, which must be UTF-8 (invalid bytes are
// counted as one code point each). The encoding name is recorded as "utf-8";
// readers that decode set [File.Encoding] themselves.
func NewFile(name string, content []byte) *File {
	f := &File{Name: name, Content: content, Encoding: "utf-8"}
	f.lines = append(f.lines, 0)
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '\n':
			f.lines = append(f.lines, i+1)
		case '\r':
			if i+1 < len(content) && content[i+1] == '\n' {
				i++
			}
			f.lines = append(f.lines, i+1)
		}
	}
	return f
}

// LineCount returns the number of lines in the file. A final line
// terminator does not start a new line unless text follows it.
func (f *File) LineCount() int {
	n := len(f.lines)
	if n > 1 && f.lines[n-1] == len(f.Content) {
		n--
	}
	return n
}

// LineStart returns the byte offset of the first byte of line (1-based).
// It panics if line is out of range.
func (f *File) LineStart(line int) int {
	if line < 1 || line > len(f.lines) {
		panic(fmt.Sprintf("source: line %d out of range [1,%d]", line, len(f.lines)))
	}
	return f.lines[line-1]
}

// Line returns the 1-based line number of offset.
// It panics if offset is not in [0, len(Content)].
func (f *File) Line(offset int) int {
	f.check(offset)
	return sort.Search(len(f.lines), func(i int) bool { return f.lines[i] > offset })
}

// Position returns the position of offset. It panics if offset is not in
// [0, len(Content)]: readers are fuzzed to stay in range.
func (f *File) Position(offset int) Position {
	line := f.Line(offset)
	start := f.lines[line-1]
	col := 0
	if offset-start <= longLine {
		col = runeCount(f.Content[start:offset])
	} else {
		// Counting a long line from its start for every position would
		// take time in its length: count from the nearest mark.
		col = f.runesTo(offset) - f.runesTo(start)
	}
	return Position{
		Filename: f.Name,
		Offset:   offset,
		Line:     line,
		Column:   col + 1,
	}
}

// runesTo returns the number of code points in Content[:offset]. Code
// points are decoded from the start of the file, and a line starts where
// one does, so the count from a line's start to an offset is the
// difference of two counts.
func (f *File) runesTo(offset int) int {
	f.runeOnce.Do(func() {
		n := 0
		next := 0
		for i := 0; i < len(f.Content); {
			if i >= next {
				f.runeMarks = append(f.runeMarks, runeMark{i, n})
				next = i + runeStep
			}
			if f.Content[i] < utf8.RuneSelf {
				i++
			} else {
				_, size := utf8.DecodeRune(f.Content[i:])
				i += size
			}
			n++
		}
	})
	k := sort.Search(len(f.runeMarks), func(k int) bool { return f.runeMarks[k].offset > offset }) - 1
	if k < 0 {
		return runeCount(f.Content[:offset])
	}
	m := f.runeMarks[k]
	return m.runes + runeCount(f.Content[m.offset:offset])
}

// runeCount is utf8.RuneCount, which copies the bytes from the first
// that is not ASCII to count them as a string: a finding's position in a
// line of Cyrillic cost a copy of the line up to it.
func runeCount(p []byte) int {
	n := 0
	for i := 0; i < len(p); n++ {
		if p[i] < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRune(p[i:])
			i += size
		}
	}
	return n
}

// Text returns the content of span as a string.
func (f *File) Text(s Span) string {
	f.check(s.Start)
	f.check(s.End)
	return string(f.Content[s.Start:s.End])
}

func (f *File) check(offset int) {
	if offset < 0 || offset > len(f.Content) {
		panic(fmt.Sprintf("source: offset %d out of range [0,%d] in %s", offset, len(f.Content), f.Name))
	}
}

// Span is a half-open range [Start, End) of byte offsets. Start == End marks
// an insertion point.
type Span struct {
	Start int // byte offset of the first byte, starting at 0
	End   int // byte offset just past the last byte
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

// Position is a printable place in a file.
type Position struct {
	Filename string // file name, if any
	Offset   int    // byte offset, starting at 0
	Line     int    // line number, starting at 1
	Column   int    // column number, starting at 1 (Unicode code points)
}

// IsValid reports whether p names a place.
func (p Position) IsValid() bool { return p.Line > 0 }

// String returns "file:line:col", "file:line", "line:col", "file" or "-",
// following the forms of go/token.
func (p Position) String() string {
	s := p.Filename
	if p.IsValid() {
		if s != "" {
			s += ":"
		}
		s += fmt.Sprintf("%d", p.Line)
		if p.Column != 0 {
			s += fmt.Sprintf(":%d", p.Column)
		}
	}
	if s == "" {
		s = "-"
	}
	return s
}
