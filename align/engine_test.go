package align

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
)

// Costs of lengthCost, in the units of the lengths.
const (
	gapCost   = 10 // a 1:0 or 0:1 step, whatever the length
	mergeCost = 5  // added to the length difference of any step other than 1:1 and the gaps
)

// lengthCost scores two sequences of item lengths the Gale-Church way, with
// integers instead of probabilities: a 1:1 step costs the difference of the
// lengths, a gap costs gapCost, and any other step the difference of the
// summed lengths plus mergeCost. The moves named in forbid (script notation,
// "1:1 1:0") are forbidden.
func lengthCost(x, y []int, forbid string) CostFunc {
	banned := map[Move]bool{}
	for _, f := range strings.Fields(forbid) {
		var m Move
		if _, err := fmt.Sscanf(f, "%d:%d", &m.X, &m.Y); err != nil {
			panic(err)
		}
		banned[m] = true
	}
	return func(xr, yr Range) (float64, bool) {
		if len(banned) > 0 && banned[Move{xr.Len(), yr.Len()}] {
			return 0, false
		}
		sx, sy := sum(x[xr.Lo:xr.Hi]), sum(y[yr.Lo:yr.Hi])
		switch {
		case xr.Len() == 0 || yr.Len() == 0:
			return gapCost, true
		case xr.Len() == 1 && yr.Len() == 1:
			return math.Abs(float64(sx - sy)), true
		default:
			return math.Abs(float64(sx-sy)) + mergeCost, true
		}
	}
}

