package langid

import (
	"math"
	"runtime"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/tralign/tralign/align/internal/par"
)

// Model constants.
const (
	// stopMass is the share of running words that are function words (the
	// mixture weight λ of the closed-class word model).
	stopMass = 0.4
	// lexMass is the share of running words taken by the heading nouns
	// (lex) of the language.
	lexMass = 0.03
	// zipfOffset is the offset s of the Zipf–Mandelbrot law p(r) ∝ 1/(r+s)
	// used to turn the rank of a function word into a probability.
	zipfOffset = 2.0
	// alphaPerLetter is the additive pseudo-count given to every letter of
	// the alphabet at the unigram level.
	alphaPerLetter = 0.5
	// foreignLetterProb is the probability of a letter outside the
	// language's alphabet.
	foreignLetterProb = 1e-6
	// backoffBoost multiplies the number of distinct followers of a context
	// in Witten–Bell smoothing, moving probability mass to unseen n-grams:
	// the samples are small, so many plausible n-grams are unseen.
	backoffBoost = 2.0
)

// Special symbols of the character model.
const (
	symStart rune = 1 // padding before the first letter of a word
	symEnd   rune = 2 // end of word
)

// absent marks a table cell with no entry (log-probabilities are ≤ 0).
const absent = float32(1)

// model holds the derived, read-only tables. It is built once from specs.
type model struct {
	index map[string]int // language code → position in specs

	// Character model: interpolated (Witten–Bell) trigram probabilities of a
	// letter given the two before it, with word boundaries as symbols.
	gram   map[uint64]int32   // n-gram key → row in gramLP
	gramLP []float32          // row*numLang+lang: log P(c | context) or absent
	ctx    map[uint64]int32   // context key → row in ctxLP
	ctxLP  []float32          // row*numLang+lang: log back-off weight or absent
	alpha  map[rune]uint64    // letter → bit set of languages whose alphabet has it
	wide   [numScripts]uint64 // script → bit set of languages all of whose letters it has
	notIn  map[rune]uint64    // letter of a wide script → bit set of languages that do not write it
	uniIn  [numLang]float32   // log P of an unseen letter of the alphabet
	uniOut [numLang]float32   // log P of a letter foreign to the alphabet

	// Word model: log(λ·P(word | function word) + λ'·P(word | heading
	// noun)) or absent. A word in this table is "known".
	vocab   map[string]int32
	vocabLP []float32

	logCharMass float32 // log(1-λ)

	// seen maps a letter to the bit set of languages whose training words
	// have it. A language that has seen no letter of a word, and has none
	// of them in its alphabet, gives it the probability
	// foreignBase[lang] + n·uniOut[lang] for a word of n letters: the
	// back-off weights of the word-start contexts, n foreign letters and
	// the end of word; see foreignWordLogProb.
	seen        map[rune]uint64
	foreignBase [numLang]float32
}

// gramKey packs up to three runes (a, b, c), a and b possibly zero.
func gramKey(a, b, c rune) uint64 {
	return uint64(a)<<42 | uint64(b)<<21 | uint64(c)
}

// ctxKey packs a context of one or two runes (a possibly zero).
func ctxKey(a, b rune) uint64 {
	return uint64(a)<<21 | uint64(b)
}

// getModel returns the model, the first time it is asked for: read
// from the tables built in advance (modelData), or built from the
// languages' samples if those cannot be read.
var getModel = sync.OnceValue(func() *model {
	if m, err := decodeModel(modelData); err == nil {
		return m
	}
	return buildModel(runtime.GOMAXPROCS(0))
})

// newModel returns a model with what the languages' specs say directly:
// the languages, their alphabets and scripts; its tables are empty.
func newModel() *model {
	m := &model{
		index: make(map[string]int, numLang),
		alpha: make(map[rune]uint64),
		notIn: make(map[rune]uint64),
	}
	m.logCharMass = float32(math.Log(1 - stopMass - lexMass))
	for li := range specs {
		sp := &specs[li]
		m.index[sp.code] = li
		for _, r := range sp.alphabet {
			m.alpha[r] |= 1 << li
		}
		for _, sc := range sp.wide {
			m.wide[sc] |= 1 << li
		}
		for _, r := range sp.notAlphabet {
			if r != ' ' && r != '\n' {
				m.notIn[r] |= 1 << li
			}
		}
		m.alpha[symEnd] |= 1 << li
	}
	return m
}

