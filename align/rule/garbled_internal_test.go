package rule

import (
	"fmt"
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/wordalign"
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
		texts = append(texts, randomText(rng, alphabet, 12))
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

// randomText returns up to max-1 pieces of alphabet, drawn at random.
func randomText(rng *rand.Rand, alphabet []string, max int) string {
	var b strings.Builder
	for range rng.IntN(max) {
		b.WriteString(alphabet[rng.IntN(len(alphabet))])
	}
	return b.String()
}

// repeatsWhole is repeats reading all the tokens of text at once.
func repeatsWhole(text string) []repeat {
	toks := wordalign.Tokenize(text)
	var out []repeat
	for i := 0; i < len(toks); i++ {
		for n := 1; n <= maxRepeatWords && i+2*n <= len(toks); n++ {
			same := true
			for k := 0; k < n && same; k++ {
				a, b := toks[i+k], toks[i+n+k]
				same = a.Kind() == wordalign.Word && (a.Text == b.Text || (len([]rune(a.Text)) > 1 && strings.EqualFold(a.Text, b.Text)))
			}
			for k := i; k < i+2*n-1 && same; k++ {
				gap := text[toks[k].Span.End:toks[k+1].Span.Start]
				same = strings.TrimSpace(gap) == "" && !strings.Contains(gap, "  ")
			}
			if same {
				out = append(out, repeat{strings.ToLower(text[toks[i].Span.Start:toks[i+n-1].Span.End]), toks[i+n].Span.Start})
				i += 2*n - 1
				break
			}
		}
	}
	return out
}

// TestRepeatsWindow checks that repeats, which reads the tokens through a
// window, finds what reading them all at once finds, on written cases and
// on random texts of a few words.
func TestRepeatsWindow(t *testing.T) {
	texts := []string{
		"",
		"very very good",
		"The the cat",
		"X, Y y Z",
		"a b a b a b c c",
		"in the in the in the end",
		"one two three one two three four",
		"no  no", // two spaces: not a doubling
		"2 2 numbers",
	}
	alphabet := []string{"a ", "A ", "b ", "the ", "The ", "y ", "2 ", "a", " ", "  ", ", ", ".", "é ", "x-y "}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 20000 {
		texts = append(texts, randomText(rng, alphabet, 24))
	}
	found := 0
	for _, s := range texts {
		got, want := repeats(s), repeatsWhole(s)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("repeats(%q) = %v, want %v", s, got, want)
		}
		found += len(want)
	}
	if found < 1000 {
		t.Errorf("only %d doublings in the texts: the cases test too little", found)
	}
}
