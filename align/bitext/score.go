package bitext

import (
	"math"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
)

// unit is one thing to align: a block, a sentence or a cited work.
type unit struct {
	text  string
	kind  doc.Kind
	num   int // footnote number for footnote definitions, 0 otherwise
	f     Features
	words []string // lower-cased words, for the lexicon
}

// Level says what is being aligned; each level has its own move priors.
type Level int

// Alignment levels.
const (
	LevelBlock Level = iota
	LevelNote
	LevelSentence
	LevelItem
)

// scorer prices a pairing of source units with target units. Costs are
// negative log-likelihoods: the length ratio (Gale & Church) and the move's
// prior, minus the evidence of shared markers, numbers, links and names.
type scorer struct {
	ratio float64 // target length per source length, letters and digits
	s2    float64 // variance of the target length per source letter
	level Level
	lex   *Lexicon
}

// Move priors as costs (-ln P).
func (s *scorer) prior(nx, ny int) float64 {
	switch {
	case nx == 1 && ny == 1:
		return 0.1
	case nx == 0 || ny == 0:
		return 0 // the gap cost is added by gapCost
	case nx == 2 && ny == 2:
		return 6
	}
	if s.level == LevelSentence {
		return 2.6
	}
	return 5.0
}

const gapCost = 5.0

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
	return (float64(l2) - s.ratio*float64(l1)) / math.Sqrt(s.s2*s.ratio*mean)
}

// pairCost prices source units xs against target units ys (both non-empty).
func (s *scorer) pairCost(xs, ys []*unit) float64 {
	fx, fy := xs[0].f, ys[0].f
	for _, u := range xs[1:] {
		fx = Merge(fx, u.f)
	}
	for _, u := range ys[1:] {
		fy = Merge(fy, u.f)
	}
	c := s.prior(len(xs), len(ys))
	lc := normalTail(s.lengthZ(fx.Len, fy.Len))
	if s.level != LevelSentence && lc > 3 {
		// A paragraph that lost a sentence is still that paragraph: past
		// three, length counts for less than the content that matches.
		lc = 3 + 0.3*(lc-3)
	}
	c += lc
	c += repeatPenalty(xs) + repeatPenalty(ys)
	c += anchorCost(fx, fy)
	// Block kinds must agree: a heading is not a paragraph.
	if s.level == LevelBlock {
		kx, ky := xs[0].kind, ys[0].kind
		if kx.IsHeadingLike() != ky.IsHeadingLike() {
			c += 3
		}
		for _, u := range append(xs[1:len(xs):len(xs)], ys[1:]...) {
			if u.kind.IsHeadingLike() {
				c += 3 // a heading merged into running text
			}
		}
	}
	if s.level == LevelNote {
		// Notes are numbered: the same number is strong evidence.
		if len(xs) == 1 && len(ys) == 1 && xs[0].num == ys[0].num && xs[0].num != 0 {
			c -= 4
		}
	}
	if s.lex != nil {
		c -= s.lex.similarity(xs, ys) * 6
	}
	return c
}

// anchorCost is the evidence of the anchors the two sides share, as a cost:
// negative for shared anchors, positive for anchors on one side only.
func anchorCost(fx, fy Features) float64 {
	c := 0.0
	if t := len(fx.Markers) + len(fy.Markers); t > 0 {
		m := commonInts(fx.Markers, fy.Markers)
		c += 1.0*float64(t-2*m) - 2.0*float64(m)
	}
	if t := len(fx.Numbers) + len(fy.Numbers); t > 0 {
		m := common(fx.Numbers, fy.Numbers)
		c += 0.6*float64(t-2*m) - 1.5*float64(m)
	}
	if t := len(fx.URLs) + len(fy.URLs); t > 0 {
		m := common(fx.URLs, fy.URLs)
		c += 1.0*float64(t-2*m) - 3.0*float64(m)
	}
	if t := len(fx.Names) + len(fy.Names); t > 0 {
		m := common(fx.Names, fy.Names)
		c += 0.15*float64(t-2*m) - 1.0*float64(m)
	}
	if d := fx.Bangs - fy.Bangs; d != 0 {
		c += 0.5 * math.Abs(float64(d))
	} else if fx.Bangs > 0 {
		c -= 0.5
	}
	if d := fx.Question - fy.Question; d != 0 {
		c += 0.5 * math.Abs(float64(d))
	} else if fx.Question > 0 {
		c -= 0.5
	}
	return c
}

// moves returns the moves allowed at a level.
func (s *scorer) moves() []align.Move {
	ms := []align.Move{{X: 1, Y: 1}, {X: 1, Y: 0}, {X: 0, Y: 1}, {X: 2, Y: 1}, {X: 1, Y: 2}}
	if s.level == LevelSentence {
		ms = append(ms, align.Move{X: 2, Y: 2}, align.Move{X: 3, Y: 1}, align.Move{X: 1, Y: 3})
	}
	return ms
}

// align runs the dynamic programme over two unit sequences.
func (s *scorer) align(xs, ys []*unit) align.Script {
	cost := func(xr, yr align.Range) (float64, bool) {
		switch {
		case xr.Len() == 0 && yr.Len() == 0:
			return 0, false
		case xr.Len() == 0 || yr.Len() == 0:
			return gapCost * float64(xr.Len()+yr.Len()), true
		}
		return s.pairCost(xs[xr.Lo:xr.Hi], ys[yr.Lo:yr.Hi]), true
	}
	return align.Sequences(len(xs), len(ys), cost, &align.Options{Moves: s.moves()})
}

// repeatPenalty keeps a unit that repeats its neighbour out of a merge: a
// sentence written twice is an added sentence, not half of a split.
func repeatPenalty(us []*unit) float64 {
	for i := 1; i < len(us); i++ {
		if len(us[i].words) >= 3 && sameWords(us[i].words, us[i-1].words) {
			return 8
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
