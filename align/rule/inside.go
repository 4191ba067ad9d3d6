package rule

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// The checks inside a sentence pair (untranslated fragments, added and
// dropped content, names, garbled text) look at units: an aligned pair
// of sentences inside aligned blocks, or of cited works inside aligned
// footnotes.

// unit is one aligned pair of sentences or cited works.
type unit struct {
	link     bitext.SentLink
	note     bool // cited works of footnotes sb and db, not sentences
	sb, db   int  // the blocks, for cited works
	src, dst string
	dstSpan  source.Span // of the first target sentence or work, in its block
	dstBlock int
	srcSpan  source.Span
	srcBlock int
	idx      int // its place among the pair's units, which keys its alignment
}

// units lists the aligned pairs of the pair with text on both sides; a
// footnote not split into works is one unit.
func units(p *bitext.Pair) []unit {
	// Counted first: a book has a hundred thousand units, which growing
	// the slice would copy again and again.
	n := 0
	for _, l := range p.Blocks {
		n += len(l.Sents)
	}
	for _, l := range p.Notes {
		n += max(len(l.Items), 1)
	}
	out := make([]unit, 0, n)
	for _, l := range p.Blocks {
		for _, sl := range l.Sents {
			if len(sl.Source) == 0 || len(sl.Target) == 0 {
				continue
			}
			u := unit{link: sl, srcBlock: sl.Source[0].Block, dstBlock: sl.Target[0].Block}
			u.srcSpan = joinSpan(p.Source, sl.Source, false)
			u.dstSpan = joinSpan(p.Target, sl.Target, false)
			u.src = p.Source.Blocks[u.srcBlock].Text[u.srcSpan.Start:u.srcSpan.End]
			u.dst = p.Target.Blocks[u.dstBlock].Text[u.dstSpan.Start:u.dstSpan.End]
			u.idx = len(out)
			out = append(out, u)
		}
	}
	for _, l := range p.Notes {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		sb, db := l.Source[0], l.Target[0]
		if len(l.Items) == 0 {
			s, d := p.Source.Blocks[sb], p.Target.Blocks[db]
			out = append(out, unit{note: true, sb: sb, db: db, src: s.Text, dst: d.Text,
				srcBlock: sb, dstBlock: db, srcSpan: whole(s), dstSpan: whole(d), idx: len(out)})
			continue
		}
		for _, il := range l.Items {
			if len(il.Source) == 0 || len(il.Target) == 0 {
				continue
			}
			u := unit{link: il, note: true, sb: sb, db: db, srcBlock: sb, dstBlock: db}
			u.srcSpan = joinSpan(p.Source, refsIn(sb, il.Source), true)
			u.dstSpan = joinSpan(p.Target, refsIn(db, il.Target), true)
			u.src = p.Source.Blocks[sb].Text[u.srcSpan.Start:u.srcSpan.End]
			u.dst = p.Target.Blocks[db].Text[u.dstSpan.Start:u.dstSpan.End]
			u.idx = len(out)
			out = append(out, u)
		}
	}
	return out
}

func refsIn(bi int, rs []bitext.Ref) []bitext.Ref {
	out := make([]bitext.Ref, len(rs))
	for i, r := range rs {
		out[i] = bitext.Ref{Block: bi, Index: r.Index}
	}
	return out
}

// joinSpan returns the span from the first to the last of refs that lie in
// the block of the first (sentences of a pair may run over a paragraph
// break; the first block's part is kept).
func joinSpan(d *doc.Document, refs []bitext.Ref, items bool) source.Span {
	b := d.Blocks[refs[0].Block]
	spans := b.Sentences
	if items {
		spans = b.Items
	}
	sp := spans[refs[0].Index]
	for _, r := range refs[1:] {
		if r.Block == refs[0].Block {
			sp.End = max(sp.End, spans[r.Index].End)
		}
	}
	return sp
}

// within reports whether token t stands inside span sp of block bi.
func within(t wordalign.Token, bi int, sp source.Span) bool {
	return t.Block() == bi && t.Span().Start >= sp.Start && t.Span().End <= sp.End
}

// alignment returns the word alignment of u, its token spans relative to
// the blocks' texts.
// The alignment is computed once per pair, whichever rules ask for it;
// it is shared, so callers must not change it.
func (u unit) alignment(p *Pass) *wordalign.Alignment {
	p.alignUnits()
	return p.facts.aligns[u.idx]
}

