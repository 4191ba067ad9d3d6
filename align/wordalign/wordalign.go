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
	"math/bits"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/chunk"
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

// Token is one word or number of a text. It is kept small (32 bytes):
// a document's tokens are the most numerous things a check holds, so
// its block and where it starts are kept in 32 bits: the words of a
// text past doc.MaxText bytes are not read (no block a reader gives is
// longer).
type Token struct {
	Text string // as written
	// Its key and name, shared by the tokens written the same: a
	// document says the same words again and again. nil for a token
	// read without them (SpansTemp).
	keys  *tokenKeys
	block int32 // see Block
	start int32 // where Text starts, see Span
}

// Block returns the block the token stands in (see Doc); 0 from
// Tokenize.
func (t Token) Block() int { return int(t.block) }

// InBlock returns t as standing in block bi, for a caller that tokenises
// the texts of blocks itself.
func (t Token) InBlock(bi int) Token {
	t.block = int32(bi)
	return t
}

// Span returns where the token stands in the text given to Tokenize,
// or in its block's text.
func (t Token) Span() source.Span {
	return source.Span{Start: int(t.start), End: int(t.start) + len(t.Text)}
}

// Kind returns what the token is: a number if it starts with a digit.
func (t Token) Kind() Kind {
	if t.Text != "" && isDigit(rune(t.Text[0])) {
		return Number
	}
	return Word
}

// Key returns the lower-cased stem of a word, the normalised value of a
// number.
func (t Token) Key() string {
	if t.keys == nil {
		return ""
	}
	return t.keys.key
}

// Name returns the transliterated name key of a word of four letters or
// more; "" otherwise.
func (t Token) Name() string {
	if t.keys == nil {
		return ""
	}
	return t.keys.name
}

// Capitalised reports whether the token starts with an upper-case letter.
func (t Token) Capitalised() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// Tokenize returns the words and numbers of text, in order.
func Tokenize(text string) []Token {
	var tk Tokenizer
	return tk.Tokenize(text)
}

// Tokenizer tokenises texts as Tokenize does, remembering the key and
// name of each word and number it has met, which cost more to work out
// than to look up: a document says the same words again and again. The
// zero value is ready to use; a Tokenizer is not safe for concurrent use.
// Its memory grows with the distinct words met, up to maxKnownWords of
// them.
type Tokenizer struct {
	known map[string]*tokenKeys
	buf   []Token // room to tokenise in, so that each result is allocated once, at its size
	// What the results of Tokenize are cut from, so that the sentences
	// of a book do not cost an allocation each.
	kept chunk.Pool[Token]
}

// tokenKeys is what a token's key and name are, given its text.
type tokenKeys struct {
	key, name string
}

// Tokenize returns the words and numbers of text, in order: a word is a
// letter followed by letters, marks and apostrophes (final apostrophes
// left out), in parts joined by single hyphens; a number is ASCII digits
// in groups joined by single points or commas. The result is full (its
// capacity is its length), so that appending to it copies it.
func (tk *Tokenizer) Tokenize(text string) []Token {
	return tk.keep(tk.TokenizeTemp(text))
}

// keep returns a copy of the tokens out, cut from the Tokenizer's
// chunks: nil for none.
func (tk *Tokenizer) keep(out []Token) []Token {
	if len(out) == 0 {
		return nil
	}
	res := tk.kept.Cut(len(out))
	copy(res, out)
	return res
}

// TokenizeTemp is Tokenize returning the tokens in the Tokenizer's own
// room, without a copy: they are only valid until its next call, for a
// caller that reads them at once and keeps none.
func (tk *Tokenizer) TokenizeTemp(text string) []Token {
	return tk.scan(text, 0, true)
}

// SpansTemp is TokenizeTemp without the keys and names: each token has
// its kind, text and span only, which costs a fraction of looking the
// keys up, for a caller that reads no more.
func (tk *Tokenizer) SpansTemp(text string) []Token {
	return tk.scan(text, 0, false)
}

// scan tokenises text from byte at on in the Tokenizer's room, with the
// keys and names of the tokens if keyed.
func (tk *Tokenizer) scan(text string, at int, keyed bool) []Token {
	out := tk.buf[:0]
	sc := Spans{text: text, at: at}
	for {
		t, ok := sc.Next()
		if !ok {
			break
		}
		if keyed {
			t.keys = tk.keys(t.Text)
		}
		out = append(out, t)
	}
	tk.buf = out[:0]
	return out
}

