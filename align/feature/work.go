package feature

import (
	"strings"
	"unicode"
)

// normCitation folds a cited work for comparison: lower case, letters and
// digits only, single spaces.
func normCitation(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// Two cited works are the same work when, folded to lower-case letters and
// digits, both are at least minWorkLetters long and share at least
// minWorkDice of their character trigrams (Dice coefficient). The folding
// takes out what copying a reference changes (case, punctuation, spacing);
// the trigram threshold leaves room for a typo or a changed access date.
// Both were set on the seed article, whose Spanish footnote 8 lists one
// work twice, with the rcit, udhr and semver cases of the development
// benchmark as a check that distinct works of one author (same name, same
// site) stay apart.
const (
	minWorkLetters = 12  // bytes of the folded text, letters and digits
	minWorkDice    = 0.9 // share of character trigrams, in [0, 1]
)

// SameWork reports whether two cited works (items of a footnote) are the
// same work written twice.
func SameWork(a, b string) bool {
	x, y := normCitation(a), normCitation(b)
	if len(x) < minWorkLetters || len(y) < minWorkLetters {
		return false
	}
	if x == y {
		return true
	}
	return trigramDice(x, y) >= minWorkDice
}

func trigramDice(x, y string) float64 {
	tx, ty := trigrams(x), trigrams(y)
	if len(tx) == 0 || len(ty) == 0 {
		return 0
	}
	n := 0
	for g, c := range tx {
		n += min(c, ty[g])
	}
	total := 0
	for _, c := range tx {
		total += c
	}
	for _, c := range ty {
		total += c
	}
	return 2 * float64(n) / float64(total)
}

func trigrams(s string) map[string]int {
	r := []rune(s)
	m := map[string]int{}
	for i := 0; i+3 <= len(r); i++ {
		m[string(r[i:i+3])]++
	}
	return m
}

// Duplicates returns, for each item of a footnote, the index of an earlier
// item it repeats, or -1.
func Duplicates(items []string) []int {
	out := make([]int, len(items))
	for i := range items {
		out[i] = -1
		for j := 0; j < i; j++ {
			if SameWork(items[i], items[j]) {
				out[i] = j
				break
			}
		}
	}
	return out
}