// alignUnits aligns the words of every unit of the pair, once per pair.
func (p *Pass) alignUnits() {
	f := p.facts
	f.unitAligns.Do(func() {
		// The rules that ask walk every unit: align them all at once,
		// on all cores.
		w := p.Words()
		us := p.units()
		pairs := make([]wordalign.Pair, len(us))
		for i, u := range us {
			switch {
			case !u.note:
				pairs[i] = w.SentencePair(u.link)
			case len(u.link.Source) == 0:
				pairs[i] = w.BlockPair(u.sb, u.db)
			default:
				pairs[i] = w.ItemPair(u.sb, u.db, u.link)
			}
		}
		f.aligns = w.AlignAll(pairs)
	})
}

// units returns the units of the pair (see units), listed once per pair.
func (p *Pass) units() []unit { return p.facts.units() }

// masked returns masked(b), remembering the last block asked about: the
// rules go through the units of a pair in order, several in each block.
func (p *Pass) masked(b *doc.Block) string {
	c := &p.lane.masked
	if c.b != b {
		*c = blockText{b, masked(b)}
	}
	return c.text
}

// prose returns b.Prose(), remembering the last two blocks asked about:
// a block's prose is a copy when it has inline markup, and rules ask for
// it sentence by sentence, of a source and a target block in turn.
func (p *Pass) prose(b *doc.Block) string {
	c := &p.lane.prose
	switch b {
	case c[0].b:
	case c[1].b:
		c[0], c[1] = c[1], c[0]
	default:
		c[1], c[0] = c[0], blockText{b, b.Prose()}
	}
	return c[0].text
}

// masked returns the text of block b with what is not prose (inline code,
// markup, links written out) blanked byte for byte.
func masked(b *doc.Block) string {
	urls := feature.URLSpans(b.Text)
	if len(urls) == 0 {
		return b.Prose() // nothing to blank: most blocks
	}
	t := []byte(b.Prose())
	for _, sp := range urls {
		for i := sp.Start; i < sp.End; i++ {
			t[i] = ' '
		}
	}
	return string(t)
}

// Quote marks. A double quote opens or closes whichever is needed; „ is
// closed by “ or ” (German, Russian), « by », “ by ” (or by “ after „).
func isOpenQuote(r rune) bool  { return r == '“' || r == '„' || r == '«' }
func isCloseQuote(r rune) bool { return r == '”' || r == '»' || r == '“' }

// quoted returns the spans of text inside quotation marks (the marks
// included), pairing marks as a reader would; an unclosed quote runs to
// the end of the text.
func quoted(text string) []source.Span {
	var out []source.Span
	var stack []int   // offsets of open marks
	var stackR []rune // the open marks
	for i, r := range text {
		switch {
		case r == '"':
			if len(stackR) > 0 && stackR[len(stackR)-1] == '"' {
				if len(stack) == 1 {
					out = append(out, source.Span{Start: stack[0], End: i + 1})
				}
				stack, stackR = stack[:len(stack)-1], stackR[:len(stackR)-1]
			} else {
				stack, stackR = append(stack, i), append(stackR, r)
			}
		case isCloseQuote(r) && len(stackR) > 0 && closes(stackR[len(stackR)-1], r):
			if len(stack) == 1 {
				out = append(out, source.Span{Start: stack[0], End: i + utf8.RuneLen(r)})
			}
			stack, stackR = stack[:len(stack)-1], stackR[:len(stackR)-1]
		case isOpenQuote(r):
			stack, stackR = append(stack, i), append(stackR, r)
		}
	}
	if len(stack) > 0 {
		out = append(out, source.Span{Start: stack[0], End: len(text)})
	}
	return out
}

func closes(open, close rune) bool {
	switch open {
	case '“':
		return close == '”'
	case '„':
		return close == '“' || close == '”'
	case '«':
		return close == '»'
	}
	return false
}

func inSpans(sps []source.Span, off int) bool {
	for _, sp := range sps {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}

// isLower reports whether w starts with a lower-case letter.
func isLower(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r)
}

// latin reports whether the letters of w are Latin.
func latin(w string) bool {
	for _, r := range w {
		if feature.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// scriptOf returns the script most letters of text are written in: "latin",
// "cyrillic" or "other".
func scriptOf(text string) string {
	l, c, o := 0, 0, 0
	for _, r := range text {
		switch {
		case !feature.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			l++
		case unicode.Is(unicode.Cyrillic, r):
			c++
		default:
			o++
		}
	}
	switch {
	case l >= c && l >= o:
		return "latin"
	case c >= o:
		return "cyrillic"
	}
	return "other"
}

func lowerWord(s string) string { return strings.ToLower(s) }
