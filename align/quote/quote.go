// Package quote finds the quoted passages of a document and looks them up
// in the documents it quotes.
//
// A quoted passage is text between quotation marks (“…”, "…", «…», „…“,
// ‘…’ where the marks are not apostrophes) or a block quotation. A quote
// left unclosed runs to the end of its paragraph, as a reader takes it.
//
// A passage is looked up piece by piece: it is cut at elisions ("...",
// "…", "(…)", "[…]") and between its sentences, and each piece is found
// where most of its words stand in the cited text in the same order
// (words compared in lower case, without inner punctuation: "U.S." is
// "US"). Editorial insertions in square brackets ("[using]", "[Russian,
// Ed.]") may or may not be in the cited text. The wording of a piece that
// is found but not word for word is compared with go-diff, word by word.
//
// Cost is linear in the texts: each word of a piece votes for the places
// where it stands in the cited text (words standing in more than
// [maxPostings] places do not vote), and only the best place is compared.
package quote

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// Tuned constants, each a principle.
const (
	// MinWords is the least number of words of a quote, and of a piece of
	// it, worth looking up: shorter quotes are mostly scare quotes ("wise
	// old man") and shorter pieces match by chance.
	MinWords = 4
	// minFound is the share of a piece's words that must stand, in order,
	// at the place found for it to be the place quoted: half of them, and
	// at least MinWords.
	minFound = 0.5
	// maxPostings: a word standing in more places of the cited text than
	// this says nothing about where a piece is.
	maxPostings = 64
)

// Quote is one quoted passage of a block.
type Quote struct {
	Block  int         // index in Document.Blocks
	Span   source.Span // the passage in the block's text, marks included
	Inner  source.Span // the quoted text, marks excluded
	Closed bool        // the closing mark is there
	Depth  int         // 1 for a quote, 2 for a quote inside it...
	Nested []source.Span
}

// Find returns the quoted passages of the prose blocks of d, in order:
// quotes inside quotes too, and block quotations whole.
func Find(d *doc.Document) []Quote {
	var out []Quote
	for bi, b := range d.Blocks {
		if !b.Kind.IsProse() {
			continue
		}
		if b.Kind == doc.Quote {
			out = append(out, Quote{Block: bi, Span: source.Span{End: len(b.Text)}, Inner: source.Span{End: len(b.Text)}, Closed: true, Depth: 1})
		}
		for _, q := range InText(b.Prose()) {
			q.Block = bi
			out = append(out, q)
		}
	}
	return out
}

// InText returns the quoted passages of text (Block is 0).
func InText(text string) []Quote {
	type open struct {
		off int
		r   rune
	}
	var out []Quote
	var stack []open
	end := func(o open, i, size int, closed bool) {
		q := Quote{Span: source.Span{Start: o.off, End: i + size}, Inner: source.Span{Start: o.off + utf8.RuneLen(o.r), End: i}, Closed: closed, Depth: len(stack) + 1}
		out = append(out, q)
	}
	for i, r := range text {
		top := rune(0)
		if len(stack) > 0 {
			top = stack[len(stack)-1].r
		}
		switch {
		case r == '"' && top == '"':
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end(o, i, 1, true)
		case r == '"':
			stack = append(stack, open{i, r})
		case r == '’' && top == '‘' && !letterAfter(text, i+len("’")):
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end(o, i, len("’"), true)
		case r == '‘' && !letterBefore(text, i):
			stack = append(stack, open{i, r})
		case top != 0 && closes(top, r):
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end(o, i, utf8.RuneLen(r), true)
		case r == '“' || r == '„' || r == '«':
			stack = append(stack, open{i, r})
		}
	}
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		end(o, len(text), 0, false)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	// Record the quotes inside each.
	for i := range out {
		for j := range out {
			if out[j].Depth == out[i].Depth+1 && out[j].Span.Start >= out[i].Inner.Start && out[j].Span.End <= max(out[i].Inner.End, out[i].Span.End) {
				out[i].Nested = append(out[i].Nested, out[j].Span)
			}
		}
	}
	return out
}

func closes(open, r rune) bool {
	switch open {
	case '“':
		return r == '”'
	case '„':
		return r == '“' || r == '”'
	case '«':
		return r == '»'
	}
	return false
}

func letterBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r)
}

