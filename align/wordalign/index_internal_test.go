package wordalign

import (
	"math/rand/v2"
	"testing"
)

// TestPairIndex checks that a pairIndex numbers keys as a map counting
// them in the order first added does, across its growth.
func TestPairIndex(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys int    // distinct keys to draw from
		adds int    // keys added, with repeats
		seed uint64 // of the draws
	}{
		{"empty", 1, 0, 1},
		{"one", 1, 5, 2},
		{"few", 10, 100, 3},
		{"grows several times", 5000, 20000, 4},
		{"sparse high halves", 1 << 20, 3000, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(tc.seed, 0))
			var x pairIndex
			want := map[uint64]int32{}
			for range tc.adds {
				k := uint64(rng.IntN(tc.keys)+1)<<32 | uint64(rng.IntN(tc.keys)+1)
				n, added := x.add(k)
				w, ok := want[k]
				if !ok {
					w = int32(len(want))
					want[k] = w
				}
				if n != w || added == ok {
					t.Fatalf("add(%#x) = %d, %v; want %d, %v", k, n, added, w, !ok)
				}
			}
			for k, w := range want {
				if n, ok := x.get(k); !ok || n != w {
					t.Errorf("get(%#x) = %d, %v; want %d, true", k, n, ok, w)
				}
			}
			if _, ok := x.get(1<<63 | 7); ok {
				t.Errorf("get of a key never added found it")
			}
		})
	}
}
