package rule

import (
	"fmt"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

func markerEvidence(d *doc.Document, m *markerRef) string {
	return snippet(d.Blocks[m.Block].Text, m.M.Text, markerWidth)
}

var _ = register(&Rule{
	ID:       "footnote-misnumbered",
	Group:    GroupFootnotes,
	Title:    "A footnote marker carries another number than the source's",
	Severity: Error,
	Doc: "Reports a footnote marker whose number differs from the source marker at the aligned place, marker by " +
		"marker: when one marker was dropped and the following ones each went one lower, each shifted marker is " +
		"reported where it stands. Markers are matched inside aligned sentences first, then inside aligned " +
		"paragraphs. Also reports a footnote definition whose number differs from the source footnote it translates.",
	Example: Example{
		Source: "The talks began in July. [1] Lavrov met Kissinger. [2]\n\n[1] First note.\n\n[2] Second note.\n",
		Target: "Las conversaciones empezaron en julio. [1] Lavrov se reunió con Kissinger. [1]\n\n[1] Primera nota.\n\n[2] Segunda nota.\n",
	},
	Run: func(p *Pass) {
		for _, mp := range p.facts.markers {
			if mp.Source == nil || mp.Target == nil || mp.Source.M.Number == mp.Target.M.Number {
				continue
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("marker %s here stands where the source has %s", marker(mp.Target.M.Number), marker(mp.Source.M.Number)),
				Source:   p.SourcePos(mp.Source.Block, mp.Source.M.Text),
				Target:   p.TargetPos(mp.Target.Block, mp.Target.M.Text),
				Evidence: Evidence{Source: markerEvidence(p.Pair.Source, mp.Source), Target: markerEvidence(p.Pair.Target, mp.Target)},
			})
		}
		for _, l := range p.Pair.Notes {
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue
			}
			sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
			if sb.Number == db.Number {
				continue
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("footnote %s translates source footnote %s", marker(db.Number), marker(sb.Number)),
				Source:   p.SourcePos(l.Source[0], source.Span{}),
				Target:   p.TargetPos(l.Target[0], source.Span{}),
				Evidence: Evidence{Source: head(sb.Text, pairWidth), Target: head(db.Text, pairWidth)},
			})
		}
	},
})

var _ = register(&Rule{
	ID:       "footnote-ref-missing",
	Group:    GroupFootnotes,
	Title:    "A source footnote marker is missing from the translation",
	Severity: Error,
	Doc: "Reports a footnote marker of the source with no marker at the aligned place of the translation. Markers " +
		"of a sentence or paragraph that is missing altogether are reported with it, not here.",
	Example: Example{
		Source: "The talks began in July. [1] Lavrov met Kissinger. [2]\n\n[1] First note.\n\n[2] Second note.\n",
		Target: "Las conversaciones empezaron en julio. Lavrov se reunió con Kissinger. [2]\n\n[1] Primera nota.\n\n[2] Segunda nota.\n",
	},
	Run: func(p *Pass) {
		for _, mp := range p.facts.markers {
			if mp.Source == nil || mp.Target != nil {
				continue
			}
			l := p.Pair.Blocks[mp.Link]
			p.Report(Finding{
				Message:  fmt.Sprintf("source marker %s has no marker at the aligned place", marker(mp.Source.M.Number)),
				Source:   p.SourcePos(mp.Source.Block, mp.Source.M.Text),
				Target:   p.TargetPos(l.Target[0], source.Span{}),
				Evidence: Evidence{Source: markerEvidence(p.Pair.Source, mp.Source)},
			})
		}
	},
})

var _ = register(&Rule{
	ID:       "footnote-ref-extra",
	Group:    GroupFootnotes,
	Title:    "A footnote marker with no source marker at its place",
	Severity: Error,
	Doc: "Reports a footnote marker of the translation with no source marker at the aligned place: a marker added, " +
		"or one moved far from where the source has it.",
	Example: Example{
		Source: "The talks began in July. Lavrov met Kissinger. [1]\n\n[1] First note.\n",
		Target: "Las conversaciones empezaron en julio. [1] Lavrov se reunió con Kissinger. [1]\n\n[1] Primera nota.\n",
	},
	Run: func(p *Pass) {
		for _, mp := range p.facts.markers {
			if mp.Target == nil || mp.Source != nil {
				continue
			}
			l := p.Pair.Blocks[mp.Link]
			p.Report(Finding{
				Message:  fmt.Sprintf("marker %s has no source marker at the aligned place", marker(mp.Target.M.Number)),
				Source:   p.SourcePos(l.Source[0], source.Span{}),
				Target:   p.TargetPos(mp.Target.Block, mp.Target.M.Text),
				Evidence: Evidence{Target: markerEvidence(p.Pair.Target, mp.Target)},
			})
		}
	},
})

