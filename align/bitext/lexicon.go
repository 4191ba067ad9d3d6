package bitext

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"sync"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/chunk"
)

// Lexicon holds word translations learned from a pair of documents: source
// words that keep turning up in the same aligned sentences as target words
// (Dice coefficient of their co-occurrence, as hunalign's realign learns
// them), plus any entries of a bilingual dictionary. Words are compared by
// their first feature.StemLen letters, a crude stem that lets the
// inflections of one word count together (Gipfel, Gipfels; expédition,
// expéditions), each stem by its key (feature.Hash).
//
// For scoring, each word with translations also carries two probabilities
// measured on the documents: how often one of its translations is present
// on the other side of a confidently aligned pair (pt), and how often one
// is present in any sentence of the other side (pr). A pairing then earns
// log(pt/pr) for each translation found and pays log((1-pt)/(1-pr)) for
// each one missing: rare words that translate consistently weigh most,
// function words that are everywhere weigh nothing, and words without
// translations say nothing either way.
type Lexicon struct {
	trans map[uint64]map[uint64]float64 // source stem -> target stem -> strength in (0,1]
	src   map[uint64]*wordModel         // source stem -> its evidence
	dst   map[uint64]*wordModel         // target stem -> its evidence
}

// wordModel is the evidence one word gives about a pairing.
type wordModel struct {
	trans []uint64 // its translations, stems of the other side, sorted
	pt    float64  // P(a translation on the other side | the pair is aligned)
	pr    float64  // P(a translation on the other side | any sentence)
	hit   float64  // log(pt/pr): evidence when a translation is there
	miss  float64  // log((1-pt)/(1-pr)): evidence when none is

	// The same against b units of the other side at once (b from 1 to
	// maxMerge), where a translation is there by chance with probability
	// 1-(1-pr)^b.
	hitOf, missOf [maxMerge + 1]float64
	// gainOf[b] is hitOf[b]-missOf[b]: what finding a translation changes.
	gainOf [maxMerge + 1]float64
}

func (l *Lexicon) add(s, t uint64, w float64) {
	m := l.trans[s]
	if m == nil {
		m = map[uint64]float64{}
		l.trans[s] = m
	}
	if w > m[t] {
		m[t] = w
	}
}

// Size returns the number of word pairs.
func (l *Lexicon) Size() int {
	if l == nil {
		return 0
	}
	n := 0
	for _, m := range l.trans {
		n += len(m)
	}
	return n
}

// lexLearner collects the stems of aligned pairs and builds a Lexicon.
type lexLearner struct {
	xs, ys [][]uint64 // the stems of each observed pair
}

// observe records the stems of one aligned pair (each side's distinct
// stems).
func (ll *lexLearner) observe(xw, yw []uint64) {
	if len(xw) == 0 || len(yw) == 0 {
		return
	}
	ll.xs = append(ll.xs, xw)
	ll.ys = append(ll.ys, yw)
}

