package report

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// What the review page marks inside the text of aligned blocks. Between two
// languages a diff of the words says nothing, so the page compares what
// survives translation unchanged, as tokens: footnote markers, numbers,
// links and code spans (and macros, math, inline tags). Where both sides
// are in one language (a footnote of references kept in the original, a
// code block, a passage left untranslated) it diffs the words.

// Kinds of marks, as CSS classes.
const (
	markDel  = "del"  // in the source, not in the translation
	markIns  = "ins"  // in the translation, not in the source
	markDup  = "dup"  // a cited work the footnote lists twice
	markItem = "item" // a cited work with no counterpart on the other side
)

// A word diff is run only while the product of the token counts of the two
// sides stays under maxWordDiffCells: go-diff's cost grows with the
// product for texts that share little, and beyond this size (about two
// blocks of 2,000 words) the page compares tokens instead. The unit is
// token pairs; the figure bounds the time of one diff to a few
// milliseconds on a laptop.
const maxWordDiffCells = 4_000_000

// mark is a part of a block's text to highlight.
type mark struct {
	target     bool   // the block is the translation's, not the source's
	block      int    // index into Document.Blocks
	start, end int    // bytes of Block.Text, [start, end)
	class      string // markDel, markIns, ...
	lang       string // the translation the mark is about
	title      string // what the mark means, for a tooltip
}

// token is a thing that survives translation, found in a block's text.
type token struct {
	key        string // what is compared: "m7", "n2024", "uexample.org/a", "ccode:x := 1"
	block      int
	start, end int
}

var tokenNumRe = regexp.MustCompile(`\d+(?:[.,\x{00a0}\x{202f}]\d+)*`)

// tokens returns the markers, numbers, links and inline parts of the
// blocks bs of d, in text order.
func tokens(d *doc.Document, bs []int) []token {
	var out []token
	for _, bi := range bs {
		b := d.Blocks[bi]
		var ts []token
		taken := func(s, e int) bool {
			for _, t := range ts {
				if s < t.end && t.start < e {
					return true
				}
			}
			return false
		}
		for _, m := range b.Markers {
			ts = append(ts, token{key: "m" + m.Label, block: bi, start: m.Text.Start, end: m.Text.End})
		}
		for _, l := range b.Links {
			key := l.URL
			if u := feature.URLs(l.URL); len(u) > 0 {
				key = u[0]
			}
			if l.Text.End > l.Text.Start && !taken(l.Text.Start, l.Text.End) {
				ts = append(ts, token{key: "u" + key, block: bi, start: l.Text.Start, end: l.Text.End})
			}
		}
		for _, in := range b.Inline {
			if in.Text.End > in.Text.Start && !taken(in.Text.Start, in.Text.End) {
				ts = append(ts, token{key: "c" + in.Kind.String() + ":" + in.Value, block: bi, start: in.Text.Start, end: in.Text.End})
			}
		}
		n := len(ts)
		for _, loc := range tokenNumRe.FindAllStringIndex(b.Text, -1) {
			overlaps := false
			for _, t := range ts[:n] {
				if loc[0] < t.end && t.start < loc[1] {
					overlaps = true
					break
				}
			}
			if overlaps {
				continue
			}
			ts = append(ts, token{key: "n" + strings.Join(feature.Numbers(b.Text[loc[0]:loc[1]]), " "), block: bi, start: loc[0], end: loc[1]})
		}
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].start < ts[j].start })
		out = append(out, ts...)
	}
	return out
}

// runeIDs gives each distinct key a rune, so that go-diff diffs sequences
// of tokens. Code points skip the surrogates, which do not survive
// go-diff's conversions to strings.
type runeIDs map[string]rune

func (ids runeIDs) encode(keys []string) []rune {
	rs := make([]rune, len(keys))
	for i, k := range keys {
		id, ok := ids[k]
		if !ok {
			id = rune(len(ids) + 1)
			if id >= 0xD800 {
				id += 0x800
			}
			ids[k] = id
		}
		rs[i] = id
	}
	return rs
}

