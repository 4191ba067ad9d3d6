package align

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// bestChain finds the heaviest chain by dynamic programming over all pairs.
func bestChain(as []Anchor) float64 {
	best := make([]float64, len(as))
	top := 0.0
	for i, a := range as {
		best[i] = a.Weight
		for j, b := range as[:i] {
			if b.I < a.I && b.J < a.J {
				best[i] = max(best[i], best[j]+a.Weight)
			}
		}
		top = max(top, best[i])
	}
	return top
}

func TestChain(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 1))
	for range 500 {
		var as []Anchor
		seen := map[Point]bool{}
		for range rng.IntN(30) {
			p := Point{rng.IntN(20), rng.IntN(20)}
			if !seen[p] {
				seen[p] = true
				as = append(as, Anchor{p, float64(1 + rng.IntN(4))})
			}
		}
		slices.SortFunc(as, func(a, b Anchor) int {
			if a.I != b.I {
				return a.I - b.I
			}
			return a.J - b.J
		})
		c := Chain(as)
		w := 0.0
		for k, p := range c {
			if k > 0 && (p.I <= c[k-1].I || p.J <= c[k-1].J) {
				t.Fatalf("chain %v is not increasing", c)
			}
			for _, a := range as {
				if a.Point == p {
					w += a.Weight
					break
				}
			}
		}
		if want := bestChain(as); len(as) > 0 && w < want {
			t.Fatalf("chain %v weighs %v, want %v", c, w, want)
		}
	}
}
