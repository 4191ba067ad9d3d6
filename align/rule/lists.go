package rule

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// listOrdinals returns, for each numbered list item of d, the number a
// Markdown renderer shows: the first item's number, then one more for each
// item of the same list at the same depth.
func listOrdinals(d *doc.Document) map[int]int {
	out, _ := listNumbers(d)
	return out
}

// listNumbers returns, for each numbered list item of d, its rendered
// number and the number its list starts with.
func listNumbers(d *doc.Document) (ordinal, start map[int]int) {
	out := map[int]int{}
	start = map[int]int{}
	first := map[int]int{} // level -> the list's first number
	next := map[int]int{}  // level -> next ordinal
	for i, b := range d.Blocks {
		if b.Kind != doc.ListItem {
			clear(next)
			clear(first)
			continue
		}
		if b.Number == 0 {
			continue
		}
		for l := range next {
			if l > b.Level {
				delete(next, l)
				delete(first, l)
			}
		}
		n, ok := next[b.Level]
		if !ok {
			n = b.Number
			first[b.Level] = b.Number
		}
		out[i] = n
		start[i] = first[b.Level]
		next[b.Level] = n + 1
	}
	return out, start
}

// listItemPairs calls f for every pair of aligned numbered list items.
func listItemPairs(p *Pass, f func(si, ti int, sb, tb *doc.Block)) {
	for _, l := range p.Pair.Blocks {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		sb, tb := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
		if sb.Kind != doc.ListItem || tb.Kind != doc.ListItem || sb.Number == 0 || tb.Number == 0 {
			continue
		}
		f(l.Source[0], l.Target[0], sb, tb)
	}
}

func listEvidence(sb, tb *doc.Block) Evidence {
	return Evidence{Source: fmt.Sprintf("%d. %s", sb.Number, head(sb.Text, titleWidth)), Target: fmt.Sprintf("%d. %s", tb.Number, head(tb.Text, titleWidth))}
}

// labelTwice reports whether the translation's item writes its number
// again at the start of its text ("2. 2. La maternidad…") where the
// source's does not.
func labelTwice(sb, tb *doc.Block) (string, bool) {
	twice := listLabel.FindString(tb.Text)
	return twice, twice != "" && listLabel.FindString(sb.Text) == ""
}

// checkListLabels reports a list item whose number is written twice: a
// number the translation adds to the text.
func checkListLabels(p *Pass) {
	listItemPairs(p, func(si, ti int, sb, tb *doc.Block) {
		if twice, ok := labelTwice(sb, tb); ok {
			p.Report(Finding{
				Message:  fmt.Sprintf("list item number written twice: %d. %s", tb.Number, strings.TrimSpace(twice)),
				Source:   p.SourcePos(si, source.Span{}),
				Target:   p.TargetPos(ti, source.Span{}),
				Evidence: listEvidence(sb, tb),
			})
		}
	})
}

var _ = register(&Rule{
	ID:       "list-misnumbered",
	Group:    GroupLists,
	Title:    "A list item carries another number than the source's",
	Severity: Error,
	Doc: "Reports a numbered list item whose number, as written, is neither the source item's number as written nor " +
		"the number the source item shows when rendered. A list that writes \"1.\" for every item is rendered 1, 2, 3 " +
		"(Markdown numbers an ordered list from its first item), so a translation that writes 1, 2, 3 is right, and " +
		"so is a translation that writes \"1.\" for every item.",
	Example: Example{
		Source:   "The steps:\n\n1. Read the source.\n2. Translate it.\n3. Check the translation.\n",
		Target:   "Los pasos:\n\n1. Leer el original.\n2. Traducirlo.\n4. Revisar la traducción.\n",
		Markdown: true,
	},
	Run: func(p *Pass) {
		so := listOrdinals(p.Pair.Source)
		_, targetStart := listNumbers(p.Pair.Target)
		listItemPairs(p, func(si, ti int, sb, tb *doc.Block) {
			if _, twice := labelTwice(sb, tb); twice {
				return // number-mismatch reports it
			}
			if tb.Number == sb.Number || tb.Number == so[si] {
				return
			}
			if tb.Number == targetStart[ti] && tb.Number == 1 {
				return // the translation numbers every item "1.", as Markdown allows
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("list item number %d here, where the source's item is number %d", tb.Number, so[si]),
				Source:   p.SourcePos(si, source.Span{}),
				Target:   p.TargetPos(ti, source.Span{}),
				Evidence: listEvidence(sb, tb),
			})
		})
	},
})
