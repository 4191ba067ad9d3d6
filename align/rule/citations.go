package rule

import (
	"fmt"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

var _ = register(&Rule{
	ID:       "citation-duplicated",
	Group:    GroupCitations,
	Title:    "A cited work listed twice",
	Severity: Error,
	Doc: "Reports a cited work listed twice in one footnote of the translation (works are the items of a footnote " +
		"separated by \";\") where the source footnote lists it once. It is found by comparing the works themselves, " +
		"so it is reported even when the number of works still matches the source; a work the source lists twice " +
		"too is carried over, not reported.",
	Example: Example{
		Source: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; RCIT: World Perspectives 2021-22, https://a.example/w\n",
		Target: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue
			}
			// Works that the source itself lists twice.
			var srcTwice []feature.Features
			sb := p.Pair.Source.Blocks[l.Source[0]]
			for i, d := range p.Pair.Duplicates(true, l.Source[0]) {
				if d >= 0 {
					srcTwice = append(srcTwice, feature.Extract(sb.ItemText(i), nil))
				}
			}
			db := p.Pair.Target.Blocks[l.Target[0]]
			for i, d := range p.Pair.Duplicates(false, l.Target[0]) {
				if d < 0 || carriedOver(db.ItemText(i), srcTwice) {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("footnote %s lists the same work twice (items %d and %d)", marker(db.Number), d+1, i+1),
					Source:   p.SourcePos(l.Source[0], source.Span{}),
					Target:   p.TargetPos(l.Target[0], db.Items[i]),
					Evidence: Evidence{Target: head(db.ItemText(i), evidenceWidth)},
				})
			}
		}
	},
})

// carriedOver reports whether target work text is a work the source
// lists twice too (srcTwice holds their features): it shares a link with
// one of them, or half of its names and numbers. Works are compared by
// what survives translation, since the titles may be translated.
func carriedOver(text string, srcTwice []feature.Features) bool {
	if len(srcTwice) == 0 {
		return false
	}
	t := feature.Extract(text, nil)
	for _, f := range srcTwice {
		if len(common(t.URLs, f.URLs)) > 0 {
			return true
		}
		a := append(append([]string(nil), t.Names...), t.Numbers...)
		b := append(append([]string(nil), f.Names...), f.Numbers...)
		if n := len(a) + len(b); n > 0 && 2*len(common(a, b)) >= n/2+1 {
			return true
		}
	}
	return false
}

// common returns the elements a and b share, as a multiset.
func common(a, b []string) []string {
	cnt := map[string]int{}
	for _, x := range a {
		cnt[x]++
	}
	var out []string
	for _, y := range b {
		if cnt[y] > 0 {
			cnt[y]--
			out = append(out, y)
		}
	}
	return out
}

var _ = register(&Rule{
	ID:       "citation-missing",
	Group:    GroupCitations,
	Title:    "A cited work of the source is missing",
	Severity: Error,
	Doc: "Reports a cited work of a source footnote that is absent from the footnote of the translation. The works " +
		"of two aligned footnotes are aligned with the same machinery as sentences (titles, years, links and names " +
		"carry the match), after setting aside works the translation lists twice.",
	Example: Example{
		Source: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; RCIT: World Perspectives 2021-22, https://a.example/w; Lavrov and Kissinger, 1973\n",
		Target: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Lavrov y Kissinger, 1973\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			for _, il := range l.Items {
				if len(il.Target) > 0 || len(il.Source) == 0 {
					continue
				}
				for _, r := range il.Source {
					sb := p.Pair.Source.Blocks[r.Block]
					p.Report(Finding{
						Message:  fmt.Sprintf("a work cited in source footnote %s is missing from the translation", marker(sb.Number)),
						Source:   p.SourcePos(r.Block, sb.Items[r.Index]),
						Target:   p.TargetPos(l.Target[0], source.Span{}),
						Evidence: Evidence{Source: head(sb.ItemText(r.Index), evidenceWidth)},
					})
				}
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "citation-extra",
	Group:    GroupCitations,
	Title:    "A cited work the source does not have",
	Severity: Warning,
	Doc: "Reports a cited work in a footnote of the translation that the source footnote does not have (works listed " +
		"twice are reported as citation-duplicated instead).",
	Example: Example{
		Source: "The talks began in July. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k\n",
		Target: "Las conversaciones empezaron en julio. [1]\n\n[1] Michael Pröbsting: The Kissinger Line, 2023, https://a.example/k; Otro trabajo sobre Lavrov y Washington, 1999, https://b.example/z\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			if len(l.Target) != 1 {
				continue
			}
			dups := p.Pair.Duplicates(false, l.Target[0])
			for _, il := range l.Items {
				if len(il.Source) > 0 || len(il.Target) == 0 {
					continue
				}
				for _, r := range il.Target {
					if dups[r.Index] >= 0 {
						continue
					}
					db := p.Pair.Target.Blocks[r.Block]
					p.Report(Finding{
						Message:  fmt.Sprintf("footnote %s cites a work the source footnote does not have", marker(db.Number)),
						Source:   p.SourcePos(l.Source[0], source.Span{}),
						Target:   p.TargetPos(r.Block, db.Items[r.Index]),
						Evidence: Evidence{Target: head(db.ItemText(r.Index), evidenceWidth)},
					})
				}
			}
		}
	},
})
