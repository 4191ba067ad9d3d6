// Package bitext pairs two language versions of a document: blocks, then
// footnote definitions, then the sentences inside each pair of blocks and
// the cited works inside each pair of footnotes.
//
// Every level uses the same dynamic programme (package align) with a cost
// that combines the Gale & Church length model, calibrated on the pair of
// documents itself, with what survives translation unchanged: footnote
// markers, numbers and dates, links, names and cognates after
// transliteration, "!" and "?", block kind and, for footnotes, their
// number. A second pass adds a word-translation lexicon learned from the
// confident sentence pairs of the first (as hunalign's realign does).
// Sentences segmented by another tool (AlignSentences) are priced in the
// second pass by a model measured on the pair itself (see model).
//
// Features are extracted once per document (Prepare), as integer keys.
// Long programmes follow a guide, the chain of pairings that shared
// anchors vouch for, in a band of fixed width, so that the cost grows
// linearly with the documents; very long ones are cut at anchors and
// their pieces aligned in parallel.
package bitext

import (
	"math"
	"runtime"
	"sync"
	"unicode"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/par"
)

// Ref names one sentence or cited work: the index of its block in
// Document.Blocks and its index among the block's sentences (or items).
type Ref struct {
	Block int // index into Document.Blocks
	Index int // index into Block.Sentences or Block.Items
}

// SentLink pairs sentences (or cited works) of the source with those of
// the target. One side may be empty: a sentence with no counterpart.
type SentLink struct {
	Source, Target []Ref
	Cost           float64 // cost the aligner gave the pairing; lower is surer
}

// Link pairs blocks of the source with blocks of the target. One side may
// be empty: a block with no counterpart.
type Link struct {
	Source, Target []int      // indexes into Document.Blocks
	Cost           float64    // cost the aligner gave the pairing; lower is surer
	Sents          []SentLink // the sentences inside, when both sides have blocks
	Items          []SentLink // the cited works inside, for footnote definitions
}

// Pair is the alignment of a target version against the source.
type Pair struct {
	Source, Target *doc.Document
	Ratio          float64 // target length per source length, letters and digits
	Blocks         []Link  // body blocks, in order
	Notes          []Link  // footnote definitions, in order
	Lexicon        *Lexicon
	// Which cited works repeat others in the versions, worked out when
	// they were prepared; empty in a Pair made by hand. Only these are
	// kept of what the versions were prepared with: the rest is the
	// aligner's, and the rules need not hold it.
	sw, dw preparedDups
}

// preparedDups are the repeats among the cited works of a prepared
// version, per block (see docProfiles.workDups).
type preparedDups struct {
	d    *doc.Document
	dups [][]int
}

// Duplicates returns, for each cited work of block bi of the source (if
// src) or of the target, the index of the first earlier work of the
// block that it repeats, or -1: feature.Duplicates of the block's items,
// worked out once when the version was prepared. The result is shared
// and must not be changed.
func (p *Pair) Duplicates(src bool, bi int) []int {
	d, pw := p.Target, p.dw
	if src {
		d, pw = p.Source, p.sw
	}
	if pw.d == d && d != nil {
		return pw.dups[bi]
	}
	b := d.Blocks[bi]
	texts := make([]string, len(b.Items))
	for i := range b.Items {
		texts[i] = b.ItemText(i)
	}
	return feature.Duplicates(texts)
}

// Aligned returns the share of source body blocks that have a counterpart.
func (p *Pair) Aligned() float64 {
	n, m := 0, 0
	for _, l := range p.Blocks {
		n += len(l.Source)
		if len(l.Target) > 0 {
			m += len(l.Source)
		}
	}
	if n == 0 {
		return 1
	}
	return float64(m) / float64(n)
}

// Options control the alignment.
type Options struct {
	NoLexicon bool  // skip the second pass with a learned lexicon
	Dict      *Dict // a bilingual dictionary to seed the lexicon, or nil
	// Workers is the most goroutines one alignment runs on at once; 0 or
	// less means one per processor (runtime.GOMAXPROCS). A caller that
	// aligns several pairs at once gives each its share. The result is
	// the same whatever the number.
	Workers int
}

// workers returns o.Workers, or the number of processors if it is 0 or
// less.
func (o Options) workers() int {
	if o.Workers <= 0 {
		return runtime.GOMAXPROCS(0)
	}
	return o.Workers
}

