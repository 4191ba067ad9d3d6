package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/source"
)

// Items splits the text of one footnote definition (the text after its
// "[n] " label) into the works it cites, which are separated by semicolons:
//
//	Michael Pröbsting: Ukraine War: …, 15 November 2022, https://x/y.html; Towards …; RCIT: …
//
// A semicolon separates two works unless it is
//
//   - inside a pair of matching brackets ( ), [ ] or { } (unmatched brackets,
//     such as one left behind by a removed URL, are ignored);
//   - inside a URL ("https://x/y?a=1;b=2"): a semicolon in a word that
//     contains "://" or starts with "www." is part of it unless white space
//     follows the semicolon;
//   - the end of a character reference such as "&amp;" or "&#59;";
//   - at the end of the text, with nothing but white space after it;
//   - the end of an item that has no text but semicolons: "a;; b" is two
//     items, "a;; " and "b".
//
// The spans are relative to text, non-empty, in order, and tile it; a
// separating semicolon and the white space after it belong to the item
// before it. A text with no separator is one item. Items returns nil for
// empty text.
func Items(text string) []source.Span {
	if text == "" {
		return nil
	}
	brackets := bracketPairs(text)
	var bounds []int
	b := 0           // first bracket pair that may still contain a semicolon
	wordStart := 0   // first byte of the current word
	url := false     // whether the current word is a URL
	content := false // whether the current item has text other than semicolons
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) && r != ';' {
			content = true
		}
		switch {
		case unicode.IsSpace(r):
			wordStart = i + size
			url = false
		case r == ':' && strings.HasPrefix(text[i:], "://"):
			url = true
		case r == '.' && i-wordStart == 3 && strings.EqualFold(text[wordStart:i], "www"):
			url = true
		case r == ';':
			for b < len(brackets) && brackets[b].End <= i {
				b++
			}
			inBrackets := b < len(brackets) && brackets[b].Start < i
			spaceAfter := i+1 < len(text) && unicode.IsSpace(firstRune(text[i+1:]))
			if !content || inBrackets || (url && !spaceAfter) || isCharRef(text, i) {
				break
			}
			j := skipSeparators(text, i+1)
			if j == len(text) {
				return tile(len(text), bounds) // nothing follows the last item
			}
			bounds = append(bounds, j)
			wordStart = j
			url = false
			content = false
			i = j
			continue
		}
		i += size
	}
	return tile(len(text), bounds)
}

// firstRune returns the first rune of s, or utf8.RuneError if s is empty.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// skipSeparators returns the offset of the first byte at or after i that
// is neither white space nor a semicolon, or len(text).
func skipSeparators(text string, i int) int {
	for i < len(text) {
		if text[i] == ';' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// bracketPairs returns the spans of the outermost matched bracket pairs in
// text, from the opening bracket to just past the closing one, sorted and
// disjoint. A closing bracket that does not match the innermost open one
// is ignored, and so is an opening bracket never closed. Only the
// maxBracketDepth innermost open brackets are remembered.
func bracketPairs(text string) []source.Span {
	type open struct {
		pos   int
		close byte
	}
	var stack []open
	var pairs []source.Span
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '(', '[', '{':
			if len(stack) == maxBracketDepth { // forget the outermost
				copy(stack, stack[1:])
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, open{i, closing(c)})
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1].close != c {
				continue
			}
			o := stack[len(stack)-1].pos
			stack = stack[:len(stack)-1]
			for len(pairs) > 0 && pairs[len(pairs)-1].Start >= o {
				pairs = pairs[:len(pairs)-1]
			}
			pairs = append(pairs, source.Span{Start: o, End: i + 1})
		}
	}
	return pairs
}

// closing returns the closing bracket for the opening bracket c.
func closing(c byte) byte {
	switch c {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// isCharRef reports whether the semicolon at i ends a character reference
// such as "&amp;", "&#59;" or "&#x3B;".
func isCharRef(text string, i int) bool {
	for j := i - 1; j >= 0 && i-j <= 32; j-- {
		c := text[j]
		switch {
		case c == '&':
			return i-j > 1
		case c == '#' || ('0' <= c && c <= '9') || ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z'):
		default:
			return false
		}
	}
	return false
}
