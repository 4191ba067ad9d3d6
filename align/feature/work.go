package feature

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// normCitation folds a cited work for comparison: lower case, letters and
// digits only, single spaces.
func normCitation(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if IsLetter(r) || unicode.IsDigit(r) {
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
// diceNum/diceDen (0.9) of their character trigrams (Dice coefficient). The folding
// takes out what copying a reference changes (case, punctuation, spacing);
// the trigram threshold leaves room for a typo or a changed access date.
// Both were set on the seed article, whose Spanish footnote 8 lists one
// work twice, with the rcit, udhr and semver cases of the development
// benchmark as a check that distinct works of one author (same name, same
// site) stay apart.
const (
	minWorkLetters = 12 // bytes of the folded text, letters and digits
	diceNum        = 9  // share of character trigrams, numerator
	diceDen        = 10 // and denominator
)

// SameWork reports whether two cited works (items of a footnote) are the
// same work written twice.
func SameWork(a, b string) bool {
	x, y := newWork(a), newWork(b)
	return sameWork(&x, &y)
}

// work is a cited work folded for comparison: its folded text and the
// multiset of its character trigrams (see trigramSet), counted when a
// comparison first needs them (see count).
type work struct {
	folded string
	n      int      // the trigrams of folded: its runes less two, at least 0
	grams  []uint64 // sorted, once counted
}

func newWork(s string) work {
	w := work{folded: normCitation(s)}
	w.n = max(utf8.RuneCountInString(w.folded)-2, 0)
	return w
}

// count sets the trigrams of w, unless they are set: those of a work
// long enough to compare, which has some (minWorkLetters bytes are three
// runes at least).
func (w *work) count() {
	if w.grams == nil && len(w.folded) >= minWorkLetters {
		w.grams = trigramSet(w.folded)
	}
}

func sameWork(x, y *work) bool {
	if len(x.folded) < minWorkLetters || len(y.folded) < minWorkLetters {
		return false
	}
	if x.folded == y.folded {
		return true
	}
	a, b := x.n, y.n
	// Works that share every trigram of the shorter one and are still
	// too far apart in length are not the same: their trigrams are not
	// counted.
	if a == 0 || b == 0 || !diceAtLeast(min(a, b), a, b) {
		return false
	}
	x.count()
	y.count()
	return diceAtLeast(Common(x.grams, y.grams), a, b)
}

// diceAtLeast reports whether two multisets of sizes a and b that share
// n elements have a Dice coefficient of at least diceNum/diceDen.
func diceAtLeast(n, a, b int) bool {
	return diceDen*2*n >= diceNum*(a+b)
}

// trigramSet returns the character trigrams of s, each packed into 63
// bits (three runes of 21 bits), sorted, repeats included.
func trigramSet(s string) []uint64 {
	n := utf8.RuneCountInString(s)
	if n < 3 {
		return nil
	}
	gs := make([]uint64, 0, n-2)
	var g uint64
	k := 0
	for _, r := range s {
		g = (g<<21 | uint64(r)) & (1<<63 - 1)
		if k++; k >= 3 {
			gs = append(gs, g)
		}
	}
	slices.Sort(gs)
	return gs
}

// Duplicates returns, for each item of a footnote, the index of the first
// earlier item it repeats (see SameWork), or -1.
//
// Only items that may be the same work are compared, so that a footnote
// of many items takes time near-linear in its length. Two works whose
// trigrams have a Dice coefficient of 0.9 (diceNum/diceDen) share at
// least 9/11 of the trigrams of each, so in any fixed order of trigrams
// the first 2/11 or so of each (its prefix) have one in common: prefix
// filtering, as in the set-similarity joins of Chaudhuri et al. (2006).
// Trigrams are ordered from the rarest in the footnote, so that prefixes
// hold what sets a work apart. Each item is compared with the earlier
// items whose prefix shares a trigram with its own, and with those folded
// to the same text.
func Duplicates(items []string) []int {
	out := make([]int, len(items))
	ws := make([]work, len(items))
	if len(items) <= pairwiseItems {
		for i := range items {
			ws[i] = newWork(items[i])
			out[i] = -1
			for j := range i {
				if sameWork(&ws[j], &ws[i]) {
					out[i] = j
					break
				}
			}
		}
		return out
	}
	df := map[uint64]int{} // trigram -> items that have it
	for i := range items {
		ws[i] = newWork(items[i])
		ws[i].count()
		for k, g := range ws[i].grams {
			if k == 0 || g != ws[i].grams[k-1] {
				df[g]++
			}
		}
	}
	first := map[string]int{}   // folded text -> first item
	index := map[uint64][]int{} // trigram -> items with it in their prefix
	seen := make([]int, len(items))
	var pre []uint64
	for i := range items {
		out[i] = -1
		seen[i] = -1
		w := &ws[i]
		if len(w.folded) < minWorkLetters {
			continue
		}
		best := -1
		if j, ok := first[w.folded]; ok {
			best = j
		} else {
			first[w.folded] = i
		}
		// The prefix: the rarest trigrams first, repeats kept together.
		pre = append(pre[:0], w.grams...)
		slices.SortStableFunc(pre, func(a, b uint64) int {
			if c := df[a] - df[b]; c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		pre = pre[:prefixLen(len(pre))]
		for k, g := range pre {
			if k > 0 && g == pre[k-1] {
				continue
			}
			for _, j := range index[g] {
				if (best >= 0 && j >= best) || seen[j] == i {
					continue
				}
				seen[j] = i
				if sameWork(&ws[j], w) {
					best = j
				}
			}
		}
		out[i] = best
		for k, g := range pre {
			if k == 0 || g != pre[k-1] {
				index[g] = append(index[g], i)
			}
		}
	}
	return out
}

// pairwiseItems is the most items Duplicates compares pair by pair, where
// that is quicker than filtering.
const pairwiseItems = 16

// prefixLen is the length of the prefix of a work of n trigrams that any
// work the same as it shares a trigram with (see Duplicates): n less the
// least number of trigrams two same works share, ⌈9n/11⌉, plus one.
func prefixLen(n int) int {
	if n == 0 {
		return 0
	}
	least := (diceNum*n + (2*diceDen - diceNum) - 1) / (2*diceDen - diceNum)
	return n - least + 1
}