// Prepared is a version of a document with what the aligner reads in it
// extracted once: the features of its sentences and blocks. A source
// aligned with several translations is prepared once for all of them.
// A Prepared is not changed by aligning it and may be shared by
// goroutines.
type Prepared struct {
	Doc *doc.Document
	p   *docProfiles
}

// Prepare extracts what the aligner reads in d.
func Prepare(d *doc.Document) *Prepared { return PrepareOn(d, 1) }

// PrepareOn is Prepare on at most workers goroutines: a long document is
// profiled in runs of blocks of about the same length, one per worker.
// The result is the same.
func PrepareOn(d *doc.Document, workers int) *Prepared {
	return &Prepared{Doc: d, p: newDocProfiles(d, workers)}
}

// Align aligns dst against src.
func Align(src, dst *doc.Document, opts Options) *Pair {
	return AlignPrepared(Prepare(src), Prepare(dst), opts)
}

// AlignPrepared aligns dst against src, both prepared.
func AlignPrepared(src, dst *Prepared, opts Options) *Pair {
	sp, dp := src.p, dst.p
	p := &Pair{Source: src.Doc, Target: dst.Doc, sw: preparedDups{sp.d, sp.workDups}, dw: preparedDups{dp.d, dp.workDups}}
	sb, su := bodyUnits(sp)
	db, du := bodyUnits(dp)
	p.Ratio = calibrate(su, du)
	sn, snu := noteUnits(sp)
	dn, dnu := noteUnits(dp)

	workers := opts.workers()
	sc := &scorer{ratio: p.Ratio, level: levelBlock, workers: workers}
	guide := anchors(su, du)
	script := sc.align(su, du, guide)
	p.Blocks = links(script, sb, db)
	if r := recalibrate(p.Blocks, su, du, sb, db, p.Ratio); math.Abs(r-p.Ratio) > recalibrateShare*p.Ratio {
		p.Ratio, sc.ratio = r, r
		script = sc.align(su, du, guide, pathOf(script))
		p.Blocks = links(script, sb, db)
	}
	srcLen, dstLen, fixed := unitLens(sb, su), unitLens(db, du), notProse(sb, su, db, du)
	p.Blocks = absorbRuns(p.Blocks, sb, db, srcLen, dstLen, p.Ratio, fixed)
	p.sentences(sp, dp, sc.ratio, nil, workers)
	if !opts.NoLexicon {
		p.Lexicon = learnLexicon(p, sp, dp, opts.Dict, workers)
		if p.Lexicon.Size() > 0 {
			sc.lex = p.Lexicon
			script = sc.align(su, du, guide, pathOf(script))
			p.Blocks = links(script, sb, db)
			p.Blocks = absorbRuns(p.Blocks, sb, db, srcLen, dstLen, p.Ratio, fixed)
			p.sentences(sp, dp, sc.ratio, p.Lexicon, workers)
		}
	}
	nc := &scorer{ratio: p.Ratio, level: levelNote, lex: p.Lexicon, workers: workers}
	p.Notes = links(nc.align(snu, dnu, anchors(snu, dnu)), sn, dn)
	// The items of each pair of notes, aligned apart.
	ic := &scorer{ratio: p.Ratio, level: levelItem, workers: 1}
	var paired []int
	items := 0
	for i, l := range p.Notes {
		if len(l.Source) == 1 && len(l.Target) == 1 {
			paired = append(paired, i)
			items += len(p.Source.Blocks[l.Source[0]].Items)
		}
	}
	iw := workers
	if items < parallelUnits {
		iw = 1
	}
	par.Each(len(paired), iw, func(k int) {
		l := &p.Notes[paired[k]]
		l.Items = alignItems(ic, sp, dp, l.Source[0], l.Target[0])
	})
	return p
}

