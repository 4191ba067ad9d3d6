package read

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
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
	rng := rand.New(rand.NewPCG(3, 5))
	alphabet := []string{"[", "]", "^", "1", "2", "0", " ", "\n", "\t", "\v", "¹", "⁴", "⁰", "x", ".", "\u00a0", "\xff"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		if got, want := trimTrailingMarkers(text), trailingMarkers.ReplaceAllString(text, ""); got != want {
			t.Errorf("trimTrailingMarkers(%q) = %q, want %q", text, got, want)
		}
	}
}