func sum(a []int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

// matchScript reports whether got is one of the alternatives of want,
// separated by "|".
func matchScript(got Script, want string) bool {
	for _, alt := range strings.Split(want, "|") {
		if strings.Join(strings.Fields(alt), " ") == got.String() {
			return true
		}
	}
	return false
}

func TestSequences(t *testing.T) {
	tests := []struct {
		desc     string
		x, y     []int  // item lengths
		moves    []Move // nil: the default
		forbid   string // moves the cost function forbids
		want     string // script notation; alternatives separated by "|"
		wantCost float64
	}{
		{desc: "both empty", want: ""},
		{desc: "x empty", y: []int{3, 4}, want: "0:1 0:1", wantCost: 20},
		{desc: "y empty", x: []int{3, 4, 5}, want: "1:0 1:0 1:0", wantCost: 30},
		{desc: "one item each", x: []int{7}, y: []int{9}, want: "1:1", wantCost: 2},
		{
			desc: "identical",
			x:    []int{5, 8, 3, 9},
			y:    []int{5, 8, 3, 9},
			want: "1:1 1:1 1:1 1:1",
		},
		{
			desc: "one deletion",
			x:    []int{5, 8, 30, 3, 9},
			y:    []int{5, 8, 3, 9},
			want: "1:1 1:1 1:0 1:1 1:1", wantCost: 10,
		},
		{
			desc: "one insertion",
			x:    []int{5, 8, 3, 9},
			y:    []int{5, 8, 30, 3, 9},
			want: "1:1 1:1 0:1 1:1 1:1", wantCost: 10,
		},
		{
			desc: "deletion at the start",
			x:    []int{40, 5, 8},
			y:    []int{5, 8},
			want: "1:0 1:1 1:1", wantCost: 10,
		},
		{
			desc: "insertion at the end",
			x:    []int{5, 8},
			y:    []int{5, 8, 40},
			want: "1:1 1:1 0:1", wantCost: 10,
		},
		{
			desc: "merge",
			x:    []int{5, 8, 7, 9},
			y:    []int{5, 15, 9},
			want: "1:1 2:1 1:1", wantCost: 5,
		},
		{
			desc: "split",
			x:    []int{5, 15, 9},
			y:    []int{5, 8, 7, 9},
			want: "1:1 1:2 1:1", wantCost: 5,
		},
		{
			desc: "merge and split with different lengths",
			x:    []int{12, 20, 22, 40, 10},
			y:    []int{11, 43, 38, 5, 5},
			want: "1:1 2:1 1:1 1:2", wantCost: 1 + (1 + mergeCost) + 2 + (0 + mergeCost),
		},
		{
			desc: "truncated translation",
			x:    []int{10, 20, 30, 40},
			y:    []int{11, 19},
			want: "1:1 1:1 1:0 1:0", wantCost: 22,
		},
		{
			// 1:1 then 0:1, 0:1 then 1:1, and 1:2 all cost 10; 1:1 is
			// preferred at the first step.
			desc: "tie: match before gap",
			x:    []int{5},
			y:    []int{5, 5},
			want: "1:1 0:1", wantCost: 10,
		},
		{
			desc: "tie: deletion before insertion",
			x:    []int{1, 2},
			y:    []int{30, 40},
			want: "1:0 1:0 0:1 0:1", wantCost: 40,
		},
		{
			// 2:1 1:2 and 1:2 2:1 both cost 12; 2:1 comes first in the
			// default moves.
			desc:   "tie: larger moves in the default order",
			x:      []int{1, 1, 1},
			y:      []int{1, 1, 1},
			forbid: "1:1",
			want:   "2:1 1:2", wantCost: 12,
		},
		{
			desc:  "tie: larger moves in the order given",
			x:     []int{1, 1, 1},
			y:     []int{1, 1, 1},
			moves: []Move{{1, 2}, {2, 1}},
			want:  "1:2 2:1", wantCost: 12,
			forbid: "1:1",
		},
		{
			desc:  "1:1 only when listed",
			x:     []int{3, 4},
			y:     []int{7},
			moves: []Move{{2, 1}},
			want:  "2:1", wantCost: mergeCost,
		},
		{
			desc:  "empty move list leaves the gaps",
			x:     []int{3},
			y:     []int{3},
			moves: []Move{},
			want:  "1:0 0:1", wantCost: 20,
		},
		{
			desc:  "2:2 when listed",
			x:     []int{2, 9},
			y:     []int{9, 2},
			moves: []Move{{1, 1}, {2, 1}, {1, 2}, {2, 2}},
			want:  "2:2", wantCost: mergeCost,
		},
		{
			desc:  "duplicate moves are ignored",
			x:     []int{5, 8, 7, 9},
			y:     []int{5, 15, 9},
			moves: []Move{{2, 1}, {1, 1}, {2, 1}, {1, 0}, {1, 1}},
			want:  "1:1 2:1 1:1", wantCost: 5,
		},
		{
			// Without deletions the extra item must merge with a neighbour;
			// both merges cost 35 and 1:1 is preferred first.
			desc:   "forbidden deletion avoided",
			x:      []int{5, 30, 5},
			y:      []int{5, 5},
			forbid: "1:0",
			want:   "1:1 2:1", wantCost: 35,
		},
		{
			desc:   "forbidden gaps taken when nothing else fits",
			x:      []int{5, 30},
			y:      []int{5},
			forbid: "1:0 2:1",
			want:   "1:1 1:0", wantCost: 0,
		},
		{
			desc:   "everything forbidden",
			x:      []int{1, 2},
			y:      []int{3, 4},
			forbid: "1:1 1:0 0:1 2:1 1:2",
			want:   "1:0 1:0 0:1 0:1", wantCost: 0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			cost := lengthCost(tt.x, tt.y, tt.forbid)
			for _, band := range []int{0, 1, -1} {
				opts := &Options{Moves: tt.moves, Band: band}
				got := Sequences(len(tt.x), len(tt.y), cost, opts)
				if err := got.Validate(len(tt.x), len(tt.y)); err != nil {
					t.Fatalf("Band %d: %v", band, err)
				}
				if !matchScript(got, tt.want) {
					t.Errorf("Band %d: got %q, want %q", band, got, tt.want)
				}
				if got.Cost() != tt.wantCost {
					t.Errorf("Band %d: cost %v, want %v", band, got.Cost(), tt.wantCost)
				}
			}
		})
	}
}

func TestSequencesForced(t *testing.T) {
	x, y := []int{5, 30}, []int{5}
	got := Sequences(2, 1, lengthCost(x, y, "1:0 2:1"), nil)
	want := Script{
		{X: Range{0, 1}, Y: Range{0, 1}, Cost: 0},
		{X: Range{1, 2}, Y: Range{1, 1}, Forced: true},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %+v, want %+v", got, want)
	}
}