// AlignSentences aligns two lists of sentences (one sentence per element,
// as sentence aligners take them) and returns the links; Ref.Block is 0.
func AlignSentences(src, dst []string, opts Options) []SentLink {
	xs, ys := make([]*unit, len(src)), make([]*unit, len(dst))
	workers := opts.workers()
	var wg sync.WaitGroup
	prepare := func() {
		for i, s := range src {
			xs[i] = textUnit(s, doc.Paragraph, nil)
		}
	}
	if workers > 1 {
		wg.Go(prepare)
	} else {
		prepare()
	}
	for i, s := range dst {
		ys[i] = textUnit(s, doc.Paragraph, nil)
	}
	wg.Wait()
	sc := &scorer{ratio: calibrate(xs, ys), level: levelSentence, wide: true, workers: workers}
	guide := anchors(xs, ys)
	script := sc.align(xs, ys, guide)
	if !opts.NoLexicon {
		// A second pass with the words the first pass shows to translate
		// each other, and every weight measured on the first pass (see
		// model), in the band of the anchors and of the first path. More
		// passes feed on their own mistakes.
		if lex := learnScript(script, xs, ys, opts.Dict, sc.workers); lex.Size() > 0 {
			sc.lex = lex
			sc.m = newModel(xs, ys, sc.moves()).fit(script, xs, ys, sc.moves(), lex)
			script = sc.align(xs, ys, guide, pathOf(script))
		}
	}
	out := make([]SentLink, len(script))
	for i, st := range script {
		for k := st.X.Lo; k < st.X.Hi; k++ {
			out[i].Source = append(out[i].Source, Ref{Index: k})
		}
		for k := st.Y.Lo; k < st.Y.Hi; k++ {
			out[i].Target = append(out[i].Target, Ref{Index: k})
		}
		out[i].Cost = st.Cost
	}
	return out
}

// bodyUnits returns the indexes and units of the blocks that are not
// footnote definitions.
func bodyUnits(dp *docProfiles) ([]int, []*unit) {
	var idx []int
	var us []*unit
	for i, b := range dp.d.Blocks {
		if b.Kind == doc.FootnoteDef {
			continue
		}
		idx = append(idx, i)
		us = append(us, dp.blockUnit(i))
	}
	return idx, us
}

func noteUnits(dp *docProfiles) ([]int, []*unit) {
	var us []*unit
	for _, i := range dp.d.Footnotes {
		us = append(us, dp.blockUnit(i))
	}
	return append([]int(nil), dp.d.Footnotes...), us
}

// calibrate returns the ratio of target to source length, the Gale &
// Church c estimated from the pair itself. It compares the first k units
// of each side, k the length of the shorter, so that a translation that
// stops early (or a source with a passage the translation lacks) does not
// skew it. Only prose counts: code and markup are written alike in every
// version and would pull the ratio towards one.
func calibrate(xs, ys []*unit) float64 {
	xs, ys = prose(xs), prose(ys)
	k := min(len(xs), len(ys))
	lx, ly := 0, 0
	for _, u := range xs[:k] {
		lx += u.f.len
	}
	for _, u := range ys[:k] {
		ly += u.f.len
	}
	if lx == 0 || ly == 0 {
		return 1
	}
	r := float64(ly) / float64(lx)
	return math.Max(minRatio, math.Min(r, maxRatio))
}

// prose returns the units of us that are prose, or us if none is.
func prose(us []*unit) []*unit {
	var out []*unit
	for _, u := range us {
		if structClass(u.kind) == doc.Paragraph {
			out = append(out, u)
		}
	}
	if len(out) == 0 {
		return us
	}
	return out
}

// recalibrate returns the length ratio measured on the one-to-one links of
// a first alignment, or r when there are too few.
func recalibrate(ls []Link, xs, ys []*unit, xi, yi []int, r float64) float64 {
	xu := make(map[int]*unit, len(xi))
	for k, i := range xi {
		xu[i] = xs[k]
	}
	yu := make(map[int]*unit, len(yi))
	for k, i := range yi {
		yu[i] = ys[k]
	}
	lx, ly, n := 0, 0, 0
	for _, l := range ls {
		if len(l.Source) == 1 && len(l.Target) == 1 && xu[l.Source[0]].kind.IsProse() {
			lx += xu[l.Source[0]].f.len
			ly += yu[l.Target[0]].f.len
			n++
		}
	}
	if n < recalibrateMinLinks || lx == 0 || ly == 0 {
		return r
	}
	return math.Max(minRatio, math.Min(float64(ly)/float64(lx), maxRatio))
}

