package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/rule"
)

// XLIFF 2.0 (OASIS XML Localisation Interchange File Format, core) for the
// translator's own tool: one <file> per document, one <unit> per link of
// the block alignment (footnotes after the body), one <segment> per
// sentence link inside it, the source sentence with its translation. A
// source sentence with no counterpart is a segment with no target (state
// "initial"); a sentence of the translation with no source joins the
// target of the segment before it. Code and markup are units marked
// translate="no". For check, every finding is a <note> on the unit that
// holds its place (on the file when it has none), with its severity as
// the note's priority, so that a gap can be fixed where it is.
//
// An XLIFF 2.0 document has one target language: it holds the
// translations of one language.

var (
	_ = register(Format{Command: CommandAlign, Name: "xliff", Write: func(w io.Writer, in *Input, o Options) error {
		return writeXLIFF(w, in.Pairs, nil, o)
	}})
	_ = register(Format{Command: CommandCheck, Name: "xliff", Write: func(w io.Writer, in *Input, o Options) error {
		if in.Check == nil {
			return writeXLIFF(w, nil, nil, o)
		}
		return writeXLIFF(w, in.Check.Pairs, in.Check.Findings, o)
	}})
)

// XLIFFNamespace is the namespace of XLIFF 2.0 core documents.
const XLIFFNamespace = "urn:oasis:names:tc:xliff:document:2.0"

type xliffDoc struct {
	XMLName xml.Name    `xml:"urn:oasis:names:tc:xliff:document:2.0 xliff"`
	Version string      `xml:"version,attr"`
	SrcLang string      `xml:"srcLang,attr"`
	TrgLang string      `xml:"trgLang,attr,omitempty"`
	Files   []xliffFile `xml:"file"`
}

type xliffFile struct {
	ID       string      `xml:"id,attr"`
	Original string      `xml:"original,attr,omitempty"`
	Notes    *xliffNotes `xml:"notes"`
	Units    []xliffUnit `xml:"unit"`
}

type xliffNotes struct {
	Notes []xliffNote `xml:"note"`
}

type xliffNote struct {
	ID        string `xml:"id,attr,omitempty"`
	Category  string `xml:"category,attr,omitempty"`
	Priority  int    `xml:"priority,attr,omitempty"`
	AppliesTo string `xml:"appliesTo,attr,omitempty"`
	Text      string `xml:",chardata"`
}

type xliffUnit struct {
	ID        string         `xml:"id,attr"`
	Name      string         `xml:"name,attr,omitempty"`
	Translate string         `xml:"translate,attr,omitempty"`
	Notes     *xliffNotes    `xml:"notes"`
	Segments  []xliffSegment `xml:"segment"`
}

type xliffSegment struct {
	ID     string  `xml:"id,attr"`
	State  string  `xml:"state,attr"`
	Source string  `xml:"source"`
	Target *string `xml:"target"`
}

// ErrXLIFFLangs is the error of an XLIFF output asked for translations in
// several languages, which one XLIFF 2.0 document cannot hold.
type ErrXLIFFLangs struct {
	Langs []string // the target languages, sorted
}

func (e *ErrXLIFFLangs) Error() string {
	return "an XLIFF 2.0 document holds one translation language; these versions are in " + strings.Join(e.Langs, ", ")
}

// XLIFFLangs returns an error when pairs translate into more than one
// language, which XLIFF cannot hold in one document.
func XLIFFLangs(langs []string) error {
	seen := map[string]bool{}
	var out []string
	for _, l := range langs {
		if !seen[l] {
			seen[l] = true
			out = append(out, xmlLang(l))
		}
	}
	if len(out) > 1 {
		sort.Strings(out)
		return &ErrXLIFFLangs{Langs: out}
	}
	return nil
}

// notePriority is the XLIFF priority of a finding's note: 1 (the
// highest) for errors, 2 for warnings, 3 for infos.
func notePriority(s rule.Severity) int {
	switch s {
	case rule.Error:
		return 1
	case rule.Warning:
		return 2
	}
	return 3
}

