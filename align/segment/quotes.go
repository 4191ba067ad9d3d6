package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/source"
)

// quoteRegions returns the spans of the quotations in text that continue
// the sentence around them (He said “Stop. Now” and left.), from the
// opening quote to just past the closing one, sorted and disjoint. End
// punctuation inside them does not end a sentence.
//
// Double quotes of every shape (" “ ” „ « ») are paired by position, not by
// shape: a quote with white space (or an opening bracket, a dash or the
// start of the text) before it and a non-space after it opens; one with a
// non-space before it and white space, punctuation or the end of the text
// after it closes. Guillemets may have spaces inside (French « x »): «
// opens after a space and closes after a non-space (German »x«); » closes
// unless a space comes before it and a letter or digit after it. A closing
// quote pairs with the innermost open one. Quotes that are neither, or
// both, are ignored; an opening quote never closed pairs with nothing.
//
// A quotation continues its sentence when the next character after the
// closing quote (skipping white space and closing punctuation) is a
// lower-case letter, ',', ';', ':', or a dash followed by a lower-case
// letter, and it opened inside a sentence: a quotation that starts a
// sentence holds sentences of its own (“They lost. In fact, it was a
// mistake,” he said.), and only its last one continues after it.
// Quotations longer than maxQuoteLen bytes are left out.
func quoteRegions(text string) []source.Span {
	type open struct {
		pos     int  // offset of the opening quote
		initial bool // whether the quotation starts a sentence
	}
	var stack []open // open quotations, innermost last
	var regions []source.Span
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isDoubleQuote(r) {
			i += size
			continue
		}
		after := i + size
		spaceBefore, spaceAfter := true, true
		var prev, next rune
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[:i])
			spaceBefore = unicode.IsSpace(prev)
		}
		if after < len(text) {
			next, _ = utf8.DecodeRuneInString(text[after:])
			spaceAfter = unicode.IsSpace(next)
		}
		var opens, closes bool
		switch r {
		case '«': // «x» (Russian, Spanish), « x » (French), »x« (German)
			opens = spaceBefore || isOpenBefore(prev)
			closes = !opens
		case '»':
			closes = !spaceBefore || !(unicode.IsLetter(next) || unicode.IsDigit(next))
			opens = !closes
		default:
			opens = (spaceBefore || isOpenBefore(prev)) && !spaceAfter
			closes = !spaceBefore && (spaceAfter || unicode.IsPunct(next))
		}
		switch {
		case opens && !closes:
			if len(stack) == maxQuoteDepth {
				copy(stack, stack[1:])
				stack = stack[:len(stack)-1]
			}
			stack = append(stack, open{i, startsSentence(text, i)})
		case closes && !opens && len(stack) > 0:
			o := stack[len(stack)-1].pos
			initial := stack[len(stack)-1].initial
			stack = stack[:len(stack)-1]
			if !initial && after-o <= maxQuoteLen && continuesSentence(text, after) {
				for len(regions) > 0 && regions[len(regions)-1].Start >= o {
					regions = regions[:len(regions)-1]
				}
				regions = append(regions, source.Span{Start: o, End: after})
			}
		}
		i = after
	}
	return regions
}

// startsSentence reports whether the quote at i is at the start of the
// text or after the end punctuation of a sentence (with closing quotes,
// brackets and footnote markers in between).
func startsSentence(text string, i int) bool {
	for n := 0; n < 16 && i > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		switch {
		case isTerminal(r):
			return true
		case unicode.IsSpace(r) || isCloser(r) || r == '[' || r == '^' || ('0' <= r && r <= '9') || isSuperscriptDigit(r):
		default:
			return false
		}
		i -= size
	}
	return i == 0
}

// continuesSentence reports whether the text at p, just after a closing
// quote, continues the sentence the quotation is part of.
func continuesSentence(text string, p int) bool {
	dash := false
	for n := 0; n < 16 && p < len(text); n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		switch {
		case unicode.IsSpace(r) || (!dash && isCloser(r)):
		case !dash && isDash(r):
			dash = true
		case unicode.IsLower(r):
			return true
		case !dash && (r == ',' || r == ';' || r == ':'):
			return true
		default:
			return false
		}
		p += size
	}
	return false
}

func isDoubleQuote(r rune) bool {
	switch r {
	case '"', '“', '”', '„', '«', '»':
		return true
	}
	return false
}

// isOpenBefore reports whether r, just before a quote, lets it open a
// quotation: an opening bracket or a dash ("(“x”)", "—«x»").
func isOpenBefore(r rune) bool {
	return r == '(' || r == '[' || isDash(r)
}

func isDash(r rune) bool {
	return r == '-' || r == '–' || r == '—'
}
