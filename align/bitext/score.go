package bitext

import (
	"math"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// unit is one thing to align: a block, a sentence or a cited work.
type unit struct {
	text  string
	kind  doc.Kind
	num   int // footnote number for footnote definitions, 0 otherwise
	f     feature.Features
	words []string // lower-cased words, for the lexicon

	stemList []string // stems of words, computed on first use
	lx       *lexUnit // the lexicon's view, computed on first use
}

// stems returns the distinct stems of the unit's words (see stems).
func (u *unit) stems() []string {
	if u.stemList == nil {
		u.stemList = stemsOf(u.words)
	}
	return u.stemList
}

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

	memo    map[[2]*unit][2]uint64 // lexicon matches of a source and a target unit
	memoLex *Lexicon               // the lexicon memo was computed with
}

// lexEvidence is the evidence of the lexicon that xs and ys translate each
// other, as a log-likelihood ratio against unrelated text (see Lexicon),
// scaled for the level.
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
func (s *scorer) lexEvidence(xs, ys []*unit) float64 {
	l := s.lex
	if len(xs) > maxMerge || len(ys) > maxMerge {
		return 0
	}
	if s.memoLex != l || s.memo == nil {
		s.memo, s.memoLex = map[[2]*unit][2]uint64{}, l
	}
	var lxs, lys [maxMerge]*lexUnit
	var mx, my [maxMerge]uint64
	for i, x := range xs {
		lxs[i] = l.lexOf(x, true)
	}
	for j, y := range ys {
		lys[j] = l.lexOf(y, false)
	}
	for i, x := range xs {
		for j, y := range ys {
			k := [2]*unit{x, y}
			m, ok := s.memo[k]
			if !ok {
				m = [2]uint64{matches(lxs[i], lys[j]), matches(lys[j], lxs[i])}
				s.memo[k] = m
			}
			mx[i] |= m[0]
			my[j] |= m[1]
		}
	}
	ex, nx := evidence(lxs[:len(xs)], mx[:len(xs)])
	ey, ny := evidence(lys[:len(ys)], my[:len(ys)])
	if s.level != levelSentence {
		return math.Max(0, (ex+ey)/2)
	}
	if nx+ny == 0 {
		return 0
	}
	e := (ex + ey) / math.Sqrt(float64(nx+ny))
	// In a merge, each merged sentence must bring its own support: one
	// whose known words find no translation on the other side is a
	// sentence with no counterpart, not half of a merge.
	if len(xs) > 1 {
		e -= unsupported(lxs[:len(xs)], mx[:len(xs)])
	}
	if len(ys) > 1 {
		e -= unsupported(lys[:len(ys)], my[:len(ys)])
	}
	return e
}

// unsupported is the penalty for the units of a merge whose known words
// (three or more) mostly found no translation: their negative evidence,
// counted in full.
func unsupported(us []*lexUnit, masks []uint64) float64 {
	p := 0.0
	for k := range us {
		e, n := evidence(us[k:k+1], masks[k:k+1])
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
		return gapCost * (1 - math.Exp(-float64(u.f.Len+1)/gapLetters))
	}
	return gapCost
}

// normalTail returns -ln(2(1-Φ(|z|))), the cost of a length deviation of z
// standard deviations.
func normalTail(z float64) float64 {
	p := math.Erfc(math.Abs(z) / math.Sqrt2)
	if p < 1e-30 {
		p = 1e-30
	}
	return -math.Log(p)
}

// lengthZ is the Gale & Church deviation of target length l2 from the
// length expected for source length l1.
func (s *scorer) lengthZ(l1, l2 int) float64 {
	mean := (float64(l1) + float64(l2)/s.ratio) / 2
	if mean < 1 {
		mean = 1
	}
	return (float64(l2) - s.ratio*float64(l1)) / math.Sqrt(lengthVariance*s.ratio*mean)
}

// merged returns the features of us read one after the other.
func merged(us []*unit) feature.Features {
	f := us[0].f
	for _, u := range us[1:] {
		f = feature.Merge(f, u.f)
	}
	return f
}

