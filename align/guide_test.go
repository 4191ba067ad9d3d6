package align

import (
	"math/rand/v2"
	"testing"
)

// path returns the cells a script passes through, after each step.
func path(s Script) []Point {
	out := make([]Point, 0, len(s))
	for _, st := range s {
		out = append(out, Point{st.X.Hi, st.Y.Hi})
	}
	return out
}

// TestGuideHoldsOptimum guides the programme with the best script's own
// path, or with a few points of it, on random inputs: the band then holds
// that script, so it must be found again, however narrow the band.
func TestGuideHoldsOptimum(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for n := range 200 {
		x, y := nearDiagonal(20+rng.IntN(200), uint64(n))
		cost := lengthCost(x, y, "")
		full := Sequences(len(x), len(y), cost, &Options{Band: -1})
		guides := [][]Point{path(full)}
		var sparse []Point
		for _, pt := range path(full) {
			if rng.IntN(10) == 0 {
				sparse = append(sparse, pt)
			}
		}
		guides = append(guides, sparse)
		for _, g := range guides {
			if len(g) == 0 {
				continue
			}
			// A second, wrong path does not hide the first.
			wrong := []Point{{len(x) / 2, 0}, {len(x), len(y) / 2}}
			got := Sequences(len(x), len(y), cost, &Options{Guide: [][]Point{wrong, g}, Band: 1 + rng.IntN(3), Reach: rng.IntN(8)})
			if err := got.Validate(len(x), len(y)); err != nil {
				t.Fatal(err)
			}
			if len(g) == len(full) && (got.String() != full.String() || got.Cost() != full.Cost()) {
				t.Fatalf("guided by the best path, got cost %v, want %v", got.Cost(), full.Cost())
			}
			if got.Cost() < full.Cost() {
				t.Fatalf("guided script costs %v, less than the optimum %v", got.Cost(), full.Cost())
			}
		}
	}
}

// TestGuideGap guides the programme over a run of 150 deleted items with
// two points, the ends of the run: a narrow band finds the optimum that
// strays 75 items from the diagonal, with no widening.
func TestGuideGap(t *testing.T) {
	x, y := gapRun(2000, 150, 1)
	cost := lengthCost(x, y, "")
	full := Sequences(len(x), len(y), cost, &Options{Band: -1})
	from := (2000 - 150) / 2
	calls := 0
	counting := func(xr, yr Range) (float64, bool) { calls++; return cost(xr, yr) }
	got := Sequences(len(x), len(y), counting, &Options{Guide: [][]Point{{{from, from}, {from + 150, from}}}, Band: 5})
	if got.String() != full.String() {
		t.Errorf("guided script (cost %v) differs from the optimum (cost %v)", got.Cost(), full.Cost())
	}
	if limit := 2000 * 11 * 6; calls > limit {
		t.Errorf("%d callbacks, want at most %d", calls, limit)
	}
}

// TestGuideLinear counts callbacks with a guided band: ten times the items
// take about ten times the calls.
func TestGuideLinear(t *testing.T) {
	calls := func(n int) int {
		x, y := nearDiagonal(n, 1)
		cost := lengthCost(x, y, "")
		c := 0
		g := []Point{{n / 3, len(y) / 3}, {2 * n / 3, 2 * len(y) / 3}}
		s := Sequences(len(x), len(y), func(xr, yr Range) (float64, bool) { c++; return cost(xr, yr) }, &Options{Guide: [][]Point{g}, Band: 8, Reach: 16})
		if err := s.Validate(len(x), len(y)); err != nil {
			t.Fatal(err)
		}
		return c
	}
	small, large := calls(1000), calls(10000)
	if ratio := float64(large) / float64(small); ratio < 9 || ratio > 11 {
		t.Errorf("callbacks for 1000 items: %d, for 10000: %d; ratio %.2f, want about 10", small, large, ratio)
	}
}

func TestGuidePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("no panic for a guide out of order")
		}
	}()
	Sequences(5, 5, lengthCost([]int{1, 2, 3, 4, 5}, []int{1, 2, 3, 4, 5}, ""), &Options{Guide: [][]Point{{{3, 3}, {2, 4}}}})
}