func writeXLIFF(w io.Writer, pairs []*bitext.Pair, findings []rule.Finding, o Options) error {
	var langs []string
	for _, p := range pairs {
		langs = append(langs, p.Target.Lang)
	}
	if err := XLIFFLangs(langs); err != nil {
		return err
	}
	x := xliffDoc{Version: "2.0", SrcLang: "und", Files: []xliffFile{}}
	if len(pairs) > 0 {
		x.SrcLang, x.TrgLang = xmlLang(pairs[0].Source.Lang), xmlLang(pairs[0].Target.Lang)
	}
	placed := make([]bool, len(findings))
	for pi, p := range pairs {
		file, unitOf := xliffUnits(p)
		file.ID = "f" + strconv.Itoa(pi+1)
		// The findings of this translation (and of its source) that have
		// a place in it.
		src, dst := newCol(p.Source.Lang, p.Source.File.Name, p.Source, nil), newCol(p.Target.Lang, p.Target.File.Name, p.Target, p)
		for i, f := range findings {
			if placed[i] || (f.Lang != p.Target.Lang && f.Lang != p.Source.Lang) {
				continue
			}
			u, applies := -1, ""
			if bi, _, ok := dst.locate(f.Target); ok && f.Lang == p.Target.Lang {
				u, applies = unitIndex(unitOf[1], bi), "target"
			}
			if bi, _, ok := src.locate(f.Source); ok && u < 0 {
				u, applies = unitIndex(unitOf[0], bi), "source"
			}
			if u < 0 {
				continue
			}
			placed[i] = true
			unit := &file.Units[u]
			if unit.Notes == nil {
				unit.Notes = &xliffNotes{}
			}
			unit.Notes.Notes = append(unit.Notes.Notes, findingNote(f, "n"+strconv.Itoa(len(unit.Notes.Notes)+1), applies))
		}
		x.Files = append(x.Files, file)
	}
	// Findings with no place in any unit go on the first file: those of
	// the translation's language, and those of the sources these files
	// translate.
	sources := map[string]bool{}
	for _, p := range pairs {
		sources[p.Source.File.Name] = true
	}
	var loose []xliffNote
	for i, f := range findings {
		if !placed[i] && (x.TrgLang == "" || xmlLang(f.Lang) == x.TrgLang || f.Source != nil && sources[f.Source.Filename]) {
			loose = append(loose, findingNote(f, "n"+strconv.Itoa(len(loose)+1), ""))
		}
	}
	if len(loose) > 0 {
		if len(x.Files) == 0 {
			// A file must have a unit: an empty one, and the notes.
			x.Files = append(x.Files, xliffFile{ID: "f1", Units: []xliffUnit{{ID: "u1", Segments: []xliffSegment{{ID: "s1", State: "initial"}}}}})
		}
		x.Files[0].Notes = &xliffNotes{Notes: loose}
	}
	if len(x.Files) == 0 {
		// A document must have a file, and a file a unit.
		x.Files = append(x.Files, xliffFile{ID: "f1", Units: []xliffUnit{{ID: "u1", Segments: []xliffSegment{{ID: "s1", State: "initial"}}}}})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(x); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// unitIndex returns the unit of block bi, or -1.
func unitIndex(units map[int]int, bi int) int {
	if u, ok := units[bi]; ok {
		return u
	}
	return -1
}

// findingNote is the note of a finding: severity, rule, message, evidence
// and places.
func findingNote(f rule.Finding, id, appliesTo string) xliffNote {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%s %s: %s", f.Severity, f.Rule, f.Message)
	if f.Evidence.Source != "" {
		fmt.Fprintf(&sb, "; source: %q", f.Evidence.Source)
	}
	if f.Evidence.Target != "" {
		fmt.Fprintf(&sb, "; %s: %q", f.Lang, f.Evidence.Target)
	}
	if f.Target != nil {
		fmt.Fprintf(&sb, " (%s)", f.Target)
	} else if f.Source != nil {
		fmt.Fprintf(&sb, " (source %s)", f.Source)
	}
	return xliffNote{ID: id, Category: f.Rule, Priority: notePriority(f.Severity), AppliesTo: appliesTo, Text: sb.String()}
}

// xliffUnits returns the file of the pair p, one unit per block link, and
// for each side the unit of each block.
func xliffUnits(p *bitext.Pair) (xliffFile, [2]map[int]int) {
	file := xliffFile{Original: p.Source.File.Name, Units: []xliffUnit{}}
	unitOf := [2]map[int]int{{}, {}}
	add := func(l bitext.Link, notes bool) {
		u := xliffUnit{ID: "u" + strconv.Itoa(len(file.Units)+1)}
		switch {
		case len(l.Source) > 0:
			u.Name = blockPlace(p.Source, l.Source[0])
		case len(l.Target) > 0:
			u.Name = blockPlace(p.Target, l.Target[0])
		}
		if !prose(p.Source, l.Source) || !prose(p.Target, l.Target) {
			u.Translate = "no"
		}
		seg := func(src, dst []bitext.Ref, items bool) {
			s := xliffSegment{ID: "s" + strconv.Itoa(len(u.Segments)+1), State: "initial", Source: refsText(p.Source, src, items)}
			if len(dst) > 0 {
				t := refsText(p.Target, dst, items)
				s.Target, s.State = &t, "translated"
			}
			u.Segments = append(u.Segments, s)
		}
		whole := func(bs []int) []bitext.Ref {
			var rs []bitext.Ref
			for _, bi := range bs {
				rs = append(rs, bitext.Ref{Block: bi, Index: -1})
			}
			return rs
		}
		switch {
		case len(l.Source) > 0 && len(l.Target) > 0 && len(l.Sents) > 0 && !notes:
			var pending []bitext.Ref // target sentences before any segment
			for _, s := range l.Sents {
				if len(s.Source) == 0 {
					if n := len(u.Segments); n > 0 {
						last := &u.Segments[n-1]
						t := joinText(p, last.Target, refsText(p.Target, s.Target, false))
						last.Target, last.State = &t, "translated"
					} else {
						pending = append(pending, s.Target...)
					}
					continue
				}
				seg(s.Source, append(pending, s.Target...), false)
				pending = nil
			}
			if len(pending) > 0 {
				seg(nil, pending, false)
			}
		case len(l.Source) > 0 && len(l.Target) == 0 && !notes:
			// Each source sentence of a block with no counterpart.
			for _, bi := range l.Source {
				for k := range p.Source.Blocks[bi].Sentences {
					seg([]bitext.Ref{{Block: bi, Index: k}}, nil, false)
				}
			}
		default:
			seg(whole(l.Source), whole(l.Target), false)
		}
		for _, bi := range l.Source {
			unitOf[0][bi] = len(file.Units)
		}
		for _, bi := range l.Target {
			unitOf[1][bi] = len(file.Units)
		}
		file.Units = append(file.Units, u)
	}
	for _, l := range p.Blocks {
		add(l, false)
	}
	for _, l := range p.Notes {
		add(l, true)
	}
	if len(file.Units) == 0 {
		// A file must have a unit.
		file.Units = append(file.Units, xliffUnit{ID: "u1", Segments: []xliffSegment{{ID: "s1", State: "initial"}}})
	}
	return file, unitOf
}

// joinText appends text to the target t (nil for none) as refsText joins
// sentences.
func joinText(p *bitext.Pair, t *string, text string) string {
	if t == nil || *t == "" {
		return text
	}
	if text == "" {
		return *t
	}
	if unspaced(p.Target.Lang) {
		return *t + text
	}
	return *t + " " + text
}
