package langid

import (
	"fmt"
	"reflect"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// TestNFCStable checks what nfcStable assumes: every rune it accepts is
// in NFC alone and next to any other it accepts, so that a text of them
// is normal; and it agrees with the full check on texts of such runes,
// of others and of invalid UTF-8.
func TestNFCStable(t *testing.T) {
	var stable []rune
	for r := rune(0); r < 0x600; r++ {
		if nfcStableRune(r) {
			stable = append(stable, r)
		}
	}
	for _, a := range stable {
		if s := string(a); !norm.NFC.IsNormalString(s) {
			t.Fatalf("%U is not in NFC", a)
		}
		for _, b := range stable {
			if s := string([]rune{a, b}); !norm.NFC.IsNormalString(s) {
				t.Fatalf("%U %U is not in NFC", a, b)
			}
		}
	}
	for _, tc := range []struct {
		text   string
		stable bool
	}{
		{"plain", true},
		{"añoçé", true},
		{"Москва́", false}, // a combining acute
		{"ёлка", true},
		{"е\u0308лка", false}, // e and a combining diaeresis: not normal
		{"\u0483", false},     // a Cyrillic combining mark
		{"Αθήνα", false},      // Greek: the full check decides
		{"\xff", false},
		{"\uFFFD", false},
	} {
		if got := nfcStable(tc.text); got != tc.stable {
			t.Errorf("nfcStable(%q) = %v, want %v", tc.text, got, tc.stable)
		}
		if tc.stable && !norm.NFC.IsNormalString(tc.text) {
			t.Errorf("%q is said stable but is not in NFC", tc.text)
		}
	}
}

// TestBuildModelWorkers builds the model on one goroutine and on several:
// every cell of every table must be the same, whatever row it is in.
func TestBuildModelWorkers(t *testing.T) {
	want := canonicalModel(buildModel(1))
	for _, workers := range []int{2, 5} {
		if have := canonicalModel(buildModel(workers)); !reflect.DeepEqual(have, want) {
			t.Errorf("model built on %d workers differs from the one built on one", workers)
		}
	}
}

// canonicalModel returns the tables of m by key, so that models whose
// rows are numbered in another order compare equal.
func canonicalModel(m *model) map[string][numLang]float32 {
	out := map[string][numLang]float32{}
	cells := func(kind string, idx map[uint64]int32, lp []float32) {
		for k, r := range idx {
			out[fmt.Sprint(kind, k)] = [numLang]float32(lp[int(r)*numLang : int(r+1)*numLang])
		}
	}
	cells("gram", m.gram, m.gramLP)
	cells("ctx", m.ctx, m.ctxLP)
	for w, r := range m.vocab {
		out["word "+w] = [numLang]float32(m.vocabLP[int(r)*numLang : int(r+1)*numLang])
	}
	out["uniIn"], out["uniOut"], out["foreignBase"] = m.uniIn, m.uniOut, m.foreignBase
	for c, langs := range m.seen {
		out[fmt.Sprintf("seen %d by %b", c, langs)] = [numLang]float32{}
	}
	return out
}
