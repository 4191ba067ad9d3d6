package bitext

import (
	"math"
	"slices"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/feature"
)

// model prices sentence beads by what the pair of documents shows about
// itself. The cost of a bead is the negative logarithm of its move's
// prior probability less the evidence that its two sides translate each
// other: the log-likelihood ratio of what both sides hold (lengths,
// anchors, words the lexicon pairs) under "translations of each other"
// against "two sentences of these documents taken at random". A sentence
// left without counterpart has nothing to compare, so its bead costs its
// prior alone. Every parameter is measured on the documents themselves:
// the move priors on the moves of a first alignment, the length ratio and
// its spread, the weight of each kind of anchor and of the lexicon on its
// confident pairs against pairs shifted away from them.
type model struct {
	prior [maxMerge + 1][maxMerge + 1]float64 // -ln P(move): [source units][target units]

	ratio  float64 // target letters per source letter
	spread float64 // variance of the target length, per letter of the mean length and unit of ratio
	// Lengths of b consecutive target sentences (b from 1 to maxMerge):
	// the log-density of the logarithm of the length plus one, by bins of
	// lengthBin.
	random [maxMerge + 1][]float64

	lexScale float64 // weight of the lexicon's summed evidence, per nat

	anchor [numAnchorKinds]anchorModel
}

// anchorModel is the evidence of one kind of anchor: per key found on the
// other side of a bead, and per key not found.
type anchorModel struct{ hit, miss float64 }

// newAnchorModel returns the evidence of an anchor kind whose keys find
// their match on the other side of a translation with probability qa and
// in a sentence taken at random with probability qr. Unlike words (see
// wordModel.hitOf), keys are rare enough that a merge does not make a
// chance match much likelier.
func newAnchorModel(qa, qr float64) anchorModel {
	qa = math.Max(qa, qr)
	return anchorModel{hit: math.Log(qa / qr), miss: math.Log((1 - qa) / (1 - qr))}
}

// Kinds of anchor.
const (
	anchorMarker = iota
	anchorNumber
	anchorURL
	anchorName
	anchorMark // "!" and "?"
	numAnchorKinds
)

// newModel returns the model of a first pass over xs and ys: default
// priors and anchor weights, the length ratio of the documents, the
// spread of Gale & Church.
func newModel(xs, ys []*unit, moves []align.Move) *model {
	m := &model{ratio: calibrate(xs, ys), spread: lengthVariance}
	m.setPriors(moves, nil)
	m.setRandom(ys)
	for k, q := range defaultAnchors {
		m.anchor[k] = newAnchorModel(q[0], q[1])
	}
	return m
}

// setPriors sets the move priors from the counts of each move (nil for
// none), smoothed towards defaultPriors.
func (m *model) setPriors(moves []align.Move, counts map[align.Move]int) {
	total, sum := 0.0, 0.0
	for _, mv := range moves {
		sum += defaultPriors[mv]
		total += float64(counts[mv])
	}
	for a := range m.prior {
		for b := range m.prior[a] {
			m.prior[a][b] = math.Inf(1)
		}
	}
	for _, mv := range moves {
		p := (float64(counts[mv]) + priorBeads*defaultPriors[mv]/sum) / (total + priorBeads)
		m.prior[mv.X][mv.Y] = -math.Log(p)
	}
}

// setRandom measures the lengths of target sentences taken at random,
// one to maxMerge consecutive ones at a time: a histogram of the
// logarithm of the length plus one, by bins of lengthBin, with half a
// count added to every bin up to lengthBins.
func (m *model) setRandom(ys []*unit) {
	for b := 1; b <= maxMerge; b++ {
		counts := make([]float64, lengthBins)
		n := 0.0
		l := 0
		for i, u := range ys {
			l += u.f.len
			if i >= b {
				l -= ys[i-b].f.len
			}
			if i >= b-1 {
				counts[lengthBinOf(l)]++
				n++
			}
		}
		dens := make([]float64, lengthBins)
		for k, c := range counts {
			dens[k] = math.Log((c + 0.5) / (n + 0.5*lengthBins) / lengthBin)
		}
		m.random[b] = dens
	}
}

// lengthBinOf returns the bin of length l.
func lengthBinOf(l int) int {
	return min(int(logPlus1(l)/lengthBin), lengthBins-1)
}

// logPlus1 returns log(l+1), from a table for the lengths of sentences.
func logPlus1(l int) float64 {
	if uint(l) < uint(len(logTable)) {
		return logTable[l]
	}
	return math.Log(float64(l + 1))
}

// logTable holds log(l+1) for the lengths most sentences have.
var logTable = func() (t [2048]float64) {
	for l := range t {
		t[l] = math.Log(float64(l + 1))
	}
	return t
}()