// Spans reads the tokens of a text one at a time, as SpansTemp gives
// them (kind, text and span), holding none: for a caller that looks at a
// few tokens at a time through a text that may be a whole book.
type Spans struct {
	text string
	at   int // where to read on
}

// NewSpans returns a reader of the tokens of text.
func NewSpans(text string) *Spans {
	return &Spans{text: text}
}

// Next returns the next token, or false at the end of the text.
func (sc *Spans) Next() (Token, bool) {
	text := sc.text
	for i := sc.at; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		var end int
		switch {
		case isDigit(r):
			end = numberEnd(text, i)
		case feature.IsLetter(r):
			end = wordEnd(text, i)
		default:
			i += n
			continue
		}
		if end > doc.MaxText {
			break
		}
		sc.at = end
		return Token{Text: strings.TrimRight(text[i:end], "'’"), start: int32(i)}, true
	}
	sc.at = len(text)
	return Token{}, false
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

// numberEnd returns the end of the number that starts at i: digits, then
// groups of a point or comma and digits.
func numberEnd(text string, i int) int {
	i = digitsEnd(text, i)
	for i+1 < len(text) && (text[i] == '.' || text[i] == ',') && isDigit(rune(text[i+1])) {
		i = digitsEnd(text, i+1)
	}
	return i
}

func digitsEnd(text string, i int) int {
	for i < len(text) && isDigit(rune(text[i])) {
		i++
	}
	return i
}

// wordEnd returns the end of the word that starts with a letter at i:
// letters, marks and apostrophes, then parts of a hyphen, a letter and
// letters, marks and apostrophes. Letters of Chinese, Japanese and Korean
// writing and letters of other scripts do not make one word: those
// languages write a Latin name against the next word
// ("Subversionなどの", "Heroku에서").
func wordEnd(text string, i int) int {
	first, _ := utf8.DecodeRuneInString(text[i:])
	cjk := feature.IsCJK(first)
	for {
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		for i < len(text) {
			r, n := utf8.DecodeRuneInString(text[i:])
			if !feature.IsLetter(r) && !unicode.Is(unicode.M, r) && r != '\'' && r != '’' {
				break
			}
			if feature.IsLetter(r) && feature.IsCJK(r) != cjk {
				return i
			}
			i += n
		}
		if i+1 >= len(text) || text[i] != '-' {
			return i
		}
		if r, _ := utf8.DecodeRuneInString(text[i+1:]); !feature.IsLetter(r) || feature.IsCJK(r) != cjk {
			return i
		}
		i++
	}
}

// keys returns the kind, key and name of a token written s.
func (tk *Tokenizer) keys(s string) *tokenKeys {
	if k, ok := tk.known[s]; ok {
		return k
	}
	k := new(tokenKeys)
	if (Token{Text: s}).Kind() == Number {
		if ns := feature.Numbers(s); len(ns) > 0 {
			k.key = "#" + ns[0]
		} else {
			k.key = "#" + s
		}
	} else {
		k.key = feature.Stem(strings.ToLower(s))
		if ns := feature.Numbers("1 " + s); len(ns) == 2 && strings.HasPrefix(ns[1], "m") {
			k.name = ns[1] // a month: May ~ mayo ~ мае
		} else if utf8.RuneCountInString(s) >= 4 {
			if nk := feature.NameKey(s); len(nk) >= 4 {
				k.name = nk
			}
		}
	}
	if tk.known == nil || len(tk.known) >= maxKnownWords {
		tk.known = map[string]*tokenKeys{}
	}
	tk.known[s] = k
	return k
}

// maxKnownWords is the most words a Tokenizer remembers; past it, it
// forgets them all and starts again, which bounds its memory (about 100
// bytes a word) and changes no result. 1<<16 holds the vocabulary of a
// book.
const maxKnownWords = 1 << 16

// Pair is one aligned pair of texts to learn from: the tokens of each side.
type Pair struct {
	Source, Target []Token
}

// Options tune the learning.
type Options struct {
	// Dict lists known translations: lower-cased source words to target
	// words; nil for none.
	Dict map[string][]string
	// Tokenizer works out the tokens of the pair's texts; nil means one
	// of the pair's own. A caller that learns from many pairs on one
	// goroutine passes the same one, so that each word's key is worked
	// out once for all.
	Tokenizer *Tokenizer
}

