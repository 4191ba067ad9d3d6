// Package wordalign aligns the words inside aligned sentence pairs: which
// word of a translated sentence renders which word of its source.
//
// A [Model] is learned from the sentence pairs of one pair of documents, as
// IBM Model 1 learns word translation probabilities (Brown et al. 1993):
// expectation-maximisation over the pairs, in both directions, each word
// of a sentence explained by some word of the other side or by nothing.
// The learning is seeded with what needs no learning: identical words,
// equal numbers, names and cognates that agree after transliteration
// (feature.NameKey, so Лавров ~ Lavrov), and the entries of an optional
// bilingual dictionary. Words are compared by their stems (feature.Stem).
//
// Inside one sentence pair, words are then linked one to one by
// competitive linking (Melamed 2000): the pair of words with the strongest
// association is linked first, then the strongest among the words left,
// and so on while the association is strong enough. One to one is what
// the rules need: a word repeated on one side, or a clause added, finds
// no partner left on the other.
//
// Cost is linear in the documents: each sentence pair counts its word
// pairs, and sentences longer than [MaxTokens] words are cut for learning.
package wordalign

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

// Tuned constants. Each says what it was set on.
const (
	// Iterations of EM. Model 1 converges in a handful; five is the usual
	// choice (Brown et al.) and more changed no link on the Text+Berg dev
	// document's first half.
	Iterations = 5

	// MaxTokens is the most tokens of one side of a pair used for
	// learning: it bounds the cost of a pair (words beyond are still
	// linked, by what the rest of the document taught). Principle: well
	// above the length of a real sentence.
	MaxTokens = 120

	// MinLink is the least association (the geometric mean of the two
	// directions' translation probabilities) for two words to be linked.
	// Set on the first half of the Text+Berg dev document's 1-1 pairs
	// (German-French) as the lowest value (of 0.005, 0.01, 0.02, 0.05,
	// 0.1, 0.2) at which content words of wrong pairs (each sentence
	// against the next one's translation) find a partner less than a
	// tenth as often as those of true pairs: 0.769 against 0.059 there;
	// on the held-out second half 0.784 against 0.070.
	MinLink = 0.02

	// MaxContentShare: a word that stands in more than this share of a
	// side's sentences is a function word (articles, prepositions) and not
	// content. Principle with a fit: on the Text+Berg dev document the
	// words above it are the articles and prepositions of each language.
	MaxContentShare = 0.08

	// MinShareSentences is the least number of sentences of a side for
	// the shares of its words to tell function words: in a shorter text
	// every word stands in a large share. Principle.
	MinShareSentences = 20

	// MinContentLetters is the least number of letters of a content word;
	// shorter ones are function words in the languages tralign knows.
	// Principle.
	MinContentLetters = 4
)

// Kind says what a token is.
type Kind uint8

// Token kinds.
const (
	Word Kind = iota
	Number
)

// Token is one word or number of a text.
type Token struct {
	Kind  Kind
	Text  string      // as written
	Block int         // the block it stands in (see Doc); 0 from Tokenize
	Span  source.Span // where it stands in the text given to Tokenize, or in its block's text
	Key   string      // the lower-cased stem of a word, the normalised value of a number
	Name  string      // the transliterated name key of a word of four letters or more; "" otherwise
}

// Capitalised reports whether the token starts with an upper-case letter.
func (t Token) Capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

