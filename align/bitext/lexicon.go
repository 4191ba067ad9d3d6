package bitext

import (
	"math"
	"sort"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// Lexicon holds word translations learned from a pair of documents: source
// words that keep turning up in the same aligned sentences as target words
// (Dice coefficient of their co-occurrence, as hunalign's realign learns
// them), plus any entries of a bilingual dictionary. Words are compared by
// their first feature.StemLen letters, a crude stem that lets the inflections of
// one word count together (Gipfel, Gipfels; expédition, expéditions).
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
	trans map[string]map[string]float64 // source stem -> target stem -> strength in (0,1]
	src   map[string]*wordModel         // source stem -> its evidence
	dst   map[string]*wordModel         // target stem -> its evidence
}

// wordModel is the evidence one word gives about a pairing.
type wordModel struct {
	trans []string // its translations, stems of the other side, sorted
	pt    float64  // P(a translation on the other side | the pair is aligned)
	pr    float64  // P(a translation on the other side | any sentence)
	hit   float64  // log(pt/pr): evidence when a translation is there
	miss  float64  // log((1-pt)/(1-pr)): evidence when none is
}

// stemsOf returns the distinct stems of words in order, at most
// maxWordsPerUnit.
func stemsOf(words []string) []string { return feature.Stems(words, maxWordsPerUnit) }

