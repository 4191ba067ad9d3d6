package wordalign

import (
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// Doc is the word alignment of an aligned pair of documents: a model
// learned from all its sentence pairs and cited-work pairs, and the
// tokens of any of them on demand, to align with AlignAll. The
// tokens of each sentence, cited work and block are worked out once, for
// learning and for aligning alike. A Doc is not safe for concurrent use.
type Doc struct {
	Model    *Model
	Pair     *bitext.Pair
	src, dst tokens
	// The numbers learning gave the word pairs of each pair it learned
	// from, and which pair that is by its tokens, until AlignAll has
	// read them.
	learnt [][]int32
	which  map[pairKey]int
}

// pairKey tells a pair by where its tokens are kept: a pair asked for
// again is given the same tokens (see tokens).
type pairKey struct {
	src, dst   *Token
	nsrc, ndst int
}

// keyOf returns the key of p, and false for a pair with an empty side.
func keyOf(p Pair) (pairKey, bool) {
	if len(p.Source) == 0 || len(p.Target) == 0 {
		return pairKey{}, false
	}
	return pairKey{&p.Source[0], &p.Target[0], len(p.Source), len(p.Target)}, true
}

// AlignAll aligns the tokens of each pair as Model.AlignAll does. The
// first call reads what learning kept of the pairs it learned from, which
// spares looking their word pairs up again, and lets it go: a Doc's
// pairs are aligned once.
func (d *Doc) AlignAll(pairs []Pair) []*Alignment {
	if d.learnt == nil {
		return d.Model.AlignAll(pairs)
	}
	learnt := make([][]int32, len(pairs))
	for i, p := range pairs {
		if k, ok := keyOf(p); ok {
			if n, ok := d.which[k]; ok {
				learnt[i] = d.learnt[n]
			}
		}
	}
	d.learnt, d.which = nil, nil
	return d.Model.alignAll(pairs, learnt)
}

// Tokens are the tokens of the sentences and cited works of one
// document, worked out once for all the pairs it is part of, so that a
// source with several translations is tokenised once. They are not
// changed once made: pairs aligned at once may share them.
type Tokens struct {
	d     *doc.Document
	sents [][][]Token // by block and sentence
	items [][][]Token // by block and cited work
}

// NewTokens tokenises the sentences and cited works of d.
func NewTokens(d *doc.Document) *Tokens {
	var tk Tokenizer
	t := &Tokens{d: d, sents: make([][][]Token, len(d.Blocks)), items: make([][][]Token, len(d.Blocks))}
	each := func(bi int, spans []source.Span) [][]Token {
		if len(spans) == 0 {
			return nil
		}
		out := make([][]Token, len(spans))
		for k, sp := range spans {
			out[k] = tk.tokensIn(d.Blocks[bi].Text, bi, sp.Start, sp.End)
		}
		return out
	}
	for bi, b := range d.Blocks {
		t.sents[bi] = each(bi, b.Sentences)
		t.items[bi] = each(bi, b.Items)
	}
	return t
}

// tokens remembers the tokens of the parts of one document, by block and
// index: nil for a part not tokenised yet, and an empty slice, not nil,
// for a part without tokens.
type tokens struct {
	d      *doc.Document
	made   *Tokens // the tokens of its sentences and cited works, if worked out already; nil if not
	tk     *Tokenizer
	sents  [][][]Token // sentences
	items  [][][]Token // cited works
	blocks [][]Token
}

func newTokens(d *doc.Document, tk *Tokenizer) tokens {
	n := len(d.Blocks)
	return tokens{d: d, tk: tk, sents: make([][][]Token, n), items: make([][][]Token, n), blocks: make([][]Token, n)}
}

// sentences returns the tokens of sentences refs, as SentenceTokens does.
func (c *tokens) sentences(refs []bitext.Ref) []Token {
	return c.join(refs, c.sents, func(b *doc.Block) int { return len(b.Sentences) }, func(r bitext.Ref) []Token {
		if c.made != nil {
			return c.made.sents[r.Block][r.Index]
		}
		b := c.d.Blocks[r.Block]
		return c.tk.tokensIn(b.Text, r.Block, b.Sentences[r.Index].Start, b.Sentences[r.Index].End)
	})
}

// workTokens returns the tokens of the cited works refs of block bi, as
// ItemTokens does.
func (c *tokens) workTokens(bi int, refs []bitext.Ref) []Token {
	keyed := make([]bitext.Ref, len(refs))
	for i, r := range refs {
		keyed[i] = bitext.Ref{Block: bi, Index: r.Index}
	}
	return c.join(keyed, c.items, func(b *doc.Block) int { return len(b.Items) }, func(r bitext.Ref) []Token {
		if c.made != nil {
			return c.made.items[r.Block][r.Index]
		}
		b := c.d.Blocks[r.Block]
		return c.tk.tokensIn(b.Text, r.Block, b.Items[r.Index].Start, b.Items[r.Index].End)
	})
}

// block returns the tokens of block bi, as BlockTokens does.
func (c *tokens) block(bi int) []Token {
	if c.blocks[bi] == nil {
		c.blocks[bi] = held(c.tk.tokensIn(c.d.Blocks[bi].Text, bi, 0, len(c.d.Blocks[bi].Text)))
	}
	return given(c.blocks[bi])
}

// held returns tokens as a cache of tokens holds them: an empty slice,
// not nil, for a part without tokens.
func held(ts []Token) []Token {
	if ts == nil {
		return []Token{}
	}
	return ts
}

// given returns tokens a cache held as tokenising gives them: nil for
// none, and full (capacity its length), so that an append copies them.
func given(ts []Token) []Token {
	if len(ts) == 0 {
		return nil
	}
	return ts[:len(ts):len(ts)]
}

// join returns the tokens of refs one after another, each ref's taken
// from seen (by block, then index, of count parts per block) or made by
// tokenise and remembered there.
func (c *tokens) join(refs []bitext.Ref, seen [][][]Token, count func(*doc.Block) int, tokenise func(bitext.Ref) []Token) []Token {
	get := func(r bitext.Ref) []Token {
		if seen[r.Block] == nil {
			seen[r.Block] = make([][]Token, count(c.d.Blocks[r.Block]))
		}
		if seen[r.Block][r.Index] == nil {
			seen[r.Block][r.Index] = held(tokenise(r))
		}
		return seen[r.Block][r.Index]
	}
	if len(refs) == 1 {
		return given(get(refs[0]))
	}
	var out []Token
	for _, r := range refs {
		out = append(out, get(r)...)
	}
	return out
}

// FromPair learns a model from the pairs of sentences (inside aligned
// blocks) and of cited works (inside aligned footnotes) of p; footnotes
// not split into works count whole.
func FromPair(p *bitext.Pair, opts Options) *Doc {
	return FromPairTokens(p, nil, opts)
}

// FromPairTokens is FromPair taking the tokens of the source's sentences
// and cited works from src, made by NewTokens(p.Source); src nil (or made
// for another document) means they are worked out here.
func FromPairTokens(p *bitext.Pair, src *Tokens, opts Options) *Doc {
	tk := opts.Tokenizer
	if tk == nil {
		tk = &Tokenizer{}
	}
	d := &Doc{Pair: p, src: newTokens(p.Source, tk), dst: newTokens(p.Target, tk)}
	if src != nil && src.d == p.Source {
		d.src.made = src
	}
	var pairs []Pair
	for _, l := range p.Blocks {
		for _, sl := range l.Sents {
			if len(sl.Source) > 0 && len(sl.Target) > 0 {
				pairs = append(pairs, Pair{d.src.sentences(sl.Source), d.dst.sentences(sl.Target)})
			}
		}
	}
	for _, l := range p.Notes {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		if len(l.Items) == 0 {
			pairs = append(pairs, Pair{d.src.block(l.Source[0]), d.dst.block(l.Target[0])})
			continue
		}
		for _, il := range l.Items {
			if len(il.Source) > 0 && len(il.Target) > 0 {
				pairs = append(pairs, Pair{d.src.workTokens(l.Source[0], il.Source), d.dst.workTokens(l.Target[0], il.Target)})
			}
		}
	}
	d.Model, d.learnt = train(pairs, opts)
	d.which = make(map[pairKey]int, len(pairs))
	for i, p := range pairs {
		if k, ok := keyOf(p); ok {
			d.which[k] = i
		}
	}
	return d
}

// SentencePair returns the tokens of a sentence link of the pair's
// blocks.
func (d *Doc) SentencePair(l bitext.SentLink) Pair {
	return Pair{d.src.sentences(l.Source), d.dst.sentences(l.Target)}
}

// ItemPair returns the tokens of an item link inside footnotes sb
// (source block) and db (target block).
func (d *Doc) ItemPair(sb, db int, l bitext.SentLink) Pair {
	return Pair{d.src.workTokens(sb, l.Source), d.dst.workTokens(db, l.Target)}
}

// BlockPair returns the tokens of two whole blocks.
func (d *Doc) BlockPair(sb, db int) Pair {
	return Pair{d.src.block(sb), d.dst.block(db)}
}

// SentenceTokens returns the tokens of sentences refs of d, with their
// blocks and spans in their blocks' texts.
func SentenceTokens(d *doc.Document, refs []bitext.Ref) []Token {
	c := newTokens(d, &Tokenizer{})
	return c.sentences(refs)
}

// ItemTokens returns the tokens of the cited works refs of block bi.
func ItemTokens(d *doc.Document, bi int, refs []bitext.Ref) []Token {
	c := newTokens(d, &Tokenizer{})
	return c.workTokens(bi, refs)
}

// BlockTokens returns the tokens of block bi.
func BlockTokens(d *doc.Document, bi int) []Token {
	c := newTokens(d, &Tokenizer{})
	return c.block(bi)
}

// tokensIn returns the tokens of text[start:end], the text of block bi,
// with their places in text.
func (tk *Tokenizer) tokensIn(text string, bi, start, end int) []Token {
	ts := tk.keep(tk.scan(text[:end], start, true))
	for i := range ts {
		ts[i].block = int32(bi)
	}
	return ts
}
