package feature

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file holds the scanners that find markers, links, numbers and
// words in a text, each in one pass over its bytes and without regular
// expressions. Each follows a pattern as Go's regexp package would match
// it, leftmost first and without overlaps, and the tests hold them to it:
//
//	marker  \[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+
//	link    (?i)\b(?:https?://|www\.)[^\s<>"“”«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+
//	number  \d+(?:[.,\x{00a0}\x{202f} ]\d+)*
//	word    [\p{L}][\p{L}\p{M}'’-]*
//
// \d, \w, \s and \b are the ASCII classes of those packages; under (?i)
// \w also takes in ſ (U+017F) and the Kelvin sign (U+212A).

// span is a half-open range of byte offsets.
type span struct{ lo, hi int }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isWordByte reports whether c is in \w: an ASCII letter, digit or "_".
func isWordByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) || c == '_'
}

// isSuperscript reports whether r is one of the superscript digits that
// write a footnote marker.
func isSuperscript(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || r == '⁰' || '⁴' <= r && r <= '⁹'
}

// markerAt returns the length of the footnote marker at s[i:], or 0.
func markerAt(s string, i int) int {
	if s[i] == '[' {
		j := i + 1
		if j < len(s) && s[j] == '^' {
			j++
		}
		d := j
		for j < len(s) && j-d < 3 && isDigit(s[j]) {
			j++
		}
		if j > d && j < len(s) && s[j] == ']' {
			return j + 1 - i
		}
		return 0
	}
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isSuperscript(r) {
			break
		}
		j += n
	}
	return j - i
}

// markerStart reports whether a marker may start with the byte c: "[", or
// the first byte of a superscript digit (U+00B2, U+00B3, U+00B9, U+2070,
// U+2074-U+2079).
func markerStart(c byte) bool { return c == '[' || c == 0xC2 || c == 0xE2 }

