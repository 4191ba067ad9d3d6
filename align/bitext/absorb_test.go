package bitext

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

// TestAbsorbRunsCases checks absorbRuns on hand-made alignments.
func TestAbsorbRunsCases(t *testing.T) {
	tests := []struct {
		name           string
		links          []Link
		srcLen, dstLen []int
		want           []Link
	}{
		{
			// A list of five short items and a last long one, rendered as
			// one paragraph: each item alone moves the ratio too little,
			// the run as a whole makes it fit.
			name: "list as one paragraph",
			links: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1}}, {Source: []int{2}}, {Source: []int{3}}, {Source: []int{4}}, {Source: []int{5}},
				{Source: []int{6}, Target: []int{1}},
				{Source: []int{7}, Target: []int{2}},
			},
			srcLen: []int{100, 20, 20, 20, 20, 20, 100, 100},
			dstLen: []int{100, 200, 100},
			want: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1, 2, 3, 4, 5, 6}, Target: []int{1}},
				{Source: []int{7}, Target: []int{2}},
			},
		},
		{
			// Only as much of the run as makes the lengths agree.
			name: "part of a run",
			links: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1}}, {Source: []int{2}},
				{Source: []int{3}, Target: []int{1}},
			},
			srcLen: []int{100, 100, 100, 100},
			dstLen: []int{100, 200},
			want: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1}},
				{Source: []int{2, 3}, Target: []int{1}},
			},
		},
		{
			// A pairing that fits takes nothing: the gaps are real.
			name: "fits",
			links: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1}},
			},
			srcLen: []int{100, 100},
			dstLen: []int{100},
			want: []Link{
				{Source: []int{0}, Target: []int{0}},
				{Source: []int{1}},
			},
		},
		{
			// Gaps of the other side after a run of this side's: the run
			// stops at the first link that lacks the other side.
			name: "mixed gaps",
			links: []Link{
				{Target: []int{0}},
				{Source: []int{0}},
				{Source: []int{1}, Target: []int{1}},
			},
			srcLen: []int{100, 100},
			dstLen: []int{100, 200},
			want: []Link{
				{Target: []int{0}},
				{Source: []int{0, 1}, Target: []int{1}},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			have := absorbRuns(tt.links, nil, nil, lenMap(tt.srcLen), lenMap(tt.dstLen), 1, nil)
			if !reflect.DeepEqual(norm(have), norm(tt.want)) {
				t.Errorf("absorbRuns = %v, want %v", have, tt.want)
			}
		})
	}
}

func lenMap(ls []int) map[int]int {
	m := map[int]int{}
	for i, l := range ls {
		m[i] = l
	}
	return m
}

// TestAbsorbRunsProperties checks on random alignments that absorbRuns
// keeps every block once and in order, leaves pairings that fit and gaps
// it does not absorb as they were, and only ever brings a pairing's
// lengths closer to the document's ratio.
func TestAbsorbRunsProperties(t *testing.T) {
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
		have := absorbRuns(links, nil, nil, srcLen, dstLen, ratio, nil)
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
		// Blocks once each, in order; costs kept.
		var sx, sy []int
		cost := 0.0
		for _, l := range have {
			sx = append(sx, l.Source...)
			sy = append(sy, l.Target...)
			cost += l.Cost
		}
		want := 0.0
		for _, l := range links {
			want += l.Cost
		}
		for i, x := range sx {
			if x != i {
				t.Fatalf("absorbRuns(%v) = %v: source blocks out of order", links, have)
			}
		}
		for i, y := range sy {
			if y != i {
				t.Fatalf("absorbRuns(%v) = %v: target blocks out of order", links, have)
			}
		}
		if len(sx) != xs || len(sy) != ys || cost != want {
			t.Fatalf("absorbRuns(%v) = %v: blocks or costs lost", links, have)
		}
		// Each output link is an input link, or an input pairing grown by
		// gaps of one side that made it fit better.
		for _, l := range have {
			found := false
			for _, in := range links {
				if reflect.DeepEqual(norm([]Link{in}), norm([]Link{l})) {
					found = true
					break
				}
			}
			if found {
				continue
			}
			var core *Link
			for k := range links {
				in := links[k]
				if len(in.Source) > 0 && len(in.Target) > 0 && contains(l.Source, in.Source[0]) && contains(l.Target, in.Target[0]) {
					core = &links[k]
				}
			}
			if core == nil {
				t.Fatalf("absorbRuns(%v): %v holds no pairing of the input", links, l)
			}
			if dev(*core) < absorbFitDev {
				t.Fatalf("absorbRuns(%v): %v grew from %v, which fit", links, l, *core)
			}
			if dev(l) > dev(*core)-absorbGain {
				t.Fatalf("absorbRuns(%v): %v fits no better than %v", links, l, *core)
			}
		}
	}
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
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