func (l *Lexicon) add(s, t string, w float64) {
	m := l.trans[s]
	if m == nil {
		m = map[string]float64{}
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

// lexLearner counts the words of aligned pairs and builds a Lexicon.
type lexLearner struct {
	pairs          map[[2]string]int
	xCount, yCount map[string]int
	xs, ys         [][]string // the stems of each observed pair
}

func newLexLearner() *lexLearner {
	return &lexLearner{pairs: map[[2]string]int{}, xCount: map[string]int{}, yCount: map[string]int{}}
}

// observe counts the stems of one aligned pair (each side's distinct
// stems).
func (ll *lexLearner) observe(xw, yw []string) {
	if len(xw) == 0 || len(yw) == 0 {
		return
	}
	ll.xs = append(ll.xs, xw)
	ll.ys = append(ll.ys, yw)
	for _, a := range xw {
		ll.xCount[a]++
	}
	for _, b := range yw {
		ll.yCount[b]++
	}
	for _, a := range xw {
		for _, b := range yw {
			ll.pairs[[2]string{a, b}]++
		}
	}
}

// build keeps the pairs that co-occur often enough relative to how often
// each word occurs, adds the dictionary, and measures the evidence of each
// word on the observed pairs and on all the units of each side (xAll,
// yAll, their stems).
func (ll *lexLearner) build(d *Dict, xAll, yAll [][]string) *Lexicon {
	l := &Lexicon{trans: map[string]map[string]float64{}}
	if d != nil {
		for s, ts := range d.entries {
			for _, t := range ts {
				for _, a := range stemsOf(feature.Words(s)) {
					for _, b := range stemsOf(feature.Words(t)) {
						l.add(a, b, 1)
					}
				}
			}
		}
	}
	type cand struct {
		t string
		d float64
	}
	best := map[string][]cand{}
	for k, n := range ll.pairs {
		if n < minCooccur {
			continue
		}
		d := 2 * float64(n) / float64(ll.xCount[k[0]]+ll.yCount[k[1]])
		if d < minDice {
			continue
		}
		best[k[0]] = append(best[k[0]], cand{k[1], d})
	}
	for s, cs := range best {
		sort.Slice(cs, func(i, j int) bool {
			if cs[i].d != cs[j].d {
				return cs[i].d > cs[j].d
			}
			return cs[i].t < cs[j].t
		})
		if len(cs) > maxTrans {
			cs = cs[:maxTrans]
		}
		for _, c := range cs {
			l.add(s, c.t, c.d)
		}
	}
	rev := map[string]map[string]float64{}
	for s, m := range l.trans {
		for t, w := range m {
			r := rev[t]
			if r == nil {
				r = map[string]float64{}
				rev[t] = r
			}
			r[s] = w
		}
	}
	l.src = fitSide(l.trans, ll.xs, ll.ys, yAll)
	l.dst = fitSide(rev, ll.ys, ll.xs, xAll)
	return l
}

// fitSide measures pt and pr for every word of one side that has a
// translation: pt on the observed pairs (xs[i] with ys[i]), pr on all the
// units of the other side.
func fitSide(trans map[string]map[string]float64, xs, ys, yAll [][]string) map[string]*wordModel {
	models := map[string]*wordModel{}
	for s, m := range trans {
		models[s] = &wordModel{trans: sortedKeys(m)}
	}
	has := func(wm *wordModel, set map[string]bool) bool {
		for _, t := range wm.trans {
			if set[t] {
				return true
			}
		}
		return false
	}
	n, k := map[string]int{}, map[string]int{}
	for i := range xs {
		set := toSet(ys[i])
		for _, w := range xs[i] {
			if wm := models[w]; wm != nil {
				n[w]++
				if has(wm, set) {
					k[w]++
				}
			}
		}
	}
	// Units of the other side that hold a translation: the sum over the
	// translations, which seldom share a unit.
	df := map[string]int{}
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
	}
	return models
}

func toSet(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// lexUnit is what the lexicon knows of one unit.
type lexUnit struct {
	lex   *Lexicon
	set   map[string]bool // the stems of the unit
	known []*wordModel    // the words whose translation is evidence (pt > pr), at most 64
}

// lexOf returns the lexicon's view of u, as a unit of the source side (src)
// or of the target side.
func (l *Lexicon) lexOf(u *unit, src bool) *lexUnit {
	if u.lx != nil && u.lx.lex == l {
		return u.lx
	}
	ss := u.stems()
	lu := &lexUnit{lex: l, set: toSet(ss)}
	models := l.dst
	if src {
		models = l.src
	}
	for _, s := range ss {
		if wm := models[s]; wm != nil && wm.pt > wm.pr {
			lu.known = append(lu.known, wm)
		}
	}
	u.lx = lu
	return lu
}

// matches returns a mask of the known words of a that have a translation
// in b.
func matches(a, b *lexUnit) uint64 {
	var m uint64
	for i, wm := range a.known {
		for _, t := range wm.trans {
			if b.set[t] {
				m |= 1 << uint(i)
				break
			}
		}
	}
	return m
}

// evidence sums the log-likelihood ratio of the known words of the units
// of one side, given which of them found a translation on the other side
// (masks, one per unit), and returns it with the number of known words.
func evidence(us []*lexUnit, masks []uint64) (float64, int) {
	e, n := 0.0, 0
	for k, u := range us {
		n += len(u.known)
		for i, wm := range u.known {
			if masks[k]&(1<<uint(i)) != 0 {
				e += wm.hit
			} else {
				e += wm.miss
			}
		}
	}
	return e, n
}

// learnLexicon learns a lexicon from the sentence pairs of a first
// alignment of two documents: the cheaper three quarters of the pairings
// with sentences on both sides (merges included: their words co-occur all
// the same).
func learnLexicon(p *Pair, d *Dict) *Lexicon {
	var costs []float64
	for _, bl := range p.Blocks {
		for _, s := range bl.Sents {
			if len(s.Source) > 0 && len(s.Target) > 0 {
				costs = append(costs, s.Cost)
			}
		}
	}
	all := func(dd *doc.Document) [][]string {
		var out [][]string
		for _, b := range dd.Blocks {
			if b.Kind == doc.FootnoteDef {
				continue
			}
			for k := range b.Sentences {
				out = append(out, stemsOf(feature.Words(b.SentenceText(k))))
			}
		}
		return out
	}
	ll := newLexLearner()
	if len(costs) >= minTrainPairs {
		limit := trainLimit(costs)
		text := func(dd *doc.Document, refs []Ref) []string {
			var ws []string
			for _, r := range refs {
				ws = append(ws, feature.Words(dd.Blocks[r.Block].SentenceText(r.Index))...)
			}
			return stemsOf(ws)
		}
		for _, bl := range p.Blocks {
			for _, s := range bl.Sents {
				if len(s.Source) > 0 && len(s.Target) > 0 && s.Cost <= limit {
					ll.observe(text(p.Source, s.Source), text(p.Target, s.Target))
				}
			}
		}
	} else if d == nil {
		return &Lexicon{}
	}
	return ll.build(d, all(p.Source), all(p.Target))
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
func learnScript(script align.Script, xs, ys []*unit, d *Dict) *Lexicon {
	var costs []float64
	for _, st := range script {
		if st.X.Len() > 0 && st.Y.Len() > 0 {
			costs = append(costs, st.Cost)
		}
	}
	all := func(us []*unit) [][]string {
		out := make([][]string, len(us))
		for i, u := range us {
			out[i] = u.stems()
		}
		return out
	}
	ll := newLexLearner()
	if len(costs) >= minTrainPairs {
		limit := trainLimit(costs)
		joined := func(us []*unit) []string {
			if len(us) == 1 {
				return us[0].stems()
			}
			var ws []string
			for _, u := range us {
				ws = append(ws, u.words...)
			}
			return stemsOf(ws)
		}
		for _, st := range script {
			if st.X.Len() > 0 && st.Y.Len() > 0 && st.Cost <= limit {
				ll.observe(joined(xs[st.X.Lo:st.X.Hi]), joined(ys[st.Y.Lo:st.Y.Hi]))
			}
		}
	} else if d == nil {
		return &Lexicon{}
	}
	return ll.build(d, all(xs), all(ys))
}
