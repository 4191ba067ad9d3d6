package rule

import (
	"slices"
	"sort"
	"sync"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// markerRef is one footnote marker of a version: its block and itself.
type markerRef struct {
	Block int
	M     doc.Marker
}

// markerPair is a source marker and the target marker at the aligned
// place; one side is nil when the other has no counterpart.
type markerPair struct {
	Source, Target *markerRef
	Link           int // index into Pair.Blocks
}

// facts are computed once per pair and shared by the rules.
type facts struct {
	// Truncation: the source blocks (document order) after the last one
	// with a counterpart, when the target stops early.
	truncated  bool
	cut        map[int]bool // source blocks in the missing tail, footnotes included
	cutFrom    int          // first source block of the tail
	cutBlocks  int          // source blocks other than footnotes in the tail
	bodyBlocks int          // source blocks other than footnotes
	cutNotes   int          // source footnotes lost with the tail
	markers    []markerPair
	// The footnote numbers each version defines.
	srcDefined map[int]bool
	dstDefined map[int]bool

	// Whether each block's markers are in the order of its text, for the
	// blocks with two markers or more (see markersWithin).
	sortedMarkers map[*doc.Block]bool
	pair          *bitext.Pair

	// Computed on first use, by whichever rule asks first: the source
	// marker paired with each target marker (see srcMarkerFor), the
	// neighbours of the links of blocks and of notes (see
	// insertionPoint), the units of the pair (see units) and the word
	// alignment of each, by its idx.
	srcOfTarget     func() map[[2]int]*markerRef
	blockNeighbours func() *linkNeighbours
	noteNeighbours  func() *linkNeighbours
	units           func() []unit
	unitAligns      sync.Once
	aligns          []*wordalign.Alignment
}

// lane is what the rules run on one goroutine remember for themselves:
// caches whose answers do not depend on who asks.
type lane struct {
	// The languages identified in the pair's texts, by text and
	// candidates: several rules ask about the same blocks and sentences.
	langs map[langQuery]langid.Result
	ids   *langid.Identifier // remembers the scores of the words met
	// tk tokenises the pair's texts for the rules, remembering the keys
	// of the words it has met.
	tk *wordalign.Tokenizer
	// The last block masked (see Pass.masked) and its masked text.
	masked blockText
	// The last two blocks whose prose was asked for (see Pass.prose),
	// the latest first: rules ask of a source and a target block in turn.
	prose [2]blockText
}

// blockText is a block and a text worked out from it.
type blockText struct {
	b    *doc.Block
	text string
}

// cover is what one rule's findings may explain, or be explained by,
// (see withoutCovered): reported is the index in the rule's output of
// each finding that may be explained, explained what its findings
// explain.
type cover struct {
	reported  map[coverKey]int
	explained map[coverKey]bool
}

// coverKey is what a finding that another may explain is about: a pair
// of aligned sentences off its length one way (a clause missing when
// shorter, added when longer), or a source footnote's marker.
type coverKey struct {
	src, dst bitext.Ref
	shorter  bool
	note     int // a source footnote's number; 0 for a sentence pair
}

// sentCover is the key of sentence pair sl, shorter (a clause missing)
// or longer (a clause added).
func sentCover(sl bitext.SentLink, shorter bool) coverKey {
	return coverKey{src: sl.Source[0], dst: sl.Target[0], shorter: shorter}
}

// noteCover is the key of source footnote n's marker.
func noteCover(n int) coverKey { return coverKey{note: n} }

// coverable records that the finding just reported (the last of the
// running rule's) is about k, and is left out at the end if another
// finding explains k.
func (p *Pass) coverable(k coverKey) {
	c := p.cover
	if c.reported == nil {
		c.reported = map[coverKey]int{}
	}
	c.reported[k] = len(*p.out) - 1
}

// explains records that a finding reported explains what k is about.
func (p *Pass) explains(k coverKey) {
	c := p.cover
	if c.explained == nil {
		c.explained = map[coverKey]bool{}
	}
	c.explained[k] = true
}

// joinCovered returns the findings of the rules one after another, less
// the findings another finding already explains: the length finding of a
// sentence pair whose missing or added clause was reported
// (content-missing, content-added), and an unreferenced footnote whose
// marker was reported with its missing sentence (sentence-missing). Of
// two findings about one thing that may be explained, the later rule's
// is the one left out.
func joinCovered(outs [][]Finding, covers []cover) []Finding {
	reported := map[coverKey]int{}
	explained := map[coverKey]bool{}
	var out []Finding
	for r, fs := range outs {
		for k, i := range covers[r].reported {
			reported[k] = len(out) + i
		}
		for k := range covers[r].explained {
			explained[k] = true
		}
		out = append(out, fs...)
	}
	drop := map[int]bool{}
	for k, i := range reported {
		if explained[k] {
			drop[i] = true
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for i, fd := range out {
		if !drop[i] {
			kept = append(kept, fd)
		}
	}
	return kept
}

// tokenize returns the tokens of wordalign.Tokenize(text) without their
// keys and names, which no rule reads, in the room of the lane's
// tokeniser: they are only valid until the next call, so a rule reads
// them at once and keeps none (see Tokenizer.SpansTemp).
func (p *Pass) tokenize(text string) []wordalign.Token {
	return p.lane.tk.SpansTemp(text)
}

// langQuery is one question to the language identifier: a text and the
// candidate languages (none for all).
type langQuery struct {
	text  string
	cands [2]string
}

// identify returns langid.Identify(text, candidates), asked once per pair
// whichever rules ask it (for at most two candidates).
func (p *Pass) identify(text string, candidates ...string) langid.Result {
	f := p.lane
	if len(candidates) > 2 {
		return f.ids.Identify(text, candidates)
	}
	q := langQuery{text: text}
	copy(q.cands[:], candidates)
	if r, ok := f.langs[q]; ok {
		return r
	}
	if f.langs == nil {
		f.langs = map[langQuery]langid.Result{}
	}
	r := f.ids.Identify(text, candidates)
	f.langs[q] = r
	return r
}

func newFacts(p *bitext.Pair) *facts {
	f := &facts{cut: map[int]bool{}, pair: p}
	f.sortedMarkers = map[*doc.Block]bool{}
	for _, d := range []*doc.Document{p.Source, p.Target} {
		for _, b := range d.Blocks {
			if len(b.Markers) > 1 {
				f.sortedMarkers[b] = slices.IsSortedFunc(b.Markers, func(x, y doc.Marker) int { return x.Text.Start - y.Text.Start })
			}
		}
	}
	f.truncation(p)
	f.pairMarkers(p)
	f.srcDefined = defined(p.Source)
	f.dstDefined = defined(p.Target)
	f.srcOfTarget = sync.OnceValue(f.targetMarkerSources)
	f.blockNeighbours = sync.OnceValue(func() *linkNeighbours { return newLinkNeighbours(p.Blocks) })
	f.noteNeighbours = sync.OnceValue(func() *linkNeighbours { return newLinkNeighbours(p.Notes) })
	f.units = sync.OnceValue(func() []unit { return units(p) })
	return f
}

func defined(d *doc.Document) map[int]bool {
	m := map[int]bool{}
	for _, i := range d.Footnotes {
		m[d.Blocks[i].Number] = true
	}
	return m
}

// truncation finds a target that stops early: the source paragraphs
// (blocks other than footnotes) after the last one with a counterpart
// number at least two and a tenth of them, and no paragraph of the target
// comes after its last aligned one. When the target has no footnotes at
// all, the source's went with the end too.
func (f *facts) truncation(p *bitext.Pair) {
	var body []int
	for i, b := range p.Source.Blocks {
		if b.Kind != doc.FootnoteDef {
			body = append(body, i)
		}
	}
	matched := map[int]bool{}
	lastTarget := -1
	for _, l := range p.Blocks {
		if len(l.Target) == 0 {
			continue
		}
		for _, s := range l.Source {
			matched[s] = true
		}
		for _, d := range l.Target {
			lastTarget = max(lastTarget, d)
		}
	}
	k := len(body)
	for k > 0 && !matched[body[k-1]] {
		k--
	}
	tail := body[k:]
	if len(tail) < truncMinBlocks || float64(len(tail)) < truncMinShare*float64(len(body)) {
		return
	}
	// Target paragraphs after the last aligned one mean it did not stop.
	for i := lastTarget + 1; i < len(p.Target.Blocks); i++ {
		if p.Target.Blocks[i].Kind != doc.FootnoteDef {
			return
		}
	}
	f.truncated = true
	f.cutFrom = tail[0]
	f.cutBlocks = len(tail)
	f.bodyBlocks = len(body)
	for _, i := range tail {
		f.cut[i] = true
	}
	if len(p.Target.Footnotes) == 0 {
		for _, i := range p.Source.Footnotes {
			f.cut[i] = true
			f.cutNotes++
		}
	}
}

// pairMarkers matches the footnote markers of aligned text. Inside each
// pair of aligned sentences, markers with the same number correspond, then
// the rest in order; what is left in a pair of blocks is matched the same
// way across its sentences (a marker moved to a neighbouring sentence);
// what is left after that has no counterpart.
func (f *facts) pairMarkers(p *bitext.Pair) {
	for li, l := range p.Blocks {
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		var restS, restD []*markerRef
		for _, sl := range l.Sents {
			if len(sl.Source) == 0 || len(sl.Target) == 0 {
				// Markers of a missing or added sentence are reported
				// with the sentence.
				continue
			}
			xs := f.sentMarkers(p.Source, sl.Source)
			ys := f.sentMarkers(p.Target, sl.Target)
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
			f.markers = append(f.markers, markerPair{Source: m, Link: li})
		}
		for _, m := range ry {
			f.markers = append(f.markers, markerPair{Target: m, Link: li})
		}
	}
}

func (f *facts) sentMarkers(d *doc.Document, refs []bitext.Ref) []*markerRef {
	var out []*markerRef
	for _, r := range refs {
		b := d.Blocks[r.Block]
		for _, m := range f.markersWithin(b, b.Sentences[r.Index]) {
			out = append(out, &markerRef{Block: r.Block, M: m})
		}
	}
	return out
}

// markersWithin returns the markers of b that start inside sp, a span of
// its text. Markers come in the order of the text, so they are found by
// binary search (a scan when a reader gave them out of order; whether
// they are in order is found once per block).
func (f *facts) markersWithin(b *doc.Block, sp source.Span) []doc.Marker {
	ms := b.Markers
	sorted, ok := f.sortedMarkers[b]
	if !ok {
		sorted = slices.IsSortedFunc(ms, func(x, y doc.Marker) int { return x.Text.Start - y.Text.Start })
	}
	if !sorted {
		var out []doc.Marker
		for _, m := range ms {
			if m.Text.Start >= sp.Start && m.Text.Start < sp.End {
				out = append(out, m)
			}
		}
		return out
	}
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Text.Start >= sp.Start })
	hi := lo
	for hi < len(ms) && ms[hi].Text.Start < sp.End {
		hi++
	}
	return ms[lo:hi]
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
			pairs = append(pairs, markerPair{Source: xs[k], Target: ys[k]})
		}
		return pairs, nil, nil
	}
	usedY := make([]bool, len(ys))
	byNumber := map[int][]int{} // number -> the unused markers of ys with it, in order
	for j, y := range ys {
		byNumber[y.M.Number] = append(byNumber[y.M.Number], j)
	}
	var restX []*markerRef
	for _, x := range xs {
		if js := byNumber[x.M.Number]; len(js) > 0 {
			usedY[js[0]] = true
			byNumber[x.M.Number] = js[1:]
			pairs = append(pairs, markerPair{Source: x, Target: ys[js[0]]})
			continue
		}
		restX = append(restX, x)
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
			pairs = append(pairs, markerPair{Source: restX[k], Target: restY[k]})
		}
		restX, restY = restX[n:], restY[n:]
	}
	return pairs, restX, restY
}
