package rule

import (
	"fmt"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/source"
)

func itemTexts(p *Pass, src bool, bi int) []string {
	d := p.Pair.Dst
	if src {
		d = p.Pair.Src
	}
	b := d.Blocks[bi]
	out := make([]string, len(b.Items))
	for i := range b.Items {
		out[i] = b.ItemText(i)
	}
	return out
}

var citationDuplicated = &Rule{
	ID:       "citation-duplicated",
	Severity: Error,
	Doc: "Reports a cited work listed twice in one footnote of the translation (works are the items of a footnote " +
		"separated by \";\") where the source footnote lists it once. It is found by comparing the works themselves, " +
		"so it is reported even when the number of works still matches the source.",
	Example: Example{
		Src: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; RCIT: World Perspectives 2021-22, https://a.example/w\n",
		Dst: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k\n",
	},
	Run: func(p *Pass) {
	notes:
		for _, l := range p.Pair.Notes {
			if len(l.Src) != 1 || len(l.Dst) != 1 {
				continue
			}
			for _, d := range bitext.Duplicates(itemTexts(p, true, l.Src[0])) {
				if d >= 0 {
					continue notes // the source lists a work twice too: carried over
				}
			}
			db := p.Pair.Dst.Blocks[l.Dst[0]]
			for i, d := range bitext.Duplicates(itemTexts(p, false, l.Dst[0])) {
				if d < 0 {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("footnote %s lists the same work twice (items %d and %d)", marker(db.Number), d+1, i+1),
					Source:   p.SrcPos(l.Src[0], source.Span{}),
					Target:   p.DstPos(l.Dst[0], db.Items[i]),
					Evidence: Evidence{Target: head(db.ItemText(i), 80)},
				})
			}
		}
	},
}

var citationMissing = &Rule{
	ID:       "citation-missing",
	Severity: Error,
	Doc: "Reports a cited work of a source footnote that is absent from the footnote of the translation. The works " +
		"of two aligned footnotes are aligned with the same machinery as sentences (titles, years, links and names " +
		"carry the match), after setting aside works the translation lists twice.",
	Example: Example{
		Src: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; RCIT: World Perspectives 2021-22, https://a.example/w; Lavrov and Kissinger, 1973\n",
		Dst: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Lavrov y Kissinger, 1973\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			for _, il := range l.Items {
				if len(il.Dst) > 0 || len(il.Src) == 0 {
					continue
				}
				for _, r := range il.Src {
					sb := p.Pair.Src.Blocks[r.Block]
					p.Report(Finding{
						Message:  fmt.Sprintf("a work cited in source footnote %s is missing from the translation", marker(sb.Number)),
						Source:   p.SrcPos(r.Block, sb.Items[r.Index]),
						Target:   p.DstPos(l.Dst[0], source.Span{}),
						Evidence: Evidence{Source: head(sb.ItemText(r.Index), 80)},
					})
				}
			}
		}
	},
}

var citationExtra = &Rule{
	ID:       "citation-extra",
	Severity: Warning,
	Doc: "Reports a cited work in a footnote of the translation that the source footnote does not have (works listed " +
		"twice are reported as citation-duplicated instead).",
	Example: Example{
		Src: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k\n",
		Dst: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Otro trabajo sobre Lavrov y Washington, 1999, https://b.example/z\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			if len(l.Dst) != 1 {
				continue
			}
			dups := bitext.Duplicates(itemTexts(p, false, l.Dst[0]))
			for _, il := range l.Items {
				if len(il.Src) > 0 || len(il.Dst) == 0 {
					continue
				}
				for _, r := range il.Dst {
					if dups[r.Index] >= 0 {
						continue
					}
					db := p.Pair.Dst.Blocks[r.Block]
					p.Report(Finding{
						Message:  fmt.Sprintf("footnote %s cites a work the source footnote does not have", marker(db.Number)),
						Source:   p.SrcPos(l.Src[0], source.Span{}),
						Target:   p.DstPos(r.Block, db.Items[r.Index]),
						Evidence: Evidence{Target: head(db.ItemText(r.Index), 80)},
					})
				}
			}
		}
	},
}
