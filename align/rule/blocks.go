package rule

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// insertionPoint returns where in the target the source blocks of links[li]
// would stand: the start of the next target block with a counterpart, or
// the end of the previous one. nb holds the neighbours of links.
func insertionPoint(p *Pass, links []bitext.Link, nb *linkNeighbours, li int) *source.Position {
	d := p.Pair.Target
	if k := nb.next[li]; k >= 0 {
		return p.TargetPos(links[k].Target[0], source.Span{})
	}
	if k := nb.prev[li]; k >= 0 {
		bi := links[k].Target[len(links[k].Target)-1]
		return p.TargetPos(bi, source.Span{Start: len(d.Blocks[bi].Text), End: len(d.Blocks[bi].Text)})
	}
	return nil
}

// linkNeighbours holds, for each link of a list, the index of the next
// link after it and of the last link before it with target blocks, or -1.
type linkNeighbours struct{ next, prev []int }

func newLinkNeighbours(links []bitext.Link) *linkNeighbours {
	nb := &linkNeighbours{next: make([]int, len(links)), prev: make([]int, len(links))}
	k := -1
	for i := range links {
		nb.prev[i] = k
		if len(links[i].Target) > 0 {
			k = i
		}
	}
	k = -1
	for i := len(links) - 1; i >= 0; i-- {
		nb.next[i] = k
		if len(links[i].Target) > 0 {
			k = i
		}
	}
	return nb
}

var _ = register(&Rule{
	ID:       "paragraph-missing",
	Group:    GroupBlocks,
	Title:    "A source block has no counterpart in the translation",
	Severity: Error,
	Doc: "Reports a source block (paragraph, list item, quote) that has no counterpart in the translation: the aligner " +
		"found no target block for it, even allowing merges and splits. The finding points at the source block and at " +
		"the place in the translation where it would stand. Blocks lost because the translation stops early are " +
		"reported once, as version-truncated; missing headings are reported as heading-mismatch.",
	Example: Example{
		Source: "One paragraph about the negotiations in July.\n\nA second paragraph about Lavrov and Kissinger, with 2023 in it.\n\nA third paragraph about Washington.\n",
		Target: "Un párrafo sobre las negociaciones de julio.\n\nUn tercer párrafo sobre Washington.\n",
	},
	Run: func(p *Pass) {
		for li, l := range p.Pair.Blocks {
			if len(l.Target) > 0 {
				continue
			}
			for _, bi := range l.Source {
				b := p.Pair.Source.Blocks[bi]
				if p.facts.cut[bi] || b.Kind.IsHeadingLike() || b.Kind == doc.Markup {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("%s has no counterpart in the translation", kindName(b.Kind)),
					Source:   p.SourcePos(bi, source.Span{}),
					Target:   insertionPoint(p, p.Pair.Blocks, p.facts.blockNeighbours(), li),
					Evidence: Evidence{Source: head(b.Text, evidenceWidth)},
				})
			}
		}
		for _, mc := range markupCounts(p) {
			if mc.source > mc.target && mc.renamed == nil && mc.firstSource >= 0 && !p.facts.cut[mc.firstSource] {
				at := unmatchedMarkup(p, mc.name)
				p.Report(Finding{
					Message: fmt.Sprintf("the source has %s %s, the translation %s", times(mc.source), mc.what(), times(mc.target)),
					Source:  p.SourcePos(at, source.Span{}),
				})
			}
		}
	},
})

// markupCount is how often the source and the translation use one kind of
// markup block: a component, a shortcode, an admonition, an HTML element.
type markupCount struct {
	name           string
	source, target int
	firstSource    int // the source's first such block, -1 if none
	firstTarget    int
	renamed        *markupCount // the markup that stands for this one in the other version, written another way
}

func (mc markupCount) what() string {
	switch {
	case strings.HasPrefix(mc.name, "listing-"):
		return "listing " + strings.TrimPrefix(mc.name, "listing-")
	case mc.name != "" && unicode.IsUpper([]rune(mc.name)[0]):
		return "component <" + mc.name + ">"
	}
	return "markup " + strconv.Quote(mc.name)
}