// links turns a script over unit indexes into links over block indexes.
func links(s align.Script, xi, yi []int) []Link {
	out := make([]Link, len(s))
	for i, st := range s {
		for k := st.X.Lo; k < st.X.Hi; k++ {
			out[i].Source = append(out[i].Source, xi[k])
		}
		for k := st.Y.Lo; k < st.Y.Hi; k++ {
			out[i].Target = append(out[i].Target, yi[k])
		}
		out[i].Cost = st.Cost
	}
	return out
}

// pathOf returns the cells the path of s passes through: the guide of a
// later pass over the same units.
func pathOf(s align.Script) []align.Point {
	out := make([]align.Point, 0, len(s))
	for _, st := range s {
		out = append(out, align.Point{I: st.X.Hi, J: st.Y.Hi})
	}
	return out
}

// sentences aligns the sentences inside every link with blocks on both
// sides, on at most workers goroutines.
//
// Each link is aligned apart, so the result does not depend on which
// goroutine aligned which. A link long enough to be cut in pieces
// (splitPoints) is aligned first, on all the workers; the others, each
// on one, are shared out one at a time, so that a few long paragraphs do
// not leave the other workers idle.
func (p *Pair) sentences(sp, dp *docProfiles, ratio float64, lex *Lexicon, workers int) {
	sc := &scorer{ratio: ratio, level: levelSentence, lex: lex, workers: workers}
	one := &scorer{ratio: ratio, level: levelSentence, lex: lex, workers: 1}
	var small []int
	total := 0
	for i := range p.Blocks {
		l := &p.Blocks[i]
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		n := sp.sentences(l.Source)
		if workers > 1 && n >= 2*splitRows {
			l.Sents = sc.sentsOf(sp, dp, l)
			continue
		}
		total += n
		small = append(small, i)
	}
	if total < parallelUnits {
		workers = 1
	}
	par.Each(len(small), workers, func(k int) {
		l := &p.Blocks[small[k]]
		l.Sents = one.sentsOf(sp, dp, l)
	})
	p.unmerge(sp, dp, sc)
}

// parallelUnits is the fewest units (sentences, items) in many small
// alignments that are shared out between goroutines: below it, starting
// them costs more than it saves. A principle of cost (well under a
// millisecond of work), not fitted.
const parallelUnits = 64

// sentsOf aligns the sentences inside the blocks of l.
func (sc *scorer) sentsOf(sp, dp *docProfiles, l *Link) []SentLink {
	xr, xs := sentUnits(sp, l.Source)
	yr, ys := sentUnits(dp, l.Target)
	if len(xr) > 0 && len(yr) > 0 && (unpunctuated(sp, l.Source) || unpunctuated(dp, l.Target)) {
		// Sentences cannot be told apart on one side: the blocks pair
		// as one unit, and no sentence is said to be missing or added.
		return []SentLink{{Source: xr, Target: yr, Cost: sc.pairCostOf(xs, ys)}}
	}
	return sentLinks(sc.align(xs, ys, anchors(xs, ys)), xr, yr)
}

// firstNoStop is the first rune of the Thai block, the lowest of the
// blocks of the scripts that mark no end of sentence.
const firstNoStop = 0x0E00

// unpunctuated reports whether most letters of blocks bs of dp are in a
// script whose writing marks no end of sentence (Thai, Lao, Khmer,
// Myanmar: a space ends a clause or a sentence alike), so that the
// sentences of the blocks cannot be told apart.
func unpunctuated(dp *docProfiles, bs []int) bool {
	n, k := 0, 0
	for _, bi := range bs {
		n += dp.letters[bi]
		k += dp.noStops[bi]
	}
	return n > 0 && 2*k > n
}

// countNoStops counts the letters of text and those of them in a script
// that marks no end of sentence.
func countNoStops(text string) (letters, noStops int) {
	// Below firstNoStop, the start of the Thai block, no rune is of those
	// scripts (TestFirstNoStop): Latin and Cyrillic letters skip the
	// table search.
	for _, r := range text {
		if !feature.IsLetter(r) {
			continue
		}
		letters++
		if r >= firstNoStop && unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar) {
			noStops++
		}
	}
	return letters, noStops
}

