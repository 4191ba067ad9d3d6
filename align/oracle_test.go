package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// This file checks Sequences against a brute-force oracle that enumerates
// every script, written from the package documentation rather than from the
// engine: the preference order of the moves, the band, forced gaps, the
// order in which costs are added and the tie-breaking rule.

// documentedOrder returns the moves in the documented order of preference.
func documentedOrder(list []Move) []Move {
	if list == nil {
		list = DefaultMoves()
	}
	var out []Move
	if slices.Contains(list, Move{1, 1}) {
		out = append(out, Move{1, 1})
	}
	out = append(out, Move{1, 0}, Move{0, 1})
	for _, m := range list {
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// documentedBand returns whether cell (i, j) is inside the band of
// half-width b, as the package documentation defines it.
func documentedBand(nx, ny, b int) func(i, j int) bool {
	if nx > 0 {
		b = max(b, (ny+nx-1)/nx, 1)
	}
	return func(i, j int) bool {
		if nx == 0 || b >= ny {
			return true
		}
		d := j*nx - i*ny
		return -b*nx <= d && d <= b*nx
	}
}

// oracle finds the best script by enumerating all of them.
type oracle struct {
	nx, ny int
	moves  []Move // in order of preference
	cost   CostFunc
	inBand func(i, j int) bool

	found bool
	best  []int // indices into moves, in reading order
	bestF int
	bestS float64

	stack []int // the steps from the current cell to (nx, ny), last step first
}

// solve returns the best script in notation and its number of forced steps
// and cost.
func (o *oracle) solve() (script string, forced int, cost float64) {
	o.search(o.nx, o.ny, 0, 0)
	var s Script
	i, j := 0, 0
	for _, k := range o.best {
		m := o.moves[k]
		s = append(s, Step{X: Range{i, i + m.X}, Y: Range{j, j + m.Y}})
		i, j = i+m.X, j+m.Y
	}
	return s.String(), o.bestF, o.bestS
}

// search walks backwards from (i, j), where the suffix already chosen has
// f forced steps and cost s, summed from the last step back as documented.
func (o *oracle) search(i, j, f int, s float64) {
	if i == 0 && j == 0 {
		o.consider(f, s)
		return
	}
	for k, m := range o.moves {
		pi, pj := i-m.X, j-m.Y
		if pi < 0 || pj < 0 || !o.inBand(pi, pj) {
			continue
		}
		c, ok := o.cost(Range{pi, i}, Range{pj, j})
		df := 0
		if !ok || math.IsNaN(c) || math.IsInf(c, 0) {
			if m.X+m.Y != 1 {
				continue
			}
			c, df = 0, 1
		}
		o.stack = append(o.stack, k)
		o.search(pi, pj, f+df, c+s)
		o.stack = o.stack[:len(o.stack)-1]
	}
}

// consider compares the script on the stack with the best so far: fewer
// forced steps, then lower cost, then the first in reading order by
// preference.
func (o *oracle) consider(f int, s float64) {
	better := !o.found || f < o.bestF || f == o.bestF && s < o.bestS
	if !better && f == o.bestF && s == o.bestS {
		n := len(o.stack)
		for k := range n {
			if a, b := o.stack[n-1-k], o.best[k]; a != b {
				better = a < b
				break
			}
		}
	}
	if better {
		o.found, o.bestF, o.bestS = true, f, s
		o.best = o.best[:0]
		for k := len(o.stack) - 1; k >= 0; k-- {
			o.best = append(o.best, o.stack[k])
		}
	}
}

// hashCost is a deterministic pseudo-random cost function.
type hashCost struct {
	seed     uint64
	integer  bool    // costs are small integers, so sums are exact and ties common
	negative bool    // costs may be negative
	forbid   float64 // probability that a step is forbidden
}

func mix(h uint64) uint64 { // splitmix64 finaliser
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	return h ^ h>>31
}

func (hc hashCost) cost(xr, yr Range) (float64, bool) {
	h := hc.seed
	for _, v := range []int{xr.Lo, xr.Hi, yr.Lo, yr.Hi} {
		h = mix(h + uint64(v) + 0x9e3779b97f4a7c15)
	}
	if float64(h>>11)/(1<<53) < hc.forbid {
		return 0, false
	}
	h = mix(h)
	var c float64
	if hc.integer {
		c = float64(h % 5)
		if hc.negative {
			c -= 2
		}
	} else {
		c = float64(h>>11) / (1 << 53) * 10
		if hc.negative {
			c -= 3
		}
	}
	return c, true
}

// extraMoves are the moves random cases pick from besides the defaults.
var extraMoves = []Move{{1, 1}, {2, 1}, {1, 2}, {2, 2}, {2, 0}, {0, 2}, {3, 1}, {1, 3}, {1, 0}, {0, 1}}

type randomCase struct {
	nx, ny int
	moves  []Move // nil: the defaults
	hc     hashCost
}

func (c randomCase) String() string {
	return fmt.Sprintf("nx=%d ny=%d moves=%v cost=%+v", c.nx, c.ny, c.moves, c.hc)
}

func newRandomCase(rng *rand.Rand) randomCase {
	c := randomCase{nx: rng.IntN(7), ny: rng.IntN(7)}
	if rng.IntN(10) < 3 {
		// A random subset of the extra moves in random order; keep the
		// sequences shorter, as more moves mean many more scripts.
		c.nx, c.ny = rng.IntN(6), rng.IntN(6)
		c.moves = []Move{}
		for _, k := range rng.Perm(len(extraMoves)) {
			if rng.IntN(2) == 0 {
				c.moves = append(c.moves, extraMoves[k])
			}
		}
	}
	c.hc = hashCost{
		seed:     rng.Uint64(),
		integer:  rng.IntN(2) == 0,
		negative: rng.IntN(4) == 0,
		forbid:   []float64{0, 0, 0.2, 0.5, 0.9, 1}[rng.IntN(6)],
	}
	return c
}

// checkAgainstOracle runs Sequences on c with opts and compares its script
// with the oracle's best script inside inBand. Scripts must agree exactly
// when costs are integers; otherwise the costs must (they are added in the
// same order, so exactly too).
func checkAgainstOracle(t *testing.T, c randomCase, opts *Options, inBand func(i, j int) bool) {
	t.Helper()
	got := Sequences(c.nx, c.ny, c.hc.cost, opts)
	if err := got.Validate(c.nx, c.ny); err != nil {
		t.Fatalf("%v, %+v: %v", c, opts, err)
	}
	o := &oracle{nx: c.nx, ny: c.ny, moves: documentedOrder(c.moves), cost: c.hc.cost, inBand: inBand}
	want, wantF, wantS := o.solve()
	gotF := forcedSteps(got)
	if gotF != wantF || got.Cost() != wantS {
		t.Fatalf("%v, %+v:\ngot  %q (%d forced, cost %v)\nwant %q (%d forced, cost %v)", c, opts, got, gotF, got.Cost(), want, wantF, wantS)
	}
	if c.hc.integer && got.String() != want {
		t.Fatalf("%v, %+v: tie broken differently:\ngot  %q\nwant %q (both %d forced, cost %v)", c, opts, got, want, wantF, wantS)
	}
}

func forcedSteps(s Script) int {
	n := 0
	for _, st := range s {
		if st.Forced {
			n++
		}
	}
	return n
}

// TestSequencesOracle compares Sequences with the brute-force oracle on
// random small inputs: over the full rectangle, and inside a fixed narrow
// band (no widening) against the oracle restricted to the same band.
func TestSequencesOracle(t *testing.T) {
	cases := 4000
	if testing.Short() {
		cases = 500
	}
	rng := rand.New(rand.NewPCG(20240601, 7))
	for range cases {
		c := newRandomCase(rng)
		all := func(i, j int) bool { return true }
		checkAgainstOracle(t, c, &Options{Moves: c.moves, Band: -1}, all)
		checkAgainstOracle(t, c, &Options{Moves: c.moves}, all) // the default band covers n <= 20
		b := 1 + rng.IntN(2)
		checkAgainstOracle(t, c, &Options{Moves: c.moves, Band: b, MaxBand: b}, documentedBand(c.nx, c.ny, b))
	}
}

// TestSequencesWideningNeverWorse checks that a narrow band that may widen
// returns a valid script no better than the optimum and no worse than the
// best script inside its first band.
func TestSequencesWideningNeverWorse(t *testing.T) {
	rng := rand.New(rand.NewPCG(99, 100))
	for range 1000 {
		c := newRandomCase(rng)
		c.nx, c.ny = 2*c.nx, 2*c.ny // past the first band
		full := Sequences(c.nx, c.ny, c.hc.cost, &Options{Moves: c.moves, Band: -1})
		first := Sequences(c.nx, c.ny, c.hc.cost, &Options{Moves: c.moves, Band: 1, MaxBand: 1})
		got := Sequences(c.nx, c.ny, c.hc.cost, &Options{Moves: c.moves, Band: 1})
		if err := got.Validate(c.nx, c.ny); err != nil {
			t.Fatalf("%v: %v", c, err)
		}
		if keyLess(got, full) {
			t.Fatalf("%v: widened %q (cost %v) beats the full rectangle %q (cost %v)", c, got, got.Cost(), full, full.Cost())
		}
		if keyLess(first, got) {
			t.Fatalf("%v: widened %q (cost %v) is worse than the first band %q (cost %v)", c, got, got.Cost(), first, first.Cost())
		}
	}
}

// keyLess reports whether a has fewer forced steps than b, or as many and a
// lower cost.
func keyLess(a, b Script) bool {
	fa, fb := forcedSteps(a), forcedSteps(b)
	return fa < fb || fa == fb && a.Cost() < b.Cost()
}

// TestSequencesManyMoves compares Sequences with the oracle when a script
// allows more moves than a pass keeps on the stack (maxStackMoves).
func TestSequencesManyMoves(t *testing.T) {
	var moves []Move
	for x := range 5 {
		for y := range 5 {
			if x+y > 0 {
				moves = append(moves, Move{x, y})
			}
		}
	}
	if len(moves) <= maxStackMoves {
		t.Fatalf("%d moves: the test no longer goes past the stack", len(moves))
	}
	rng := rand.New(rand.NewPCG(20261206, 1))
	for range 200 {
		c := newRandomCase(rng)
		c.nx, c.ny, c.moves = rng.IntN(6), rng.IntN(6), moves
		checkAgainstOracle(t, c, &Options{Moves: c.moves, Band: -1}, func(i, j int) bool { return true })
	}
}