// markupCounts counts the markup blocks of each version by name (a closing
// tag counts with its opening one, once), and returns the names whose
// counts differ, in the source's order then the translation's. Markup is
// compared by count over the whole version rather than block by block: a
// translation may arrange it differently, and what matters is that none
// was dropped or added.
func markupCounts(p *Pass) []markupCount {
	var order []string
	byName := map[string]*markupCount{}
	count := func(d *doc.Document, src bool) {
		for bi, b := range d.Blocks {
			if b.Kind != doc.Markup || b.Info == "" || strings.HasPrefix(b.Info, "/") {
				continue
			}
			mc := byName[b.Info]
			if mc == nil {
				mc = &markupCount{name: b.Info, firstSource: -1, firstTarget: -1}
				byName[b.Info] = mc
				order = append(order, b.Info)
			}
			if src {
				mc.source++
				if mc.firstSource < 0 {
					mc.firstSource = bi
				}
			} else {
				mc.target++
				if mc.firstTarget < 0 {
					mc.firstTarget = bi
				}
			}
		}
	}
	count(p.Pair.Source, true)
	count(p.Pair.Target, false)
	// Markup written another way in the translation (an admonition whose
	// type was translated): a name the translation lacks and one it adds,
	// as many times each, paired in order.
	var lacks, adds []*markupCount
	for _, name := range order {
		switch mc := byName[name]; {
		case mc.source > mc.target:
			lacks = append(lacks, mc)
		case mc.target > mc.source:
			adds = append(adds, mc)
		}
	}
	// The place of each block in the alignment, so that a pair is made only
	// of markup standing at the same place.
	srcAt, tgtAt := map[int]int{}, map[int]int{}
	for li, l := range p.Pair.Blocks {
		for _, b := range l.Source {
			srcAt[b] = li
		}
		for _, b := range l.Target {
			tgtAt[b] = li
		}
	}
	near := func(l, a *markupCount) bool {
		si, ok1 := srcAt[l.firstSource]
		ti, ok2 := tgtAt[a.firstTarget]
		return ok1 && ok2 && si-ti <= 1 && ti-si <= 1
	}
	used := map[*markupCount]bool{}
	for _, l := range lacks {
		for _, a := range adds {
			if !used[a] && a.target-a.source == l.source-l.target && near(l, a) {
				used[a], l.renamed, a.renamed = true, a, l
				break
			}
		}
	}
	var out []markupCount
	for _, name := range order {
		if mc := byName[name]; mc.source != mc.target {
			out = append(out, *mc)
		}
	}
	return out
}

// unmatchedMarkup returns the first source markup block named name whose
// aligned blocks hold no markup of that name; the first one named so if
// all have.
func unmatchedMarkup(p *Pass, name string) int {
	first := -1
	for _, l := range p.Pair.Blocks {
		for _, bi := range l.Source {
			if b := p.Pair.Source.Blocks[bi]; b.Kind != doc.Markup || b.Info != name {
				continue
			}
			if first < 0 {
				first = bi
			}
			matched := false
			for _, ti := range l.Target {
				if t := p.Pair.Target.Blocks[ti]; t.Kind == doc.Markup && t.Info == name {
					matched = true
				}
			}
			if !matched {
				return bi
			}
		}
	}
	return first
}

