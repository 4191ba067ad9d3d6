package align

import (
	"fmt"
	"math"
	"testing"
)

// prefixCost is a cheap Gale-Church-like cost over item lengths: the
// difference of the summed lengths, plus gapCost for a gap or mergeCost for
// a step other than 1:1. Sums come from prefix sums, so a call is O(1).
func prefixCost(x, y []int) CostFunc {
	px, py := prefix(x), prefix(y)
	return func(xr, yr Range) (float64, bool) {
		if xr.Len() == 0 || yr.Len() == 0 {
			return gapCost, true
		}
		d := math.Abs(float64((px[xr.Hi] - px[xr.Lo]) - (py[yr.Hi] - py[yr.Lo])))
		if xr.Len() == 1 && yr.Len() == 1 {
			return d, true
		}
		return d + mergeCost, true
	}
}

func prefix(a []int) []int {
	p := make([]int, len(a)+1)
	for i, v := range a {
		p[i+1] = p[i] + v
	}
	return p
}

// BenchmarkSequences aligns near-diagonal inputs of growing size with the
// default options. ns/item should stay flat: the band keeps the work linear.
func BenchmarkSequences(b *testing.B) {
	for _, n := range []int{1000, 10000, 100000} {
		x, y := nearDiagonal(n, 1)
		cost := prefixCost(x, y)
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Sequences(len(x), len(y), cost, nil)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(x)), "ns/item")
		})
	}
}
