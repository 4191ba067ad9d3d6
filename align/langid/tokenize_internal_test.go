package langid

import (
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
