package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter/pkg/twwidth"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
)

// minReadable is the narrowest the message and evidence columns of a
// findings table may get, in terminal columns: with less room each
// finding is written as a paragraph instead (a table then splits most
// words of a line). Chosen so that an 80-column terminal, whose findings
// table leaves the two about 25 columns each, keeps the table, and one of
// 60 does not.
const minReadable = 20

// fileGroup is the findings listed under one file, with what the file is.
type fileGroup struct {
	file     string
	role     string // "es", "es, translation of a.en.md", "en, source"
	findings []rule.Finding
}

// findingPlace is where a finding is listed: the file it is grouped under, its
// line and the column its text starts at there (1 when unknown), as
// "path:line:col", which editors and terminals open.
func findingPlace(f *rule.Finding) string {
	p := f.Target
	if p == nil {
		p = f.Source
	}
	if p == nil {
		return check.FileOf(f)
	}
	line, col := max(p.Line, 1), max(p.Column, 1)
	return p.Filename + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col)
}

// evidenceLines is the evidence of a finding, the source's side naming
// its line when the finding is listed under the translation.
func evidenceLines(f *rule.Finding) []string {
	var out []string
	if e := f.Evidence.Source; e != "" {
		if f.Target != nil && f.Source != nil {
			out = append(out, "src:"+strconv.Itoa(f.Source.Line)+": "+e)
		} else {
			out = append(out, "src: "+e)
		}
	}
	if e := f.Evidence.Target; e != "" {
		out = append(out, "dst: "+e)
	}
	return out
}

// writeGroups writes the findings of each group under a heading: as one
// table laid out alike for every group, or, where the width leaves the
// message and the evidence too little room, one paragraph per finding.
func writeGroups(w io.Writer, groups []fileGroup, opts Options) error {
	twwidth.SetEastAsian(false)
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	all := &table{header: []string{"place", "message", "evidence"}, flex: map[int]int{1: 0, 2: 0}}
	for _, g := range groups {
		for i := range g.findings {
			f := &g.findings[i]
			all.add(findingPlace(f)+"\n"+colour(f.Severity.String(), f.Severity, opts.Color)+"\n"+f.Rule,
				f.Message, strings.Join(evidenceLines(f), "\n"))
		}
	}
	widths := all.layout(width)
	asTable := len(widths) == 3 && widths[1] >= minReadable && widths[2] >= minReadable &&
		widths[0]+widths[1]+widths[2]+10 <= width
	row := 0
	for _, g := range groups {
		if _, err := fmt.Fprintf(w, "\n%s (%s): %s\n", g.file, g.role, plural(len(g.findings), "finding")); err != nil {
			return err
		}
		rows := all.rows[row : row+len(g.findings)]
		if asTable {
			t := &table{header: all.header, rows: rows, widths: widths}
			if err := t.render(w, width); err != nil {
				return err
			}
		} else {
			for i := range g.findings {
				if err := writeParagraph(w, &g.findings[i], width, opts.Color); err != nil {
					return err
				}
			}
		}
		row += len(g.findings)
	}
	return nil
}

// writeParagraph writes one finding as a paragraph: its place, severity
// and rule on the first line, never wrapped, then the message and the
// evidence indented and wrapped at spaces to width.
func writeParagraph(w io.Writer, f *rule.Finding, width int, color bool) error {
	var b strings.Builder
	b.WriteString("\n" + findingPlace(f) + ": " + colour(f.Severity.String(), f.Severity, color) + " " + f.Rule + "\n")
	lines := append([]string{f.Message}, evidenceLines(f)...)
	for _, l := range lines {
		b.WriteString(hanging(l, width, 2, 4) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// groupsOf groups the findings of an article by the file each is listed
// under and its language (a file may hold several versions): the
// translations in the order of the versions, then the source.
func groupsOf(r *check.Result) []fileGroup {
	type key struct{ file, lang string }
	byKey := map[key][]rule.Finding{}
	var order []key
	for _, f := range r.Findings {
		k := key{check.FileOf(&f), f.Lang}
		if _, ok := byKey[k]; !ok {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], f)
	}
	var groups []fileGroup
	done := map[key]bool{}
	add := func(k key, role string) {
		if fs := byKey[k]; len(fs) > 0 && !done[k] {
			done[k] = true
			groups = append(groups, fileGroup{file: k.file, role: role, findings: fs})
		}
	}
	for _, v := range r.Versions {
		add(key{v.File, v.Lang}, v.Lang)
	}
	add(key{r.Source.File, r.Source.Lang}, r.Source.Lang+", source")
	for _, k := range order {
		add(k, k.lang)
	}
	return groups
}

// totals is the line that ends a summary: the findings by severity, what
// a baseline hid and what --only left out.
func totals(r *check.Result, in *Input) string {
	s := Count(r.Findings, "")
	line := fmt.Sprintf("%s, %s, %s", plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	if in.Hidden != nil {
		var left []string
		for _, c := range []struct {
			n    int
			noun string
		}{{in.Hidden.Errors, "error"}, {in.Hidden.Warnings, "warning"}, {in.Hidden.Infos, "info"}} {
			if c.n > 0 {
				left = append(left, plural(c.n, c.noun))
			}
		}
		if len(left) > 0 {
			line += " shown; " + strings.Join(left, ", ") + " left out by --only"
		}
	}
	if b := r.Baseline; b != nil {
		line += fmt.Sprintf("; %s hidden by the baseline, %d fixed", plural(b.Hidden, "known finding"), b.Fixed)
	}
	return line
}

// glue joins words that wrapping must keep on one line ("2 errors"); it
// is a private-use character, one column wide, which hanging turns back
// into a space.
const glue = "\ue000"

// hanging wraps s at spaces to width, its first line indented by first
// columns and the others by rest, and turns glue into spaces.
func hanging(s string, width, first, rest int) string {
	w := max(width-rest, minReadable)
	lines := strings.Split(wrapCell(s, w), "\n")
	for i, l := range lines {
		pad := rest
		if i == 0 {
			pad = first
		}
		lines[i] = strings.Repeat(" ", pad) + strings.ReplaceAll(l, glue, " ")
	}
	return strings.Join(lines, "\n")
}