// The two terms of lengthEvidence's mixture that do not depend on the
// lengths.
var (
	logAligned = math.Log1p(-lengthOutlier)
	logOutlier = math.Log(lengthOutlier)
)

// negligible is a difference of logarithms past which the smaller term
// of a log-sum-exp changes nothing: exp(-40) is below half the spacing
// of floating-point numbers near log(lengthOutlier) and beyond, so
// log1p(exp(-d)) added to them rounds away and the sum is exact.
const negligible = 40

// lengthEvidence is the log-likelihood ratio of a target length ly for a
// source length lx over b target sentences: ly about ratio·lx with the
// spread measured (Gale & Church), or with probability lengthOutlier any
// length, against the length of b target sentences taken at random.
func (m *model) lengthEvidence(lx, ly, b int) float64 {
	mean := math.Max((float64(lx)+float64(ly)/m.ratio)/2, 1)
	v := m.spread * m.ratio * mean
	d := float64(ly) - m.ratio*float64(lx)
	aligned := -0.5*math.Log(2*math.Pi*v) - d*d/(2*v)
	// The random density of ly, from that of log(ly+1).
	lg := logPlus1(ly)
	random := m.random[b][min(int(lg/lengthBin), lengthBins-1)] - lg
	// log((1-ε)·exp(aligned) + ε·exp(random)) - random
	a := logAligned + aligned - random
	o := logOutlier
	switch {
	case a > o+negligible:
		return a
	case a > o:
		return a + math.Log1p(math.Exp(o-a))
	case a < o-negligible:
		return o
	}
	return o + math.Log1p(math.Exp(a-o))
}

// anchorEvidence is the evidence of the anchors two merged sides share.
func (m *model) anchorEvidence(fx, fy *feats) float64 {
	e := 0.0
	kind := func(k, found, total int) {
		e += float64(found)*m.anchor[k].hit + float64(total-found)*m.anchor[k].miss
	}
	if t := len(fx.markers) + len(fy.markers); t > 0 {
		kind(anchorMarker, 2*feature.Common(fx.markers, fy.markers), t)
	}
	if t := len(fx.numbers) + len(fy.numbers); t > 0 {
		kind(anchorNumber, 2*feature.Common(fx.numbers, fy.numbers), t)
	}
	if t := len(fx.urls) + len(fy.urls); t > 0 {
		kind(anchorURL, 2*feature.Common(fx.urls, fy.urls), t)
	}
	if t := fx.nameCount() + fy.nameCount(); t > 0 {
		kind(anchorName, 2*feature.Common(fx.names, fy.names), t)
	}
	for _, c := range [2][2]int{{fx.bangs, fy.bangs}, {fx.question, fy.question}} {
		if t := c[0] + c[1]; t > 0 {
			kind(anchorMark, 2*min(c[0], c[1]), t)
		}
	}
	return e
}

// pairCost prices a bead of source units xs[xr] and target units ys[yr],
// both non-empty.
func (m *model) pairCost(r *run, xr, yr align.Range) float64 {
	fx, fy := r.featsX(xr), r.featsY(yr)
	e := m.lengthEvidence(fx.len, fy.len, yr.Len()) + m.anchorEvidence(fx, fy)
	if r.s.lex != nil && m.lexScale > 0 {
		e += m.lexScale * r.lexSum(xr, yr)
	}
	return m.prior[xr.Len()][yr.Len()] - e
}

// lexSum is the evidence of the lexicon that xs[xr] and ys[yr] translate
// each other, summed over their known words (see Lexicon).
func (r *run) lexSum(xr, yr align.Range) float64 {
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
	e := 0.0
	for k, u := range r.xs[xr.Lo:xr.Hi] {
		e += u.lx.evidenceAgainst(mx[k], yr.Len())
	}
	for k, u := range r.ys[yr.Lo:yr.Hi] {
		e += u.lx.evidenceAgainst(my[k], xr.Len())
	}
	return e
}