// times returns "once", "twice", "3 times", "no times" for n.
func times(n int) string {
	switch n {
	case 0:
		return "none"
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

var _ = register(&Rule{
	ID:       "paragraph-extra",
	Group:    GroupBlocks,
	Title:    "A block of the translation has no counterpart in the source",
	Severity: Warning,
	Doc: "Reports a block of the translation that has no counterpart in the source: added text, a paragraph repeated, " +
		"or a note of the translator's that an editor should confirm. Headings are reported as heading-mismatch.",
	Example: Example{
		Source: "One paragraph about the negotiations in July.\n\nA third paragraph about Washington.\n",
		Target: "Un párrafo sobre las negociaciones de julio.\n\nUn párrafo añadido por el traductor sobre Lavrov, Kissinger y el año 2023.\n\nUn tercer párrafo sobre Washington.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Source) > 0 {
				continue
			}
			for _, bi := range l.Target {
				b := p.Pair.Target.Blocks[bi]
				if b.Kind.IsHeadingLike() || b.Kind == doc.Markup {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("%s has no counterpart in the source", kindName(b.Kind)),
					Target:   p.TargetPos(bi, source.Span{}),
					Evidence: Evidence{Target: head(b.Text, evidenceWidth)},
				})
			}
		}
		for _, mc := range markupCounts(p) {
			switch {
			case mc.renamed != nil && mc.source > mc.target:
				r := mc.renamed
				p.Report(Finding{
					Message: fmt.Sprintf("the translation writes %s where the source has %s (%s)", r.what(), mc.what(), times(mc.source-mc.target)),
					Source:  p.SourcePos(mc.firstSource, source.Span{}),
					Target:  p.TargetPos(r.firstTarget, source.Span{}),
				})
			case mc.target > mc.source && mc.renamed == nil:
				p.Report(Finding{
					Message: fmt.Sprintf("the translation has %s %s, the source %s", times(mc.target), mc.what(), times(mc.source)),
					Target:  p.TargetPos(mc.firstTarget, source.Span{}),
				})
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "paragraph-merged",
	Group:    GroupBlocks,
	Title:    "Two source blocks rendered as one",
	Severity: Warning,
	Doc: "Reports two source blocks rendered as one block of the translation: the paragraph break between them was " +
		"lost. The finding points at the second source block, where the break should be.",
	Example: Example{
		Source: "The first paragraph speaks of Lavrov in 2023.\n\nThe second paragraph speaks of Kissinger and of the year 1973.\n\nA third one.\n",
		Target: "El primer párrafo habla de Lavrov en 2023. El segundo párrafo habla de Kissinger y del año 1973.\n\nUn tercero.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			src := withText(p.Pair.Source, l.Source)
			if len(src) < 2 || len(withText(p.Pair.Target, l.Target)) != 1 {
				continue
			}
			second := p.Pair.Source.Blocks[src[1]]
			p.Report(Finding{
				Message:  fmt.Sprintf("%d source blocks rendered as one: the break before %q was lost", len(src), head(second.Text, breakWidth)),
				Source:   p.SourcePos(src[1], source.Span{}),
				Target:   p.TargetPos(l.Target[0], source.Span{}),
				Evidence: Evidence{Source: head(second.Text, pairWidth), Target: head(p.Pair.Target.Blocks[l.Target[0]].Text, pairWidth)},
			})
		}
	},
})

var _ = register(&Rule{
	ID:       "paragraph-split",
	Group:    GroupBlocks,
	Title:    "One source block rendered as two or more",
	Severity: Warning,
	Doc: "Reports one source block rendered as two or more blocks of the translation: a paragraph break was added. " +
		"The finding points at the source block and at the target block that starts after the added break.",
	Example: Example{
		Source: "The first sentence speaks of Lavrov in 2023. The second sentence speaks of Kissinger and of the year 1973.\n\nA third one.\n",
		Target: "La primera frase habla de Lavrov en 2023.\n\nLa segunda frase habla de Kissinger y del año 1973.\n\nUn tercero.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			src, tgt := withText(p.Pair.Source, l.Source), withText(p.Pair.Target, l.Target)
			if len(src) != 1 || len(tgt) < 2 {
				continue
			}
			second := p.Pair.Target.Blocks[tgt[1]]
			p.Report(Finding{
				Message:  fmt.Sprintf("one source block rendered as %d: a break was added before %q", len(tgt), head(second.Text, breakWidth)),
				Source:   p.SourcePos(src[0], source.Span{}),
				Target:   p.TargetPos(tgt[1], source.Span{}),
				Evidence: Evidence{Source: head(p.Pair.Source.Blocks[src[0]].Text, pairWidth), Target: head(second.Text, pairWidth)},
			})
		}
	},
})

