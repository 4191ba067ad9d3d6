package bitext

import (
	"slices"
	"testing"

	"github.com/tralign/tralign/align/feature"
)

func TestStems(t *testing.T) {
	have := stemsOf(feature.Words("Die Expedition erreichte den Gipfel; die Expeditionen, Gipfels und a b."))
	want := []string{"die", "exped", "errei", "den", "gipfe", "und"}
	if !slices.Equal(have, want) {
		t.Errorf("stems = %q, want %q", have, want)
	}
}