// unmerge undoes a merge that the sentences inside it do not bear out. The
// block programme weighs whole blocks, where a paragraph short of a
// sentence and its shortened neighbour may fit a merge better by length
// than two pairings do; the sentences say which paragraph says what. A
// block at the edge of a merge, beside a block of the other side left
// without counterpart, is paired with that block instead when the
// sentences of the two pairings cost less than those of the merge and the
// gap, priced alike (sentence costs, gaps included).
func (p *Pair) unmerge(sp, dp *docProfiles, sc *scorer) {
	for i := 0; i < len(p.Blocks); i++ {
		if p.pairGaps(sp, dp, sc, i) {
			continue
		}
		l := p.Blocks[i]
		if len(l.Source) == 0 || len(l.Target) == 0 || len(l.Source)+len(l.Target) < 3 {
			continue
		}
		// The four edges of the merge: its last or first block on a side
		// with more than one, beside a gap of the other side.
		type edge struct{ source, last bool }
		for _, e := range []edge{{false, true}, {false, false}, {true, true}, {true, false}} {
			side := l.Target
			if e.source {
				side = l.Source
			}
			nb := i - 1
			if e.last {
				nb = i + 1
			}
			if len(side) < 2 || nb < 0 || nb >= len(p.Blocks) {
				continue
			}
			gap := p.Blocks[nb]
			if e.source && (len(gap.Source) > 0 || len(gap.Target) == 0) || !e.source && (len(gap.Target) > 0 || len(gap.Source) == 0) {
				continue
			}
			block, rest := side[len(side)-1], side[:len(side)-1]
			if !e.last {
				block, rest = side[0], side[1:]
			}
			kept, moved := l, gap
			if e.source {
				kept.Source, moved.Source = rest, []int{block}
			} else {
				kept.Target, moved.Target = rest, []int{block}
			}
			kept.Sents = sc.sentsOf(sp, dp, &kept)
			moved.Sents = sc.sentsOf(sp, dp, &moved)
			if sentCost(kept.Sents)+sentCost(moved.Sents) >= sentCost(l.Sents)+sentCost(sc.sentsOf(sp, dp, &gap)) {
				continue
			}
			moved.Cost = sentCost(moved.Sents)
			if e.last {
				p.Blocks[i], p.Blocks[nb] = kept, moved
			} else {
				p.Blocks[nb], p.Blocks[i] = moved, kept
			}
			break
		}
	}
}

// pairGaps pairs the block of link i, left without counterpart, with the
// block of the other side left without one right after it, when half of
// their sentence pairings or more are sure (halfSure) and together they
// cost less than the sentences as gaps: the block programme found the two
// too far apart by length (a short document whose length ratio is off),
// the sentences say they are one paragraph. The two must be of one kind
// (prose, code, markup, table row; heading or not). It reports whether it
// paired them.
func (p *Pair) pairGaps(sp, dp *docProfiles, sc *scorer, i int) bool {
	if i+1 >= len(p.Blocks) {
		return false
	}
	a, b := p.Blocks[i], p.Blocks[i+1]
	if len(a.Source)+len(a.Target) != 1 || len(b.Source)+len(b.Target) != 1 || len(a.Source) == len(b.Source) {
		return false
	}
	pair := Link{Source: append(a.Source[:len(a.Source):len(a.Source)], b.Source...), Target: append(a.Target[:len(a.Target):len(a.Target)], b.Target...)}
	x, y := sp.d.Blocks[pair.Source[0]].Kind, dp.d.Blocks[pair.Target[0]].Kind
	if structClass(x) != structClass(y) || x.IsHeadingLike() != y.IsHeadingLike() {
		return false
	}
	pair.Sents = sc.sentsOf(sp, dp, &pair)
	if !halfSure(pair.Sents) || sentCost(pair.Sents) >= sentCost(sc.sentsOf(sp, dp, &a))+sentCost(sc.sentsOf(sp, dp, &b)) {
		return false
	}
	pair.Cost = sentCost(pair.Sents)
	p.Blocks[i] = pair
	p.Blocks = append(p.Blocks[:i+1], p.Blocks[i+2:]...)
	return true
}

// halfSure reports whether sents pairs sentences, half of its pairings or more
// at less than the cost of leaving one of their sentences out (gapCost):
// the programme pairs unrelated sentences at a little more than that
// rather than leave both out, which is no evidence that two paragraphs
// say one thing; a translation that renders one sentence loosely among
// others that match still does.
func halfSure(sents []SentLink) bool {
	paired, sure := 0, 0
	for _, s := range sents {
		if len(s.Source) > 0 && len(s.Target) > 0 {
			paired++
			if s.Cost < gapCost {
				sure++
			}
		}
	}
	return paired > 0 && 2*sure >= paired
}

