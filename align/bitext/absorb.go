package bitext

import "math"

// absorbRuns turns a pairing of one block with a run of neighbours that
// have no counterpart into one pairing, when the run is what makes the
// lengths agree: a translation that rendered a list of ten items as one
// paragraph is a merge of ten blocks, not one pair and nine missing
// blocks. The programme only considers merges of two; this pass extends
// them. A neighbour is absorbed only when it brings the length ratio of
// the pairing markedly closer to the document's.
//
// Only prose takes part: a link holding code, markup or a table row
// (fixed reports them) neither absorbs nor is absorbed, as the programme
// prices such merges apart (structKindCost, rowMergeCost). A nil fixed
// holds every block movable.
//
// The links are taken in order: a pairing that absorbs grows in place at
// the end of the output, taking the next link of the input or the last
// of the output, and keeps the sums of its lengths, so the pass takes
// time linear in the links.
func absorbRuns(links []Link, src, dst []int, srcLen, dstLen map[int]int, ratio float64, fixed func(source bool, block int) bool) []Link {
	movable := func(l Link) bool {
		if fixed == nil {
			return true
		}
		for _, b := range l.Source {
			if fixed(true, b) {
				return false
			}
		}
		for _, b := range l.Target {
			if fixed(false, b) {
				return false
			}
		}
		return true
	}
	lengths := func(l Link) absorbItem {
		it := absorbItem{Link: l}
		for _, i := range l.Source {
			it.lx += srcLen[i]
		}
		for _, i := range l.Target {
			it.ly += dstLen[i]
		}
		return it
	}
	dev := func(lx, ly int) float64 {
		if lx == 0 || ly == 0 {
			return math.Inf(1)
		}
		return math.Abs(math.Log(float64(ly) / (ratio * float64(lx))))
	}
	gapSource := func(l Link) bool { return len(l.Source) > 0 && len(l.Target) == 0 }
	gapTarget := func(l Link) bool { return len(l.Target) > 0 && len(l.Source) == 0 }
	out := make([]absorbItem, 0, len(links))
	for k := 0; k < len(links); k++ {
		out = append(out, lengths(links[k]))
		i := len(out) - 1
		if len(out[i].Source) == 0 || len(out[i].Target) == 0 || dev(out[i].lx, out[i].ly) < absorbFitDev || !movable(out[i].Link) {
			continue // a gap, a pairing that fits or not prose: nothing to absorb
		}
	absorb:
		for {
			cur := &out[i]
			d := dev(cur.lx, cur.ly)
			bestDev := d - absorbGain
			// A run of neighbours may join when this pairing has one block
			// on the side they lack: source blocks join one target block,
			// target blocks join one source block. The run is taken whole
			// up to the length that fits best, since each of its blocks
			// alone may be too short to move the ratio.
			// All the run's links lack the same side.
			joins := func(l, first Link) bool {
				if !movable(l) {
					return false
				}
				if len(cur.Target) == 1 && gapSource(l) {
					return gapSource(first)
				}
				return len(cur.Source) == 1 && gapTarget(l) && gapTarget(first)
			}
			nextN, prevN := 0, 0 // links of the best run after, before
			lx, ly := cur.lx, cur.ly
			for n := 1; n <= absorbMaxRun && k+n < len(links) && joins(links[k+n], links[k+1]); n++ {
				it := lengths(links[k+n])
				lx, ly = lx+it.lx, ly+it.ly
				if nd := dev(lx, ly); nd < bestDev {
					nextN, bestDev = n, nd
				}
			}
			lx, ly = cur.lx, cur.ly
			for n := 1; n <= absorbMaxRun && i-n >= 0 && joins(out[i-n].Link, out[i-1].Link); n++ {
				lx, ly = lx+out[i-n].lx, ly+out[i-n].ly
				if nd := dev(lx, ly); nd < bestDev {
					nextN, prevN, bestDev = 0, n, nd
				}
			}
			switch {
			case nextN > 0:
				for n := 1; n <= nextN; n++ {
					next := lengths(links[k+n])
					cost := cur.Cost + next.Cost
					*cur = join(*cur, next)
					cur.Cost = cost
				}
				k += nextN
			case prevN > 0:
				t := i - prevN
				for n := t + 1; n <= i; n++ {
					cost := out[t].Cost + out[n].Cost
					out[t] = join(out[t], out[n])
					out[t].Cost = cost
				}
				out = out[:t+1]
				i = t
			default:
				break absorb
			}
		}
	}
	res := make([]Link, len(out))
	for i, it := range out {
		res[i] = it.Link
	}
	return res
}

// absorbItem is a link of absorbRuns with the lengths of its blocks.
type absorbItem struct {
	Link
	lx, ly int  // the lengths of its source and target blocks, letters
	owned  bool // its slices are its own, to append to
}

// join returns the link of the blocks of a then those of b.
func join(a, b absorbItem) absorbItem {
	if !a.owned {
		a.Source = append([]int(nil), a.Source...)
		a.Target = append([]int(nil), a.Target...)
		a.owned = true
	}
	a.Source = append(a.Source, b.Source...)
	a.Target = append(a.Target, b.Target...)
	a.lx += b.lx
	a.ly += b.ly
	return a
}
