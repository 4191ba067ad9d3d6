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
				gap := text[toks[k].Span().End:toks[k+1].Span().Start]
				same = strings.TrimSpace(gap) == "" && !strings.Contains(gap, "  ")
			}
			if same {
				out = append(out, repeat{strings.ToLower(text[toks[i].Span().Start:toks[i+n-1].Span().End]), toks[i+n].Span().Start})
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

// strayRe is what strayFragments finds, as an unanchored regular
// expression.
var strayRe = regexp.MustCompile(`(?:[.!?…]["”»]|["”»][.!?])\s+(\p{Ll}[\p{L}\p{M}-]*(?:\s+\p{Ll}[\p{L}\p{M}-]*){0,2})[.!?]["”»]?`)

// TestStrayFragments checks the anchored scan against the unanchored
// expression on written cases and on random strings of quotes, stops,
// spaces, letters and bytes that are no UTF-8.
func TestStrayFragments(t *testing.T) {
	texts := []string{
		"",
		`dijo “tácticas”. armas.”`,
		`"a". b c d e. «x». y.» ”. z!" `,
		`…” a.…” b.`,
		`.". a. "! b?`,
		"\xe2\x80.\" a.",
		"\xc2»\xe2”. a.",
	}
	// Texts made of fragments, some of them spoilt by a piece of the
	// alphabet, and of loose pieces.
	closers := []string{`."`, "”.", "»!", "?»", "…”", `"`, "!”", ".»"}
	spaces := []string{" ", "  ", "\n", ""}
	words := []string{"ab", "x", "жж", "Жж", "a-b", "e\u0301", "é", "A"}
	stops := []string{".", "!", "?", `."`, "”", ".”", "»"}
	alphabet := []string{"«", "…", " ", "\xe2", "\xe2\x80", "\xc2", "\xbb", "1", "-"}
	pick := func(r *rand.Rand, xs []string) string { return xs[r.IntN(len(xs))] }
	rng := rand.New(rand.NewPCG(5, 8))
	for range 20000 {
		var b strings.Builder
		for range 1 + rng.IntN(3) {
			pieces := []string{pick(rng, closers), pick(rng, spaces)}
			for k := range 1 + rng.IntN(4) {
				if k > 0 {
					pieces = append(pieces, pick(rng, spaces))
				}
				pieces = append(pieces, pick(rng, words))
			}
			pieces = append(pieces, pick(rng, stops))
			if rng.IntN(3) == 0 {
				pieces[rng.IntN(len(pieces))] = pick(rng, alphabet)
			}
			if rng.IntN(3) == 0 {
				pieces = append(pieces, pick(rng, alphabet))
			}
			b.WriteString(strings.Join(pieces, ""))
		}
		texts = append(texts, b.String())
	}
	matched := 0
	for _, text := range texts {
		want := strayRe.FindAllStringSubmatchIndex(text, -1)
		if len(want) > 0 {
			matched++
		}
		if got := strayFragments(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("strayFragments(%q) = %v, want %v", text, got, want)
		}
		if got, want := len(strayFragments(text, 1)) > 0, strayRe.MatchString(text); got != want {
			t.Errorf("strayFragments(%q, 1) found one: %v, want %v", text, got, want)
		}
	}
	if matched < len(texts)/10 {
		t.Errorf("only %d of %d texts have a fragment: the random texts test too little", matched, len(texts))
	}
}