// build keeps the pairs that co-occur often enough relative to how often
// each word occurs, adds the dictionary, and measures the evidence of each
// word on the observed pairs and on all the units of each side (xAll,
// yAll, their stems). The two sides are measured on two goroutines if
// workers allows.
func (ll *lexLearner) build(d *Dict, xAll, yAll [][]uint64, workers int) *Lexicon {
	l := &Lexicon{trans: map[uint64]map[uint64]float64{}}
	if d != nil {
		for s, ts := range d.entries {
			for _, t := range ts {
				for _, a := range feature.NewProfile(s, nil).Stems {
					for _, b := range feature.NewProfile(t, nil).Stems {
						l.add(a, b, 1)
					}
				}
			}
		}
	}
	// The stems of each side numbered in order of first use, so that a
	// pair of stems is one 64-bit key; and how many pairs each is in.
	xNum, xStem, xCount := numberStems(ll.xs)
	yNum, yStem, yCount := numberStems(ll.ys)
	// Count the co-occurrences of the pairs that can pass: both words
	// seen minCooccur times, and counts close enough for a Dice
	// coefficient of minDice (2n/(cx+cy) with n at most the smaller).
	canPass := func(cx, cy int) bool {
		return cx >= minCooccur && cy >= minCooccur && 2*float64(min(cx, cy))/float64(cx+cy) >= minDice
	}
	pairs := map[uint64]int{} // x number << 32 | y number -> pairs with both
	var ys []uint32
	for k := range ll.xs {
		ys = ys[:0]
		for _, b := range ll.ys[k] {
			if n := yNum[b]; yCount[n] >= minCooccur {
				ys = append(ys, n)
			}
		}
		for _, a := range ll.xs[k] {
			na := xNum[a]
			cx := xCount[na]
			if cx < minCooccur {
				continue
			}
			for _, nb := range ys {
				if canPass(cx, yCount[nb]) {
					pairs[uint64(na)<<32|uint64(nb)]++
				}
			}
		}
	}
	type cand struct {
		t uint64
		d float64
	}
	best := map[uint64][]cand{}
	for k, n := range pairs {
		if n < minCooccur {
			continue
		}
		na, nb := uint32(k>>32), uint32(k)
		d := 2 * float64(n) / float64(xCount[na]+yCount[nb])
		if d < minDice {
			continue
		}
		best[xStem[na]] = append(best[xStem[na]], cand{yStem[nb], d})
	}
	for s, cs := range best {
		slices.SortFunc(cs, func(a, b cand) int {
			if c := cmp.Compare(b.d, a.d); c != 0 {
				return c
			}
			return cmp.Compare(a.t, b.t)
		})
		if len(cs) > maxTrans {
			cs = cs[:maxTrans]
		}
		for _, c := range cs {
			l.add(s, c.t, c.d)
		}
	}
	rev := map[uint64]map[uint64]float64{}
	for s, m := range l.trans {
		for t, w := range m {
			r := rev[t]
			if r == nil {
				r = map[uint64]float64{}
				rev[t] = r
			}
			r[s] = w
		}
	}
	var wg sync.WaitGroup
	if workers > 1 {
		wg.Go(func() { l.src = fitSide(l.trans, ll.xs, ll.ys, yAll) })
	} else {
		l.src = fitSide(l.trans, ll.xs, ll.ys, yAll)
	}
	l.dst = fitSide(rev, ll.ys, ll.xs, xAll)
	wg.Wait()
	return l
}

// numberStems numbers the stems of units in order of first use and
// returns the numbers, the stem of each number and how many units each
// number is in.
func numberStems(units [][]uint64) (num map[uint64]uint32, stem []uint64, count []int) {
	num = map[uint64]uint32{}
	for _, u := range units {
		for _, s := range u {
			n, ok := num[s]
			if !ok {
				n = uint32(len(stem))
				num[s] = n
				stem = append(stem, s)
				count = append(count, 0)
			}
			count[n]++
		}
	}
	return num, stem, count
}

// fitSide measures pt and pr for every word of one side that has a
// translation: pt on the observed pairs (xs[i] with ys[i]), pr on all the
// units of the other side.
func fitSide(trans map[uint64]map[uint64]float64, xs, ys, yAll [][]uint64) map[uint64]*wordModel {
	models := make(map[uint64]*wordModel, len(trans))
	for s, m := range trans {
		ts := make([]uint64, 0, len(m))
		for t := range m {
			ts = append(ts, t)
		}
		slices.Sort(ts)
		models[s] = &wordModel{trans: ts}
	}
	n, k := map[uint64]int{}, map[uint64]int{}
	var set []uint64
	for i := range xs {
		set = append(set[:0], ys[i]...)
		slices.Sort(set)
		for _, w := range xs[i] {
			wm := models[w]
			if wm == nil {
				continue
			}
			n[w]++
			for _, t := range wm.trans {
				if _, ok := slices.BinarySearch(set, t); ok {
					k[w]++
					break
				}
			}
		}
	}
	// Units of the other side that hold a translation: the sum over the
	// translations, which seldom share a unit.
	df := map[uint64]int{}
	for _, u := range yAll {
		for _, t := range u {
			df[t]++
		}
	}
	total := float64(len(yAll))
	for s, wm := range models {
		c := 0
		for _, t := range wm.trans {
			c += df[t]
		}
		// The translations were chosen for co-occurring in these very
		// pairs: one co-occurrence is the choice, not evidence (as a
		// leave-one-out estimate would see it).
		// Add-one-half smoothing (Jeffreys) of both shares.
		wm.pt = math.Min(math.Max((math.Max(float64(k[s])-1, 0)+0.5)/(float64(n[s])+1), minPt), maxP)
		wm.pr = math.Min(math.Max((float64(c)+0.5)/(total+1), minPr), maxP)
		wm.hit = math.Log(wm.pt / wm.pr)
		wm.miss = math.Log((1 - wm.pt) / (1 - wm.pr))
		for b := 1; b <= maxMerge; b++ {
			pr := math.Min(1-math.Pow(1-wm.pr, float64(b)), maxP)
			pt := math.Max(wm.pt, pr)
			wm.hitOf[b] = math.Log(pt / pr)
			wm.missOf[b] = math.Log((1 - pt) / (1 - pr))
			wm.gainOf[b] = wm.hitOf[b] - wm.missOf[b]
		}
	}
	return models
}

