package read

import (
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
func splitLines(content []byte) []line {
	var out []line
	start := 0
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '\n':
			out = append(out, line{start, string(content[start:i])})
			start = i + 1
		case '\r':
			out = append(out, line{start, string(content[start:i])})
			if i+1 < len(content) && content[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(content) {
		out = append(out, line{start, string(content[start:])})
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