// diffKeys diffs two sequences of keys with go-diff and returns, for each
// element of a and of b, whether the other side lacks it. It runs without
// a time limit, so that the same input always gives the same diff.
func diffKeys(a, b []string) (aOnly, bOnly []bool) {
	ids := runeIDs{}
	ra, rb := ids.encode(a), ids.encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	aOnly, bOnly = make([]bool, len(a)), make([]bool, len(b))
	ia, ib := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			for k := ia; k < ia+n; k++ {
				aOnly[k] = true
			}
			ia += n
		case diffmatchpatch.DiffInsert:
			for k := ib; k < ib+n; k++ {
				bOnly[k] = true
			}
			ib += n
		}
	}
	return aOnly, bOnly
}

// tokenMarks compares the tokens of two aligned sides. A token the other
// side has elsewhere in the pair (a date written day first in one
// language and month first in another) is moved, not missing, and is not
// marked.
func tokenMarks(p *bitext.Pair, l bitext.Link, lang string) []mark {
	ta, tb := tokens(p.Source, l.Source), tokens(p.Target, l.Target)
	if len(ta) == 0 && len(tb) == 0 {
		return nil
	}
	ka, kb := make([]string, len(ta)), make([]string, len(tb))
	for i, t := range ta {
		ka[i] = t.key
	}
	for i, t := range tb {
		kb[i] = t.key
	}
	aOnly, bOnly := diffKeys(ka, kb)
	// Moved tokens: as many of each key as both sides leave unmatched.
	left := map[string][]int{}
	for i, only := range aOnly {
		if only {
			left[ka[i]] = append(left[ka[i]], i)
		}
	}
	for i, only := range bOnly {
		if q := left[kb[i]]; only && len(q) > 0 {
			aOnly[q[0]], bOnly[i] = false, false
			left[kb[i]] = q[1:]
		}
	}
	var out []mark
	for i, t := range ta {
		if aOnly[i] {
			out = append(out, mark{block: t.block, start: t.start, end: t.end, class: markDel, lang: lang, title: "not in the " + lang + " translation"})
		}
	}
	for i, t := range tb {
		if bOnly[i] {
			out = append(out, mark{target: true, block: t.block, start: t.start, end: t.end, class: markIns, lang: lang, title: "not in the source"})
		}
	}
	return out
}

// word is a word, a number or one other character of a block's text.
type word struct {
	block      int
	start, end int
}

// words splits the text of blocks bs of d into words: runs of letters,
// digits and marks; every other character but white space is a word of
// its own.
func words(d *doc.Document, bs []int) []word {
	var out []word
	for _, bi := range bs {
		s := d.Blocks[bi].Text
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case unicode.IsSpace(r):
				i += n
			case isWordRune(r):
				j := i + n
				for j < len(s) {
					r2, n2 := utf8.DecodeRuneInString(s[j:])
					if !isWordRune(r2) && !unicode.IsMark(r2) {
						break
					}
					j += n2
				}
				out = append(out, word{bi, i, j})
				i = j
			default:
				out = append(out, word{bi, i, i + n})
				i += n
			}
		}
	}
	return out
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }

// wordMarks diffs the words of two aligned sides in one language and
// marks the runs of words only one side has. It returns false when the
// sides are too long to diff.
func wordMarks(p *bitext.Pair, l bitext.Link, lang string) ([]mark, bool) {
	wa, wb := words(p.Source, l.Source), words(p.Target, l.Target)
	if len(wa)*len(wb) > maxWordDiffCells {
		return nil, false
	}
	ka, kb := make([]string, len(wa)), make([]string, len(wb))
	for i, w := range wa {
		ka[i] = p.Source.Blocks[w.block].Text[w.start:w.end]
	}
	for i, w := range wb {
		kb[i] = p.Target.Blocks[w.block].Text[w.start:w.end]
	}
	aOnly, bOnly := diffKeys(ka, kb)
	out := runs(wa, aOnly, false, markDel, lang, "not in the "+lang+" translation")
	out = append(out, runs(wb, bOnly, true, markIns, lang, "not in the source")...)
	return out, true
}