// pairCost prices source units xs against target units ys (both
// non-empty), whose features read together are fx and fy.
func (s *scorer) pairCost(xs, ys []*unit, fx, fy feature.Features) float64 {
	c := s.prior(len(xs), len(ys))
	lc := normalTail(s.lengthZ(fx.Len, fy.Len))
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
		for _, u := range append(xs[1:len(xs):len(xs)], ys[1:]...) {
			if u.kind.IsHeadingLike() {
				c += headingKindCost // a heading merged into running text
			}
		}
	}
	if s.level == levelNote {
		// Notes are numbered: the same number is strong evidence.
		if len(xs) == 1 && len(ys) == 1 && xs[0].num == ys[0].num && xs[0].num != 0 {
			c -= noteNumberBonus
		}
	}
	if s.lex != nil {
		c -= s.lexEvidence(xs, ys)
	}
	return c
}

// anchorCost is the evidence of the anchors the two sides share, as a cost:
// negative for shared anchors, positive for anchors on one side only.
func anchorCost(fx, fy feature.Features) float64 {
	c := 0.0
	if t := len(fx.Markers) + len(fy.Markers); t > 0 {
		m := feature.CommonInts(fx.Markers, fy.Markers)
		c += markerMiss*float64(t-2*m) - markerHit*float64(m)
	}
	if t := len(fx.Numbers) + len(fy.Numbers); t > 0 {
		m := feature.Common(fx.Numbers, fy.Numbers)
		c += numberMiss*float64(t-2*m) - numberHit*float64(m)
	}
	if t := len(fx.URLs) + len(fy.URLs); t > 0 {
		m := feature.Common(fx.URLs, fy.URLs)
		c += urlMiss*float64(t-2*m) - urlHit*float64(m)
	}
	if t := len(fx.Names) + len(fy.Names); t > 0 {
		m := feature.Common(fx.Names, fy.Names)
		c += nameMiss*float64(t-2*m) - nameHit*float64(m)
	}
	if d := fx.Bangs - fy.Bangs; d != 0 {
		c += markWeight * math.Abs(float64(d))
	} else if fx.Bangs > 0 {
		c -= markWeight
	}
	if d := fx.Question - fy.Question; d != 0 {
		c += markWeight * math.Abs(float64(d))
	} else if fx.Question > 0 {
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

// align runs the dynamic programme over two unit sequences.
func (s *scorer) align(xs, ys []*unit) align.Script {
	// The features of each range of units, merged once: a range takes
	// part in many steps.
	type span struct {
		src    bool
		lo, hi int
	}
	feats := map[span]feature.Features{}
	features := func(us []*unit, r align.Range, src bool) feature.Features {
		if r.Len() == 1 {
			return us[r.Lo].f
		}
		k := span{src, r.Lo, r.Hi}
		f, ok := feats[k]
		if !ok {
			f = merged(us[r.Lo:r.Hi])
			feats[k] = f
		}
		return f
	}
	cost := func(xr, yr align.Range) (float64, bool) {
		switch {
		case xr.Len() == 0 && yr.Len() == 0:
			return 0, false
		case xr.Len() == 0 || yr.Len() == 0:
			c := 0.0
			for _, u := range xs[xr.Lo:xr.Hi] {
				c += s.gapUnit(u)
			}
			for _, u := range ys[yr.Lo:yr.Hi] {
				c += s.gapUnit(u)
			}
			return c, true
		}
		c := s.pairCost(xs[xr.Lo:xr.Hi], ys[yr.Lo:yr.Hi], features(xs, xr, true), features(ys, yr, false))
		c += repeatPenalty(xs, xr) + repeatPenalty(ys, yr)
		if s.level == levelSentence && xr.Len() == 1 && yr.Len() == 1 {
			// Two sentences in the same place are a poor translation of
			// each other rather than one dropped and another added.
			c = math.Min(c, s.gapUnit(xs[xr.Lo])+s.gapUnit(ys[yr.Lo])-substitutionMargin)
		}
		return c, true
	}
	return align.Sequences(len(xs), len(ys), cost, &align.Options{Moves: s.moves()})
}

// repeatPenalty keeps a unit that repeats its neighbour out of a merge: a
// sentence written twice is an added sentence, not half of a split.
func repeatPenalty(us []*unit, r align.Range) float64 {
	for i := r.Lo + 1; i < r.Hi; i++ {
		if len(us[i].words) >= repeatMinWords && sameWords(us[i].words, us[i-1].words) {
			return repeatCost
		}
	}
	return 0
}

func sameWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
