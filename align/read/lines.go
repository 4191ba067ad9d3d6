package read

import (
	"bytes"
	"strings"
	"unicode/utf8"
)

// line is one line of a file, without its terminator.
type line struct {
	start int    // byte offset of the first byte
	text  string // the line's text, terminator excluded
}

func (l line) end() int { return l.start + len(l.text) }

func (l line) blank() bool { return strings.TrimSpace(l.text) == "" }

// splitLines cuts content into lines ending at "\n", "\r\n" or "\r".
// The lines share one copy of content.
func splitLines(content []byte) []line {
	text := string(content)
	out := make([]line, 0, bytes.Count(content, []byte{'\n'})+1)
	start := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case '\n':
			out = append(out, line{start, text[start:i]})
			start = i + 1
		case '\r':
			out = append(out, line{start, text[start:i]})
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		out = append(out, line{start, text[start:]})
	}
	return out
}

// trimSpace returns the offsets of s with Unicode white space (including
// no-break spaces) trimmed at both ends.
func trimSpace(s string) (lo, hi int) {
	lo, hi = 0, len(s)
	for lo < hi {
		r, n := utf8.DecodeRuneInString(s[lo:])
		if !isSpace(r) {
			break
		}
		lo += n
	}
	for hi > lo {
		r, n := utf8.DecodeLastRuneInString(s[lo:hi])
		if !isSpace(r) {
			break
		}
		hi -= n
	}
	return lo, hi
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\f', '\v', '\u00a0', '\u2007', '\u202f', '\ufeff', '\u200b':
		return true
	}
	return r == '\u3000' || (r >= '\u2000' && r <= '\u200a')
}
