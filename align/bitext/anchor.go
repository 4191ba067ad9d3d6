package bitext

import (
	"github.com/tralign/tralign/align"
)

// anchorUnit is the weight of a key that occurs once on each side.
const anchorUnit = 1 << 20

// anchors returns the guide of a first pass over xs and ys: pairings that
// what survives translation unchanged vouches for, chained.
//
// A key (a footnote marker, a number, a link, a name, a footnote's own
// number) that occurs as often on both sides pairs its occurrences in
// order, the k-th on one side with the k-th on the other; each pairing
// weighs the inverse of that count, so rare keys weigh most, and the
// pairings of one unit with another add up. A key written a different
// number of times on each side (a dropped or added mention) vouches for
// nothing. The chain of greatest weight (align.Chain) drops pairings that
// contradict heavier ones; what remains is where the programme looks.
func anchors(xs, ys []*unit) []align.Point {
	if len(xs) == 0 || len(ys) == 0 || len(xs)*len(ys) <= fullCells {
		return nil
	}
	type place struct{ x, y []int32 }
	type keyOf struct {
		kind uint8
		key  uint64
	}
	places := map[keyOf]*place{}
	note := func(k keyOf, i int, src bool) {
		p := places[k]
		if p == nil {
			p = &place{}
			places[k] = p
		}
		if src {
			p.x = append(p.x, int32(i))
		} else {
			p.y = append(p.y, int32(i))
		}
	}
	for _, side := range []struct {
		us  []*unit
		src bool
	}{{xs, true}, {ys, false}} {
		for i, u := range side.us {
			for kind, keys := range [...][]uint64{u.f.markers, u.f.numbers, u.f.urls, u.f.names} {
				for _, k := range keys {
					note(keyOf{uint8(kind), k}, i, side.src)
				}
			}
			if u.num != 0 {
				note(keyOf{4, uint64(u.num)}, i, side.src)
			}
		}
	}
	// Weights in units of 1/anchorUnit, as integers, so that their sums
	// do not depend on the order of the keys.
	weight := map[align.Point]int64{}
	for _, p := range places {
		if len(p.x) == 0 || len(p.x) != len(p.y) {
			continue
		}
		w := anchorUnit / int64(len(p.x))
		for k := range p.x {
			weight[align.Point{I: int(p.x[k]), J: int(p.y[k])}] += w
		}
	}
	as := make([]align.Anchor, 0, len(weight))
	for pt, w := range weight {
		as = append(as, align.Anchor{Point: pt, Weight: float64(w)})
	}
	return align.Chain(as)
}