// lexUnit is what the lexicon knows of one unit.
type lexUnit struct {
	known []*wordModel // the words whose translation is evidence (pt > pr), at most 64
	trans []transMask  // the translations of the known words, by stem, sorted
	stems []uint64     // the stems of the unit, sorted

	// For evidenceAgainst: the evidence of every known word missing
	// against b units (what each one found adds is its model's gainOf).
	missAll [maxMerge + 1]float64
}

// transBit is a translation of the known word of a unit with index bit.
type transBit struct {
	stem uint64
	bit  uint8
}

// transMask is a translation of the known words of a unit whose indices
// are the bits of mask: the transBits of one stem, merged.
type transMask struct {
	stem, mask uint64
}

// view sets u's view of the lexicon, as a unit of the source side (src)
// or of the target side, unless it is set already.
func (l *Lexicon) view(u *unit, src bool, a *viewArena) {
	if u.lxLex == l && u.lxSrc == src {
		return
	}
	models := l.dst
	if src {
		models = l.src
	}
	a.known, a.trans = a.known[:0], a.trans[:0]
	for _, s := range u.stems {
		if wm := models[s]; wm != nil && wm.pt > wm.pr {
			for _, t := range wm.trans {
				a.trans = append(a.trans, transBit{t, uint8(len(a.known))})
			}
			a.known = append(a.known, wm)
		}
	}
	// By stem alone: the known words that share a translation merge
	// into one mask, whatever their order.
	slices.SortFunc(a.trans, func(x, y transBit) int { return cmp.Compare(x.stem, y.stem) })
	distinct := 0
	for i, t := range a.trans {
		if i == 0 || t.stem != a.trans[i-1].stem {
			distinct++
		}
	}
	lu := lexUnit{
		stems: a.stemPool.Cut(len(u.stems)),
		known: a.knownPool.Cut(len(a.known)),
		trans: a.transPool.Cut(distinct)[:0],
	}
	for i, t := range a.trans {
		if i > 0 && t.stem == a.trans[i-1].stem {
			lu.trans[len(lu.trans)-1].mask |= 1 << t.bit
			continue
		}
		lu.trans = append(lu.trans, transMask{t.stem, 1 << t.bit})
	}
	copy(lu.stems, u.stems)
	slices.Sort(lu.stems)
	copy(lu.known, a.known)
	for _, wm := range lu.known {
		for k := 1; k <= maxMerge; k++ {
			lu.missAll[k] += wm.missOf[k]
		}
	}
	u.lx, u.lxLex, u.lxSrc = lu, l, src
}

// viewArena holds the scratch space and the storage of the lexicon's
// views of many units, so that each view does not allocate its own.
type viewArena struct {
	known     []*wordModel
	trans     []transBit
	stemPool  chunk.Pool[uint64]
	knownPool chunk.Pool[*wordModel]
	transPool chunk.Pool[transMask]
}

// matches returns a mask of the known words of a that have a translation
// in b.
func matches(a, b *lexUnit) uint64 {
	var m uint64
	i, j := 0, 0
	for i < len(a.trans) && j < len(b.stems) {
		switch t, s := a.trans[i].stem, b.stems[j]; {
		case t == s:
			m |= a.trans[i].mask
			i++
		case t < s:
			i++
		default:
			j++
		}
	}
	return m
}