func TestSequencesNonFiniteCostIsForbidden(t *testing.T) {
	for _, bad := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		cost := func(xr, yr Range) (float64, bool) {
			switch {
			case xr.Len() == 1 && yr.Len() == 1:
				return bad, true
			case xr.Len() == 0 || yr.Len() == 0:
				return 1, true
			}
			return 0, false
		}
		got := Sequences(2, 2, cost, nil)
		if got.String() != "1:0 1:0 0:1 0:1" || got.Cost() != 4 {
			t.Errorf("1:1 cost %v: got %q with cost %v, want \"1:0 1:0 0:1 0:1\" with cost 4", bad, got, got.Cost())
		}
	}
}

func TestSequencesNegativeCosts(t *testing.T) {
	// A 1:0 that earns 3 and a 0:1 that earns 3 beat a free 1:1.
	cost := func(xr, yr Range) (float64, bool) {
		if xr.Len() == 1 && yr.Len() == 1 {
			return 0, true
		}
		if xr.Len()+yr.Len() == 1 {
			return -3, true
		}
		return 0, false
	}
	got := Sequences(1, 1, cost, &Options{Moves: []Move{{1, 1}}})
	if got.String() != "1:0 0:1" || got.Cost() != -6 {
		t.Errorf("got %q with cost %v, want \"1:0 0:1\" with cost -6", got, got.Cost())
	}
}

// TestSequencesCallback checks the contract of CostFunc: ranges lie inside
// the sequences and have the shape of a listed move.
func TestSequencesCallback(t *testing.T) {
	moves := []Move{{1, 1}, {3, 1}, {0, 2}, {2, 2}}
	shapes := map[Move]bool{{1, 0}: true, {0, 1}: true}
	for _, m := range moves {
		shapes[m] = true
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 200 {
		nx, ny := rng.IntN(30), rng.IntN(30)
		cost := func(xr, yr Range) (float64, bool) {
			if xr.Lo < 0 || xr.Hi > nx || yr.Lo < 0 || yr.Hi > ny {
				t.Fatalf("nx=%d ny=%d: callback with x %v y %v out of range", nx, ny, xr, yr)
			}
			if m := (Move{xr.Len(), yr.Len()}); !shapes[m] {
				t.Fatalf("callback with x %v y %v: move %v not listed", xr, yr, m)
			}
			return float64((xr.Lo*7 + yr.Hi*3) % 5), true
		}
		got := Sequences(nx, ny, cost, &Options{Moves: moves, Band: 1 + rng.IntN(3)})
		if err := got.Validate(nx, ny); err != nil {
			t.Fatal(err)
		}
		for _, st := range got {
			if m := (Move{st.X.Len(), st.Y.Len()}); !shapes[m] {
				t.Fatalf("script %q uses move %v, not listed", got, m)
			}
		}
	}
}

func TestSequencesPanics(t *testing.T) {
	free := func(xr, yr Range) (float64, bool) { return 0, true }
	tests := []struct {
		desc   string
		nx, ny int
		cost   CostFunc
		opts   *Options
	}{
		{desc: "negative nx", nx: -1, ny: 2, cost: free},
		{desc: "negative ny", nx: 2, ny: -3, cost: free},
		{desc: "nil cost", nx: 1, ny: 1},
		{desc: "empty move", nx: 1, ny: 1, cost: free, opts: &Options{Moves: []Move{{0, 0}}}},
		{desc: "negative move", nx: 1, ny: 1, cost: free, opts: &Options{Moves: []Move{{-1, 2}}}},
		{desc: "invalid move, empty sequences", cost: free, opts: &Options{Moves: []Move{{2, -1}}}},
		{desc: "too many moves", nx: 1, ny: 1, cost: free, opts: &Options{Moves: manyMoves(300)}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			defer func() {
				r := recover()
				if r == nil {
					t.Fatal("no panic")
				}
				if msg, ok := r.(string); !ok || !strings.HasPrefix(msg, "align: ") {
					t.Errorf("panic %#v, want a string starting with \"align: \"", r)
				}
			}()
			Sequences(tt.nx, tt.ny, tt.cost, tt.opts)
		})
	}
}

