package rule

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// doubledPunctRe is what doubledPunct finds, as a regular expression.
var doubledPunctRe = regexp.MustCompile(`,\s*,|;\s*;|:\s*:|,\.(?:\s|$)|“\s*“|”\s*”|«\s*«|»\s*»`)

// TestDoubledPunct checks the scanner against the regular expression on
// written cases and on random strings of the marks, spaces and letters.
func TestDoubledPunct(t *testing.T) {
	texts := []string{
		"",
		"no marks at all",
		"a,, b",
		"a, , b;;c: :d",
		"end,.",
		"mid,. next,.x",
		"“ “quoted” ”",
		"« «x» »",
		",,,",
		",\t\n,",
		",\v,",
		"x,.\u00a0y",
		"“”“",
	}
	alphabet := []string{",", ";", ":", ".", " ", "\t", "\n", "“", "”", "«", "»", "a", "é", "\xe2", "\x80"}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		var want [][2]int
		for _, m := range doubledPunctRe.FindAllStringIndex(s, -1) {
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := doubledPunct(s); !slices.Equal(got, want) {
			t.Errorf("doubledPunct(%q) = %v, want %v", s, got, want)
		}
	}
}