// sentCost is the total cost of a sentence alignment.
func sentCost(sents []SentLink) float64 {
	c := 0.0
	for _, s := range sents {
		c += s.Cost
	}
	return c
}

// sentences returns the number of sentences of blocks.
func (dp *docProfiles) sentences(blocks []int) int {
	n := 0
	for _, bi := range blocks {
		n += len(dp.d.Blocks[bi].Sentences)
	}
	return n
}

func sentUnits(dp *docProfiles, blocks []int) ([]Ref, []*unit) {
	var refs []Ref
	var us []*unit
	for _, bi := range blocks {
		for si := range dp.d.Blocks[bi].Sentences {
			refs = append(refs, Ref{Block: bi, Index: si})
			us = append(us, dp.sentUnit(bi, si))
		}
	}
	return refs, us
}

func sentLinks(s align.Script, xr, yr []Ref) []SentLink {
	out := make([]SentLink, len(s))
	// The links' sentences, cut from one slice: each link's full, so
	// that appending to one copies it.
	n := 0
	for _, st := range s {
		n += st.X.Len() + st.Y.Len()
	}
	refs := make([]Ref, 0, n)
	cut := func(rs []Ref) []Ref {
		if len(rs) == 0 {
			return nil
		}
		k := len(refs)
		refs = append(refs, rs...)
		return refs[k:len(refs):len(refs)]
	}
	for i, st := range s {
		out[i].Source = cut(xr[st.X.Lo:st.X.Hi])
		out[i].Target = cut(yr[st.Y.Lo:st.Y.Hi])
		out[i].Cost = st.Cost
	}
	return out
}

// alignItems aligns the cited works of two footnotes. A work the
// translation lists twice where the source lists it once is left out of
// the programme (it would pair with the neighbour of the original) and
// comes back as an item with no counterpart, right after its first
// listing's link.
func alignItems(sc *scorer, sp, dp *docProfiles, sb, db int) []SentLink {
	var xr, yr []Ref
	var xs, ys []*unit
	srcDup := false
	sw, sdups := sp.worksOf(sb)
	for i, p := range sw {
		xr = append(xr, Ref{Block: sb, Index: i})
		xs = append(xs, newUnit(p, doc.FootnoteDef))
		if sdups[i] >= 0 {
			srcDup = true
		}
	}
	dw, dups := dp.worksOf(db)
	var extra []Ref
	for i, p := range dw {
		if dups[i] >= 0 && !srcDup {
			extra = append(extra, Ref{Block: db, Index: i})
			continue
		}
		yr = append(yr, Ref{Block: db, Index: i})
		ys = append(ys, newUnit(p, doc.FootnoteDef))
	}
	links := sentLinks(sc.align(xs, ys, anchors(xs, ys)), xr, yr)
	if len(extra) == 0 {
		return links
	}
	// Put each extra work after the last link whose target work comes
	// before it: both lists are in order.
	out := make([]SentLink, 0, len(links)+len(extra))
	k := 0
	for _, l := range links {
		for k < len(extra) && len(l.Target) > 0 && l.Target[0].Index > extra[k].Index {
			out = append(out, SentLink{Target: []Ref{extra[k]}})
			k++
		}
		out = append(out, l)
	}
	for ; k < len(extra); k++ {
		out = append(out, SentLink{Target: []Ref{extra[k]}})
	}
	return out
}

// unitLens maps block indexes to the lengths of their units.
// notProse reports the blocks of code, markup and table rows among the
// units of the source (sb, su) and of the target (db, du), by block index.
func notProse(sb []int, su []*unit, db []int, du []*unit) func(source bool, block int) bool {
	set := func(idx []int, us []*unit) map[int]bool {
		m := map[int]bool{}
		for k, i := range idx {
			if structClass(us[k].kind) != doc.Paragraph {
				m[i] = true
			}
		}
		return m
	}
	src, dst := set(sb, su), set(db, du)
	return func(source bool, block int) bool {
		if source {
			return src[block]
		}
		return dst[block]
	}
}

func unitLens(idx []int, us []*unit) map[int]int {
	m := make(map[int]int, len(idx))
	for k, i := range idx {
		m[i] = us[k].f.len
	}
	return m
}