// manyMoves returns n distinct moves.
func manyMoves(n int) []Move {
	var m []Move
	for i := range n {
		m = append(m, Move{i + 1, 1})
	}
	return m
}

func TestScriptValidate(t *testing.T) {
	r := func(lo, hi int) Range { return Range{lo, hi} }
	tests := []struct {
		desc   string
		s      Script
		nx, ny int
		want   string // error text; "" for nil
	}{
		{desc: "empty", s: nil},
		{desc: "valid", s: Script{{X: r(0, 1), Y: r(0, 1)}, {X: r(1, 1), Y: r(1, 3)}}, nx: 1, ny: 3},
		{desc: "valid forced", s: Script{{X: r(0, 1), Y: r(0, 0), Forced: true}}, nx: 1},
		{desc: "empty but sequences are not", s: nil, nx: 1, want: "align: script ends at (0, 0), want (1, 0)"},
		{desc: "short", s: Script{{X: r(0, 1), Y: r(0, 1)}}, nx: 2, ny: 1, want: "align: script ends at (1, 1), want (2, 1)"},
		{desc: "long", s: Script{{X: r(0, 2), Y: r(0, 1)}}, nx: 1, ny: 1, want: "align: script ends at (2, 1), want (1, 1)"},
		{desc: "not from 0", s: Script{{X: r(1, 2), Y: r(0, 1)}}, nx: 2, ny: 1, want: "align: step 0 starts at (1, 0), want (0, 0)"},
		{desc: "overlap", s: Script{{X: r(0, 2), Y: r(0, 1)}, {X: r(1, 2), Y: r(1, 2)}}, nx: 2, ny: 2, want: "align: step 1 starts at (1, 1), want (2, 1)"},
		{desc: "hole", s: Script{{X: r(0, 1), Y: r(0, 1)}, {X: r(1, 2), Y: r(2, 3)}}, nx: 2, ny: 3, want: "align: step 1 starts at (1, 2), want (1, 1)"},
		{desc: "reversed", s: Script{{X: r(0, 1), Y: r(0, 1)}, {X: r(1, 0), Y: r(1, 2)}}, nx: 0, ny: 2, want: "align: step 1 has a reversed range (x [1, 0), y [1, 2))"},
		{desc: "empty step", s: Script{{X: r(0, 0), Y: r(0, 0)}, {X: r(0, 1), Y: r(0, 1)}}, nx: 1, ny: 1, want: "align: step 0 consumes nothing"},
		{desc: "NaN cost", s: Script{{X: r(0, 1), Y: r(0, 1), Cost: math.NaN()}}, nx: 1, ny: 1, want: "align: step 0 has cost NaN"},
		{desc: "infinite cost", s: Script{{X: r(0, 1), Y: r(0, 1), Cost: math.Inf(1)}}, nx: 1, ny: 1, want: "align: step 0 has cost +Inf"},
		{desc: "forced 1:1", s: Script{{X: r(0, 1), Y: r(0, 1), Forced: true}}, nx: 1, ny: 1, want: "align: step 0 is forced but is 1:1 with cost 0, want 1:0 or 0:1 with cost 0"},
		{desc: "forced with cost", s: Script{{X: r(0, 0), Y: r(0, 1), Cost: 2, Forced: true}}, ny: 1, want: "align: step 0 is forced but is 0:1 with cost 2, want 1:0 or 0:1 with cost 0"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			err := tt.s.Validate(tt.nx, tt.ny)
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Validate(%d, %d) = %q, want %q", tt.nx, tt.ny, got, tt.want)
			}
		})
	}
}

