package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

// splitRepeats splits a cited work that is the same work written twice
// with no ";" between ("…, 13 July 2023, Michael Pröbsting: …, 13 July
// 2023,") into two items, so that the repetition shows as a work listed
// twice. A split is tried where a capitalised word follows ", " or ". ".
func splitRepeats(text string, items []source.Span) []source.Span {
	var out []source.Span
	for _, it := range items {
		out = append(out, splitRepeat(text, it)...)
	}
	return out
}

// minRepeatBytes is the shortest cited work (in bytes) that is looked at
// for a work written twice without a separator: two halves of at least 20
// bytes each. Fit (the seed's Spanish footnote 8).
const minRepeatBytes = 40

func splitRepeat(text string, it source.Span) []source.Span {
	t := text[it.Start:it.End]
	if len(t) < minRepeatBytes {
		return []source.Span{it}
	}
	for i := 2; i < len(t)-20; i++ {
		if t[i-1] != ' ' || (t[i-2] != ',' && t[i-2] != '.') {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsUpper(r) {
			continue
		}
		a, b := strings.TrimSpace(t[:i]), strings.TrimSpace(t[i:])
		if la, lb := len(a), len(b); la*10 < lb*8 || lb*10 < la*8 {
			continue
		}
		if feature.SameWork(a, b) {
			return []source.Span{{Start: it.Start, End: it.Start + i}, {Start: it.Start + i, End: it.End}}
		}
	}
	return []source.Span{it}
}
