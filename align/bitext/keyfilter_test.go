package bitext

import (
	"math/rand/v2"
	"testing"
)

func TestKeyFilter(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	random := func(n int) []uint64 {
		ks := make([]uint64, n)
		for i := range ks {
			ks[i] = rng.Uint64()
		}
		return ks
	}
	for _, tc := range []struct {
		name string
		keys []uint64
	}{
		{"empty", nil},
		{"zero", []uint64{0}},
		{"repeats", []uint64{7, 7, 0, 7, 0}},
		// Keys alike in their high bits would share a bit without the
		// multiplication.
		{"small", []uint64{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}},
		{"random", random(5000)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f keyFilter
			// Reused after a larger filter: nothing of it may remain.
			f.reset(10000)
			for _, k := range random(10000) {
				f.add(k)
			}
			f.reset(len(tc.keys))
			in := map[uint64]bool{}
			for _, k := range tc.keys {
				f.add(k)
				in[k] = true
			}
			for k := range in {
				if !f.mayHave(k) {
					t.Errorf("mayHave(%d) = false after add", k)
				}
			}
			// Keys not added: few may be said to be there.
			yes, n := 0, 20000
			for _, k := range random(n) {
				if !in[k] && f.mayHave(k) {
					yes++
				}
			}
			if rate := float64(yes) / float64(n); rate > 0.07 {
				t.Errorf("%.3f of the keys not added may be there, want at most 0.07 (1 in 16, and a margin)", rate)
			}
		})
	}
}