var tokenRe = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|\d+(?:[.,]\d+)*`)

// Tokenize returns the words and numbers of text, in order.
func Tokenize(text string) []Token {
	var out []Token
	for _, m := range tokenRe.FindAllStringIndex(text, -1) {
		s := strings.TrimRight(text[m[0]:m[1]], "'’")
		t := Token{Text: s, Span: source.Span{Start: m[0], End: m[0] + len(s)}}
		r, _ := utf8.DecodeRuneInString(s)
		if unicode.IsDigit(r) {
			t.Kind = Number
			if ns := feature.Numbers(s); len(ns) > 0 {
				t.Key = "#" + ns[0]
			} else {
				t.Key = "#" + s
			}
		} else {
			t.Key = feature.Stem(strings.ToLower(s))
			if ns := feature.Numbers("1 " + s); len(ns) == 2 && strings.HasPrefix(ns[1], "m") {
				t.Name = ns[1] // a month: May ~ mayo ~ мае
			} else if utf8.RuneCountInString(s) >= 4 {
				if k := feature.NameKey(s); len(k) >= 4 {
					t.Name = k
				}
			}
		}
		out = append(out, t)
	}
	return out
}

// Pair is one aligned pair of texts to learn from: the tokens of each side.
type Pair struct {
	Source, Target []Token
}

// Options tune the learning.
type Options struct {
	// Dict lists known translations: lower-cased source words to target
	// words; nil for none.
	Dict map[string][]string
}

// Model holds what was learned from the pairs of one document pair.
type Model struct {
	st, ts   map[[2]string]float64 // P(target stem | source stem), P(source stem | target stem)
	seed     map[[2]string]bool    // dictionary pairs (stems)
	srcShare map[string]float64    // share of source sentences holding a stem
	dstShare map[string]float64
}

// Train learns a model from the pairs.
func Train(pairs []Pair, opts Options) *Model {
	m := &Model{seed: map[[2]string]bool{}}
	for s, ts := range opts.Dict {
		for _, t := range ts {
			for _, a := range Tokenize(s) {
				for _, b := range Tokenize(t) {
					m.seed[[2]string{a.Key, b.Key}] = true
				}
			}
		}
	}
	xs := make([][]Token, len(pairs))
	ys := make([][]Token, len(pairs))
	for i, p := range pairs {
		xs[i], ys[i] = cut(p.Source), cut(p.Target)
	}
	m.srcShare, m.dstShare = shares(xs), shares(ys)
	m.st = m.em(xs, ys, false)
	m.ts = m.em(ys, xs, true)
	return m
}

func cut(ts []Token) []Token {
	if len(ts) > MaxTokens {
		return ts[:MaxTokens]
	}
	return ts
}

func shares(side [][]Token) map[string]float64 {
	n := map[string]float64{}
	if len(side) < MinShareSentences {
		return n // too few sentences to tell
	}
	for _, ts := range side {
		seen := map[string]bool{}
		for _, t := range ts {
			if !seen[t.Key] {
				seen[t.Key] = true
				n[t.Key]++
			}
		}
	}
	for k := range n {
		n[k] /= float64(max(len(side), 1))
	}
	return n
}

// em runs Model 1 from side xs to side ys and returns P(y | x) for the
// word pairs that co-occur, keyed by stem pair. Seeded pairs start ten
// times as likely as the others (the seed weight is a principle: strong
// enough to win the first iteration, weak enough for the data to
// overrule). Stems are numbered so that the counts are kept in maps of
// integers; number 0 of side xs is the empty word each sentence has for
// the words of the other side that translate nothing.
func (m *Model) em(xs, ys [][]Token, reverse bool) map[[2]string]float64 {
	const seedWeight = 10
	xv, yv := map[string]uint64{"\x00": 0}, map[string]uint64{}
	xn, yn := []string{"\x00"}, []string(nil)
	id := func(v map[string]uint64, names *[]string, k string) uint64 {
		if i, ok := v[k]; ok {
			return i
		}
		i := uint64(len(*names))
		v[k] = i
		*names = append(*names, k)
		return i
	}
	xi := make([][]uint64, len(xs))
	yi := make([][]uint64, len(ys))
	// Keys are kept in the order first met as well, so that sums run in
	// one order and the result does not depend on map iteration.
	t := map[uint64]float64{}
	var keys []uint64
	set := func(k uint64, v float64) {
		if _, ok := t[k]; !ok {
			keys = append(keys, k)
		}
		t[k] = v
	}
	for i := range xs {
		xi[i] = []uint64{0}
		for _, x := range xs[i] {
			xi[i] = append(xi[i], id(xv, &xn, x.Key))
		}
		for k, y := range ys[i] {
			b := id(yv, &yn, y.Key)
			yi[i] = append(yi[i], b)
			set(b, 1)
			for j, x := range xs[i] {
				w := 1.0
				if m.seeded(x, ys[i][k], reverse) {
					w = seedWeight
				}
				set(xi[i][j+1]<<32|b, w)
			}
		}
	}
	normalise(t, keys)
	for it := 0; it < Iterations; it++ {
		count := make(map[uint64]float64, len(t))
		for i := range xi {
			for _, b := range yi[i] {
				z := 0.0
				for _, a := range xi[i] {
					z += t[a<<32|b]
				}
				if z == 0 {
					continue
				}
				for _, a := range xi[i] {
					k := a<<32 | b
					count[k] += t[k] / z
				}
			}
		}
		normalise(count, keys)
		t = count
	}
	out := make(map[[2]string]float64, len(t))
	for k, v := range t {
		if a := k >> 32; a != 0 {
			out[[2]string{xn[a], yn[k&(1<<32-1)]}] = v
		}
	}
	return out
}

// normalise makes t a conditional distribution over the low half of its
// keys, summing in the order of keys.
func normalise(t map[uint64]float64, keys []uint64) {
	sum := map[uint64]float64{}
	for _, k := range keys {
		sum[k>>32] += t[k]
	}
	for _, k := range keys {
		if s := sum[k>>32]; s > 0 {
			t[k] /= s
		}
	}
}

// seeded reports whether x and y are known to translate each other
// without learning: same stem, equal number, same name key, or a
// dictionary entry. reverse says x is of the target side.
func (m *Model) seeded(x, y Token, reverse bool) bool {
	if x.Key == y.Key {
		return true
	}
	if x.Kind == Word && y.Kind == Word && x.Name != "" && x.Name == y.Name {
		return true
	}
	if reverse {
		x, y = y, x
	}
	return m.seed[[2]string{x.Key, y.Key}]
}

// Association returns how strongly source token s and target token t
// translate each other, in [0, 1]: 1 for a seeded pair, else the
// geometric mean of the two directions' probabilities.
func (m *Model) Association(s, t Token) float64 {
	if m.seeded(s, t, false) {
		return 1
	}
	return math.Sqrt(m.st[[2]string{s.Key, t.Key}] * m.ts[[2]string{t.Key, s.Key}])
}

// Content reports whether token t of the source side (src) or of the
// target side is a content word: a number, or a word of four letters or
// more that is not among the side's most common words.
func (m *Model) Content(t Token, src bool) bool {
	if t.Kind == Number {
		return true
	}
	if utf8.RuneCountInString(t.Text) < MinContentLetters {
		return false
	}
	share := m.dstShare
	if src {
		share = m.srcShare
	}
	return share[t.Key] <= MaxContentShare
}

// Share returns the share of the sentences of the source side (src) or
// of the target side that hold the stem of t.
func (m *Model) Share(t Token, src bool) float64 {
	if src {
		return m.srcShare[t.Key]
	}
	return m.dstShare[t.Key]
}

// Link joins source token S and target token T (indexes into the slices
// given to Align).
type Link struct {
	S, T  int
	Score float64 // Association of the two
}

// Alignment is the word alignment of one sentence pair.
type Alignment struct {
	Source, Target []Token
	Links          []Link // sorted by S
	SrcLink        []int  // for each source token, the target token it is linked to, or -1
	DstLink        []int  // for each target token, the source token it is linked to, or -1
}

// Align links the tokens of one pair of texts one to one.
func (m *Model) Align(src, dst []Token) *Alignment {
	a := &Alignment{Source: src, Target: dst, SrcLink: fill(len(src)), DstLink: fill(len(dst))}
	type cand struct {
		s, t int
		v    float64
		d    int // distance from the diagonal, to break ties
	}
	var cs []cand
	for i, s := range src {
		for j, t := range dst {
			if v := m.Association(s, t); v >= MinLink {
				d := i*len(dst) - j*len(src)
				if d < 0 {
					d = -d
				}
				cs = append(cs, cand{i, j, v, d})
			}
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].v != cs[j].v {
			return cs[i].v > cs[j].v
		}
		if cs[i].d != cs[j].d {
			return cs[i].d < cs[j].d
		}
		if cs[i].s != cs[j].s {
			return cs[i].s < cs[j].s
		}
		return cs[i].t < cs[j].t
	})
	for _, c := range cs {
		if a.SrcLink[c.s] >= 0 || a.DstLink[c.t] >= 0 {
			continue
		}
		a.SrcLink[c.s], a.DstLink[c.t] = c.t, c.s
		a.Links = append(a.Links, Link{c.s, c.t, c.v})
	}
	sort.Slice(a.Links, func(i, j int) bool { return a.Links[i].S < a.Links[j].S })
	return a
}

func fill(n int) []int {
	out := make([]int, n)
	for i := range out {
		out[i] = -1
	}
	return out
}