// buildModel builds the model from the samples and word lists of the
// languages, counting the languages on at most workers goroutines. The
// model is the same whatever the number, the order of its rows aside.
func buildModel(workers int) *model {
	m := newModel()
	m.vocab = make(map[string]int32)
	// The character models of the languages are counted apart, on at
	// most workers goroutines, then laid out in the tables: each key a
	// row, each language a column, every cell written once.
	langs := make([]charModel, len(specs))
	par.Each(len(specs), workers, func(li int) { langs[li] = m.countLanguage(li) })
	// The tables are made at the most rows they may need, the keys of
	// all the languages, so that they never grow.
	grams, ctxs := 0, 0
	for li := range langs {
		grams, ctxs = grams+len(langs[li].gram), ctxs+len(langs[li].ctx)
	}
	m.gram, m.ctx = make(map[uint64]int32, grams), make(map[uint64]int32, ctxs)
	for li := range langs {
		for _, e := range langs[li].gram {
			addRow(m.gram, e.key)
		}
		for _, e := range langs[li].ctx {
			addRow(m.ctx, e.key)
		}
	}
	m.gramLP, m.ctxLP = absentCells(len(m.gram)), absentCells(len(m.ctx))
	for li, cm := range langs {
		m.uniIn[li], m.uniOut[li] = cm.uniIn, cm.uniOut
		for _, e := range cm.gram {
			m.gramLP[int(m.gram[e.key])*numLang+li] = e.lp
		}
		for _, e := range cm.ctx {
			m.ctxLP[int(m.ctx[e.key])*numLang+li] = e.lp
		}
		// Function words and heading nouns: Zipf–Mandelbrot
		// probabilities by rank.
		m.addWords(li, cm.stop, stopMass)
		m.addWords(li, cm.lex, lexMass)
	}
	m.derive()
	return m
}

// derive sets what the model works out from its tables: the letters
// each language has seen, and the part of a foreign word's probability
// that does not depend on its length.
func (m *model) derive() {
	m.seen = make(map[rune]uint64)
	for k, r := range m.gram {
		if k>>21 != 0 {
			continue // not a unigram
		}
		for li := range numLang {
			if m.gramLP[int(r)*numLang+li] != absent {
				m.seen[rune(k)] |= 1 << li
			}
		}
	}
	for li := range numLang {
		m.foreignBase[li] = m.foreignWordLogProb(li, 0)
	}
}

// foreignWordLogProb returns the log-probability, under the character model
// of language li, of a word of n letters none of which the language has
// seen or has in its alphabet, n ≥ 1; with n = 0 it returns the part that
// does not depend on n. Every letter then backs off to the unigram, where it
// is foreign; only the contexts of the word start are known.
func (m *model) foreignWordLogProb(li, n int) float32 {
	var lp float32
	if r, ok := m.ctx[ctxKey(symStart, symStart)]; ok && m.ctxLP[int(r)*numLang+li] != absent {
		lp += m.ctxLP[int(r)*numLang+li]
	}
	if r, ok := m.ctx[ctxKey(0, symStart)]; ok && m.ctxLP[int(r)*numLang+li] != absent {
		lp += m.ctxLP[int(r)*numLang+li]
	}
	if r, ok := m.gram[gramKey(0, 0, symEnd)]; ok && m.gramLP[int(r)*numLang+li] != absent {
		lp += m.gramLP[int(r)*numLang+li]
	}
	return lp + float32(n)*m.uniOut[li]
}

// addRow gives key the next row of idx, unless it has one.
func addRow(idx map[uint64]int32, key uint64) {
	if _, ok := idx[key]; !ok {
		idx[key] = int32(len(idx))
	}
}

// absentCells returns the cells of rows rows, all absent.
func absentCells(rows int) []float32 {
	cells := make([]float32, rows*numLang)
	for i := range cells {
		cells[i] = absent
	}
	return cells
}

// trainingWords returns the words a language's character model is counted
// from: its sample and its function words.
func trainingWords(sp *langSpec, stop, lex []string) []string {
	var words []string
	for _, t := range tokenize(sp.sample + "\n" + moreSamples[sp.code]) {
		words = append(words, t.word)
	}
	words = append(words, stop...)
	words = append(words, lex...)
	return words
}