// Model holds what was learned from the pairs of one document pair.
type Model struct {
	// The keys and the names of the tokens of both sides, numbered from
	// 1 as first met, so that comparing two tokens for a seed compares
	// numbers (see seededNums); a token has name 0 if it is no word or
	// has no name key.
	keyNum, nameNum map[string]uint32
	// The stems of each side, numbered from 1 (0 is the empty word) as
	// first met, by key number; 0 for a key not met on that side.
	src, dst stems
	// P(target stem | source stem) keyed by source<<32|target number, and
	// P(source stem | target stem) by the number st's index gives the
	// pair.
	st       probs
	ts       []float64
	seed     map[[2]string]bool // dictionary pairs (stems)
	srcShare map[string]float64 // share of source sentences holding a stem
	dstShare map[string]float64
}

// Train learns a model from the pairs.
func Train(pairs []Pair, opts Options) *Model {
	m, _ := train(pairs, opts)
	return m
}

// train is Train, also returning the numbers of the word pairs of each
// pair it learned from, laid out as em lays them out (see fwdPairs).
func train(pairs []Pair, opts Options) (*Model, [][]int32) {
	m := &Model{seed: map[[2]string]bool{}, keyNum: map[string]uint32{}, nameNum: map[string]uint32{}}
	for s, ts := range opts.Dict {
		for _, t := range ts {
			for _, a := range Tokenize(s) {
				for _, b := range Tokenize(t) {
					m.seed[[2]string{a.Key(), b.Key()}] = true
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
	// The two directions learn apart once em has numbered the pairs:
	// the iterations one way run beside the other's.
	st, fwd, learn := m.em(xs, ys)
	var wg sync.WaitGroup
	wg.Go(func() { st.p = learn() })
	m.ts = m.emReverse(xs, ys, fwd)
	wg.Wait()
	m.st = st
	return m, fwd.pairs
}

// stems numbers the stems of one side, from 1, by their key numbers.
type stems struct {
	num []uint32 // by key number
	n   int      // stems numbered
	// The numbers of the tokens learning met, by their shared keys: a
	// pointer looks up faster than the key's text, and a document says
	// the same words again and again. Written while learning only.
	byKeys map[*tokenKeys]nums
}

// add returns the number of the stem of key number k, numbering it next
// if it is new.
func (s *stems) add(k uint32) uint64 {
	if int(k) >= len(s.num) {
		s.num = append(s.num, make([]uint32, int(k)+1-len(s.num))...)
	}
	if s.num[k] == 0 {
		s.n++
		s.num[k] = uint32(s.n)
	}
	return uint64(s.num[k])
}

// of returns the number of the stem of key number k; 0 if not met.
func (s *stems) of(k uint32) uint64 {
	if int(k) < len(s.num) {
		return uint64(s.num[k])
	}
	return 0
}

// nums are the numbers a token is compared by: its key's and its name's
// (see Model.keyNum), and its stem's on its side.
type nums struct {
	key, name uint32
	stem      uint64
}

// learnNums returns the numbers of t, a token of side s, numbering what
// is new.
func (m *Model) learnNums(t Token, s *stems) nums {
	if n, ok := s.byKeys[t.keys]; ok { // never holds nil
		return n
	}
	n := m.numberKeys(t, s)
	if t.keys != nil {
		if s.byKeys == nil {
			s.byKeys = map[*tokenKeys]nums{}
		}
		s.byKeys[t.keys] = n
	}
	return n
}

// numberKeys is learnNums by the texts of t's key and name.
func (m *Model) numberKeys(t Token, s *stems) nums {
	k, ok := m.keyNum[t.Key()]
	if !ok {
		k = uint32(len(m.keyNum) + 1)
		m.keyNum[t.Key()] = k
	}
	var name uint32
	if t.Kind() == Word && t.Name() != "" {
		if name, ok = m.nameNum[t.Name()]; !ok {
			name = uint32(len(m.nameNum) + 1)
			m.nameNum[t.Name()] = name
		}
	}
	return nums{k, name, s.add(k)}
}

// numsOf returns the numbers of t, a token of side s, without numbering
// anything: 0 for what learning never met. It is safe for concurrent use.
func (m *Model) numsOf(t Token, s *stems) nums {
	if n, ok := s.byKeys[t.keys]; ok {
		return n
	}
	var n nums
	if k, ok := m.keyNum[t.Key()]; ok {
		n.key, n.stem = k, s.of(k)
	}
	if t.Kind() == Word && t.Name() != "" {
		n.name = m.nameNum[t.Name()]
	}
	return n
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
	seen := map[string]bool{}
	for _, ts := range side {
		clear(seen)
		for _, t := range ts {
			if !seen[t.Key()] {
				seen[t.Key()] = true
				n[t.Key()]++
			}
		}
	}
	for k := range n {
		n[k] /= float64(max(len(side), 1))
	}
	return n
}

// probs are the probabilities of word pairs, by key.
type probs struct {
	index pairIndex
	p     []float64 // by the number index gives a key
}

// pairIndex numbers the keys of word pairs as they are added. A key is
// x<<32|y, the numbers of a source and a target stem (x may be 0, the
// empty word; y never is). Learning and aligning query it for every pair
// of words of every sentence pair, y by y and, for each, x by x: the
// pairs of one source stem are kept in a small hash table of their own
// (open addressing, by y), so that the tables of a sentence's words stay
// in cache while its pairs are looked up, where one table for all the
// pairs of a book missed the cache at nearly every lookup. It holds no
// pointers for the collector to scan but one per source stem.
type pairIndex struct {
	rows []pairRow // by x
	n    int       // keys held
}

// pairRow holds the pairs of one source stem.
type pairRow struct {
	slots []rowSlot // a power of two of them, or none; y 0 is a free slot
	n     int32     // keys held
	shift uint8     // 32 - log2(len(slots))
}

type rowSlot struct {
	y   uint32
	num int32
}

// slot returns the slot of y: the one holding it, or the free one where
// it would go. The row has slots.
func (r *pairRow) slot(y uint32) *rowSlot {
	mask := uint32(len(r.slots) - 1)
	for i := (y * 0x9e3779b9) >> r.shift; ; i = (i + 1) & mask {
		if s := &r.slots[i]; s.y == y || s.y == 0 {
			return s
		}
	}
}

// get returns the number of key k, and whether it was added.
func (x *pairIndex) get(k uint64) (int32, bool) {
	xs, y := k>>32, uint32(k)
	if xs >= uint64(len(x.rows)) || y == 0 {
		return 0, false
	}
	r := &x.rows[xs]
	if r.n == 0 {
		return 0, false
	}
	s := r.slot(y)
	return s.num, s.y == y
}

// add returns the number of key k, numbering it next if it is new. The
// low half of k is not 0.
func (x *pairIndex) add(k uint64) (n int32, added bool) {
	xs, y := k>>32, uint32(k)
	if xs >= uint64(len(x.rows)) {
		x.rows = append(x.rows, make([]pairRow, int(xs)+1-len(x.rows))...)
	}
	r := &x.rows[xs]
	if 4*(int(r.n)+1) > 3*len(r.slots) { // at most three quarters full
		r.resize(max(2*len(r.slots), minRowSlots))
	}
	s := r.slot(y)
	if s.y == y {
		return s.num, false
	}
	s.y, s.num = y, int32(x.n)
	r.n++
	x.n++
	return s.num, true
}

// keys returns the keys held, by number.
func (x *pairIndex) keys() []uint64 {
	out := make([]uint64, x.n)
	for xs, r := range x.rows {
		for _, s := range r.slots {
			if s.y != 0 {
				out[s.num] = uint64(xs)<<32 | uint64(s.y)
			}
		}
	}
	return out
}

// minRowSlots is the fewest slots a row has once it holds a key: most
// source stems meet few target stems.
const minRowSlots = 4

// resize moves the keys of the row to a table of size slots, a power of
// two.
func (r *pairRow) resize(size int) {
	old := r.slots
	r.slots = make([]rowSlot, size)
	r.shift = uint8(32 - bits.TrailingZeros(uint(size)))
	for _, s := range old {
		if s.y != 0 {
			*r.slot(s.y) = s
		}
	}
}

// seedWeight is how many times as likely as the others seeded pairs
// start in learning.
const seedWeight = 10

// em sets up Model 1 from the source side xs to the target side ys. It
// returns the index of the word pairs that co-occur, keyed by the numbers
// of their stems (x<<32|y; stems are numbered as they are first met, from
// 1, in m.src and m.dst; pairs x = 0 are those with the empty word),
// the pairs of each sentence (see fwdPairs and emReverse), and learn,
// which runs the iterations and returns P(y | x) by pair number. Seeded
// pairs start ten times as likely as the others (the seed weight is a
// principle: strong enough to win the first iteration, weak enough for
// the data to overrule). Number 0 of side xs is the empty word each
// sentence has for the words of the other side that translate nothing.
// The word pairs are numbered in the order first met, and the counts kept
// in slices by that number, so that sums run in one order and the result
// does not depend on map iteration.
func (m *Model) em(xs, ys [][]Token) (probs, fwdPairs, func() []float64) {
	// The pairs of all the sentences, one after another.
	occ := 0
	for i := range xs {
		occ += len(ys[i]) * (len(xs[i]) + 1)
	}
	slab := make([]int32, occ)
	all := slab
	seededBits := make([]uint64, occ/64+1) // by place in slab
	var index pairIndex                    // word pair key -> its number
	number := func(k uint64) int32 {
		n, _ := index.add(k)
		return n
	}
	// For each sentence and each word of ys, the numbers of its pairs
	// with the empty word and each word of xs, one after another.
	pairs := make([][]int32, len(xs))
	var xn []nums
	for i := range xs {
		xn = xn[:0]
		for _, x := range xs[i] {
			xn = append(xn, m.learnNums(x, &m.src))
		}
		n := len(ys[i]) * (len(xn) + 1)
		base := occ - len(slab) // the place in slab of the sentence's first pair
		ps := slab[:0:n]
		slab = slab[n:]
		for _, y := range ys[i] {
			yn := m.learnNums(y, &m.dst)
			ps = append(ps, number(yn.stem))
			for j, x := range xs[i] {
				if m.seededNums(x, y, xn[j], yn) {
					place := base + len(ps)
					seededBits[place/64] |= 1 << (place % 64)
				}
				ps = append(ps, number(xn[j].stem<<32|yn.stem))
			}
		}
		pairs[i] = ps
	}
	// The keys and starting weights by number, made to size now that
	// the pairs are all numbered: a pair starts at the weight of its
	// last place, seeded or not.
	fwd := fwdPairs{pairs: pairs, keys: index.keys(), seeded: seededBits}
	t := make([]float64, len(fwd.keys))
	for place, n := range all {
		t[n] = fwd.weight(place)
	}
	high := m.src.n + 1
	return probs{index: index}, fwd, func() []float64 { return iterate(xs, pairs, fwd.keys, t, high) }
}

// fwdPairs are the word pairs of em: for each sentence and each word of
// ys, the numbers of its pairs with the empty word and each word of xs,
// one after another; the key of each number; and whether each pair, by
// its place among the pairs of all sentences, was seeded. Learning reads
// them on two goroutines and changes none.
type fwdPairs struct {
	pairs  [][]int32
	keys   []uint64
	seeded []uint64 // a bit per pair
}

// weight returns the weight the pair at place, among the pairs of all
// sentences, starts learning with: seedWeight if it is seeded, else 1.
func (f fwdPairs) weight(place int) float64 {
	if f.seeded[place/64]&(1<<(place%64)) != 0 {
		return seedWeight
	}
	return 1
}

// emReverse runs Model 1 from the target side ys to the source side xs,
// after em, and returns P(x | y) by the number em gave the pair of x and
// y in fwd. It is em the other way, and gives the same results as em
// called with the sides swapped, but it reads the pairs of each sentence,
// their stems and whether they are seeded from fwd instead of looking
// them up and storing them again: the pairs that co-occur are the same
// both ways, and a pair is seeded both ways or neither. A pair of two
// words keeps em's number; a source word's pair with the empty word is
// numbered after them, by the word's stem. Only the order the pairs are
// first met in, which is the order their sums run in, differs from em's,
// and it is kept.
func (m *Model) emReverse(xs, ys [][]Token, fwd fwdPairs) []float64 {
	nf := len(fwd.keys) // pairs numbered by em
	size := nf + m.src.n + 1
	t := make([]float64, size) // 0 for a pair not met yet: a pair starts at 1 or more
	// The pairs by the order first met, and the stem of the target word
	// of each, which normalising sums by.
	order := make([]int32, 0, size)
	group := make([]uint32, 0, size)
	meetEmpty := func(u int) { // a pair with the empty word, which sums in group 0
		if t[u] == 0 {
			order = append(order, int32(u))
			group = append(group, 0)
		}
		t[u] = 1
	}
	occ := 0
	for i := range xs {
		occ += len(xs[i])
	}
	empty := make([]int32, 0, occ) // for each source word, its pair with the empty word
	base := 0                      // the place of the sentence's first pair among em's
	for i, fp := range fwd.pairs {
		per := len(xs[i]) + 1 // em's pairs per word of ys
		for k, x := range xs[i] {
			// The stem of the source word: the high half of the key of
			// its pair with the first target word, if there is one.
			var sid uint64
			if len(ys[i]) > 0 {
				sid = fwd.keys[fp[1+k]] >> 32
			} else {
				sid = m.numsOf(x, &m.src).stem
			}
			empty = append(empty, int32(nf)+int32(sid))
			meetEmpty(nf + int(sid))
			for j := range ys[i] {
				f := j*per + 1 + k
				u := int(fp[f])
				if t[u] == 0 {
					// The stem of the target word: the low half of the
					// key, read only for a pair met first, as the keys
					// are far apart in memory.
					order = append(order, int32(u))
					group = append(group, uint32(fwd.keys[u]&(1<<32-1)))
				}
				t[u] = fwd.weight(base + f)
			}
		}
		base += len(fp)
	}
	sum := make([]float64, m.dst.n+1)
	normaliseIn(t, order, group, sum)
	count := make([]float64, size)
	for it := 0; it < Iterations; it++ {
		clear(count)
		e := empty
		for i, fp := range fwd.pairs {
			per := len(xs[i]) + 1
			for k := range xs[i] {
				u := e[k]
				z := t[u]
				for f := 1 + k; f < len(fp); f += per {
					z += t[fp[f]]
				}
				if z == 0 {
					continue
				}
				count[u] += t[u] / z
				for f := 1 + k; f < len(fp); f += per {
					n := fp[f]
					count[n] += t[n] / z
				}
			}
			e = e[len(xs[i]):]
		}
		normaliseIn(count, order, group, sum)
		t, count = count, t
	}
	return t[:nf:nf]
}

// normaliseIn is normalise for pairs numbered apart from the order they
// sum in: t holds the value of pair order[i] at its number, and group[i]
// is the stem the pair's distribution is over.
func normaliseIn(t []float64, order []int32, group []uint32, sum []float64) {
	clear(sum)
	for i, u := range order {
		sum[group[i]] += t[u]
	}
	for i, u := range order {
		if s := sum[group[i]]; s > 0 {
			t[u] /= s
		}
	}
}

// iterate runs the iterations of Model 1 from side xs, whose sentences
// have the pairs of numbers pairs (for each word of the other side, its
// pairs with the empty word and with each word of xs), from the
// probabilities t of the pairs keys, and returns the probabilities
// learned; high is one more than the highest number of a stem of xs.
func iterate(xs [][]Token, pairs [][]int32, keys []uint64, t []float64, high int) []float64 {
	sum := make([]float64, high)
	normalise(t, keys, sum)
	count := make([]float64, len(t))
	for it := 0; it < Iterations; it++ {
		clear(count)
		for i, ps := range pairs {
			per := len(xs[i]) + 1 // pairs per word of ys
			for lo := 0; lo < len(ps); lo += per {
				z := 0.0
				for _, n := range ps[lo : lo+per] {
					z += t[n]
				}
				if z == 0 {
					continue
				}
				for _, n := range ps[lo : lo+per] {
					count[n] += t[n] / z
				}
			}
		}
		normalise(count, keys, sum)
		t, count = count, t
	}
	return t
}

// normalise makes t a conditional distribution over the low half of the
// keys (t holds the value of each key, by number), summing in the order
// of keys; sum is room for the sums by the high half.
func normalise(t []float64, keys []uint64, sum []float64) {
	clear(sum)
	for n, k := range keys {
		sum[k>>32] += t[n]
	}
	for n, k := range keys {
		if s := sum[k>>32]; s > 0 {
			t[n] /= s
		}
	}
}

// seededNums reports whether source token x and target token y, of
// numbers xn and yn, are known to translate each other without learning:
// same stem, equal number, same name key (the same key or name is the
// same number), or a dictionary entry.
func (m *Model) seededNums(x, y Token, xn, yn nums) bool {
	return xn.key == yn.key || (xn.name != 0 && xn.name == yn.name) || (len(m.seed) > 0 && m.seed[[2]string{x.Key(), y.Key()}])
}

// Association returns how strongly source token s and target token t
// translate each other, in [0, 1]: 1 for a seeded pair, else the
// geometric mean of the two directions' probabilities.
func (m *Model) Association(s, t Token) float64 {
	return m.association(s, t, m.numsOf(s, &m.src), m.numsOf(t, &m.dst))
}

// association is Association given the numbers of s and t.
func (m *Model) association(s, t Token, sn, tn nums) float64 {
	if m.seededNums(s, t, sn, tn) {
		return 1
	}
	if sn.stem == 0 || tn.stem == 0 {
		return 0 // a stem not learned
	}
	n, ok := m.st.index.get(sn.stem<<32 | tn.stem)
	if !ok {
		return 0 // the pair never met
	}
	return m.learned(n)
}

// learned returns the association of the word pair numbered n, not
// seeded: the geometric mean of its two directions' probabilities.
func (m *Model) learned(n int32) float64 {
	return math.Sqrt(m.st.p[n] * m.ts[n])
}

// Content reports whether token t of the source side (src) or of the
// target side is a content word: a number, or a word of four letters or
// more that is not among the side's most common words.
func (m *Model) Content(t Token, src bool) bool {
	if t.Kind() == Number {
		return true
	}
	if utf8.RuneCountInString(t.Text) < MinContentLetters {
		return false
	}
	share := m.dstShare
	if src {
		share = m.srcShare
	}
	return share[t.Key()] <= MaxContentShare
}

// Share returns the share of the sentences of the source side (src) or
// of the target side that hold the stem of t.
func (m *Model) Share(t Token, src bool) float64 {
	if src {
		return m.srcShare[t.Key()]
	}
	return m.dstShare[t.Key()]
}

// Alignment is the word alignment of one sentence pair. A check keeps
// those of all its sentence pairs, so the links are 32-bit indexes.
type Alignment struct {
	Source, Target []Token
	SrcLink        []int32 // for each source token, the target token it is linked to, or -1
	DstLink        []int32 // for each target token, the source token it is linked to, or -1
}

// Align links the tokens of one pair of texts one to one.
func (m *Model) Align(src, dst []Token) *Alignment {
	var sc alignScratch
	return m.align(src, dst, nil, &sc)
}

// AlignAll aligns the tokens of each pair as Align does, the pairs
// shared out between as many goroutines as there are processors.
func (m *Model) AlignAll(pairs []Pair) []*Alignment {
	return m.alignAll(pairs, nil)
}

// alignAll is AlignAll given, for each pair it learned from, the numbers
// em gave the pair's word pairs (nil for the others, or for all).
func (m *Model) alignAll(pairs []Pair, learnt [][]int32) []*Alignment {
	out := make([]*Alignment, len(pairs))
	workers := min(runtime.GOMAXPROCS(0), len(pairs)/minAlignsPerWorker+1)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := len(pairs)*w/workers, len(pairs)*(w+1)/workers
		wg.Go(func() {
			var sc alignScratch
			for i := lo; i < hi; i++ {
				var ns []int32
				if learnt != nil {
					ns = learnt[i]
				}
				out[i] = m.align(pairs[i].Source, pairs[i].Target, ns, &sc)
			}
		})
	}
	wg.Wait()
	return out
}

// minAlignsPerWorker is the fewest pairs AlignAll gives a goroutine of its
// own: a principle of cost, not fitted (a sentence pair takes some
// microseconds, a goroutine about one).
const minAlignsPerWorker = 64

// alignScratch is room Align works in, kept from one alignment to the
// next.
type alignScratch struct {
	cands   []cand
	order   []uint64 // the order of cands (see sortCands)
	dstNums []nums
}

// cand is a possible link of Align.
type cand struct {
	s, t int32
	v    float64
	d    int // distance from the diagonal, to break ties
}

// align is Align, working in sc. If the model learned from the pair,
// learnt holds the numbers em gave its word pairs, laid out as em lays
// them out (see fwdPairs), which spares looking up the pairs it covers;
// nil if not.
func (m *Model) align(src, dst []Token, learnt []int32, sc *alignScratch) *Alignment {
	links := fill(len(src) + len(dst)) // one allocation for both sides' links
	a := &Alignment{Source: src, Target: dst, SrcLink: links[:len(src):len(src)], DstLink: links[len(src):]}
	cs := sc.cands[:0]
	dstNums := slices.Grow(sc.dstNums[:0], len(dst))[:len(dst)]
	for j, t := range dst {
		dstNums[j] = m.numsOf(t, &m.dst)
	}
	// The tokens learning paired: what cut left of each side.
	ls, ld := 0, 0
	if learnt != nil {
		ls, ld = min(len(src), MaxTokens), min(len(dst), MaxTokens)
	}
	for i, s := range src {
		sn := m.numsOf(s, &m.src)
		for j, t := range dst {
			var v float64
			switch tn := dstNums[j]; {
			case i >= ls || j >= ld:
				v = m.association(s, t, sn, tn)
			case m.seededNums(s, t, sn, tn):
				v = 1
			default:
				v = m.learned(learnt[j*(ls+1)+1+i])
			}
			if v >= MinLink {
				d := i*len(dst) - j*len(src)
				if d < 0 {
					d = -d
				}
				cs = append(cs, cand{int32(i), int32(j), v, d})
			}
		}
	}
	order := sortCands(cs, sc.order)
	sc.cands, sc.dstNums, sc.order = cs, dstNums, order
	for _, k := range order {
		c := cs[k]
		if a.SrcLink[c.s] >= 0 || a.DstLink[c.t] >= 0 {
			continue
		}
		a.SrcLink[c.s], a.DstLink[c.t] = c.t, c.s
	}
	return a
}

// before reports whether candidate x goes before y: the stronger first,
// then the nearer the diagonal, then by place. The order is total (no
// two candidates share s and t), so any sort gives the same links. The
// values are association scores in [MinLink, 1], never NaN.
func (x cand) before(y cand) bool { return x.compare(y) < 0 }

// compare is before as a three-way comparison, for sorting: negative if
// x goes first. Places and distances are small, so their differences
// give the sign.
func (x cand) compare(y cand) int {
	switch {
	case x.v > y.v:
		return -1
	case x.v < y.v:
		return 1
	case x.d != y.d:
		return x.d - y.d
	case x.s != y.s:
		return int(x.s - y.s)
	}
	return int(x.t - y.t)
}

// sortCands returns the order of cs by before, as indices in cs, in keys
// (room for it). It sorts keys that hold the index of a candidate in their
// low candBits and the bits of its value, complemented so that the
// stronger sorts first, in the others, less the low candBits of them:
// sorting the keys as integers, which needs no call of a comparison
// function, orders the candidates by value but for those whose values
// differ in those low bits alone, ties, which are then put in order by
// before.
func sortCands(cs []cand, keys []uint64) []uint64 {
	if len(cs) >= 1<<candBits {
		return sortCandsByCompare(cs, keys)
	}
	keys = keys[:0]
	for i, c := range cs {
		keys = append(keys, ^math.Float64bits(c.v)&^candIndex|uint64(i))
	}
	slices.Sort(keys)
	for lo := 0; lo < len(keys); {
		hi := lo + 1
		for hi < len(keys) && keys[hi]>>candBits == keys[lo]>>candBits {
			hi++
		}
		if hi-lo > 1 {
			sortTies(cs, keys[lo:hi])
		}
		lo = hi
	}
	for i := range keys {
		keys[i] &= candIndex
	}
	return keys
}

// sortCandsByCompare is sortCands for more candidates than keys can
// index.
func sortCandsByCompare(cs []cand, keys []uint64) []uint64 {
	keys = keys[:0]
	for i := range cs {
		keys = append(keys, uint64(i))
	}
	slices.SortFunc(keys, func(x, y uint64) int { return cs[x].compare(cs[y]) })
	return keys
}

// sortTies orders the keys of candidates of cs by before: a few by
// insertion, which calls before in place, more by slices.SortFunc.
func sortTies(cs []cand, keys []uint64) {
	if len(keys) > maxInsertionSort {
		slices.SortFunc(keys, func(x, y uint64) int { return cs[x&candIndex].compare(cs[y&candIndex]) })
		return
	}
	for i := 1; i < len(keys); i++ {
		k := keys[i]
		c := cs[k&candIndex]
		j := i
		for ; j > 0 && c.before(cs[keys[j-1]&candIndex]); j-- {
			keys[j] = keys[j-1]
		}
		keys[j] = k
	}
}

// candBits is the low bits of a key of sortCands that hold the index of
// a candidate: a sentence pair has at most 2²⁴ of them (4,096 words a
// side) before sortCands falls back on a comparison sort. The values lose
// those bits, 24 of their 52 bits of mantissa, in the keys: values that
// differ in them alone, a relative difference under 2⁻²⁸, are put in
// order by before.
const candBits = 24

// candIndex masks the index of a candidate in a key of sortCands.
const candIndex = 1<<candBits - 1

// maxInsertionSort is the most candidates sortTies sorts by insertion:
// a principle of cost (insertion takes some n²/4 moves, each far cheaper
// than a call of a comparison function), not fitted.
const maxInsertionSort = 32

func fill(n int) []int32 {
	out := make([]int32, n)
	for i := range out {
		out[i] = -1
	}
	return out
}
