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

// checkListNumbers reports numbered list items whose number, as written,
// is neither the source item's number as written nor the number the
// source item shows when rendered (a source that numbers every item "1."
// is rendered 1, 2, 3, and a translation that writes 1, 2, 3 is right; so
// is a translation that numbers every item "1.").
func checkListNumbers(p *Pass) {
	so := listOrdinals(p.Pair.Source)
	_, dstStart := listNumbers(p.Pair.Target)
	for _, l := range p.Pair.Blocks {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
		if sb.Kind != doc.ListItem || db.Kind != doc.ListItem || sb.Number == 0 || db.Number == 0 {
			continue
		}
		if twice := listLabel.FindString(db.Text); twice != "" && listLabel.FindString(sb.Text) == "" {
			p.Report(Finding{
				Message:  fmt.Sprintf("list item number written twice: %d. %s", db.Number, strings.TrimSpace(twice)),
				Source:   p.SourcePos(l.Source[0], source.Span{}),
				Target:   p.TargetPos(l.Target[0], source.Span{}),
				Evidence: Evidence{Source: fmt.Sprintf("%d. %s", sb.Number, head(sb.Text, titleWidth)), Target: fmt.Sprintf("%d. %s", db.Number, head(db.Text, titleWidth))},
			})
			continue
		}
		if db.Number == sb.Number || db.Number == so[l.Source[0]] {
			continue
		}
		if db.Number == dstStart[l.Target[0]] && db.Number == 1 {
			continue // the translation numbers every item "1.", as Markdown allows
		}
		p.Report(Finding{
			Message:  fmt.Sprintf("list item number %d here, where the source's item is number %d", db.Number, so[l.Source[0]]),
			Source:   p.SourcePos(l.Source[0], source.Span{}),
			Target:   p.TargetPos(l.Target[0], source.Span{}),
			Evidence: Evidence{Source: fmt.Sprintf("%d. %s", sb.Number, head(sb.Text, titleWidth)), Target: fmt.Sprintf("%d. %s", db.Number, head(db.Text, titleWidth))},
		})
	}
}
