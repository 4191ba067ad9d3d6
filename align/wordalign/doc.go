package wordalign

import (
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
)

// Doc is the word alignment of an aligned pair of documents: a model
// learned from all its sentence pairs and cited-work pairs, and the
// alignment of any of them on demand.
type Doc struct {
	Model *Model
	Pair  *bitext.Pair
}

// FromPair learns a model from the pairs of sentences (inside aligned
// blocks) and of cited works (inside aligned footnotes) of p; footnotes
// not split into works count whole.
func FromPair(p *bitext.Pair, opts Options) *Doc {
	var pairs []Pair
	for _, l := range p.Blocks {
		for _, sl := range l.Sents {
			if len(sl.Source) > 0 && len(sl.Target) > 0 {
				pairs = append(pairs, Pair{SentenceTokens(p.Source, sl.Source), SentenceTokens(p.Target, sl.Target)})
			}
		}
	}
	for _, l := range p.Notes {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		if len(l.Items) == 0 {
			pairs = append(pairs, Pair{BlockTokens(p.Source, l.Source[0]), BlockTokens(p.Target, l.Target[0])})
			continue
		}
		for _, il := range l.Items {
			if len(il.Source) > 0 && len(il.Target) > 0 {
				pairs = append(pairs, Pair{ItemTokens(p.Source, l.Source[0], il.Source), ItemTokens(p.Target, l.Target[0], il.Target)})
			}
		}
	}
	return &Doc{Model: Train(pairs, opts), Pair: p}
}

// Sentences aligns the words of a sentence link of the pair's blocks.
func (d *Doc) Sentences(l bitext.SentLink) *Alignment {
	return d.Model.Align(SentenceTokens(d.Pair.Source, l.Source), SentenceTokens(d.Pair.Target, l.Target))
}

// Items aligns the words of an item link inside footnotes sb (source
// block) and db (target block).
func (d *Doc) Items(sb, db int, l bitext.SentLink) *Alignment {
	return d.Model.Align(ItemTokens(d.Pair.Source, sb, l.Source), ItemTokens(d.Pair.Target, db, l.Target))
}

// Blocks aligns the words of two whole blocks.
func (d *Doc) Blocks(sb, db int) *Alignment {
	return d.Model.Align(BlockTokens(d.Pair.Source, sb), BlockTokens(d.Pair.Target, db))
}

// SentenceTokens returns the tokens of sentences refs of d, with their
// blocks and spans in their blocks' texts.
func SentenceTokens(d *doc.Document, refs []bitext.Ref) []Token {
	var out []Token
	for _, r := range refs {
		b := d.Blocks[r.Block]
		out = append(out, tokensIn(b.Text, r.Block, b.Sentences[r.Index].Start, b.Sentences[r.Index].End)...)
	}
	return out
}

// ItemTokens returns the tokens of the cited works refs of block bi.
func ItemTokens(d *doc.Document, bi int, refs []bitext.Ref) []Token {
	var out []Token
	b := d.Blocks[bi]
	for _, r := range refs {
		out = append(out, tokensIn(b.Text, bi, b.Items[r.Index].Start, b.Items[r.Index].End)...)
	}
	return out
}

// BlockTokens returns the tokens of block bi.
func BlockTokens(d *doc.Document, bi int) []Token {
	return tokensIn(d.Blocks[bi].Text, bi, 0, len(d.Blocks[bi].Text))
}

func tokensIn(text string, bi, start, end int) []Token {
	ts := Tokenize(text[start:end])
	for i := range ts {
		ts[i].Block = bi
		ts[i].Span.Start += start
		ts[i].Span.End += start
	}
	return ts
}
