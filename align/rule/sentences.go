package rule

import (
	"fmt"
	"math"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

// sentInsertion returns where in the target the source sentences of
// l.Sents[k] would stand: after the last target sentence of the links
// before it, or at the first of those after it. nb holds the neighbours
// of l.Sents (see sentNeighbours).
func sentInsertion(p *Pass, l bitext.Link, nb *linkNeighbours, k int) *source.Position {
	if j := nb.prev[k]; j >= 0 {
		ts := l.Sents[j].Target
		r := ts[len(ts)-1]
		sp := sentSpan(p.Pair.Target, r)
		return p.TargetPos(r.Block, source.Span{Start: sp.End, End: sp.End})
	}
	if j := nb.next[k]; j >= 0 {
		r := l.Sents[j].Target[0]
		return p.TargetPos(r.Block, sentSpan(p.Pair.Target, r))
	}
	return p.TargetPos(l.Target[0], source.Span{})
}

// sentNeighbours returns the neighbours of the sentence links of l: for
// each, the next and the last before it with target sentences.
func sentNeighbours(l bitext.Link) *linkNeighbours {
	links := make([]bitext.Link, len(l.Sents))
	for i, sl := range l.Sents {
		links[i].Target = make([]int, len(sl.Target))
	}
	return newLinkNeighbours(links)
}

var _ = register(&Rule{
	ID:       "sentence-missing",
	Group:    GroupSentences,
	Title:    "A source sentence has no counterpart",
	Severity: Error,
	Doc: "Reports a source sentence with no counterpart inside a pair of aligned blocks: the sentences of each block " +
		"pair are aligned with the same machinery as blocks (allowing one sentence rendered as two and two as one), " +
		"and a source sentence left over was dropped. Footnote markers it carried are reported with it. Where one side " +
		"is written in a script that marks no end of sentence (Thai, Lao, Khmer, Myanmar), sentences cannot be told " +
		"apart: the blocks pair whole, and length-mismatch weighs them.",
	Example: Example{
		Source: "Lavrov met Kissinger in Moscow on 3 July. The talks lasted for three long days and ended without any agreement on the future of the Ukraine. Washington kept silent about them for weeks.\n" + contextEn,
		Target: "Lavrov se reunió con Kissinger en Moscú el 3 de julio. Washington guardó silencio sobre ellas durante semanas.\n" + contextEs,
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			var nb *linkNeighbours // computed for the first sentence missing
			for k, sl := range l.Sents {
				if len(sl.Target) > 0 {
					continue
				}
				for _, r := range sl.Source {
					text := sentText(p.Pair.Source, r)
					if feature.CountWords(text) == 0 {
						continue // a list label or a number alone says nothing
					}
					msg := "sentence has no counterpart in the translation"
					if nb == nil {
						nb = sentNeighbours(l)
					}
					if ms := markersIn(p, p.Pair.Source, r); ms != "" {
						msg += " (with marker " + ms + ")"
						b := p.Pair.Source.Blocks[r.Block]
						for _, m := range p.facts.markersWithin(b, b.Sentences[r.Index]) {
							p.explains(noteCover(m.Number))
						}
					}
					p.Report(Finding{
						Message:  msg,
						Source:   p.SourcePos(r.Block, sentSpan(p.Pair.Source, r)),
						Target:   sentInsertion(p, l, nb, k),
						Evidence: Evidence{Source: head(text, evidenceWidth)},
					})
				}
			}
		}
	},
})

// markersIn lists the footnote markers of sentence r, e.g. "[3] [4]".
func markersIn(p *Pass, d *doc.Document, r bitext.Ref) string {
	b := d.Blocks[r.Block]
	var ms []string
	for _, m := range p.facts.markersWithin(b, b.Sentences[r.Index]) {
		ms = append(ms, marker(m.Number))
	}
	return strings.Join(ms, " ")
}

var _ = register(&Rule{
	ID:       "sentence-extra",
	Group:    GroupSentences,
	Title:    "A sentence of the translation has no counterpart",
	Severity: Warning,
	Doc: "Reports a sentence of the translation with no counterpart in the aligned source block: text added, or a " +
		"sentence repeated.",
	Example: Example{
		Source: "Lavrov met Kissinger in July. Washington kept silent about them.\n",
		Target: "Lavrov se reunió con Kissinger en julio. Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre ellas.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			var texts map[string]int // computed for the first sentence added
			for _, sl := range l.Sents {
				if len(sl.Source) > 0 {
					// A sentence written twice may have been taken as half
					// of a split: report the repetition all the same.
					for _, r := range sl.Target {
						if repeatsPrevious(p.Pair.Target, r) && !srcRepeats(p, sl) {
							p.Report(Finding{
								Message:  "sentence repeats the sentence before it",
								Source:   p.SourcePos(sl.Source[0].Block, sentSpan(p.Pair.Source, sl.Source[0])),
								Target:   p.TargetPos(r.Block, sentSpan(p.Pair.Target, r)),
								Evidence: Evidence{Target: head(sentText(p.Pair.Target, r), evidenceWidth)},
							})
						}
					}
					continue
				}
				for _, r := range sl.Target {
					text := sentText(p.Pair.Target, r)
					if feature.CountWords(text) == 0 {
						continue
					}
					msg := "sentence has no counterpart in the source"
					if texts == nil {
						texts = sentenceTexts(p, l)
					}
					if texts[strings.TrimSpace(text)] > 1 {
						msg = "sentence repeats another sentence of the paragraph"
					}
					p.Report(Finding{
						Message:  msg,
						Source:   p.SourcePos(l.Source[0], source.Span{}),
						Target:   p.TargetPos(r.Block, sentSpan(p.Pair.Target, r)),
						Evidence: Evidence{Target: head(text, evidenceWidth)},
					})
				}
			}
		}
	},
})