// runs turns the flagged words into marks, one per run of consecutive
// flagged words in one block.
func runs(ws []word, flagged []bool, target bool, class, lang, title string) []mark {
	var out []mark
	for i := 0; i < len(ws); i++ {
		if !flagged[i] {
			continue
		}
		j := i
		for j+1 < len(ws) && flagged[j+1] && ws[j+1].block == ws[i].block {
			j++
		}
		out = append(out, mark{target: target, block: ws[i].block, start: ws[i].start, end: ws[j].end, class: class, lang: lang, title: title})
		i = j
	}
	return out
}

// sameLanguage reports whether the two sides of a link are written in one
// language (or are both code), so that a word diff means something.
func sameLanguage(p *bitext.Pair, l bitext.Link) bool {
	kind := func(d *doc.Document, bs []int) (lang string, code bool) {
		code = true
		for i, bi := range bs {
			b := d.Blocks[bi]
			if b.Kind != doc.Code {
				code = false
			}
			if i == 0 {
				lang = b.Lang
			} else if b.Lang != lang {
				lang = ""
			}
		}
		return lang, code
	}
	la, ca := kind(p.Source, l.Source)
	lb, cb := kind(p.Target, l.Target)
	return ca && cb || la != "" && la == lb
}

// itemMarks marks the cited works of a pair of footnotes that have no
// counterpart, and those the translation lists twice.
func itemMarks(p *bitext.Pair, l bitext.Link, lang string) []mark {
	var out []mark
	for _, s := range l.Items {
		switch {
		case len(s.Target) == 0:
			for _, r := range s.Source {
				sp := p.Source.Blocks[r.Block].Items[r.Index]
				out = append(out, mark{block: r.Block, start: sp.Start, end: sp.End, class: markItem, lang: lang, title: "this cited work is not in the " + lang + " footnote"})
			}
		case len(s.Source) == 0:
			for _, r := range s.Target {
				sp := p.Target.Blocks[r.Block].Items[r.Index]
				out = append(out, mark{target: true, block: r.Block, start: sp.Start, end: sp.End, class: markItem, lang: lang, title: "this cited work is not in the source footnote"})
			}
		}
	}
	for _, bi := range l.Target {
		b := p.Target.Blocks[bi]
		items := make([]string, len(b.Items))
		for i := range b.Items {
			items[i] = b.ItemText(i)
		}
		for i, d := range feature.Duplicates(items) {
			if d >= 0 {
				sp := b.Items[i]
				out = append(out, mark{target: true, block: bi, start: sp.Start, end: sp.End, class: markDup, lang: lang, title: "the same work as cited work " + strconv.Itoa(d+1) + " of this footnote"})
			}
		}
	}
	return out
}

// linkMarks returns the marks of one link of the alignment of the
// translation in lang: nothing for a block with no counterpart (the
// finding says it), a word diff where both sides are in one language,
// tokens otherwise, and the cited works of footnotes.
func linkMarks(p *bitext.Pair, l bitext.Link, lang string) []mark {
	if len(l.Source) == 0 || len(l.Target) == 0 {
		return nil
	}
	var diff []mark
	done := false
	if sameLanguage(p, l) {
		diff, done = wordMarks(p, l, lang)
	}
	if !done {
		diff = tokenMarks(p, l, lang)
	}
	// A cited work marked whole says more than the words inside it.
	items := itemMarks(p, l, lang)
	out := items
	for _, m := range diff {
		inside := false
		for _, it := range items {
			if it.target == m.target && it.block == m.block && it.start <= m.start && m.end <= it.end {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, m)
		}
	}
	return out
}