var _ = register(&Rule{
	ID:       "heading-mismatch",
	Group:    GroupBlocks,
	Title:    "A heading aligned to running text, or missing",
	Severity: Warning,
	Doc: "Reports a title, subtitle or heading aligned to running text (or the other way round), and a heading of " +
		"the source with no counterpart in the translation, or of the translation with none in the source.",
	Example: Example{
		Source: "A first paragraph about the war in 2023.\n\nThe Kissinger line\n\nA paragraph about Kissinger and the year 1973.\n",
		Target: "Un primer párrafo sobre la guerra en 2023.\n\nUn párrafo sobre Kissinger y el año 1973.\n",
	},
	Run: func(p *Pass) {
		for li, l := range p.Pair.Blocks {
			switch {
			case len(l.Target) == 0:
				for _, bi := range l.Source {
					b := p.Pair.Source.Blocks[bi]
					if !b.Kind.IsHeadingLike() || p.facts.cut[bi] {
						continue
					}
					p.Report(Finding{
						Message:  fmt.Sprintf("%s %q has no counterpart in the translation", b.Kind, head(b.Text, titleWidth)),
						Source:   p.SourcePos(bi, source.Span{}),
						Target:   insertionPoint(p, p.Pair.Blocks, p.facts.blockNeighbours(), li),
						Evidence: Evidence{Source: head(b.Text, evidenceWidth)},
					})
				}
			case len(l.Source) == 0:
				for _, bi := range l.Target {
					b := p.Pair.Target.Blocks[bi]
					if !b.Kind.IsHeadingLike() {
						continue
					}
					p.Report(Finding{
						Message:  fmt.Sprintf("%s has no counterpart in the source", b.Kind),
						Target:   p.TargetPos(bi, source.Span{}),
						Evidence: Evidence{Target: head(b.Text, evidenceWidth)},
					})
				}
			case len(l.Source) == 1 && len(l.Target) == 1:
				sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
				if sb.Kind.IsHeadingLike() == db.Kind.IsHeadingLike() {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("source %s is rendered as %s", sb.Kind, kindArticle(db.Kind)),
					Source:   p.SourcePos(l.Source[0], source.Span{}),
					Target:   p.TargetPos(l.Target[0], source.Span{}),
					Evidence: Evidence{Source: head(sb.Text, pairWidth), Target: head(db.Text, pairWidth)},
				})
			}
		}
	},
})

func kindArticle(k doc.Kind) string {
	switch k {
	case doc.Heading:
		return "a heading"
	case doc.Title:
		return "a title"
	case doc.Subtitle:
		return "a subtitle"
	}
	return "running text (" + kindName(k) + ")"
}

var _ = register(&Rule{
	ID:       "version-truncated",
	Group:    GroupBlocks,
	Title:    "The translation stops early",
	Severity: Error,
	Doc: "Reports a translation that stops early: the source's blocks of text after the last one with a counterpart " +
		"(at least two, and at least a tenth of them) have none, and no text of the translation follows (its footnotes " +
		"may). It is reported once, at the first source block left out and at the end of the translation, instead of " +
		"one finding per lost paragraph, and per footnote when the translation has none left.",
	Example: Example{
		Source: "First paragraph about Lavrov.\n\nSecond paragraph about Kissinger.\n\nThird paragraph about Washington in 2023.\n\nFourth paragraph about Kyiv in 2022.\n\nFifth paragraph about Moscow.\n",
		Target: "Primer párrafo sobre Lavrov.\n\nSegundo párrafo sobre Kissinger.\n",
	},
	Run: func(p *Pass) {
		f := p.facts
		if !f.truncated {
			return
		}
		d := p.Pair.Target
		var target *source.Position
		// The place where the text stops: the end of the last block that
		// is not a footnote (notes may follow it).
		for i := len(d.Blocks) - 1; i >= 0; i-- {
			if last := d.Blocks[i]; last.Kind != doc.FootnoteDef {
				target = p.TargetPos(i, source.Span{Start: len(last.Text), End: len(last.Text)})
				break
			}
		}
		first := p.Pair.Source.Blocks[f.cutFrom]
		msg := fmt.Sprintf("the translation stops early: the last %d of the source's %d blocks of text have no counterpart", f.cutBlocks, f.bodyBlocks)
		if f.cutNotes > 0 {
			msg += fmt.Sprintf(", nor do its %d footnotes", f.cutNotes)
		}
		p.Report(Finding{
			Message:  msg,
			Source:   p.SourcePos(f.cutFrom, source.Span{}),
			Target:   target,
			Evidence: Evidence{Source: head(first.Text, pairWidth)},
		})
	},
})

// isCut reports whether any of the source blocks refs is in the missing
// tail of a truncated translation.
func isCut(p *Pass, refs []int) bool {
	for _, r := range refs {
		if p.facts.cut[r] {
			return true
		}
	}
	return false
}

// withText returns the blocks of d among idx that carry text: a markup block
// with none (an opening or closing tag, a component on a line of its own)
// holds no paragraph break a reader would see, so a merge or a split that
// only takes one in is not reported. Markup is compared by count instead
// (markupCounts).
func withText(d *doc.Document, idx []int) []int {
	out := idx[:0:0]
	for _, bi := range idx {
		if b := d.Blocks[bi]; b.Kind != doc.Markup || strings.TrimSpace(b.Text) != "" {
			out = append(out, bi)
		}
	}
	return out
}
