package rule

import (
	"testing"

	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// blockTokens tokenizes the texts as consecutive blocks 0, 1, ..., each
// token's span in its own block's text, as the sentences of a pair that
// run over a paragraph break are tokenized.
func blockTokens(texts ...string) []wordalign.Token {
	var out []wordalign.Token
	for bi, text := range texts {
		for _, t := range wordalign.Tokenize(text) {
			out = append(out, t.InBlock(bi))
		}
	}
	return out
}

// TestSpansStayInTheirBlock checks neighbours and nameRun when the tokens
// of a unit run over a paragraph break: the tokens past it have offsets
// into another block's text, which must not be used to slice the unit's
// text (they once ran past its end).
func TestSpansStayInTheirBlock(t *testing.T) {
	first := "The office"
	// The second block is longer than the first, so its offsets run past
	// the end of the first block's text.
	other := blockTokens(first, "agreed with the whole plan of the council")
	toks := blockTokens("La oficina estuvo de acuerdo con todo el plan del consejo")
	tests := []struct {
		desc  string
		links map[int]int // of toks to other; the rest are unlinked
		c     [2]int
		want  string
	}{
		{desc: "partners on both sides in the block", links: map[int]int{0: 0, 3: 1}, c: [2]int{1, 3}, want: "The office"},
		{desc: "the partner after lies past the break", links: map[int]int{0: 0, 7: 7}, c: [2]int{1, 6}, want: "The office"},
		{desc: "the partner before lies past the break", links: map[int]int{0: 8, 7: 1}, c: [2]int{1, 6}, want: "The office"},
		{desc: "every partner lies past the break", links: map[int]int{0: 5, 7: 7}, c: [2]int{1, 6}, want: ""},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			links := make([]int32, len(toks))
			for i := range links {
				links[i] = -1
			}
			for i, j := range tt.links {
				links[i] = int32(j)
			}
			got := neighbours(toks, links, other, first, 0, source.Span{Start: 0, End: len(first)}, tt.c)
			if got != tt.want {
				t.Errorf("neighbours = %q, want %q", got, tt.want)
			}
		})
	}

	// A name at the end of the first block, followed by the capitalised
	// first word of the next.
	text := "written by Maria Lopez"
	ts := blockTokens(text, "The office agreed")
	if got := nameRun(text, ts, 2, 0, source.Span{Start: 0, End: len(text)}); got != "Maria Lopez" {
		t.Errorf("nameRun = %q, want %q", got, "Maria Lopez")
	}
}
