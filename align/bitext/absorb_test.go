package bitext

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// The pass as it was written first, the reference of TestAbsorbRuns.

// absorbRuns turns a pairing of one block with a run of neighbours that
// have no counterpart into one pairing, when the run is what makes the
// lengths agree: a translation that rendered a list of ten items as one
// paragraph is a merge of ten blocks, not one pair and nine missing
// blocks. The programme only considers merges of two; this pass extends
// them. A neighbour is absorbed only when it brings the length ratio of
// the pairing markedly closer to the document's.
func oldAbsorbRuns(links []Link, src, dst []int, srcLen, dstLen map[int]int, ratio float64) []Link {
	dev := func(l Link) float64 {
		lx, ly := 0, 0
		for _, i := range l.Source {
			lx += srcLen[i]
		}
		for _, i := range l.Target {
			ly += dstLen[i]
		}
		if lx == 0 || ly == 0 {
			return math.Inf(1)
		}
		return math.Abs(math.Log(float64(ly) / (ratio * float64(lx))))
	}
	gapSource := func(l Link) bool { return len(l.Source) > 0 && len(l.Target) == 0 }
	gapTarget := func(l Link) bool { return len(l.Target) > 0 && len(l.Source) == 0 }
	out := append([]Link(nil), links...)
	for i := 0; i < len(out); i++ {
		l := out[i]
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		if dev(out[i]) < absorbFitDev {
			continue // the pairing fits: nothing to absorb
		}
		for {
			d := dev(out[i])
			best, bestDev := -1, d-absorbGain
			// A neighbour may join when this pairing has one block on the
			// side the neighbour lacks: source blocks join one target
			// block, target blocks join one source block.
			for _, k := range []int{i + 1, i - 1} {
				if k < 0 || k >= len(out) {
					continue
				}
				fits := (len(out[i].Target) == 1 && gapSource(out[k])) || (len(out[i].Source) == 1 && gapTarget(out[k]))
				if !fits {
					continue
				}
				lo := min(i, k)
				if nd := dev(oldJoined(out[lo], out[lo+1])); nd < bestDev {
					best, bestDev = k, nd
				}
			}
			if best < 0 {
				break
			}
			lo := min(i, best)
			m := oldJoined(out[lo], out[lo+1])
			m.Cost = out[i].Cost + out[best].Cost
			out = append(out[:lo], append([]Link{m}, out[lo+2:]...)...)
			i = lo
		}
	}
	return out
}

func oldJoined(a, b Link) Link {
	return Link{
		Source: append(append([]int(nil), a.Source...), b.Source...),
		Target: append(append([]int(nil), a.Target...), b.Target...),
	}
}

// TestAbsorbRuns checks absorbRuns against the reference on random
// alignments of blocks of random lengths.
func TestAbsorbRuns(t *testing.T) {
	rng := rand.New(rand.NewPCG(4, 2))
	for range 3000 {
		srcLen, dstLen := map[int]int{}, map[int]int{}
		var links []Link
		xs, ys := 0, 0
		for range 1 + rng.IntN(12) {
			var l Link
			switch rng.IntN(4) {
			case 0:
				l.Source = []int{xs}
				xs++
			case 1:
				l.Target = []int{ys}
				ys++
			default:
				for range 1 + rng.IntN(2) {
					l.Source = append(l.Source, xs)
					xs++
				}
				for range 1 + rng.IntN(2) {
					l.Target = append(l.Target, ys)
					ys++
				}
			}
			l.Cost = float64(rng.IntN(10))
			links = append(links, l)
		}
		for i := range xs {
			srcLen[i] = rng.IntN(200)
		}
		for i := range ys {
			dstLen[i] = rng.IntN(200)
		}
		ratio := 0.5 + rng.Float64()
		want := oldAbsorbRuns(links, nil, nil, srcLen, dstLen, ratio)
		have := absorbRuns(links, nil, nil, srcLen, dstLen, ratio)
		if !reflect.DeepEqual(norm(have), norm(want)) {
			t.Fatalf("absorbRuns(%v) = %v, want %v", links, have, want)
		}
	}
}

// norm makes empty sides nil, for comparison.
func norm(ls []Link) []Link {
	out := make([]Link, len(ls))
	for i, l := range ls {
		out[i] = Link{Cost: l.Cost}
		if len(l.Source) > 0 {
			out[i].Source = l.Source
		}
		if len(l.Target) > 0 {
			out[i].Target = l.Target
		}
	}
	return out
}
