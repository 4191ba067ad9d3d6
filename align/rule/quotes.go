package rule

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/quote"
	"github.com/tralign/tralign/align/segment"
	"github.com/tralign/tralign/align/source"
)

var _ = register(&Rule{
	ID:       "quote-altered",
	Group:    GroupWords,
	Title:    "A quoted passage differs from what it quotes, or is not rendered whole",
	Severity: Warning,
	Doc: "With documents the article quotes (check --cited FILE), looks every quoted passage of the source (“…”, \"…\", " +
		"«…», block quotations) up in them, piece by piece: pieces are cut at elisions (..., …, (…), […]) and between " +
		"sentences, and editorial insertions in square brackets may or may not be in the cited text. A piece found with " +
		"a word altered, dropped or added is reported with the word diff of the two wordings ([-quote only-] {+cited " +
		"text only+}). In each translation, a quoted passage of the source must be rendered whole: as many sentences inside " +
		"the quote marks, and closed where the source closes it (a source quote left unclosed is not compared). Without --cited, the rule is silent.",
	Example: Example{
		Source: "The official said: “Putin is the major obstacle to all progress.” Nothing moved.\n",
		Target: "El funcionario dijo: “Putin es el principal obstáculo para todo progreso”. Nada se movió.\n",
		Cited:  "“Putin is the major block to all progress,” the former official stated.\n",
	},
	RunSource: func(p *SourcePass) { sourceQuotes(p, false) },
	Run:       translatedQuotes,
})

var _ = register(&Rule{
	ID:       "quote-unsourced",
	Group:    GroupWords,
	Title:    "A quoted passage is not found in the documents it quotes",
	Severity: Info,
	Doc: "With documents the article quotes (check --cited FILE), reports a quoted passage of the source of four words or " +
		"more none of whose pieces stands in any of them, and the sentences of a quote found in part that do not: the quote " +
		"may come from another document, or be a paraphrase put in quote marks. Short quotes (scare quotes) are not looked " +
		"up. Without --cited, the rule is silent.",
	Example: Example{
		Source: "The official said: “We never discussed the Crimean question with anyone in Moscow.” Nothing moved.\n",
		Target: "El funcionario dijo: “Nunca discutimos la cuestión de Crimea con nadie en Moscú”. Nada se movió.\n",
		Cited:  "“Putin is the major block to all progress,” the former official stated.\n",
	},
	RunSource: func(p *SourcePass) { sourceQuotes(p, true) },
})

// citedOf returns the indexed cited documents of a pass.
func citedOf(ds []*doc.Document) []*quote.Cited {
	var out []*quote.Cited
	for _, d := range ds {
		out = append(out, quote.NewCited(d))
	}
	return out
}

// sourceQuotes looks the quotes of the source up in the cited documents
// and reports altered pieces (unsourced false) or unsourced quotes and
// pieces (unsourced true).
func sourceQuotes(p *SourcePass, unsourced bool) {
	cited := citedOf(p.Cited)
	if len(cited) == 0 {
		return
	}
	var prose blockText // the last block's prose: a block may hold many quotes
	for _, q := range quote.Find(p.Doc) {
		b := p.Doc.Blocks[q.Block]
		if b.Kind == doc.FootnoteDef {
			continue // quotes in titles of cited works quote those works
		}
		if prose.b != b {
			prose = blockText{b, b.Prose()}
		}
		text := prose.text[q.Inner.Start:q.Inner.End]
		var skip []source.Span
		for _, n := range q.Nested {
			skip = append(skip, source.Span{Start: n.Start - q.Inner.Start, End: n.End - q.Inner.Start})
		}
		if wordCount(text) < quote.MinWords {
			continue
		}
		ps := quote.Lookup(text, skip, cited)
		found := 0
		for _, pc := range ps {
			if pc.Found {
				found++
			}
		}
		at := func(sp source.Span) *source.Position {
			return p.Pos(q.Block, source.Span{Start: q.Inner.Start + sp.Start, End: q.Inner.Start + sp.End})
		}
		for _, pc := range ps {
			piece := text[pc.Span.Start:pc.Span.End]
			switch {
			case !unsourced && pc.Found && !pc.Exact:
				p.Report(Finding{
					Message:  fmt.Sprintf("the quote differs from %s: %s", pc.Cited, pc.Diff),
					Source:   at(pc.Span),
					Evidence: Evidence{Source: head(piece, evidenceWidth)},
				})
			case unsourced && !pc.Found && found > 0:
				p.Report(Finding{
					Message:  fmt.Sprintf("this sentence of the quote is not in the cited documents (%d of its %d pieces are)", found, len(ps)),
					Source:   at(pc.Span),
					Evidence: Evidence{Source: head(piece, evidenceWidth)},
				})
			}
		}
		if unsourced && found == 0 && len(ps) > 0 {
			p.Report(Finding{
				Message:  fmt.Sprintf("the quote %q is not in the cited documents", head(text, pairWidth)),
				Source:   at(source.Span{End: len(text)}),
				Evidence: Evidence{Source: head(text, evidenceWidth)},
			})
		}
	}
}

// translatedQuotes checks, when cited documents are given, that each
// quote of a source paragraph is rendered whole in the aligned paragraph
// of the translation: the same number of sentences inside the marks, and
// closed where the source's is closed. Quotes are paired in order, in
// paragraphs with as many quotes of four words or more on both sides.
func translatedQuotes(p *Pass) {
	if len(p.Cited) == 0 {
		return
	}
	for _, l := range p.Pair.Blocks {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
		sp, dp := sb.Prose(), db.Prose()
		sq, dq := outerQuotes(sp), outerQuotes(dp)
		if len(sq) == 0 || len(sq) != len(dq) {
			continue
		}
		for i := range sq {
			s, d := sq[i], dq[i]
			st, dt := sp[s.Inner.Start:s.Inner.End], dp[d.Inner.Start:d.Inner.End]
			ns, nd := len(segment.Sentences(st, p.Pair.Source.Lang)), len(segment.Sentences(dt, p.Pair.Target.Lang))
			var msg string
			if !s.Closed {
				continue // where the source's quote ends is not known
			}
			switch {
			case !d.Closed:
				msg = "the quote is not closed here; the source closes it"
			case ns != nd:
				msg = fmt.Sprintf("the quote holds %s here, %d in the source", plural(nd, "sentence"), ns)
			default:
				continue
			}
			p.Report(Finding{
				Message:  msg,
				Source:   p.SourcePos(l.Source[0], s.Span),
				Target:   p.TargetPos(l.Target[0], d.Span),
				Evidence: Evidence{Source: head(strings.TrimSpace(st), evidenceWidth), Target: head(strings.TrimSpace(dt), evidenceWidth)},
			})
		}
	}
}

// outerQuotes returns the quotes of text that are not inside another and
// have four words or more.
func outerQuotes(text string) []quote.Quote {
	var out []quote.Quote
	for _, q := range quote.InText(text) {
		if q.Depth == 1 && wordCount(text[q.Inner.Start:q.Inner.End]) >= quote.MinWords {
			out = append(out, q)
		}
	}
	return out
}
