package bitext

import (
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
