package bitext

import (
	"sort"
)

// Lexicon holds word translations learned from a pair of documents: source
// words that keep turning up in the same aligned sentences as target
// words (Dice coefficient of their co-occurrence), plus any entries of a
// bilingual dictionary.
type Lexicon struct {
	trans map[string]map[string]float64 // source word -> target word -> strength in (0,1]
	// counts while learning
	pairs  map[[2]string]int
	xCount map[string]int
	yCount map[string]int
	links  int
}

func newLexicon(d *Dict) *Lexicon {
	l := &Lexicon{trans: map[string]map[string]float64{}, pairs: map[[2]string]int{}, xCount: map[string]int{}, yCount: map[string]int{}}
	if d != nil {
		for s, ts := range d.entries {
			for _, t := range ts {
				l.add(s, t, 1)
			}
		}
	}
	return l
}

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

// Pairs returns the word pairs, strongest first, for explaining a result.
func (l *Lexicon) Pairs() [][2]string {
	type e struct {
		s, t string
		w    float64
	}
	var es []e
	for s, m := range l.trans {
		for t, w := range m {
			es = append(es, e{s, t, w})
		}
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].w != es[j].w {
			return es[i].w > es[j].w
		}
		if es[i].s != es[j].s {
			return es[i].s < es[j].s
		}
		return es[i].t < es[j].t
	})
	out := make([][2]string, len(es))
	for i, x := range es {
		out[i] = [2]string{x.s, x.t}
	}
	return out
}

const maxWordsPerUnit = 60

func uniq(ws []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, w := range ws {
		if !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
		if len(out) == maxWordsPerUnit {
			break
		}
	}
	return out
}

// observe counts the words of one confident sentence pair.
func (l *Lexicon) observe(x, y *unit) {
	xw, yw := uniq(x.words), uniq(y.words)
	l.links++
	for _, a := range xw {
		l.xCount[a]++
	}
	for _, b := range yw {
		l.yCount[b]++
	}
	for _, a := range xw {
		for _, b := range yw {
			l.pairs[[2]string{a, b}]++
		}
	}
}

// build keeps the pairs that co-occur often enough relative to how often
// each word occurs.
func (l *Lexicon) build() {
	type cand struct {
		t string
		d float64
	}
	best := map[string][]cand{}
	for k, n := range l.pairs {
		if n < 2 {
			continue
		}
		d := 2 * float64(n) / float64(l.xCount[k[0]]+l.yCount[k[1]])
		if d < 0.5 {
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
		if len(cs) > 3 {
			cs = cs[:3]
		}
		for _, c := range cs {
			l.add(s, c.t, c.d)
		}
	}
	l.pairs, l.xCount, l.yCount = nil, nil, nil
}

// similarity is the share of words on both sides that have a translation
// on the other side, in [0,1].
func (l *Lexicon) similarity(xs, ys []*unit) float64 {
	if l == nil || len(l.trans) == 0 {
		return 0
	}
	yset := map[string]bool{}
	ny := 0
	for _, u := range ys {
		for _, w := range u.words {
			yset[w] = true
			ny++
		}
	}
	nx, hits := 0, 0
	hitY := map[string]bool{}
	for _, u := range xs {
		for _, w := range u.words {
			nx++
			for t := range l.trans[w] {
				if yset[t] {
					hits++
					hitY[t] = true
					break
				}
			}
		}
	}
	if nx+ny == 0 {
		return 0
	}
	hy := 0
	for _, u := range ys {
		for _, w := range u.words {
			if hitY[w] {
				hy++
			}
		}
	}
	return float64(hits+hy) / float64(nx+ny)
}

// learnLexicon counts the words of the confident one-to-one sentence pairs
// of a first alignment.
func learnLexicon(p *Pair, d *Dict) *Lexicon {
	l := newLexicon(d)
	var costs []float64
	for _, bl := range p.Blocks {
		for _, s := range bl.Sents {
			if len(s.Src) == 1 && len(s.Dst) == 1 {
				costs = append(costs, s.Cost)
			}
		}
	}
	if len(costs) < 8 {
		return l
	}
	sorted := append([]float64(nil), costs...)
	sort.Float64s(sorted)
	limit := sorted[len(sorted)*3/4]
	for _, bl := range p.Blocks {
		for _, s := range bl.Sents {
			if len(s.Src) == 1 && len(s.Dst) == 1 && s.Cost <= limit {
				x := p.Src.Blocks[s.Src[0].Block]
				y := p.Dst.Blocks[s.Dst[0].Block]
				xu := &unit{words: Words(x.SentenceText(s.Src[0].Index))}
				yu := &unit{words: Words(y.SentenceText(s.Dst[0].Index))}
				l.observe(xu, yu)
			}
		}
	}
	l.build()
	return l
}
