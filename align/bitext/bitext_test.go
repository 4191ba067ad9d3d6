package bitext

import (
	"math"
	"slices"
	"testing"
	"unicode"

	"github.com/tralign/tralign/align/feature"
)

func TestStems(t *testing.T) {
	have := feature.NewProfile("Die Expedition erreichte den Gipfel; die Expeditionen, Gipfels und a b.", nil).Stems
	var want []uint64
	for _, s := range []string{"die", "exped", "errei", "den", "gipfe", "und"} {
		want = append(want, feature.Hash(s))
	}
	if !slices.Equal(have, want) {
		t.Errorf("stems = %x, want %x", have, want)
	}
}

// TestNormalTail checks the table of the tail of the normal law.
func TestNormalTail(t *testing.T) {
	for z := -15.0; z < 15; z += 0.0137 {
		tol := 4e-5
		if math.Abs(z) > 11 {
			tol = 0.05 // where the tail meets its floor
		}
		if d := math.Abs(normalTail(z) - exactTail(z)); d > tol {
			t.Fatalf("normalTail(%v) = %v, want %v", z, normalTail(z), exactTail(z))
		}
	}
}

// TestFirstNoStop checks that no rune below firstNoStop is of a script
// countNoStops counts.
func TestFirstNoStop(t *testing.T) {
	for r := rune(0); r < firstNoStop; r++ {
		if unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			t.Fatalf("%U is below firstNoStop, %U, and of a script without stops", r, firstNoStop)
		}
	}
	if !unicode.In(firstNoStop+1, unicode.Thai) {
		t.Errorf("%U is not Thai", firstNoStop+1)
	}
}