// srcMarkerFor returns the source marker matched with the target marker at
// block bi, text offset off, if any.
func srcMarkerFor(p *Pass, bi, off int) *markerRef {
	return p.facts.srcOfTarget()[[2]int{bi, off}]
}

// targetMarkerSources returns the source marker of the first pair of each
// target marker, by the target marker's block and offset.
func (f *facts) targetMarkerSources() map[[2]int]*markerRef {
	out := map[[2]int]*markerRef{}
	for _, mp := range f.markers {
		if mp.Target == nil {
			continue
		}
		k := [2]int{mp.Target.Block, mp.Target.M.Text.Start}
		if _, ok := out[k]; !ok {
			out[k] = mp.Source
		}
	}
	return out
}

var _ = register(&Rule{
	ID:       "footnote-undefined",
	Group:    GroupFootnotes,
	Title:    "A footnote marker whose footnote is not defined",
	Severity: Error,
	Doc: "Reports a footnote marker of the translation whose footnote is not defined in the translation. It stays " +
		"silent when the source marker at that place has no definition in the source either (the defect was carried " +
		"over) and when the definition was lost with the end of a truncated translation.",
	Example: Example{
		Source: "The talks began in July. [1] Lavrov met Kissinger. [2]\n\n[1] First note.\n\n[2] Second note.\n",
		Target: "Las conversaciones empezaron en julio. [1] Lavrov se reunió con Kissinger. [2]\n\n[1] Primera nota.\n",
	},
	Run: func(p *Pass) {
		if len(p.Pair.Target.Footnotes) == 0 && len(p.Pair.Source.Footnotes) == 0 {
			return
		}
		for bi, b := range p.Pair.Target.Blocks {
			for _, m := range b.Markers {
				n := m.Number
				if p.facts.dstDefined[n] {
					continue
				}
				srcN := n
				if sm := srcMarkerFor(p, bi, m.Text.Start); sm != nil {
					srcN = sm.M.Number
				}
				if !p.facts.srcDefined[srcN] {
					continue // carried over from the source
				}
				if p.facts.truncated && len(p.Pair.Target.Footnotes) == 0 {
					continue // the notes went with the end of the version
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("marker %s points to a footnote the translation does not define", marker(n)),
					Target:   p.TargetPos(bi, m.Text),
					Evidence: Evidence{Target: snippet(b.Text, m.Text, markerWidth)},
				})
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "footnote-unreferenced",
	Group:    GroupFootnotes,
	Title:    "A footnote that no marker points to",
	Severity: Warning,
	Doc: "Reports a footnote of the translation that no marker of the translation points to. It stays silent when " +
		"the source footnote it translates is unreferenced in the source too, and when its marker is already " +
		"reported as misnumbered or missing, or with the source sentence that carried it (sentence-missing).",
	Example: Example{
		Source: "The talks began in Geneva in July 2023. [1]\n\nLavrov met Kissinger twice in the autumn, on 3 and 17 October, in Vienna and in Moscow. [2]\n\nWashington denied everything in public and in private.\n\n[1] First note.\n\n[2] Second note.\n",
		Target: "Las conversaciones empezaron en Ginebra en julio de 2023. [1]\n\nWashington lo negó todo en público y en privado.\n\n[1] Primera nota.\n\n[2] Segunda nota.\n",
	},
	Run: func(p *Pass) {
		referenced := func(d *doc.Document) map[int]bool {
			m := map[int]bool{}
			for _, b := range d.Blocks {
				for _, mk := range b.Markers {
					m[mk.Number] = true
				}
			}
			return m
		}
		srcRef, dstRef := referenced(p.Pair.Source), referenced(p.Pair.Target)
		srcOf := map[int]int{} // target note block -> source note block
		for _, l := range p.Pair.Notes {
			if len(l.Source) == 1 && len(l.Target) == 1 {
				srcOf[l.Target[0]] = l.Source[0]
			}
		}
		// A footnote whose source marker is reported as misnumbered or
		// missing has lost its marker through that defect: not reported
		// again here.
		lost := map[int]bool{}
		for _, mp := range p.facts.markers {
			if mp.Source != nil && (mp.Target == nil || mp.Target.M.Number != mp.Source.M.Number) {
				lost[mp.Source.M.Number] = true
			}
		}
		for _, bi := range p.Pair.Target.Footnotes {
			b := p.Pair.Target.Blocks[bi]
			if dstRef[b.Number] {
				continue
			}
			if si, ok := srcOf[bi]; ok && lost[p.Pair.Source.Blocks[si].Number] {
				continue
			}
			if si, ok := srcOf[bi]; ok && !srcRef[p.Pair.Source.Blocks[si].Number] {
				continue
			}
			if _, ok := srcOf[bi]; !ok && !srcRef[b.Number] && p.facts.srcDefined[b.Number] {
				continue
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("footnote %s is not referenced by any marker of the translation", marker(b.Number)),
				Target:   p.TargetPos(bi, source.Span{}),
				Evidence: Evidence{Target: head(b.Text, pairWidth)},
			})
			if si, ok := srcOf[bi]; ok {
				// Left out at the end if sentence-missing reports the
				// source sentence that carried its marker.
				p.coverable(noteCover(p.Pair.Source.Blocks[si].Number))
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "footnote-def-missing",
	Group:    GroupFootnotes,
	Title:    "A source footnote is missing from the translation",
	Severity: Error,
	Doc: "Reports a footnote of the source with no counterpart among the footnotes of the translation. Footnotes " +
		"are aligned by number first and confirmed by their content, so a footnote that was renumbered is not " +
		"missing.",
	Example: Example{
		Source: "The talks began in July. [1] Lavrov met Kissinger. [2]\n\n[1] First note about Lavrov, 2023.\n\n[2] Second note about Kissinger, 1973.\n",
		Target: "Las conversaciones empezaron en julio. [1] Lavrov se reunió con Kissinger. [2]\n\n[1] Primera nota sobre Lavrov, 2023.\n",
	},
	Run: func(p *Pass) {
		for li, l := range p.Pair.Notes {
			if len(l.Target) > 0 || isCut(p, l.Source) {
				continue
			}
			for _, bi := range l.Source {
				b := p.Pair.Source.Blocks[bi]
				p.Report(Finding{
					Message:  fmt.Sprintf("source footnote %s has no counterpart in the translation", marker(b.Number)),
					Source:   p.SourcePos(bi, source.Span{}),
					Target:   insertionPoint(p, p.Pair.Notes, p.facts.noteNeighbours(), li),
					Evidence: Evidence{Source: head(b.Text, pairWidth)},
				})
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "footnote-def-extra",
	Group:    GroupFootnotes,
	Title:    "A footnote with no source counterpart",
	Severity: Warning,
	Doc:      "Reports a footnote of the translation with no counterpart among the footnotes of the source.",
	Example: Example{
		Source: "The talks began in July. [1]\n\n[1] First note about Lavrov, 2023.\n",
		Target: "Las conversaciones empezaron en julio. [1]\n\n[1] Primera nota sobre Lavrov, 2023.\n\n[2] Una nota añadida sobre Kissinger y Washington, 1973.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Notes {
			if len(l.Source) > 0 {
				continue
			}
			for _, bi := range l.Target {
				b := p.Pair.Target.Blocks[bi]
				p.Report(Finding{
					Message:  fmt.Sprintf("footnote %s has no counterpart in the source", marker(b.Number)),
					Target:   p.TargetPos(bi, source.Span{}),
					Evidence: Evidence{Target: head(b.Text, pairWidth)},
				})
			}
		}
	},
})

// sequenceKind says how a footnote number breaks its version's sequence.
type sequenceKind int

const (
	seqSkip         sequenceKind = iota + 1 // a marker skips numbers
	seqBackwards                            // a marker comes after a higher one
	seqDefinedTwice                         // a definition repeats the previous number
	seqDefOrder                             // a definition does not follow the previous one
)

// sequenceIssue is a marker or definition out of sequence in one version.
type sequenceIssue struct {
	kind  sequenceKind
	block int
	text  source.Span // the marker in the block's text; empty for a definition
	n     int
	msg   string
}

// isMarker reports whether the issue is about a marker (not a definition).
func (is sequenceIssue) isMarker() bool { return is.kind == seqSkip || is.kind == seqBackwards }

// markerSequence walks the markers of d in reading order (body first,
// then notes) and returns those that skip, repeat or run backwards.
func markerSequence(d *doc.Document) []sequenceIssue {
	var out []sequenceIssue
	seen := map[int]bool{}
	maxN := 0
	for bi, b := range d.Blocks {
		for _, m := range b.Markers {
			n := m.Number
			if n == 0 {
				continue // a named footnote has no place in a sequence
			}
			switch {
			case seen[n]:
				// A footnote may be cited twice; not a sequence defect.
			case n > maxN+1:
				out = append(out, sequenceIssue{seqSkip, bi, m.Text, n, fmt.Sprintf("marker %s follows %s: the numbering skips", marker(n), marker(maxN))})
			case n < maxN:
				out = append(out, sequenceIssue{seqBackwards, bi, m.Text, n, fmt.Sprintf("marker %s comes after %s: the numbering runs backwards", marker(n), marker(maxN))})
			}
			seen[n] = true
			maxN = max(maxN, n)
		}
	}
	prev := 0
	for _, bi := range d.Footnotes {
		n := d.Blocks[bi].Number
		if n == 0 {
			continue
		}
		switch {
		case n == prev:
			out = append(out, sequenceIssue{seqDefinedTwice, bi, source.Span{}, n, fmt.Sprintf("footnote %s is defined twice", marker(n))})
		case n != prev+1 && prev == 0:
			out = append(out, sequenceIssue{seqDefOrder, bi, source.Span{}, n, fmt.Sprintf("the footnotes start at %s", marker(n))})
		case n != prev+1:
			out = append(out, sequenceIssue{seqDefOrder, bi, source.Span{}, n, fmt.Sprintf("footnote %s follows footnote %s", marker(n), marker(prev))})
		}
		prev = n
	}
	return out
}

var _ = register(&Rule{
	ID:       "footnote-sequence",
	Group:    GroupFootnotes,
	Title:    "Footnote numbering skips, repeats or runs backwards",
	Severity: Warning,
	Doc: "Reports footnote numbering within one version that skips, repeats or runs out of order, for markers in " +
		"reading order and for definitions. Defects of the source are reported once, against the source. In a " +
		"translation it stays silent where the source has the same defect at the aligned place (the marker it " +
		"translates, or the footnote it translates) and where the marker is already reported as misnumbered, " +
		"missing or extra.",
	Example: Example{
		Source: "The talks began in July. [1] Lavrov met Kissinger. [2]\n\n[1] First note.\n\n[2] Second note.\n",
		Target: "Las conversaciones empezaron en julio. [1] Lavrov se reunió con Kissinger. [3]\n\n[1] Primera nota.\n\n[3] Segunda nota.\n",
	},
	RunSource: func(p *SourcePass) {
		for _, is := range markerSequence(p.Doc) {
			p.Report(Finding{
				Message:  "in the source: " + is.msg,
				Source:   p.Pos(is.block, is.text),
				Evidence: Evidence{Source: snippet(p.Doc.Blocks[is.block].Text, is.text, markerWidth)},
			})
		}
	},
	Run: func(p *Pass) {
		// The source's own defects, by kind and place: a target defect
		// at the place aligned with one of them is carried over.
		type place struct {
			kind  sequenceKind
			block int
			start int
		}
		srcHas := map[place]bool{}
		for _, is := range markerSequence(p.Pair.Source) {
			srcHas[place{is.kind, is.block, is.text.Start}] = true
		}
		noteSource := map[int]int{} // target footnote block -> source footnote block
		for _, l := range p.Pair.Notes {
			if len(l.Source) == 1 && len(l.Target) == 1 {
				noteSource[l.Target[0]] = l.Source[0]
			}
		}
		explained := map[[2]int]bool{}
		for _, mp := range p.facts.markers {
			if mp.Target != nil && (mp.Source == nil || mp.Source.M.Number != mp.Target.M.Number) {
				explained[[2]int{mp.Target.Block, mp.Target.M.Text.Start}] = true
			}
		}
		for _, is := range markerSequence(p.Pair.Target) {
			if is.isMarker() {
				if explained[[2]int{is.block, is.text.Start}] {
					continue
				}
				if sm := srcMarkerFor(p, is.block, is.text.Start); sm != nil &&
					(sm.M.Number == is.n || srcHas[place{is.kind, sm.Block, sm.M.Text.Start}]) {
					continue
				}
			} else if si, ok := noteSource[is.block]; ok && srcHas[place{is.kind, si, 0}] {
				continue
			}
			p.Report(Finding{
				Message:  is.msg,
				Target:   p.TargetPos(is.block, is.text),
				Evidence: Evidence{Target: snippet(p.Pair.Target.Blocks[is.block].Text, is.text, markerWidth)},
			})
		}
	},
})