// wordList returns the words of a space-separated list, normalised, first
// occurrence only. A word of a script written without spaces is cut into
// chunks as tokenize cuts text, so that it is looked up as it will be met.
func wordList(list string) []string {
	seen := make(map[string]bool)
	var out []string
	for _, f := range strings.Fields(list) {
		ws := []string{strings.ReplaceAll(strings.Map(foldRune, f), "’", "'")}
		if r, _ := utf8.DecodeRuneInString(f); scriptOf(r).unspaced() || keepsMarks(scriptOf(r)) {
			ws = ws[:0]
			for _, t := range tokenize(f) {
				ws = append(ws, t.word)
			}
		}
		for _, w := range ws {
			if !seen[w] {
				seen[w] = true
				out = append(out, w)
			}
		}
	}
	return out
}

// alphaMask returns the bit set of languages whose alphabet has letter c.
func (m *model) alphaMask(c rune) uint64 {
	mask := m.alpha[c]
	if c >= 0x370 {
		mask |= m.wide[blockScript(c)] &^ m.notIn[c]
	}
	return mask
}

// charModel is the character model of one language: the log-probability
// of each n-gram it has and the log back-off weight of each context, in
// the order they were worked out, and those of unseen letters.
type charModel struct {
	gram, ctx     []keyLP
	uniIn, uniOut float32
	// The language's function words and heading nouns (see wordList),
	// which it is trained on too.
	stop, lex []string
}

// keyLP is the log-probability (or back-off weight) of an n-gram (or
// context) key.
type keyLP struct {
	key uint64
	lp  float32
}

// countLanguage works out the character model of language li from its
// training words. It reads m's alphabets only, so that the languages may
// be counted at once.
func (m *model) countLanguage(li int) charModel {
	sp := &specs[li]
	cm := charModel{stop: wordList(sp.stop), lex: wordList(sp.lex)}

	// Count n-grams of orders 1..3.
	c3 := make(map[uint64]float64)
	c2 := make(map[uint64]float64)
	c1 := make(map[rune]float64)
	var total float64
	for _, w := range trainingWords(sp, cm.stop, cm.lex) {
		a, b := symStart, symStart
		for _, c := range append([]rune(w), symEnd) {
			c3[gramKey(a, b, c)]++
			c2[gramKey(0, b, c)]++
			c1[c]++
			total++
			a, b = b, c
		}
	}

	// Unigram: additive smoothing towards the alphabet.
	alphaSize := float64(len([]rune(sp.alphabet)) + 1)
	if sp.alphaSize > 0 {
		alphaSize = float64(sp.alphaSize)
	}
	alpha := alphaPerLetter * alphaSize
	p1 := func(c rune) float64 {
		n := c1[c]
		if m.alphaMask(c)&(1<<li) != 0 {
			return (n + alphaPerLetter) / (total + alpha)
		}
		if n > 0 {
			return n / (total + alpha)
		}
		return foreignLetterProb
	}
	cm.uniIn = float32(math.Log(alphaPerLetter / (total + alpha)))
	cm.uniOut = float32(math.Log(foreignLetterProb))
	cm.gram = make([]keyLP, 0, len(c1)+len(c2)+len(c3))
	cm.ctx = make([]keyLP, 0, len(c2)+len(c3))
	for c := range c1 {
		cm.gram = append(cm.gram, keyLP{gramKey(0, 0, c), float32(math.Log(p1(c)))})
	}

	// Context statistics: total count and number of distinct followers.
	type stat struct{ n, types float64 }
	ctx1 := make(map[rune]*stat)
	for k, n := range c2 {
		b := rune(k >> 21 & (1<<21 - 1))
		s := ctx1[b]
		if s == nil {
			s = &stat{}
			ctx1[b] = s
		}
		s.n += n
		s.types += backoffBoost
	}
	ctx2 := make(map[uint64]*stat)
	for k, n := range c3 {
		ck := k >> 21
		s := ctx2[ck]
		if s == nil {
			s = &stat{}
			ctx2[ck] = s
		}
		s.n += n
		s.types += backoffBoost
	}

	// Bigram, Witten–Bell interpolated with the unigram.
	bow1 := func(b rune) float64 {
		s := ctx1[b]
		if s == nil {
			return 1
		}
		return s.types / (s.n + s.types)
	}
	p2 := func(b, c rune) float64 {
		s := ctx1[b]
		if s == nil {
			return p1(c)
		}
		return (c2[gramKey(0, b, c)] + s.types*p1(c)) / (s.n + s.types)
	}
	for b := range ctx1 {
		cm.ctx = append(cm.ctx, keyLP{ctxKey(0, b), float32(math.Log(bow1(b)))})
	}
	for k := range c2 {
		b, c := rune(k>>21&(1<<21-1)), rune(k&(1<<21-1))
		cm.gram = append(cm.gram, keyLP{k, float32(math.Log(p2(b, c)))})
	}

	// Trigram, Witten–Bell interpolated with the bigram.
	for ck, s := range ctx2 {
		cm.ctx = append(cm.ctx, keyLP{ck, float32(math.Log(s.types / (s.n + s.types)))})
	}
	for k, n := range c3 {
		a, b, c := rune(k>>42), rune(k>>21&(1<<21-1)), rune(k&(1<<21-1))
		s := ctx2[ctxKey(a, b)]
		p := (n + s.types*p2(b, c)) / (s.n + s.types)
		cm.gram = append(cm.gram, keyLP{k, float32(math.Log(p))})
	}
	return cm
}