func TestScriptStringAndCost(t *testing.T) {
	s := Script{
		{X: Range{0, 1}, Y: Range{0, 1}, Cost: 0.5},
		{X: Range{1, 1}, Y: Range{1, 2}, Cost: 2},
		{X: Range{1, 3}, Y: Range{2, 3}, Cost: 1.25},
		{X: Range{3, 4}, Y: Range{3, 3}, Forced: true},
	}
	if got, want := s.String(), "1:1 0:1 2:1 1:0"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got, want := s.Cost(), 3.75; got != want {
		t.Errorf("Cost() = %v, want %v", got, want)
	}
	if got := Script(nil).String(); got != "" {
		t.Errorf("nil String() = %q, want \"\"", got)
	}
	if got := (Move{2, 1}).String(); got != "2:1" {
		t.Errorf("Move String() = %q, want \"2:1\"", got)
	}
	if got := (Range{3, 7}).Len(); got != 4 {
		t.Errorf("Len() = %d, want 4", got)
	}
}

func TestDefaultMovesFresh(t *testing.T) {
	m := DefaultMoves()
	m[0] = Move{9, 9}
	if got := DefaultMoves(); got[0] != (Move{1, 1}) || len(got) != 5 {
		t.Errorf("DefaultMoves() = %v after changing an earlier result", got)
	}
}

// gapRun returns item lengths x and y of n items, y being x with gap
// consecutive items removed from the middle and small noise on the rest.
func gapRun(n, gap int, seed uint64) (x, y []int) {
	rng := rand.New(rand.NewPCG(seed, 0))
	x = make([]int, n)
	for i := range x {
		x[i] = 20 + rng.IntN(200)
	}
	from := (n - gap) / 2
	for i, v := range x {
		if i >= from && i < from+gap {
			continue
		}
		y = append(y, v+rng.IntN(5)-2)
	}
	return x, y
}

// TestBandWidening aligns 2000 items against the same with 150 consecutive
// items removed: the best path leaves the diagonal by about 75 items, far
// beyond the first band, and widening must find it.
func TestBandWidening(t *testing.T) {
	x, y := gapRun(2000, 150, 1)
	var calls int
	cost := lengthCost(x, y, "")
	counting := func(xr, yr Range) (float64, bool) { calls++; return cost(xr, yr) }

	full := Sequences(len(x), len(y), cost, &Options{Band: -1})
	got := Sequences(len(x), len(y), counting, nil)
	if err := got.Validate(len(x), len(y)); err != nil {
		t.Fatal(err)
	}
	if got.String() != full.String() || got.Cost() != full.Cost() {
		t.Errorf("banded script (cost %v) differs from the full-rectangle script (cost %v)", got.Cost(), full.Cost())
	}
	if d := maxOffset(got, len(x), len(y)); d < 3*defaultBand {
		t.Errorf("path strays at most %.1f items from the diagonal, want a test that needs more than %d", d, 3*defaultBand)
	}
	// The full rectangle has 2001×1851 cells and about five calls per cell;
	// the widened band must still be much smaller.
	t.Logf("%d callbacks, path strays up to %.1f items", calls, maxOffset(got, len(x), len(y)))
	if limit := len(x) * len(y); calls > limit {
		t.Errorf("%d callbacks, want fewer than %d", calls, limit)
	}

	// Widening stopped half-way gives a valid script, no better than the
	// optimum.
	capped := Sequences(len(x), len(y), cost, &Options{MaxBand: 50})
	if err := capped.Validate(len(x), len(y)); err != nil {
		t.Fatal(err)
	}
	if capped.Cost() < full.Cost() {
		t.Errorf("band capped at 50 found cost %v, below the optimum %v", capped.Cost(), full.Cost())
	}

	// Without widening the first band cannot hold the path.
	narrow := Sequences(len(x), len(y), cost, &Options{MaxBand: defaultBand})
	if err := narrow.Validate(len(x), len(y)); err != nil {
		t.Fatal(err)
	}
	if narrow.Cost() <= full.Cost() {
		t.Errorf("band %d without widening found cost %v, want more than the optimum %v", defaultBand, narrow.Cost(), full.Cost())
	}
}

// maxOffset returns how far the path of s strays from the diagonal of the
// nx×ny rectangle, in items of y.
func maxOffset(s Script, nx, ny int) float64 {
	d := 0.0
	for _, st := range s {
		d = max(d, math.Abs(float64(st.Y.Hi)-float64(st.X.Hi)*float64(ny)/float64(nx)))
	}
	return d
}

