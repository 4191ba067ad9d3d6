package bitext

import (
	"math"
	"slices"
	"testing"

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