// withoutMarkers returns s with every footnote marker replaced by one
// space, and s itself when it has none.
func withoutMarkers(s string) string {
	var b []byte
	last := 0
	for i := 0; i < len(s); {
		if !markerStart(s[i]) {
			i++
			continue
		}
		n := markerAt(s, i)
		if n == 0 {
			i++
			continue
		}
		if b == nil {
			b = make([]byte, 0, len(s))
		}
		b = append(append(b, s[last:i]...), ' ')
		i += n
		last = i
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

// blank returns s with the spans replaced by one space each.
func blank(s string, spans []span) string {
	if len(spans) == 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	last := 0
	for _, sp := range spans {
		b = append(append(b, s[last:sp.lo]...), ' ')
		last = sp.hi
	}
	return string(append(b, s[last:]...))
}

// isMailRune reports whether r is in (?i)[\w.+-], the local part of an
// e-mail address.
func isMailRune(r rune) bool {
	return r < utf8.RuneSelf && (isWordByte(byte(r)) || r == '.' || r == '+' || r == '-') || r == 'ſ' || r == 'K'
}

// isHostRune reports whether r is in (?i)[\w-], a part of a host name.
func isHostRune(r rune) bool {
	return r < utf8.RuneSelf && (isWordByte(byte(r)) || r == '-') || r == 'ſ' || r == 'K'
}

// runOf returns the end of the run of runes at s[i:] for which in is
// true.
func runOf(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if !in(rune(c)) {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !in(r) {
			break
		}
		i += n
	}
	return i
}

// webAt returns the end of a link starting with "http://", "https://" or
// "www." (in any case) at s[i:], or -1. The caller checks the word
// boundary before i.
func webAt(s string, i int) int {
	j := -1
	switch c := s[i] | 0x20; c {
	case 'h':
		if hasPrefixFold(s[i:], "https://") {
			j = i + 8
		} else if hasPrefixFold(s[i:], "http://") {
			j = i + 7
		}
	case 'w':
		if hasPrefixFold(s[i:], "www.") {
			j = i + 4
		}
	}
	if j < 0 {
		return -1
	}
	e := j
	for e < len(s) {
		c := s[e]
		if c < utf8.RuneSelf {
			switch c {
			case ' ', '\t', '\n', '\f', '\r', '<', '>', '"':
				goto done
			}
			e++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[e:])
		if r == '“' || r == '”' || r == '«' || r == '»' {
			break
		}
		// Chinese, Japanese and Korean write a particle or a word right
		// after an address ("http://localhost:5000과"): a run of their
		// letters ends it where it follows a letter or digit of ASCII.
		// After "/", "=" and the like it is part of a path or query
		// (https://ko.wikipedia.org/wiki/한국어).
		if IsCJK(r) && isWordByte(s[e-1]) {
			break
		}
		e += n
	}
done:
	if e == j {
		return -1
	}
	return e
}

// hasPrefixFold reports whether s starts with the lower-case ASCII prefix
// p, in any case.
func hasPrefixFold(s, p string) bool {
	if len(s) < len(p) {
		return false
	}
	for k := 0; k < len(p); k++ {
		c := s[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != p[k] {
			return false
		}
	}
	return true
}

// mailAt returns the end of an e-mail address whose local part starts at
// s[i:] and runs to local (the end of the run of [\w.+-]), or -1.
func mailAt(s string, local int) int {
	if local >= len(s) || s[local] != '@' {
		return -1
	}
	e := runOf(s, local+1, isHostRune)
	if e == local+1 {
		return -1
	}
	groups := 0
	for e < len(s) && s[e] == '.' {
		f := runOf(s, e+1, isHostRune)
		if f == e+1 {
			break
		}
		e = f
		groups++
	}
	if groups == 0 {
		return -1
	}
	return e
}

// linkSpans returns the links and e-mail addresses of s.
func linkSpans(s string) []span {
	if strings.IndexByte(s, '@') < 0 {
		return webSpans(s) // no address without an at sign
	}
	var out []span
	// mailEnd is the end of the address whose local part is the run of
	// [\w.+-] being scanned (-1 if it makes none), valid until runEnd.
	runEnd, mailEnd := -1, -1
	for i := 0; i < len(s); {
		c := s[i]
		if (c|0x20 == 'h' || c|0x20 == 'w') && (i == 0 || !isWordByte(s[i-1])) {
			if e := webAt(s, i); e >= 0 {
				out = append(out, span{i, e})
				i, runEnd = e, -1
				continue
			}
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isMailRune(r) {
			i += n
			continue
		}
		if i >= runEnd {
			// A new run of [\w.+-]: the address it may start is the same
			// from every offset of the run, so look for it once.
			runEnd = runOf(s, i, isMailRune)
			mailEnd = mailAt(s, runEnd)
		}
		if mailEnd >= 0 {
			out = append(out, span{i, mailEnd})
			i, runEnd = mailEnd, -1
			continue
		}
		i += n
	}
	return out
}

// webSpans returns the links of s: linkSpans for a text without an at
// sign. A link starts with an ASCII letter, so it steps byte by byte: no
// byte of a longer UTF-8 sequence is one.
func webSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if c := s[i]; (c|0x20 == 'h' || c|0x20 == 'w') && (i == 0 || !isWordByte(s[i-1])) {
			if e := webAt(s, i); e >= 0 {
				out = append(out, span{i, e})
				i = e
				continue
			}
		}
		i++
	}
	return out
}

// numberSpans returns the numbers of s.
func numberSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		for {
			k := numberSep(s, j)
			if k == 0 || j+k >= len(s) || !isDigit(s[j+k]) {
				break
			}
			j += k + 1
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		}
		out = append(out, span{i, j})
		i = j
	}
	return out
}

// numberSep returns the length of the separator of digit groups at s[j:]
// (".", ",", " ", U+00A0 or U+202F), or 0.
func numberSep(s string, j int) int {
	if j >= len(s) {
		return 0
	}
	switch s[j] {
	case '.', ',', ' ':
		return 1
	case 0xC2:
		if strings.HasPrefix(s[j:], "\u00a0") {
			return 2
		}
	case 0xE2:
		if strings.HasPrefix(s[j:], "\u202f") {
			return 3
		}
	}
	return 0
}

// nextWord returns the span of the next word of s at or after i
// ([\p{L}][\p{L}\p{M}'’-]*), or lo == -1 if there is none.
func nextWord(s string, i int) span {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if IsLetter(r) {
			break
		}
		i += n
	}
	if i >= len(s) {
		return span{-1, -1}
	}
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' || c == '-' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if !IsLetter(r) && !unicode.IsMark(r) && r != '’' {
			break
		}
		j += n
	}
	return span{i, j}
}

// IsCJK reports whether r is a letter of Chinese, Japanese or Korean
// writing: Han, Hiragana, Katakana or Hangul. Those languages write a
// word against the next, and a Latin name against both.
func IsCJK(r rune) bool {
	return r >= 0x1100 && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// IsLetter is unicode.IsLetter, answered without a table search for the
// Cyrillic block, where a Russian text has most of its letters: every
// rune from U+0400 to U+04FF is a letter but the thousands sign ҂ and the
// combining marks U+0483 to U+0489.
func IsLetter(r rune) bool {
	if r < 0x400 || r > 0x4FF {
		return unicode.IsLetter(r)
	}
	return r < 0x482 || r > 0x489
}
