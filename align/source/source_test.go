package source

import (
	"testing"
	"unicode/utf8"
)

func TestPosition(t *testing.T) {
	tests := []struct {
		desc    string
		content string
		offset  int
		line    int
		col     int
	}{
		{"start", "ab\ncd", 0, 1, 1},
		{"lf second line", "ab\ncd", 4, 2, 2},
		{"crlf second line", "ab\r\ncd", 5, 2, 2},
		{"cr second line", "ab\rcd", 4, 2, 2},
		{"on the terminator", "ab\r\ncd", 2, 1, 3},
		{"between cr and lf", "ab\r\ncd", 3, 1, 4},
		{"eof no final newline", "ab\ncd", 5, 2, 3},
		{"eof after final newline", "ab\n", 3, 2, 1},
		{"multibyte columns", "Лавров [1]", len("Лавров "), 1, 8},
		{"empty file", "", 0, 1, 1},
	}
	for _, tt := range tests {
		f := NewFile("x.txt", []byte(tt.content))
		p := f.Position(tt.offset)
		if p.Line != tt.line || p.Column != tt.col || p.Offset != tt.offset || p.Filename != "x.txt" {
			t.Errorf("%s: Position(%d) = %+v, want line %d col %d", tt.desc, tt.offset, p, tt.line, tt.col)
		}
	}
}

func TestLineCount(t *testing.T) {
	tests := []struct {
		content string
		want    int
	}{
		{"", 1}, {"a", 1}, {"a\n", 1}, {"a\nb", 2}, {"a\r\nb\r\n", 2}, {"a\rb\r", 2}, {"\n\n", 2},
	}
	for _, tt := range tests {
		if got := NewFile("", []byte(tt.content)).LineCount(); got != tt.want {
			t.Errorf("LineCount(%q) = %d, want %d", tt.content, got, tt.want)
		}
	}
}

func TestPositionString(t *testing.T) {
	tests := []struct {
		p    Position
		want string
	}{
		{Position{Filename: "a.txt", Line: 3, Column: 7}, "a.txt:3:7"},
		{Position{Filename: "a.txt", Line: 3}, "a.txt:3"},
		{Position{Line: 3, Column: 7}, "3:7"},
		{Position{Filename: "a.txt"}, "a.txt"},
		{Position{}, "-"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}

func TestPositionPanicsOutOfRange(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("Position(len+1) did not panic")
		}
	}()
	NewFile("", []byte("ab")).Position(3)
}

// TestLongLineColumns checks the columns of a long line, counted from
// marks, against a count from the line's start.
func TestLongLineColumns(t *testing.T) {
	var b []byte
	b = append(b, "first line\n"...)
	for i := range 5000 {
		b = append(b, "aé\xffЖ€"[i%5:]...)
		b = append(b, ' ')
	}
	b = append(b, "\r\nlast"...)
	f := NewFile("long.txt", b)
	for off := 0; off <= len(b); off += 7 {
		p := f.Position(off)
		start := f.LineStart(p.Line)
		if want := utf8.RuneCount(b[start:off]) + 1; p.Column != want {
			t.Fatalf("offset %d: column %d, want %d", off, p.Column, want)
		}
	}
}

// TestRuneCount compares runeCount with utf8.RuneCount on text in several
// scripts, on invalid and truncated encodings, and on every prefix.
func TestRuneCount(t *testing.T) {
	for _, s := range []string{
		"", "abc", "Лавров встретился", "¿Qué?", "日本語", "a\xffb", "\xe2\x82", "ok\xf0\x9f\x98", "😀x", "\x80\x80",
	} {
		for i := 0; i <= len(s); i++ {
			p := []byte(s[:i])
			if got, want := runeCount(p), utf8.RuneCount(p); got != want {
				t.Errorf("runeCount(%q) = %d, want %d", p, got, want)
			}
		}
	}
}
