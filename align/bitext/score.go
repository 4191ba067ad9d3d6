package bitext

import (
	"math"
	"sync"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// level says what is being aligned; each level has its own move priors.
type level int

// Alignment levels.
const (
	levelBlock level = iota
	levelNote
	levelSentence
	levelItem
)

// scorer prices a pairing of source units with target units. Costs are
// negative log-likelihoods: the length ratio (Gale & Church) and the move's
// prior, minus the evidence of shared markers, numbers, links and names,
// and once a lexicon is learned, minus the evidence of words that
// translate each other.
type scorer struct {
	ratio float64 // target length per source length, letters and digits
	level level
	lex   *Lexicon
	// wide is for sentences segmented by another tool (or by hand, or
	// from OCR), as AlignSentences takes them: they are cut in places the
	// translation's segmentation does not follow, so merges of up to five
	// sentences (2-3, 3-2, 1-4, 4-1) are allowed and 2-2 costs no more
	// than other merges of four; and a line with next to no letters is
	// cheap to leave out (see gapUnit). Our own segmenter cuts both
	// versions of a document alike: inside a pair of paragraphs such
	// merges would swallow a missing sentence, and a stray "1." left out
	// would be reported as an extra sentence.
	wide bool

	m *model // the calibrated model of sentence beads, if set

	workers int // the most goroutines one alignment runs on; 0 means 1
}

// run holds the state of one alignment of two unit sequences: scratch
// space for merged features and a cache of the lexicon's matches between
// pairs of units, so that the cost function allocates nothing.
type run struct {
	s      *scorer
	xs, ys []*unit
	tmp    []uint64 // scratch for merging

	// The features of runs of units read together, as ring caches like
	// that of the matches: mx[(lo%cacheRows)*maxMerge+n-1] holds
	// xs[lo:lo+n], my[(lo%cacheCols)*maxMerge+n-1] ys[lo:lo+n]. The
	// programme takes the runs of x of one row, then of the rows above;
	// those of y along a band a little wider than a row. A run of one
	// unit is cached only when the run splits names (see splitNames).
	mx, my []mergedEntry

	// cache[(i%8)*cacheCols + j%cacheCols] holds the lexicon matches of
	// xs[i] and ys[j]: the programme visits the cells of a few rows at a
	// time, and a row's columns lie within a band narrower than
	// cacheCols, so a pair is computed once and seldom evicted.
	cache     []matchEntry
	cacheCols int

	// Scratch for the lexicon's views of the units, kept for the next
	// run: the views themselves live in storage of their own.
	viewKnown []*wordModel
	viewTrans []transBit

	// The names of each unit of xs and ys split by the other side, when
	// the run splits them (see splitNames); nil when it reads the units'
	// own. A fork reads its parent's.
	splitX, splitY []nameSplit
	// The storage of a run's own splits and of their names, and the
	// filters that split them, kept for the next run.
	splitXRoom, splitYRoom []nameSplit
	nameRoom               []uint64
	filter                 keyFilter
}

// nameSplit holds the names of a unit as a run reads them: those the
// other side of the run may have, and those it surely lacks, each sorted.
type nameSplit struct {
	names, lone []uint64
}

type mergedEntry struct {
	lo   int32 // the run starts here, -1 for an empty entry
	f    feats
	lone []uint64 // of a run of two units or more: the names counted in f.lone, sorted
}

type matchEntry struct {
	i, j   int32
	mx, my uint64 // known words of xs[i] with a translation in ys[j], and the other way
}

// cacheRows is the number of rows of x the match cache holds, a power of
// two above maxMerge.
const cacheRows = 8

func (s *scorer) newRun(xs, ys []*unit) *run {
	// The caches of a run are taken from those of runs done, to keep
	// the slices of the features they hold.
	r := s.emptyRun(xs, ys)
	if s.lex != nil {
		a := viewArena{known: r.viewKnown, trans: r.viewTrans}
		for _, u := range xs {
			s.lex.view(u, true, &a)
		}
		for _, u := range ys {
			s.lex.view(u, false, &a)
		}
		clear(a.known[:cap(a.known)]) // no run in the pool holds on to a lexicon
		r.viewKnown, r.viewTrans = a.known, a.trans
	}
	return r
}

// fork returns a run over the units of r with caches of its own, to price
// cells beside r on another goroutine.
func (r *run) fork() *run {
	f := r.s.emptyRun(r.xs, r.ys)
	f.splitX, f.splitY = r.splitX, r.splitY
	return f
}

// emptyRun returns a run over xs and ys with empty caches, leaving the
// units' views of the lexicon as they are.
func (s *scorer) emptyRun(xs, ys []*unit) *run {
	r := runs.Get().(*run)
	r.s, r.xs, r.ys = s, xs, ys
	r.splitX, r.splitY = nil, nil
	cols := 8
	for cols < min(len(ys)+maxMerge, maxCacheCols) {
		cols *= 2
	}
	r.cacheCols = cols
	r.mx = resize(r.mx, cacheRows*maxMerge)
	r.my = resize(r.my, cols*maxMerge)
	for k := range r.mx {
		r.mx[k].lo = -1
	}
	for k := range r.my {
		r.my[k].lo = -1
	}
	if s.lex != nil {
		r.cache = resize(r.cache, cacheRows*cols)
		for k := range r.cache {
			r.cache[k].i = -1
		}
	}
	return r
}

// release gives r's caches to later runs; r is not used after.
func (r *run) release() {
	r.s, r.xs, r.ys, r.splitX, r.splitY = nil, nil, nil, nil, nil
	// An entry of one unit holds the unit's own slices: no run in the
	// pool holds on to a document.
	for _, c := range [][]mergedEntry{r.mx, r.my} {
		for k := 0; k < len(c); k += maxMerge {
			c[k].f = feats{}
		}
	}
	runs.Put(r)
}

// runs holds the runs done, for their caches.
var runs = sync.Pool{New: func() any { return new(run) }}

// resize returns s with n elements, reusing its array when it is large
// enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// maxCacheCols bounds the columns of the match cache.
const maxCacheCols = 4096

// matches returns the known words of xs[i] with a translation in ys[j],
// and those of ys[j] with a translation in xs[i], as masks.
func (r *run) matches(i, j int) (uint64, uint64) {
	e := &r.cache[(i%cacheRows)*r.cacheCols+j%r.cacheCols]
	if int(e.i) != i || int(e.j) != j {
		x, y := &r.xs[i].lx, &r.ys[j].lx
		*e = matchEntry{i: int32(i), j: int32(j), mx: matches(x, y), my: matches(y, x)}
	}
	return e.mx, e.my
}

// lexEvidence is the evidence of the lexicon that xs[xr] and ys[yr]
// translate each other, as a log-likelihood ratio against unrelated text
// (see Lexicon), scaled for the level.
//
// Sentences: the evidence of the source words plus that of the target
// words, divided by the square root of their number. The words of a
// sentence are far from independent, so evidence grows with the square
// root of the words that give it rather than with their number; a merge
// of two sentences then earns more than one of them only when the second
// brings words that find their translation, and a unit with nothing in
// common with the other side loses.
//
// Blocks and notes: the mean of the two sides' evidence, never below zero.
// A paragraph that lost or gained a sentence is still that paragraph:
// what matches counts, what is missing is the sentence aligner's business.
func (r *run) lexEvidence(xr, yr align.Range) float64 {
	if xr.Len() > maxMerge || yr.Len() > maxMerge {
		return 0
	}
	var mx, my [maxMerge]uint64
	for i := xr.Lo; i < xr.Hi; i++ {
		for j := yr.Lo; j < yr.Hi; j++ {
			a, b := r.matches(i, j)
			mx[i-xr.Lo] |= a
			my[j-yr.Lo] |= b
		}
	}
	ex, nx := 0.0, 0
	for k, u := range r.xs[xr.Lo:xr.Hi] {
		e, n := u.lx.evidence(mx[k])
		ex, nx = ex+e, nx+n
	}
	ey, ny := 0.0, 0
	for k, u := range r.ys[yr.Lo:yr.Hi] {
		e, n := u.lx.evidence(my[k])
		ey, ny = ey+e, ny+n
	}
	if r.s.level != levelSentence {
		return math.Max(0, (ex+ey)/2)
	}
	if nx+ny == 0 {
		return 0
	}
	e := (ex + ey) / math.Sqrt(float64(nx+ny))
	// In a merge, each merged sentence must bring its own support: one
	// whose known words find no translation on the other side is a
	// sentence with no counterpart, not half of a merge.
	if xr.Len() > 1 {
		e -= unsupported(r.xs[xr.Lo:xr.Hi], mx[:xr.Len()])
	}
	if yr.Len() > 1 {
		e -= unsupported(r.ys[yr.Lo:yr.Hi], my[:yr.Len()])
	}
	return e
}

// unsupported is the penalty for the units of a merge whose known words
// (three or more) mostly found no translation: their negative evidence,
// counted in full.
func unsupported(us []*unit, masks []uint64) float64 {
	p := 0.0
	for k, u := range us {
		e, n := u.lx.evidence(masks[k])
		if n >= unsupportedMinWords && e < 0 {
			p -= e
		}
	}
	return p
}

// maxMerge is the most units one side of a step may hold.
const maxMerge = 4

// prior returns the cost of a move (-ln P, up to a constant) before any
// evidence. Gaps are priced by gapUnit.
func (s *scorer) prior(nx, ny int) float64 {
	switch {
	case nx == 1 && ny == 1:
		return prior11
	case nx == 0 || ny == 0:
		return 0
	}
	if nx == 2 && ny == 2 && !s.wide {
		// Two sentences cut in different places, which one segmenter
		// seldom does to two versions, or two poor pairs.
		return prior22
	}
	if s.level == levelSentence {
		// Splits and merges of sentences are common (a translator joins
		// two short sentences, or a segmenter cuts at an abbreviation):
		// each unit beyond the second costs one more.
		return priorMergeSentence + priorMergeSentenceStep*float64(nx+ny-3)
	}
	return priorMergeBlock
}

// gapUnit returns the cost of leaving u without counterpart. For wide
// alignments a unit with next to no letters (a stray mark, a page number,
// a line of OCR noise) costs less: as in Gale & Church, the shorter the
// unit, the less its length says against leaving it out, and merging it
// into a neighbour would otherwise cost nearly nothing.
func (s *scorer) gapUnit(u *unit) float64 {
	if s.wide {
		return gapCost * (1 - math.Exp(-float64(u.f.len+1)/gapLetters))
	}
	return gapCost
}

// normalTail returns -ln(2(1-Φ(|z|))), the cost of a length deviation of z
// standard deviations, from a table (see tailTable).
func normalTail(z float64) float64 {
	x := math.Abs(z) * tailSteps
	k := int(x)
	if k >= len(tailTable)-1 {
		return tailTable[len(tailTable)-1]
	}
	f := x - float64(k)
	return tailTable[k] + f*(tailTable[k+1]-tailTable[k])
}

// exactTail is normalTail computed.
func exactTail(z float64) float64 {
	p := math.Erfc(math.Abs(z) / math.Sqrt2)
	if p < 1e-30 {
		p = 1e-30
	}
	return -math.Log(p)
}

// tailTable holds exactTail at every 1/tailSteps standard deviation up
// to tailMax, past the floor of 1e-30 the tail reaches at 11.4; between
// two entries normalTail interpolates, within 4e-5 below 11.
var tailTable = func() []float64 {
	t := make([]float64, tailMax*tailSteps+2)
	for k := range t {
		t[k] = exactTail(float64(k) / tailSteps)
	}
	return t
}()

const (
	tailSteps = 64
	tailMax   = 12
)

// lengthZ is the Gale & Church deviation of target length l2 from the
// length expected for source length l1.
func (s *scorer) lengthZ(l1, l2 int) float64 {
	mean := (float64(l1) + float64(l2)/s.ratio) / 2
	if mean < 1 {
		mean = 1
	}
	return (float64(l2) - s.ratio*float64(l1)) / math.Sqrt(lengthVariance*s.ratio*mean)
}

// featsX returns the features of xs[xr] read together.
func (r *run) featsX(xr align.Range) *feats {
	return r.feats(r.mx, cacheRows, r.xs, r.splitX, xr)
}

// featsY returns the features of ys[yr] read together.
func (r *run) featsY(yr align.Range) *feats {
	return r.feats(r.my, r.cacheCols, r.ys, r.splitY, yr)
}

// feats returns the features of units us[ur] read together, from cache c
// of rows runs of each length; split, if not nil, holds the names of us
// as the run reads them.
func (r *run) feats(c []mergedEntry, rows int, us []*unit, split []nameSplit, ur align.Range) *feats {
	if ur.Len() == 1 && split == nil {
		return &us[ur.Lo].f
	}
	if ur.Len() > maxMerge {
		// Longer than any move of the programme (a block's sentences
		// priced whole): not cached.
		e := &mergedEntry{}
		r.merge(e, us, split, ur)
		return &e.f
	}
	e := &c[(ur.Lo%rows)*maxMerge+ur.Len()-1]
	if int(e.lo) != ur.Lo {
		e.lo = int32(ur.Lo)
		r.merge(e, us, split, ur)
	}
	return &e.f
}

// merge sets e to the features of units us[ur] read one after the
// other, with their names as split holds them if it is not nil: only the
// lone names' number is in the features. A run of two units or more
// reuses e's slices; one of a single unit holds the unit's own and the
// split's.
func (r *run) merge(e *mergedEntry, us []*unit, split []nameSplit, ur align.Range) {
	names := func(i int) nameSplit {
		if split == nil {
			return nameSplit{names: us[i].f.names}
		}
		return split[i]
	}
	dst, f, sp := &e.f, &us[ur.Lo].f, names(ur.Lo)
	if ur.Len() == 1 {
		*dst = *f
		dst.names, dst.lone = sp.names, len(sp.lone)
		return
	}
	dst.len, dst.bangs, dst.question = f.len, f.bangs, f.question
	dst.markers = append(dst.markers[:0], f.markers...)
	dst.numbers = append(dst.numbers[:0], f.numbers...)
	dst.urls = append(dst.urls[:0], f.urls...)
	dst.names = append(dst.names[:0], sp.names...)
	e.lone = append(e.lone[:0], sp.lone...)
	for i := ur.Lo + 1; i < ur.Hi; i++ {
		g, sp := &us[i].f, names(i)
		dst.len += g.len
		dst.bangs += g.bangs
		dst.question += g.question
		dst.markers = r.add(dst.markers, g.markers, false)
		dst.numbers = r.add(dst.numbers, g.numbers, false)
		dst.urls = r.add(dst.urls, g.urls, false)
		dst.names = r.add(dst.names, sp.names, true)
		e.lone = r.add(e.lone, sp.lone, true)
	}
	dst.lone = len(e.lone)
}

// splitNames makes the run read the names of each unit split in two,
// once: those the other side of the run may have, and those it surely
// has nowhere (lone, only counted). A lone name matches no unit of the
// other side, so the names two runs of units have in common are found
// among the others alone, and comparing shorter lists is what makes it
// pay: about a third of the names of a paragraph of a generated book are
// found on the other side, three fifths of those of a long one-line
// document. A name the filter wrongly says the other side may have stays
// among those compared, which changes no count.
func (r *run) splitNames() {
	n := 0
	for _, us := range [][]*unit{r.xs, r.ys} {
		for _, u := range us {
			n += len(u.f.names)
		}
	}
	// Every name lands in room, made to size: the splits are slices of it.
	room := resize(r.nameRoom, n)[:0]
	r.splitXRoom, room = r.splitBy(resize(r.splitXRoom, len(r.xs)), r.xs, r.ys, room)
	r.splitYRoom, room = r.splitBy(resize(r.splitYRoom, len(r.ys)), r.ys, r.xs, room)
	r.splitX, r.splitY, r.nameRoom = r.splitXRoom, r.splitYRoom, room
}

// splitBy sets dst[i] to the names of us[i] split by whether other may
// have them, appending the names to room, and returns dst and room.
func (r *run) splitBy(dst []nameSplit, us, other []*unit, room []uint64) ([]nameSplit, []uint64) {
	n := 0
	for _, u := range other {
		n += len(u.f.names)
	}
	f := &r.filter
	f.reset(n)
	for _, u := range other {
		for _, k := range u.f.names {
			f.add(k)
		}
	}
	for i, u := range us {
		start := len(room)
		for _, k := range u.f.names {
			if f.mayHave(k) {
				room = append(room, k)
			}
		}
		mid := len(room)
		for _, k := range u.f.names {
			if !f.mayHave(k) {
				room = append(room, k)
			}
		}
		dst[i] = nameSplit{names: room[start:mid:mid], lone: room[mid:len(room):len(room)]}
	}
	return dst, room
}

// add returns the sorted union of set and more, in set's space; unique
// keeps one of each value.
func (r *run) add(set, more []uint64, unique bool) []uint64 {
	if len(more) == 0 {
		return set
	}
	r.tmp = append(r.tmp[:0], set...)
	set = appendMerged(set[:0], r.tmp, more)
	if unique {
		set = compact(set)
	}
	return set
}

// compact removes repeats from a sorted slice.
func compact(s []uint64) []uint64 {
	if len(s) < 2 {
		return s
	}
	k := 1
	for _, v := range s[1:] {
		if v != s[k-1] {
			s[k] = v
			k++
		}
	}
	return s[:k]
}

// pairCost prices source units xs[xr] against target units ys[yr] (both
// non-empty).
func (r *run) pairCost(xr, yr align.Range) float64 {
	s := r.s
	xs, ys := r.xs[xr.Lo:xr.Hi], r.ys[yr.Lo:yr.Hi]
	fx, fy := r.featsX(xr), r.featsY(yr)
	c := s.prior(len(xs), len(ys))
	lc := normalTail(s.lengthZ(fx.len, fy.len))
	if s.level != levelSentence && lc > blockLengthKnee {
		// A paragraph that lost a sentence is still that paragraph: past
		// three, length counts for less than the content that matches.
		lc = blockLengthKnee + blockLengthSlope*(lc-blockLengthKnee)
	}
	c += lc
	c += anchorCost(fx, fy)
	// Block kinds must agree: a heading is not a paragraph.
	if s.level == levelBlock {
		kx, ky := xs[0].kind, ys[0].kind
		if kx.IsHeadingLike() != ky.IsHeadingLike() {
			c += headingKindCost
		}
		for _, u := range xs[1:] {
			if u.kind.IsHeadingLike() {
				c += headingKindCost // a heading merged into running text
			}
		}
		for _, u := range ys[1:] {
			if u.kind.IsHeadingLike() {
				c += headingKindCost
			}
		}
		// Code, markup and table rows are not prose: a code sample pairs
		// with a code sample, and neither merges with running text.
		cx := structClass(kx)
		if structClass(ky) != cx {
			c += structKindCost
		}
		for _, u := range xs[1:] {
			if structClass(u.kind) != cx {
				c += structKindCost
			}
		}
		for _, u := range ys[1:] {
			if structClass(u.kind) != cx {
				c += structKindCost
			}
		}
		// A table keeps its rows: two rows made one is a broken table,
		// not a way of translating, so a row is missing rather than merged
		// with its neighbour, whatever the lengths say.
		if cx == doc.TableRow && (len(xs) > 1 || len(ys) > 1) {
			c += rowMergeCost
		}
	}
	if s.level == levelNote {
		// Notes are numbered: the same number is strong evidence.
		if len(xs) == 1 && len(ys) == 1 && xs[0].num == ys[0].num && xs[0].num != 0 {
			c -= noteNumberBonus
		}
	}
	if s.lex != nil {
		c -= r.lexEvidence(xr, yr)
	}
	return c
}

// structClass sorts block kinds into what may pair or merge with what:
// code, markup, table rows, and the rest (prose, in any kind: headings
// are priced apart).
func structClass(k doc.Kind) doc.Kind {
	switch k {
	case doc.Code, doc.Markup, doc.TableRow:
		return k
	}
	return doc.Paragraph
}

// anchorCost is the evidence of the anchors the two sides share, as a cost:
// negative for shared anchors, positive for anchors on one side only.
func anchorCost(fx, fy *feats) float64 {
	c := 0.0
	if t := len(fx.markers) + len(fy.markers); t > 0 {
		m := feature.Common(fx.markers, fy.markers)
		c += markerMiss*float64(t-2*m) - markerHit*float64(m)
	}
	if t := len(fx.numbers) + len(fy.numbers); t > 0 {
		m := feature.Common(fx.numbers, fy.numbers)
		c += numberMiss*float64(t-2*m) - numberHit*float64(m)
	}
	if t := len(fx.urls) + len(fy.urls); t > 0 {
		m := feature.Common(fx.urls, fy.urls)
		c += urlMiss*float64(t-2*m) - urlHit*float64(m)
	}
	if t := fx.nameCount() + fy.nameCount(); t > 0 {
		m := feature.Common(fx.names, fy.names)
		c += nameMiss*float64(t-2*m) - nameHit*float64(m)
	}
	if d := fx.bangs - fy.bangs; d != 0 {
		c += markWeight * math.Abs(float64(d))
	} else if fx.bangs > 0 {
		c -= markWeight
	}
	if d := fx.question - fy.question; d != 0 {
		c += markWeight * math.Abs(float64(d))
	} else if fx.question > 0 {
		c -= markWeight
	}
	return c
}

// moves returns the moves allowed at a level.
func (s *scorer) moves() []align.Move {
	ms := []align.Move{{X: 1, Y: 1}, {X: 1, Y: 0}, {X: 0, Y: 1}, {X: 2, Y: 1}, {X: 1, Y: 2}}
	if s.level == levelSentence {
		ms = append(ms, align.Move{X: 2, Y: 2}, align.Move{X: 3, Y: 1}, align.Move{X: 1, Y: 3})
		if s.wide {
			ms = append(ms, align.Move{X: 2, Y: 3}, align.Move{X: 3, Y: 2}, align.Move{X: 1, Y: 4}, align.Move{X: 4, Y: 1})
		}
	}
	return ms
}

// cost is the cost function of the programme over r's units.
func (r *run) cost(xr, yr align.Range) (float64, bool) {
	s := r.s
	switch {
	case xr.Len() == 0 && yr.Len() == 0:
		return 0, false
	case xr.Len() == 0 || yr.Len() == 0:
		c := 0.0
		for _, u := range r.xs[xr.Lo:xr.Hi] {
			c += s.gapUnit(u)
		}
		for _, u := range r.ys[yr.Lo:yr.Hi] {
			c += s.gapUnit(u)
		}
		if s.m != nil {
			c = c / gapCost * s.m.prior[xr.Len()][yr.Len()]
		}
		return c, true
	}
	if s.m != nil {
		return s.m.pairCost(r, xr, yr) + repeatPenalty(r.xs, xr) + repeatPenalty(r.ys, yr), true
	}
	c := r.pairCost(xr, yr)
	c += repeatPenalty(r.xs, xr) + repeatPenalty(r.ys, yr)
	if s.level == levelSentence && xr.Len() == 1 && yr.Len() == 1 {
		// Two sentences in the same place are a poor translation of
		// each other rather than one dropped and another added.
		c = math.Min(c, s.gapUnit(r.xs[xr.Lo])+s.gapUnit(r.ys[yr.Lo])-substitutionMargin)
	}
	return c, true
}

// align runs the dynamic programme over two unit sequences, in the band
// around the guide paths (anchors, earlier paths), or over the whole
// rectangle when it is small.
func (s *scorer) align(xs, ys []*unit, guide ...[]align.Point) align.Script {
	if len(guide) > 0 {
		if cuts := splitPoints(guide[0], len(xs), len(ys)); len(cuts) > 0 {
			return s.alignParts(xs, ys, guide, cuts)
		}
	}
	return s.alignPart(xs, ys, guide, max(s.workers, 1))
}

// alignPart runs the programme over xs and ys in one piece.
func (s *scorer) alignPart(xs, ys []*unit, guide [][]align.Point, workers int) align.Script {
	r := s.newRun(xs, ys)
	defer r.release()
	r.splitNames()
	var forks []*run
	defer func() {
		for _, f := range forks {
			f.release()
		}
	}()
	opts := &align.Options{Moves: s.moves(), Band: -1}
	if len(xs)*len(ys) > fullCells {
		if len(guide) == 0 || len(guide) == 1 && len(guide[0]) == 0 {
			// With no anchors the guide is the diagonal.
			guide = [][]align.Point{{{I: len(xs), J: len(ys)}}}
		}
		band := guideBand
		if s.wide {
			band = wideBand
		}
		opts = &align.Options{Moves: s.moves(), Guide: guide, Band: band, Reach: guideReach}
	}
	opts.Workers = workers
	opts.Fork = func() align.CostFunc {
		f := r.fork()
		forks = append(forks, f)
		return f.cost
	}
	return align.Sequences(len(xs), len(ys), r.cost, opts)
}

// splitPoints returns cells where a long programme may be cut in pieces
// that are aligned apart: points of the anchor chain at least splitRows
// apart whose neighbours on both sides are anchored one-to-one pairs too,
// so that the best path almost surely passes there (three consecutive
// sentences vouched for). It returns none for a programme shorter than
// twice splitRows.
func splitPoints(chain []align.Point, nx, ny int) []align.Point {
	if nx < 2*splitRows {
		return nil
	}
	var cuts []align.Point
	last := 0
	for k := 1; k+1 < len(chain); k++ {
		p := chain[k]
		if p.I-last < splitRows || nx-p.I < splitRows {
			continue
		}
		a, b := chain[k-1], chain[k+1]
		if a == (align.Point{I: p.I - 1, J: p.J - 1}) && b == (align.Point{I: p.I + 1, J: p.J + 1}) {
			cuts = append(cuts, p)
			last = p.I
		}
	}
	return cuts
}

// alignParts aligns the pieces of the programme between the cuts, on at
// most s.workers goroutines, and joins their scripts.
func (s *scorer) alignParts(xs, ys []*unit, guide [][]align.Point, cuts []align.Point) align.Script {
	ends := append(append([]align.Point{{}}, cuts...), align.Point{I: len(xs), J: len(ys)})
	parts := make([]align.Script, len(ends)-1)
	var wg sync.WaitGroup
	sem := make(chan struct{}, max(s.workers, 1))
	for k := range parts {
		lo, hi := ends[k], ends[k+1]
		// The guides inside the piece, from its corner.
		var g [][]align.Point
		for _, path := range guide {
			var q []align.Point
			for _, p := range path {
				if p.I >= lo.I && p.J >= lo.J && p.I <= hi.I && p.J <= hi.J {
					q = append(q, align.Point{I: p.I - lo.I, J: p.J - lo.J})
				}
			}
			g = append(g, q)
		}
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			parts[k] = s.alignPart(xs[lo.I:hi.I], ys[lo.J:hi.J], g, 1)
		})
	}
	wg.Wait()
	var out align.Script
	for k, part := range parts {
		lo := ends[k]
		for _, st := range part {
			st.X.Lo, st.X.Hi = st.X.Lo+lo.I, st.X.Hi+lo.I
			st.Y.Lo, st.Y.Hi = st.Y.Lo+lo.J, st.Y.Hi+lo.J
			out = append(out, st)
		}
	}
	return out
}

// repeatPenalty keeps a unit that repeats its neighbour out of a merge: a
// sentence written twice is an added sentence, not half of a split.
func repeatPenalty(us []*unit, r align.Range) float64 {
	for i := r.Lo + 1; i < r.Hi; i++ {
		a, b := us[i], us[i-1]
		if a.words >= repeatMinWords && a.words == b.words && a.seq == b.seq {
			return repeatCost
		}
	}
	return 0
}

// pairCostOf prices all of xs against all of ys as one pairing.
func (s *scorer) pairCostOf(xs, ys []*unit) float64 {
	r := s.newRun(xs, ys)
	defer r.release()
	return r.pairCost(align.Range{Lo: 0, Hi: len(xs)}, align.Range{Lo: 0, Hi: len(ys)})
}
