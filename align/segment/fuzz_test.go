package segment

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzSentences checks that Sentences never panics and that its spans are
// non-empty, in order, and tile any byte string, valid UTF-8 or not.
func FuzzSentences(f *testing.F) {
	for _, table := range sentenceTables {
		for _, tc := range table.cases {
			text, _ := unmark(tc.in)
			f.Add(text, table.lang)
		}
	}
	for _, tc := range itemTests {
		text, _ := unmark(tc.in)
		f.Add(text, "en")
	}
	f.Add("end.\xff Next. \xc0", "ru")
	f.Add("“a. B” c. “D. E» f", "")
	f.Fuzz(func(t *testing.T, text, lang string) {
		spans := Sentences(text, lang)
		checkTiling(t, text, spans)
		for _, s := range spans[min(1, len(spans)):] {
			// A sentence starts after white space, or right after end
			// punctuation, a closing quote or a footnote marker.
			r, _ := utf8.DecodeLastRuneInString(text[:s.Start])
			if !unicode.IsSpace(r) && !isTerminal(r) && !isCloser(r) && r != ']' && !isSuperscriptDigit(r) {
				t.Errorf("sentence starts after %q at %d in %q", r, s.Start, text)
			}
		}
	})
}

// FuzzItems checks that Items never panics and that its spans are
// non-empty, in order, and tile any byte string.
func FuzzItems(f *testing.F) {
	for _, tc := range itemTests {
		text, _ := unmark(tc.in)
		f.Add(text)
	}
	for _, table := range sentenceTables {
		for _, tc := range table.cases {
			text, _ := unmark(tc.in)
			f.Add(text)
		}
	}
	f.Add("a (b; [c; d) e]; f &#; g &x;; h")
	f.Fuzz(func(t *testing.T, text string) {
		spans := Items(text)
		checkTiling(t, text, spans)
		for _, s := range spans[min(1, len(spans)):] {
			if r, _ := utf8.DecodeLastRuneInString(text[:s.Start]); r != ';' && !unicode.IsSpace(r) {
				t.Errorf("item starts after %q at %d in %q", r, s.Start, text)
			}
		}
	})
}