// fit returns the model measured on a first alignment script of xs and
// ys: the priors on its moves; on its confident one-to-one pairs (the
// cheaper trainShare of them) against the same source sentences paired
// with the target sentences shiftBy away, the length ratio and spread,
// the weight of each kind of anchor and of the lexicon lex (nil for
// none).
func (m *model) fit(script align.Script, xs, ys []*unit, moves []align.Move, lex *Lexicon) *model {
	f := *m
	counts := map[align.Move]int{}
	var costs []float64
	for _, st := range script {
		counts[align.Move{X: st.X.Len(), Y: st.Y.Len()}]++
		if st.X.Len() == 1 && st.Y.Len() == 1 {
			costs = append(costs, st.Cost)
		}
	}
	f.setPriors(moves, counts)
	if len(costs) < minTrainPairs {
		return &f
	}
	limit := trainLimit(costs)
	var pos [][2]int
	for _, st := range script {
		if st.X.Len() == 1 && st.Y.Len() == 1 && st.Cost <= limit {
			pos = append(pos, [2]int{st.X.Lo, st.Y.Lo})
		}
	}
	// Length: the ratio, then the spread as the median squared
	// deviation (a chi-square of one degree has median 0.4549).
	lx, ly := 0, 0
	for _, p := range pos {
		lx += xs[p[0]].f.len
		ly += ys[p[1]].f.len
	}
	if lx > 0 && ly > 0 {
		f.ratio = math.Max(minRatio, math.Min(float64(ly)/float64(lx), maxRatio))
	}
	var dev []float64
	for _, p := range pos {
		a, b := float64(xs[p[0]].f.len), float64(ys[p[1]].f.len)
		mean := math.Max((a+b/f.ratio)/2, 1)
		d := b - f.ratio*a
		dev = append(dev, d*d/(f.ratio*mean))
	}
	slices.Sort(dev)
	f.spread = math.Max(minSpread, math.Min(dev[len(dev)/2]/chiSquareMedian, maxSpread))

	// Anchors: how often a key finds its match in a confident pair, and
	// in a shifted one.
	var found, total [2][numAnchorKinds]int
	count := func(set, i, j int) {
		fx, fy := &xs[i].f, &ys[j].f
		add := func(k int, a, b []uint64, n int) {
			total[set][k] += n
			found[set][k] += 2 * feature.Common(a, b)
		}
		// As anchorEvidence and anchorCost count them, which repeat this
		// unrolled: a loop over the kinds made the pricing of the one-line
		// document's alignment 5% slower.
		add(anchorMarker, fx.markers, fy.markers, len(fx.markers)+len(fy.markers))
		add(anchorNumber, fx.numbers, fy.numbers, len(fx.numbers)+len(fy.numbers))
		add(anchorURL, fx.urls, fy.urls, len(fx.urls)+len(fy.urls))
		add(anchorName, fx.names, fy.names, fx.nameCount()+fy.nameCount())
		for _, c := range [2][2]int{{fx.bangs, fy.bangs}, {fx.question, fy.question}} {
			total[set][anchorMark] += c[0] + c[1]
			found[set][anchorMark] += 2 * min(c[0], c[1])
		}
	}
	for _, p := range pos {
		count(0, p[0], p[1])
		for _, d := range shiftBy {
			if j := p[1] + d; j >= 0 && j < len(ys) {
				count(1, p[0], j)
			}
		}
	}
	for k := range f.anchor {
		if total[0][k] < minAnchorKeys || total[1][k] < minAnchorKeys {
			continue // too few to measure: keep the first model's
		}
		qa := (float64(found[0][k]) + 0.5) / (float64(total[0][k]) + 1)
		qr := (float64(found[1][k]) + 0.5) / (float64(total[1][k]) + 1)
		f.anchor[k] = newAnchorModel(qa, qr)
	}

	// The lexicon: the weight of its summed evidence, by logistic
	// regression of confident pairs against shifted ones.
	if lex != nil && lex.Size() > 0 {
		sc := &scorer{lex: lex}
		r := sc.newRun(xs, ys)
		defer r.release()
		var es, ls []float64
		for _, p := range pos {
			es = append(es, r.lexSum(align.Range{Lo: p[0], Hi: p[0] + 1}, align.Range{Lo: p[1], Hi: p[1] + 1}))
			ls = append(ls, 1)
			for _, d := range shiftBy {
				if j := p[1] + d; j >= 0 && j < len(ys) {
					es = append(es, r.lexSum(align.Range{Lo: p[0], Hi: p[0] + 1}, align.Range{Lo: j, Hi: j + 1}))
					ls = append(ls, 0)
				}
			}
		}
		f.lexScale = logisticSlope(es, ls)
	}
	return &f
}

// logisticSlope fits P(label 1 | e) = σ(a + w·e) by Newton's method, with
// a Gaussian prior of variance slopePrior on w, and returns w (at least
// 0).
func logisticSlope(es, ls []float64) float64 {
	a, w := 0.0, 0.0
	for range 50 {
		var g0, g1, h00, h01, h11 float64
		for k, x := range es {
			p := 1 / (1 + math.Exp(-(a + w*x)))
			d := ls[k] - p
			v := p * (1 - p)
			g0 += d
			g1 += d * x
			h00 += v
			h01 += v * x
			h11 += v * x * x
		}
		g1 -= w / slopePrior
		h11 += 1 / slopePrior
		det := h00*h11 - h01*h01
		if det <= 0 {
			break
		}
		da, dw := (h11*g0-h01*g1)/det, (h00*g1-h01*g0)/det
		a, w = a+da, w+dw
		if math.Abs(da)+math.Abs(dw) < 1e-9 {
			break
		}
	}
	return math.Max(w, 0)
}
