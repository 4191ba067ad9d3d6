package langid

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// TestPlainWordIsField checks that reading a plain word at once leaves the
// tokenizer as reading it rune by rune does: the same tokens, the same
// state, field after field, from every state the fields before leave,
// with a limit that falls inside the text.
func TestPlainWordIsField(t *testing.T) {
	fields := []string{
		"the", "The", "THE", "tHe", "a", "A", "I", "word.", "Word,", "end!", "why?", "so;", "as:", "x)", "\"quoted\"", "said\"",
		"it's", "don't.", "l'homme", "co-op", "x86", "1.", "word..", ".", ",", "é", "café", "Straße", "слово", "Слово.", "日本",
		"(open", "word)", "a.b", "e.g.", "'tis", "end'", strings.Repeat("a", 99), strings.Repeat("b", 100) + ".", strings.Repeat("c", 101),
		"Word", "wOrd", "z", "Zz:",
	}
	known := map[string]*wordEntry{"the": {word: "the"}, "word": {word: "word"}}
	rng := rand.New(rand.NewPCG(1, 4))
	for round := range 3000 {
		limit := 1 + rng.IntN(400)
		fast := tokenizer{known: known, limit: limit, boundary: true}
		slow := tokenizer{known: known, limit: limit, boundary: true}
		var seq []string
		for !fast.done && len(seq) < 40 {
			f := fields[rng.IntN(len(fields))]
			seq = append(seq, f)
			fast.field(f)
			slow.runes(f)
			if !sameTokenizer(&fast, &slow) {
				t.Fatalf("round %d, limit %d: after %q\nfield: %+v\nrunes: %+v", round, limit, seq, fast, slow)
			}
		}
	}
}

// sameTokenizer reports whether a and b hold the same tokens and state,
// the room they work in aside.
func sameTokenizer(a, b *tokenizer) bool {
	x, y := *a, *b
	x.buf, y.buf = nil, nil
	x.scratch, y.scratch = nil, nil
	return len(a.buf) == len(b.buf) && reflect.DeepEqual(x, y)
}
