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
		// Latin-1 and Cyrillic, with the edges of the ranges read at once.
		"Café", "CAFÉ", "naïve,", "über!", "Über?", "Ñandú", "ÀÉ", "ÿ", "ß", "Þorn", "þorn", "÷x", "×y", "x÷", "ª", "º", "µ", "Ā", "ā",
		"Ёлка", "ёлка", "ЁЛКА", "Ѐ", "ѐ", "Џак", "џак", "Ѡ", "ѡ", "їжак", "Їжак", "ґанок", "Ґанок", "слово", "Слово.", "слоВо", "сlovo", "clовo",
		"Яблоко", "яблоко", "Рыба", "рыба", "Пётр", "М'ясо", "ПЕТР", "а", "Я", strings.Repeat("я", 99), strings.Repeat("ж", 100) + ".",
		strings.Repeat("ё", 101), strings.Repeat("é", 100), strings.Repeat("é", 101), "\xd0", "\xd0\xb0\xd1", "\xc3", "a\xc3", "\xc3\xa9\xc3",
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

// TestPlainLettersRunes reads every word of one to three runes around the
// edges of the ranges plainLetters takes, at once and rune by rune.
func TestPlainLettersRunes(t *testing.T) {
	edges := []rune{'@', 'A', 'Z', '[', '`', 'a', 'z', '{', '\'', '.', 0xAA, 0xB5, 0xBA, 0xBF, 0x17F, 0x3FF, 0x460, 0x491}
	for r := rune(0xC0); r <= 0x100; r++ {
		edges = append(edges, r)
	}
	for r := rune(0x400); r <= 0x460; r++ {
		edges = append(edges, r)
	}
	known := map[string]*wordEntry{"the": {word: "the"}}
	check := func(f string) {
		fast := tokenizer{known: known, limit: 1000, boundary: true}
		slow := tokenizer{known: known, limit: 1000, boundary: true}
		fast.field(f)
		slow.runes(f)
		if !sameTokenizer(&fast, &slow) {
			t.Fatalf("%q:\nfield: %+v\nrunes: %+v", f, fast, slow)
		}
	}
	for _, a := range edges {
		check(string(a))
		for _, b := range edges {
			check(string([]rune{a, b}))
			check(string([]rune{a, b}) + ".")
		}
	}
	rng := rand.New(rand.NewPCG(2, 7))
	for range 200000 {
		w := make([]rune, 1+rng.IntN(6))
		for i := range w {
			w[i] = edges[rng.IntN(len(edges))]
		}
		check(string(w))
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
