package rule

import (
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
)

// markerRef is one footnote marker of a version: its block and itself.
type markerRef struct {
	Block int
	M     doc.Marker
}

// markerPair is a source marker and the target marker at the aligned
// place; one side is nil when the other has no counterpart.
type markerPair struct {
	Src, Dst *markerRef
	Link     int // index into Pair.Blocks
}

// facts are computed once per pair and shared by the rules.
type facts struct {
	// Truncation: the source blocks (document order) after the last one
	// with a counterpart, when the target stops early.
	truncated bool
	cut       map[int]bool // source blocks in the missing tail
	cutFrom   int          // first source block of the tail
	markers   []markerPair
	// srcNote/dstNote: footnote number -> the Notes link holding it.
	srcDefined map[int]bool
	dstDefined map[int]bool
}

func newFacts(p *bitext.Pair) *facts {
	f := &facts{cut: map[int]bool{}}
	f.truncation(p)
	f.pairMarkers(p)
	f.srcDefined = defined(p.Src)
	f.dstDefined = defined(p.Dst)
	return f
}

func defined(d *doc.Document) map[int]bool {
	m := map[int]bool{}
	for _, i := range d.Footnotes {
		m[d.Blocks[i].Number] = true
	}
	return m
}

// truncation finds a target that stops early: the source blocks after the
// last one with a counterpart number at least two and a tenth of the
// source, and nothing of the target comes after its last aligned block.
func (f *facts) truncation(p *bitext.Pair) {
	matched := map[int]bool{}
	lastDst := -1
	for _, ls := range [][]bitext.Link{p.Blocks, p.Notes} {
		for _, l := range ls {
			if len(l.Dst) == 0 {
				continue
			}
			for _, s := range l.Src {
				matched[s] = true
			}
			for _, d := range l.Dst {
				lastDst = max(lastDst, d)
			}
		}
	}
	last := -1
	for i := range p.Src.Blocks {
		if matched[i] {
			last = i
		}
	}
	tail := len(p.Src.Blocks) - 1 - last
	if tail < 2 || float64(tail) < 0.1*float64(len(p.Src.Blocks)) {
		return
	}
	// Target blocks after the last aligned one mean it did not stop.
	if lastDst < len(p.Dst.Blocks)-1 {
		for i := lastDst + 1; i < len(p.Dst.Blocks); i++ {
			if p.Dst.Blocks[i].Kind != doc.FootnoteDef {
				return
			}
		}
	}
	f.truncated = true
	f.cutFrom = last + 1
	for i := last + 1; i < len(p.Src.Blocks); i++ {
		f.cut[i] = true
	}
}

// pairMarkers matches the footnote markers of aligned text. Inside each
// pair of aligned sentences, markers with the same number correspond, then
// the rest in order; what is left in a pair of blocks is matched the same
// way across its sentences (a marker moved to a neighbouring sentence);
// what is left after that has no counterpart.
func (f *facts) pairMarkers(p *bitext.Pair) {
	for li, l := range p.Blocks {
		if len(l.Src) == 0 || len(l.Dst) == 0 {
			continue
		}
		var restS, restD []*markerRef
		for _, sl := range l.Sents {
			if len(sl.Src) == 0 || len(sl.Dst) == 0 {
				// Markers of a missing or added sentence are reported
				// with the sentence.
				continue
			}
			xs := sentMarkers(p.Src, sl.Src)
			ys := sentMarkers(p.Dst, sl.Dst)
			pairs, rx, ry := matchMarkers(xs, ys, false)
			for _, mp := range pairs {
				mp.Link = li
				f.markers = append(f.markers, mp)
			}
			restS = append(restS, rx...)
			restD = append(restD, ry...)
		}
		pairs, rx, ry := matchMarkers(restS, restD, true)
		for _, mp := range pairs {
			mp.Link = li
			f.markers = append(f.markers, mp)
		}
		for _, m := range rx {
			f.markers = append(f.markers, markerPair{Src: m, Link: li})
		}
		for _, m := range ry {
			f.markers = append(f.markers, markerPair{Dst: m, Link: li})
		}
	}
}

func sentMarkers(d *doc.Document, refs []bitext.Ref) []*markerRef {
	var out []*markerRef
	for _, r := range refs {
		b := d.Blocks[r.Block]
		sp := b.Sentences[r.Index]
		for _, m := range b.Markers {
			if m.Text.Start >= sp.Start && m.Text.Start < sp.End {
				out = append(out, &markerRef{Block: r.Block, M: m})
			}
		}
	}
	return out
}

// matchMarkers pairs markers with equal numbers, then (if byOrder or both
// sides have markers left) the rest in order when the counts allow it.
// It returns the pairs and the markers left on each side.
func matchMarkers(xs, ys []*markerRef, final bool) ([]markerPair, []*markerRef, []*markerRef) {
	var pairs []markerPair
	if !final && len(xs) == len(ys) {
		// Inside one sentence with as many markers on each side, the
		// place decides: the k-th marker stands for the k-th.
		for k := range xs {
			pairs = append(pairs, markerPair{Src: xs[k], Dst: ys[k]})
		}
		return pairs, nil, nil
	}
	usedY := make([]bool, len(ys))
	var restX []*markerRef
	for _, x := range xs {
		found := false
		for j, y := range ys {
			if !usedY[j] && y.M.Number == x.M.Number {
				usedY[j] = true
				pairs = append(pairs, markerPair{Src: x, Dst: y})
				found = true
				break
			}
		}
		if !found {
			restX = append(restX, x)
		}
	}
	var restY []*markerRef
	for j, y := range ys {
		if !usedY[j] {
			restY = append(restY, y)
		}
	}
	// Pair what is left in order: a marker standing where the source has
	// another number is misnumbered. Inside a sentence, pair as many as
	// both sides have; across a block only when the counts are equal, so
	// a dropped marker is not blamed on its neighbour.
	if !final || len(restX) == len(restY) {
		n := min(len(restX), len(restY))
		for k := 0; k < n; k++ {
			pairs = append(pairs, markerPair{Src: restX[k], Dst: restY[k]})
		}
		restX, restY = restX[n:], restY[n:]
	}
	return pairs, restX, restY
}