// addWords gives the words, in order of frequency, a total probability mass
// in language li.
func (m *model) addWords(li int, words []string, mass float64) {
	var z float64
	for i := range words {
		z += 1 / (float64(i+1) + zipfOffset)
	}
	for i, w := range words {
		lp := math.Log(mass * (1 / (float64(i+1) + zipfOffset)) / z)
		r, ok := m.vocab[w]
		if !ok {
			r = int32(len(m.vocabLP) / numLang)
			m.vocab[w] = r
			for range numLang {
				m.vocabLP = append(m.vocabLP, absent)
			}
		}
		cell := &m.vocabLP[int(r)*numLang+li]
		if *cell != absent {
			lp = logAddExp(lp, float64(*cell))
		}
		*cell = float32(lp)
	}
}

// charLogProbs adds to out, for every language in the bit set langs, the
// log-probability of the word under that language's character model
// (including the end of word).
func (m *model) charLogProbs(word string, langs uint64, out *[numLang]float64) {
	a, b := symStart, symStart
	step := func(c rune) {
		r3, ok3 := m.gram[gramKey(a, b, c)]
		rc2, okc2 := m.ctx[ctxKey(a, b)]
		r2, ok2 := m.gram[gramKey(0, b, c)]
		rc1, okc1 := m.ctx[ctxKey(0, b)]
		r1, ok1 := m.gram[gramKey(0, 0, c)]
		mask := m.alphaMask(c)
		for li := range numLang {
			if langs&(1<<li) == 0 {
				continue
			}
			if ok3 {
				if v := m.gramLP[int(r3)*numLang+li]; v != absent {
					out[li] += float64(v)
					continue
				}
			}
			var lp float32
			if okc2 {
				if v := m.ctxLP[int(rc2)*numLang+li]; v != absent {
					lp += v
				}
			}
			if ok2 {
				if v := m.gramLP[int(r2)*numLang+li]; v != absent {
					out[li] += float64(lp + v)
					continue
				}
			}
			if okc1 {
				if v := m.ctxLP[int(rc1)*numLang+li]; v != absent {
					lp += v
				}
			}
			switch {
			case ok1 && m.gramLP[int(r1)*numLang+li] != absent:
				lp += m.gramLP[int(r1)*numLang+li]
			case mask&(1<<li) != 0:
				lp += m.uniIn[li]
			default:
				lp += m.uniOut[li]
			}
			out[li] += float64(lp)
		}
		a, b = b, c
	}
	for _, c := range word {
		step(c)
	}
	step(symEnd)
}

// wordLogProbs returns, for every language, log P(word | language): a
// mixture of the word lists and the character model.
func (m *model) wordLogProbs(word string) [numLang]float64 {
	var lp [numLang]float64
	// Languages that have seen a letter of the word, or have it in their
	// alphabet, are scored letter by letter; the others in closed form.
	var langs uint64
	n := 0
	for _, c := range word {
		langs |= m.seen[c] | m.alphaMask(c)
		n++
	}
	for li := range numLang {
		if langs&(1<<li) == 0 {
			lp[li] = float64(m.foreignBase[li] + float32(n)*m.uniOut[li])
		}
	}
	m.charLogProbs(word, langs, &lp)
	vr, known := m.vocab[word]
	for li := range numLang {
		lp[li] += float64(m.logCharMass)
		if known {
			if v := m.vocabLP[int(vr)*numLang+li]; v != absent {
				lp[li] = logAddExp(lp[li], float64(v))
			}
		}
	}
	return lp
}

// logAddExp returns log(exp(x)+exp(y)) without overflow.
func logAddExp(x, y float64) float64 {
	if x < y {
		x, y = y, x
	}
	if x-y > 40 || math.IsInf(y, -1) {
		return x // exp(y-x) is below float64 precision
	}
	return x + math.Log1p(math.Exp(y-x))
}
