package read

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/source"
)

// trailingMarkers is what trimTrailingMarkers strips, as a regular
// expression: footnote markers and white space at the end of a text.
var trailingMarkers = regexp.MustCompile(`(?:\[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]|\s)+$`)

// TestTrimTrailingMarkers checks trimTrailingMarkers against the regular
// expression on edge cases and on random texts of the characters that
// make markers, and of some that nearly do.
func TestTrimTrailingMarkers(t *testing.T) {
	texts := []string{
		"", " ", "x", "since then.[2]", "since then.[^12] ", "then.²³", "then. [1234]", "then.[]", "then.[^]",
		"a[[1]]", "a[1][2] [^3]\n", "a^1]", "x[12", "\v", "a\u00a0", "end.\xff[1]", "¹", "[1]",
	}
	alphabet := []string{"[", "]", "^", "1", "2", "0", " ", "\n", "\t", "\v", "¹", "⁴", "⁰", "x", ".", "\u00a0", "\xff"}
	texts = append(texts, randomTexts(alphabet, 20000)...)
	for _, text := range texts {
		if got, want := trimTrailingMarkers(text), trailingMarkers.ReplaceAllString(text, ""); got != want {
			t.Errorf("trimTrailingMarkers(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSuperRuns checks superRuns against the pattern it stands for, on
// texts of superscript digits, their neighbours in Unicode, other runes
// with the same lead bytes, and bytes that are no UTF-8.
func TestSuperRuns(t *testing.T) {
	pattern := regexp.MustCompile(`[⁰¹²³⁴⁵⁶⁷⁸⁹]+`)
	alphabet := []string{"⁰", "¹", "²", "³", "⁴", "⁹", "ⁱ", "⁺", "\u00b4", "\u00b1", "—", "a", " ", ".", "\xc2", "\xe2", "\xe2\x81", "\x81", "\xb9", "²\xb3"}
	texts := []string{"", "x²", "km³ and note¹²", "¹⁰⁰⁰", "\xc2\xc2\xb9"}
	texts = append(texts, randomTexts(alphabet, 3000)...)
	for _, text := range texts {
		var want []source.Span
		for _, m := range pattern.FindAllStringIndex(text, -1) {
			want = append(want, source.Span{Start: m[0], End: m[1]})
		}
		if got := superRuns(text); !slices.Equal(got, want) {
			t.Errorf("superRuns(%q) = %v, want %v", text, got, want)
		}
	}
	for r, want := range map[rune]int{'⁰': 0, '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6, '⁷': 7, '⁸': 8, '⁹': 9, 'ⁱ': -1, '⁺': -1, '´': -1, '9': -1} {
		if got := superDigit(r); got != want {
			t.Errorf("superDigit(%q) = %d, want %d", r, got, want)
		}
	}
}

// randomTexts returns n texts of up to 11 pieces of alphabet each, the
// same on every run.
func randomTexts(alphabet []string, n int) []string {
	rng := rand.New(rand.NewPCG(3, 5))
	texts := make([]string, n)
	for i := range texts {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts[i] = b.String()
	}
	return texts
}
