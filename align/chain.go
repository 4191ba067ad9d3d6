package align

import (
	"cmp"
	"slices"
)

// Anchor is a cell of the programme that some evidence pairs: item I-1 of
// x with item J-1 of y, say, when the two share a rare word. Weight is how
// much the evidence counts.
type Anchor struct {
	Point
	Weight float64
}

// Chain returns the anchors of greatest total weight that can all lie on
// one script: strictly increasing in both coordinates, in order. Anchors
// that the chain leaves out contradict heavier evidence. It takes time
// O(n log n) in the number of anchors; ties go to the chain that comes
// first in the order of the anchors sorted by I, then J.
func Chain(anchors []Anchor) []Point {
	if len(anchors) == 0 {
		return nil
	}
	as := slices.Clone(anchors)
	slices.SortFunc(as, func(a, b Anchor) int {
		if c := cmp.Compare(a.I, b.I); c != 0 {
			return c
		}
		return cmp.Compare(a.J, b.J)
	})
	maxJ := 0
	for _, a := range as {
		maxJ = max(maxJ, a.J)
	}
	// tree is a Fenwick tree over J+1 of the best chain ending at or before
	// each column: its weight and the anchor it ends with.
	type best struct {
		w float64
		k int
	}
	tree := make([]best, maxJ+2)
	for i := range tree {
		tree[i].k = -1
	}
	query := func(j int) best { // best chain ending in a column < j
		b := best{k: -1}
		for ; j > 0; j -= j & -j {
			if t := tree[j]; t.k >= 0 && (b.k < 0 || t.w > b.w) {
				b = t
			}
		}
		return b
	}
	update := func(j int, v best) { // a chain ending in column j
		for j++; j < len(tree); j += j & -j {
			if t := tree[j]; t.k < 0 || v.w > t.w {
				tree[j] = v
			}
		}
	}
	total := make([]float64, len(as))
	prev := make([]int, len(as))
	for lo := 0; lo < len(as); {
		hi := lo
		for hi < len(as) && as[hi].I == as[lo].I {
			hi++
		}
		// Anchors of one row cannot follow each other: query them all
		// before adding any.
		for k := lo; k < hi; k++ {
			b := query(as[k].J)
			total[k], prev[k] = as[k].Weight, b.k
			if b.k >= 0 {
				total[k] += b.w
			}
		}
		for k := lo; k < hi; k++ {
			update(as[k].J, best{total[k], k})
		}
		lo = hi
	}
	end := 0
	for k := range as {
		if total[k] > total[end] {
			end = k
		}
	}
	var out []Point
	for k := end; k >= 0; k = prev[k] {
		out = append(out, as[k].Point)
	}
	slices.Reverse(out)
	return out
}