// sentenceTexts counts the sentences of the target blocks of l by their
// text: a sentence whose text is there more than once repeats another.
func sentenceTexts(p *Pass, l bitext.Link) map[string]int {
	m := map[string]int{}
	for _, bi := range l.Target {
		b := p.Pair.Target.Blocks[bi]
		for i := range b.Sentences {
			m[strings.TrimSpace(b.SentenceText(i))]++
		}
	}
	return m
}

var _ = register(&Rule{
	ID:       "length-mismatch",
	Group:    GroupSentences,
	Title:    "Aligned text far off the expected length",
	Severity: Warning,
	Doc: "Reports a pair of aligned sentences whose lengths are far off the ratio of the two versions (measured on " +
		"the whole document): less than half or more than twice the expected length, and at least 40 letters " +
		"apart. Part of the sentence was probably dropped or added. A pair whose missing or added clause " +
		"content-missing or content-added reports is not reported again.",
	Example: Example{
		Source: "Lavrov met Kissinger in July. The talks about the future of the Ukraine lasted for three long days in Geneva, with diplomats from both sides. Washington kept silent.\n" + contextEn,
		Target: "Lavrov se reunió con Kissinger en julio. Las conversaciones duraron. Washington guardó silencio.\n" + contextEs,
	},
	Run: func(p *Pass) {
		ratio := p.Pair.Ratio
		for _, l := range p.Pair.Blocks {
			for _, sl := range l.Sents {
				if len(sl.Source) == 0 || len(sl.Target) == 0 {
					continue
				}
				ls, ld := 0, 0
				var st, dt string
				for _, r := range sl.Source {
					st += sentText(p.Pair.Source, r)
				}
				for _, r := range sl.Target {
					dt += sentText(p.Pair.Target, r)
				}
				ls = feature.Letters(st)
				ld = feature.Letters(dt)
				want := ratio * float64(ls)
				got := float64(ld)
				if math.Abs(got-want) < lengthMinLetters || (got >= want/lengthFactor && got <= want*lengthFactor) {
					continue
				}
				what := "shorter"
				if got > want {
					what = "longer"
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("translation is %.0f%% of the length expected from the source sentence: much %s, part may be %s", 100*got/math.Max(want, 1), what, map[bool]string{true: "added", false: "dropped"}[got > want]),
					Source:   p.SourcePos(sl.Source[0].Block, sentSpan(p.Pair.Source, sl.Source[0])),
					Target:   p.TargetPos(sl.Target[0].Block, sentSpan(p.Pair.Target, sl.Target[0])),
					Evidence: Evidence{Source: head(st, pairWidth), Target: head(dt, pairWidth)},
				})
				// Left out at the end if content-missing or content-added
				// reports the clause that makes the difference.
				p.coverable(sentCover(sl, got < want))
			}
		}
	},
})

// repeatsPrevious reports whether sentence r of d is the sentence before
// it again (three words at least).
func repeatsPrevious(d *doc.Document, r bitext.Ref) bool {
	if r.Index == 0 {
		return false
	}
	b := d.Blocks[r.Block]
	n, same := feature.SameWords(b.SentenceText(r.Index-1), b.SentenceText(r.Index))
	return same && n >= 3
}

// srcRepeats reports whether a source sentence of sl repeats the one before.
func srcRepeats(p *Pass, sl bitext.SentLink) bool {
	for _, r := range sl.Source {
		if repeatsPrevious(p.Pair.Source, r) {
			return true
		}
	}
	return false
}

// contextEn and contextEs are faithful paragraphs around an example, so
// that the length ratio of the pair is measured on more than the defect.
const (
	contextEn = "\nThe negotiations between Washington and Moscow continued through the summer of 2023, with Lavrov and Kissinger meeting several times in secret.\n\nMany observers in Europe and in the Ukraine reacted with alarm to the reports of the secret talks between the two Great Powers.\n"
	contextEs = "\nLas negociaciones entre Washington y Moscú continuaron durante el verano de 2023, y Lavrov y Kissinger se reunieron varias veces en secreto.\n\nMuchos observadores en Europa y en Ucrania reaccionaron con alarma ante los informes de las conversaciones secretas entre las dos Grandes Potencias.\n"
)