// evidenceAgainst sums the log-likelihood ratio of the known words of the
// unit, given which of them found a translation among b units of the
// other side (mask): the evidence of all of them missing, plus what each
// one found changes.
func (lu *lexUnit) evidenceAgainst(mask uint64, b int) float64 {
	e := lu.missAll[b]
	for m := mask; m != 0; m &= m - 1 {
		e += lu.known[bits.TrailingZeros64(m)].gainOf[b]
	}
	return e
}

// evidence sums the log-likelihood ratio of the known words of the unit,
// given which of them found a translation on the other side (mask), and
// returns it with the number of known words.
func (lu *lexUnit) evidence(mask uint64) (float64, int) {
	return lu.evidenceAgainst(mask, 1), len(lu.known)
}

// learnLexicon learns a lexicon from the sentence pairs of a first
// alignment of two documents: the cheaper three quarters of the pairings
// with sentences on both sides (merges included: their words co-occur all
// the same).
func learnLexicon(p *Pair, sp, dp *docProfiles, d *Dict, workers int) *Lexicon {
	var costs []float64
	for _, bl := range p.Blocks {
		for _, s := range bl.Sents {
			if len(s.Source) > 0 && len(s.Target) > 0 {
				costs = append(costs, s.Cost)
			}
		}
	}
	all := func(dp *docProfiles) [][]uint64 {
		var out [][]uint64
		for bi, b := range dp.d.Blocks {
			if b.Kind == doc.FootnoteDef {
				continue
			}
			for _, p := range dp.sents[bi] {
				out = append(out, p.Stems)
			}
		}
		return out
	}
	var ll lexLearner
	if len(costs) >= minTrainPairs {
		limit := trainLimit(costs)
		stems := func(dp *docProfiles, refs []Ref) []uint64 {
			out := dp.sents[refs[0].Block][refs[0].Index].Stems
			for _, r := range refs[1:] {
				out = unionStems(out, dp.sents[r.Block][r.Index].Stems)
			}
			return out
		}
		for _, bl := range p.Blocks {
			for _, s := range bl.Sents {
				if len(s.Source) > 0 && len(s.Target) > 0 && s.Cost <= limit {
					ll.observe(stems(sp, s.Source), stems(dp, s.Target))
				}
			}
		}
	} else if d == nil {
		return &Lexicon{}
	}
	return ll.build(d, all(sp), all(dp), workers)
}

// unionStems returns the stems of a then those of b not in a, at most
// feature.MaxStems: the stems of two texts read one after the other.
func unionStems(a, b []uint64) []uint64 {
	out := slices.Clip(a)
	for _, s := range b {
		if len(out) == feature.MaxStems {
			break
		}
		if !slices.Contains(a, s) {
			out = append(out, s)
		}
	}
	return out
}

// trainLimit returns the cost under which a pairing is confident enough
// to learn from: the trainShare quantile of costs.
func trainLimit(costs []float64) float64 {
	sorted := append([]float64(nil), costs...)
	sort.Float64s(sorted)
	return sorted[min(len(sorted)-1, int(float64(len(sorted))*trainShare))]
}

// learnScript learns a lexicon from the confident pairings of a script
// over xs and ys, as learnLexicon does.
func learnScript(script align.Script, xs, ys []*unit, d *Dict, workers int) *Lexicon {
	var costs []float64
	for _, st := range script {
		if st.X.Len() > 0 && st.Y.Len() > 0 {
			costs = append(costs, st.Cost)
		}
	}
	all := func(us []*unit) [][]uint64 {
		out := make([][]uint64, len(us))
		for i, u := range us {
			out[i] = u.stems
		}
		return out
	}
	var ll lexLearner
	if len(costs) >= minTrainPairs {
		limit := trainLimit(costs)
		joined := func(us []*unit) []uint64 {
			out := us[0].stems
			for _, u := range us[1:] {
				out = unionStems(out, u.stems)
			}
			return out
		}
		for _, st := range script {
			if st.X.Len() > 0 && st.Y.Len() > 0 && st.Cost <= limit {
				ll.observe(joined(xs[st.X.Lo:st.X.Hi]), joined(ys[st.Y.Lo:st.Y.Hi]))
			}
		}
	} else if d == nil {
		return &Lexicon{}
	}
	return ll.build(d, all(xs), all(ys), workers)
}