// TestBandLinear counts callbacks on near-diagonal input: ten times the
// items must take about ten times the calls.
func TestBandLinear(t *testing.T) {
	calls := func(n int) int {
		x, y := nearDiagonal(n, 1)
		cost := lengthCost(x, y, "")
		c := 0
		s := Sequences(len(x), len(y), func(xr, yr Range) (float64, bool) { c++; return cost(xr, yr) }, nil)
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

// nearDiagonal returns item lengths x and y of about n items each: y is x
// with noise, and every 50 items or so a deletion, insertion, merge or
// split, chosen so that the path never strays more than one item from the
// diagonal.
func nearDiagonal(n int, seed uint64) (x, y []int) {
	rng := rand.New(rand.NewPCG(seed, 1))
	ahead := false // x has one item more than y so far
	for len(x) < n {
		v := 20 + rng.IntN(200)
		x = append(x, v)
		if rng.IntN(50) != 0 {
			y = append(y, v+rng.IntN(11)-5)
			continue
		}
		switch {
		case !ahead && rng.IntN(2) == 0: // deleted
		case !ahead: // merged with the next
			w := 20 + rng.IntN(200)
			x = append(x, w)
			y = append(y, v+w+rng.IntN(5))
		case rng.IntN(2) == 0: // inserted
			y = append(y, v+rng.IntN(5), 20+rng.IntN(200))
		default: // split
			y = append(y, v/2, v-v/2+rng.IntN(5))
		}
		ahead = !ahead
	}
	return x, y
}

func TestSequencesDeterministic(t *testing.T) {
	x, y := nearDiagonal(500, 7)
	cost := lengthCost(x, y, "")
	first := Sequences(len(x), len(y), cost, nil)
	for range 3 {
		again := Sequences(len(x), len(y), cost, nil)
		if fmt.Sprint(again) != fmt.Sprint(first) {
			t.Fatal("two runs on the same input differ")
		}
	}
}

// TestSequencesFork checks that pricing a large pass on more goroutines
// gives the script of the single-goroutine pass, cost for cost, whether
// the band is guided or widened, with ties and forbidden steps, and that
// each forked function is called from one goroutine at a time.
func TestSequencesFork(t *testing.T) {
	moves := []Move{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {3, 1}, {1, 3}}
	tests := []struct {
		name    string
		nx, ny  int
		cost    hashCost
		opts    Options
		workers int
	}{
		{"widened band", 700, 760, hashCost{seed: 1}, Options{Moves: moves, Band: 10}, 2},
		{"guided band", 900, 820, hashCost{seed: 2, forbid: 0.05}, Options{Moves: moves, Band: 12, Reach: 48, Guide: [][]Point{{{300, 310}, {600, 540}}}}, 2},
		{"ties", 800, 800, hashCost{seed: 3, integer: true, negative: true}, Options{Moves: moves, Band: 8, Guide: [][]Point{{{800, 800}}}}, 3},
		{"forbidden gaps", 650, 600, hashCost{seed: 4, forbid: 0.4}, Options{Moves: moves, Band: 9, Guide: [][]Point{{{650, 600}}}}, 4},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := Sequences(tc.nx, tc.ny, tc.cost.cost, &tc.opts)
			opts := tc.opts
			opts.Workers = tc.workers
			forks := 0
			opts.Fork = func() CostFunc {
				forks++
				var busy atomic.Bool
				return func(xr, yr Range) (float64, bool) {
					if !busy.CompareAndSwap(false, true) {
						t.Error("a forked cost function called from two goroutines at once")
					}
					defer busy.Store(false)
					return tc.cost.cost(xr, yr)
				}
			}
			got := Sequences(tc.nx, tc.ny, tc.cost.cost, &opts)
			if forks != tc.workers-1 {
				t.Errorf("Fork called %d times, want %d", forks, tc.workers-1)
			}
			if got.String() != want.String() || got.Cost() != want.Cost() || forcedSteps(got) != forcedSteps(want) {
				t.Fatalf("forked pricing gave\n%q (cost %v)\nwant\n%q (cost %v)", got, got.Cost(), want, want.Cost())
			}
		})
	}
}