func letterAfter(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// word is one word of a text, normalised, with where it stands.
type word struct {
	key  string
	span source.Span
}

var (
	wordRe    = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*`)
	bracketRe = regexp.MustCompile(`\[[^\]]*\]`)
	elisionRe = regexp.MustCompile(`\(\s*(?:…|\.\.\.)\s*\)|\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.`)
)

// words returns the words of text, with editorial insertions in square
// brackets left out.
func words(text string) []word {
	blank := []byte(text)
	for _, m := range bracketRe.FindAllStringIndex(text, -1) {
		for i := m[0]; i < m[1]; i++ {
			blank[i] = ' '
		}
	}
	var out []word
	for _, m := range wordRe.FindAllStringIndex(string(blank), -1) {
		w := strings.ToLower(text[m[0]:m[1]])
		w = strings.Map(func(r rune) rune {
			if r == '.' || r == '\'' || r == '’' || r == '-' {
				return -1
			}
			return r
		}, w)
		if w != "" {
			out = append(out, word{w, source.Span{Start: m[0], End: m[1]}})
		}
	}
	return out
}

// Cited is a document quoted from, indexed for look-ups.
type Cited struct {
	Name  string
	text  string
	words []word
	index map[string][]int
}

// NewCited indexes the text of the prose blocks of d.
func NewCited(d *doc.Document) *Cited {
	var parts []string
	for _, b := range d.Blocks {
		if b.Kind.IsProse() {
			parts = append(parts, b.Text)
		}
	}
	return NewCitedText(d.File.Name, strings.Join(parts, "\n"))
}

// NewCitedText indexes text, named name.
func NewCitedText(name, text string) *Cited {
	c := &Cited{Name: name, text: text, words: words(text), index: map[string][]int{}}
	for i, w := range c.words {
		c.index[w.key] = append(c.index[w.key], i)
	}
	return c
}

// Piece is one piece of a quote looked up.
type Piece struct {
	Span    source.Span // in the text given to Lookup
	Words   int
	Found   bool   // most of its words stand, in order, in a cited text
	Exact   bool   // all of them, and no other word between
	Cited   string // the name of the cited text it was found in
	Wording string // the cited text at that place
	Diff    string // the quote's wording against the cited one, word by word: "[-dropped-] {+added+}"
}

// Lookup cuts the quoted text into pieces (at elisions, between
// sentences) and looks each of at least MinWords words up in cited.
func Lookup(text string, skip []source.Span, cited []*Cited) []Piece {
	var out []Piece
	for _, sp := range pieces(text, skip) {
		ws := words(text[sp.Start:sp.End])
		if len(ws) < MinWords {
			continue
		}
		p := Piece{Span: sp, Words: len(ws)}
		var best hit
		for _, c := range cited {
			if h := c.lookup(ws); h.score > best.score || (h.exact && !best.exact) {
				best = h
				p.Cited = c.Name
			}
		}
		p.Found = best.score >= minFound && best.score*float64(len(ws)) >= MinWords
		if p.Found {
			p.Exact, p.Wording, p.Diff = best.exact, best.wording, best.diff
		} else {
			p.Cited = ""
		}
		out = append(out, p)
	}
	return out
}

// pieces cuts text at elisions and sentence ends, leaving out the spans
// in skip (quotes inside the quote, checked on their own).
func pieces(text string, skip []source.Span) []source.Span {
	var cuts []source.Span
	for _, m := range elisionRe.FindAllStringIndex(text, -1) {
		cuts = append(cuts, source.Span{Start: m[0], End: m[1]})
	}
	for _, c := range skip {
		c.Start, c.End = min(max(c.Start, 0), len(text)), min(max(c.End, 0), len(text))
		cuts = append(cuts, c)
	}
	for i, r := range text {
		if r == '.' || r == '!' || r == '?' {
			j := i + 1
			for j < len(text) && strings.ContainsRune("\"”»’)", rune(text[j])) {
				j++
			}
			if j < len(text) && text[j] == ' ' {
				next, _ := utf8.DecodeRuneInString(text[min(j+1, len(text)):])
				prev := text[max(0, i-2):i]
				if unicode.IsUpper(next) && !strings.Contains(prev, ".") && !(len(prev) == 2 && unicode.IsUpper(rune(prev[1])) && prev[0] == ' ') {
					cuts = append(cuts, source.Span{Start: i + 1, End: j})
				}
			}
		}
	}
	sort.Slice(cuts, func(i, j int) bool { return cuts[i].Start < cuts[j].Start })
	var out []source.Span
	at := 0
	for _, c := range cuts {
		if c.Start > at {
			out = append(out, source.Span{Start: at, End: c.Start})
		}
		at = max(at, c.End)
	}
	if at < len(text) {
		out = append(out, source.Span{Start: at, End: len(text)})
	}
	return out
}

type hit struct {
	score   float64
	exact   bool
	wording string
	diff    string
}

// lookup finds the place of c where most words of ws stand in order.
func (c *Cited) lookup(ws []word) hit {
	votes := map[int]int{}
	for i, w := range ws {
		ps := c.index[w.key]
		if len(ps) > maxPostings {
			continue
		}
		seen := map[int]bool{}
		for _, p := range ps {
			if d := p - i; !seen[d] {
				seen[d] = true
				votes[d]++
			}
		}
	}
	best, bestV := 0, 0
	for d, v := range votes {
		if v > bestV || (v == bestV && d < best) {
			best, bestV = d, v
		}
	}
	if bestV < 2 {
		return hit{}
	}
	slack := len(ws)/4 + 2
	lo, hi := max(best-slack, 0), min(best+len(ws)+slack, len(c.words))
	if lo >= hi {
		return hit{}
	}
	window := c.words[lo:hi]
	diffs := wordDiff(ws, window)
	// Drop cited words before the first and after the last common word.
	for i := 0; i < len(diffs) && diffs[i].Type != diffmatchpatch.DiffEqual; {
		if diffs[i].Type == diffmatchpatch.DiffInsert {
			lo += countWords(diffs[i].Text)
			diffs = append(diffs[:i:i], diffs[i+1:]...)
			continue
		}
		i++
	}
	for i := len(diffs) - 1; i >= 0 && diffs[i].Type != diffmatchpatch.DiffEqual; i-- {
		if diffs[i].Type == diffmatchpatch.DiffInsert {
			hi -= countWords(diffs[i].Text)
			diffs = append(diffs[:i:i], diffs[i+1:]...)
		}
	}
	same := 0
	exact := true
	for _, d := range diffs {
		if d.Type == diffmatchpatch.DiffEqual {
			same += countWords(d.Text)
		} else {
			exact = false
		}
	}
	if lo >= hi {
		return hit{}
	}
	return hit{
		score:   float64(same) / float64(len(ws)),
		exact:   exact,
		wording: strings.TrimSpace(c.text[c.words[lo].span.Start:c.words[hi-1].span.End]),
		diff:    render(diffs),
	}
}

func countWords(s string) int { return len(strings.Fields(s)) }

// wordDiff diffs two word lists with go-diff, each word one rune, and
// returns the diffs with the words written out, space-separated.
func wordDiff(a, b []word) []diffmatchpatch.Diff {
	ids := map[string]rune{}
	var names []string
	enc := func(ws []word) string {
		var sb strings.Builder
		for _, w := range ws {
			r, ok := ids[w.key]
			if !ok {
				r = rune(0xE000 + len(names)) // private use area, then beyond
				if r >= 0xF8FF {
					r = rune(0xF0000 + len(names))
				}
				ids[w.key] = r
				names = append(names, w.key)
			}
			sb.WriteRune(r)
		}
		return sb.String()
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0 // deterministic
	ds := dmp.DiffMain(enc(a), enc(b), false)
	back := map[rune]string{}
	for k, r := range ids {
		back[r] = k
	}
	for i := range ds {
		var parts []string
		for _, r := range ds[i].Text {
			parts = append(parts, back[r])
		}
		ds[i].Text = strings.Join(parts, " ")
	}
	return ds
}

// render writes diffs as the quote's words with the cited text's
// differences marked: [-in the quote only-] {+in the cited text only+}.
func render(ds []diffmatchpatch.Diff) string {
	var parts []string
	for _, d := range ds {
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			parts = append(parts, d.Text)
		case diffmatchpatch.DiffDelete:
			parts = append(parts, "[-"+d.Text+"-]")
		case diffmatchpatch.DiffInsert:
			parts = append(parts, "{+"+d.Text+"+}")
		}
	}
	return strings.Join(parts, " ")
}
