package rule

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// listOrdinals returns, for each numbered list item of d, the number a
// Markdown renderer shows: the one the reader recorded (doc.Block.Ordinal)
// or, when it did not, the first item's number and then one more for each
// item of the same list at the same depth.
func listOrdinals(d *doc.Document) map[int]int {
	out := map[int]int{}
	next := map[int]int{} // level -> next ordinal
	for i, b := range d.Blocks {
		if b.Kind != doc.ListItem {
			clear(next)
			continue
		}
		if b.Number == 0 {
			continue
		}
		for l := range next {
			if l > b.Level {
				delete(next, l)
			}
		}
		n, ok := next[b.Level]
		if !ok {
			n = b.Number
		}
		if b.Ordinal > 0 {
			n = b.Ordinal
		}
		out[i] = n
		next[b.Level] = n + 1
	}
	return out
}

// listStarts returns, for each numbered list item of d, whether it starts
// a list as rendered: no item of its depth came before it in the same
// list, which shows as its number not following the previous one's.
func listStarts(d *doc.Document, ord map[int]int) map[int]bool {
	out := map[int]bool{}
	prev := map[int]int{} // level -> ordinal of the last item
	for i, b := range d.Blocks {
		if b.Kind != doc.ListItem || b.Number == 0 {
			continue
		}
		for l := range prev {
			if l > b.Level {
				delete(prev, l)
			}
		}
		n, ok := prev[b.Level]
		out[i] = !ok || ord[i] != n+1
		prev[b.Level] = ord[i]
	}
	return out
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

// writtenOK reports whether the number written on target item tb may
// stand for source item sb: it is the source's number as written or as
// rendered (so), or the lazy "1." of a list numbered that way.
func writtenOK(sb, tb *doc.Block, so int) bool {
	return tb.Number == sb.Number || tb.Number == so || tb.Number == 1
}

// checkListLabels reports, as numbers that differ, a list item whose
// number is written twice (a number the translation adds to the text) and
// one whose number as written is neither the source item's number as
// written nor as rendered (a source numbered "1." for every item renders
// 1, 2, 3), nor the lazy "1." of a translation numbered that way.
func checkListLabels(p *Pass) {
	so := listOrdinals(p.Pair.Source)
	listItemPairs(p, func(si, ti int, sb, tb *doc.Block) {
		if twice, ok := labelTwice(sb, tb); ok {
			p.Report(Finding{
				Message:  fmt.Sprintf("list item number written twice: %d. %s", tb.Number, strings.TrimSpace(twice)),
				Source:   p.SourcePos(si, source.Span{}),
				Target:   p.TargetPos(ti, source.Span{}),
				Evidence: listEvidence(sb, tb),
			})
			return
		}
		if !writtenOK(sb, tb, so[si]) {
			p.Report(Finding{
				Message:  fmt.Sprintf("list item number %d here, where the source's item is number %d", tb.Number, so[si]),
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
	Title:    "A list item renders with another number than the source's",
	Severity: Warning,
	Doc: "Reports a numbered list item that a Markdown renderer shows with another number than the source item, " +
		"though its number as written could stand for the source's (the same number, or the lazy \"1.\"): a list " +
		"restarted by a paragraph that breaks it, or a list whose first number changed. Markdown numbers an ordered " +
		"list from its first item, so a list written \"1.\" for every item renders 1, 2, 3 and matches a source " +
		"written 1, 2, 3. A number written differently from the source's is a changed number of the text, reported " +
		"by number-mismatch.",
	Example: Example{
		Source:   "The steps of a translation:\n\n1. Read the whole source text before starting.\n1. Translate it paragraph by paragraph.\n1. Check the translation against the source.\n",
		Target:   "Los pasos de una traducción:\n\n1. Leer todo el texto original antes de empezar.\n1. Traducirlo párrafo por párrafo.\n\nY después:\n\n1. Revisar la traducción frente al original.\n",
		Markdown: true,
	},
	Run: func(p *Pass) {
		so, to := listOrdinals(p.Pair.Source), listOrdinals(p.Pair.Target)
		ss, ts := listStarts(p.Pair.Source, so), listStarts(p.Pair.Target, to)
		listItemPairs(p, func(si, ti int, sb, tb *doc.Block) {
			if _, twice := labelTwice(sb, tb); twice {
				return // number-mismatch reports it
			}
			if to[ti] == so[si] || !writtenOK(sb, tb, so[si]) {
				return // the same number shown, or a written number changed (number-mismatch)
			}
			if !ss[si] && !ts[ti] {
				// Neither item starts a list: the numbers shifted because
				// items before it are missing or added, which is reported
				// where they are.
				return
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("list item shows number %d here, where the source's item shows %d", to[ti], so[si]),
				Source:   p.SourcePos(si, source.Span{}),
				Target:   p.TargetPos(ti, source.Span{}),
				Evidence: listEvidence(sb, tb),
			})
		})
	},
})
