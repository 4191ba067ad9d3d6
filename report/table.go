package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// defaultWidth is the width of tables when none is given (no terminal).
const defaultWidth = 120

// minFlex is the narrowest a wrapping column gets, in terminal columns:
// narrower tables overflow the width rather than wrap every word.
const minFlex = 12

// table is a terminal table laid out to fit a width: the columns in flex
// wrap their text to share what the others leave; the others keep the
// width of their widest line.
type table struct {
	header []string
	rows   [][]string
	flex   map[int]int // wrapping columns and the widest each may grow to, in terminal columns (0: no limit)
	widths []int       // content width of each column; nil: laid out from the rows
}

func (t *table) add(cells ...string) { t.rows = append(t.rows, cells) }

// render writes t at most width terminal columns wide (defaultWidth if
// width <= 0), or wider when even the narrowest layout does not fit.
// Widths are measured with East Asian ambiguous characters (…, —, the box
// drawing lines) as narrow whatever the locale, so the same input always
// renders the same bytes.
func (t *table) render(w io.Writer, width int) error {
	twwidth.SetEastAsian(false)
	widths := t.widths
	if widths == nil {
		widths = t.layout(width)
	}
	m := tw.NewMapper[int, int]()
	for i, cw := range widths {
		m.Set(i, cw+2) // tablewriter counts the padding in
	}
	// Wrap the cells here: tablewriter drops the end of a word wider than
	// its column (a URL, or a run of CJK text, which has no spaces).
	rows := make([][]string, len(t.rows))
	for i, r := range t.rows {
		rows[i] = make([]string, len(r))
		for j, cell := range r {
			if j < len(widths) {
				cell = wrapCell(cell, widths[j])
			}
			rows[i][j] = cell
		}
	}
	tbl := tablewriter.NewTable(w,
		tablewriter.WithHeaderAutoFormat(tw.Off), // it upper-cases headers by default
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off), // keep the indent of sentence rows
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithRendition(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)}),
		tablewriter.WithColumnWidths(m),
	)
	tbl.Header(t.header)
	if err := tbl.Bulk(rows); err != nil {
		return err
	}
	return tbl.Render()
}

// layout returns the content width of each column.
func (t *table) layout(width int) []int {
	twwidth.SetEastAsian(false)
	if width <= 0 {
		width = defaultWidth
	}
	n := len(t.header)
	natural := make([]int, n)
	measure := func(i int, cell string) {
		for _, line := range strings.Split(cell, "\n") {
			natural[i] = max(natural[i], twwidth.Width(line))
		}
	}
	for i, h := range t.header {
		measure(i, h)
	}
	for _, r := range t.rows {
		for i := 0; i < n && i < len(r); i++ {
			measure(i, r[i])
		}
	}
	widths := slices.Clone(natural)
	budget := width - (3*n + 1) // borders and padding
	var flex []int
	for i := range n {
		if limit, ok := t.flex[i]; ok {
			if limit > 0 {
				widths[i] = min(widths[i], limit)
			}
			flex = append(flex, i)
			continue
		}
		budget -= widths[i]
	}
	// Share the budget among the wrapping columns: those narrower than an
	// equal share keep their width and leave the rest to the others.
	for len(flex) > 0 {
		share := budget / len(flex)
		var wide []int
		for _, i := range flex {
			if widths[i] <= share {
				budget -= widths[i]
			} else {
				wide = append(wide, i)
			}
		}
		if len(wide) == len(flex) {
			for k, i := range wide {
				cw := share
				if k < budget%len(wide) {
					cw++
				}
				widths[i] = max(cw, minFlex, twwidth.Width(t.header[i]))
			}
			break
		}
		flex = wide
	}
	return widths
}

// wrapCell breaks each line of s into lines at most width terminal columns
// wide: at spaces where it can, inside a word (a link, a run of CJK text)
// where the word alone is wider than width.
func wrapCell(s string, width int) string {
	if width < 1 {
		return s
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		// Leading spaces indent every line of the paragraph.
		indent := para[:len(para)-len(strings.TrimLeft(para, " "))]
		if len(indent) >= width {
			indent = ""
		}
		var line strings.Builder
		line.WriteString(indent)
		lw := len(indent) // width of line
		flush := func() {
			out = append(out, line.String())
			line.Reset()
			line.WriteString(indent)
			lw = len(indent)
		}
		for _, word := range strings.Fields(para) {
			ww := twwidth.Width(word)
			if lw > len(indent) && lw+1+ww > width {
				flush()
			}
			if lw > len(indent) {
				line.WriteByte(' ')
				lw++
			}
			if ww <= width-lw {
				line.WriteString(word)
				lw += ww
				continue
			}
			// The word alone is too wide: cut it rune by rune.
			for _, r := range word {
				rw := twwidth.Width(string(r))
				if lw > len(indent) && lw+rw > width {
					flush()
				}
				line.WriteRune(r)
				lw += rw
			}
		}
		flush()
	}
	return strings.Join(out, "\n")
}

func lineOf(p *source.Position) string {
	if p == nil {
		return "-"
	}
	return strconv.Itoa(p.Line)
}

func colour(s string, sev rule.Severity, on bool) string {
	if !on {
		return s
	}
	switch sev {
	case rule.Error:
		return "\x1b[31m" + s + "\x1b[0m"
	case rule.Warning:
		return "\x1b[33m" + s + "\x1b[0m"
	}
	return "\x1b[36m" + s + "\x1b[0m"
}

var _ = register(Format{Command: CommandCheck, Name: "text", Write: checkText})

// checkText writes the findings of an article as tables grouped by
// language, then a summary per version; those of a tree as treeText does.
func checkText(w io.Writer, in *Input, opts Options) error {
	r := in.Check
	if r.Tree != nil {
		return treeText(w, r, opts)
	}
	fmt.Fprintf(w, "source: %s (%s)\n", r.Source.File, r.Source.Lang)
	langs := []string{}
	seen := map[string]bool{}
	for _, v := range r.Versions {
		if !seen[v.Lang] {
			seen[v.Lang] = true
			langs = append(langs, v.Lang)
		}
	}
	versionLangs := slices.Clone(langs)
	for _, f := range r.Findings {
		if !seen[f.Lang] {
			seen[f.Lang] = true
			langs = append(langs, f.Lang)
		}
	}
	// One table per language, all laid out alike.
	all := &table{
		header: []string{"severity", "rule", "src line", "dst line", "message", "evidence"},
		flex:   map[int]int{4: 0, 5: 0},
	}
	byLang := map[string][][]string{}
	for _, f := range r.Findings {
		row := findingRow(f, opts)
		byLang[f.Lang] = append(byLang[f.Lang], row)
		all.add(row...)
	}
	widths := all.layout(opts.Width)
	for _, lang := range langs {
		rows := byLang[lang]
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: %s\n", lang, plural(len(rows), "finding"))
		t := &table{header: all.header, rows: rows, widths: widths}
		if err := t.render(w, opts.Width); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	t := &table{
		header: []string{"version", "file", "blocks", "aligned", "errors", "warnings", "infos"},
		flex:   map[int]int{1: 0},
	}
	for _, v := range r.Versions {
		c := Count(r.Findings, v.Lang)
		t.add(v.Lang, v.File, strconv.Itoa(v.Blocks), fmt.Sprintf("%.0f%%", 100*v.Aligned), strconv.Itoa(c.Errors), strconv.Itoa(c.Warnings), strconv.Itoa(c.Infos))
	}
	// Findings about a language with no version of its own (defects of the
	// source itself) get a row too, so that the rows add up to the total.
	for _, lang := range langs[len(versionLangs):] {
		c := Count(r.Findings, lang)
		name, file := lang, "-"
		if lang == r.Source.Lang {
			name, file = lang+" (source)", r.Source.File
		}
		t.add(name, file, "-", "-", strconv.Itoa(c.Errors), strconv.Itoa(c.Warnings), strconv.Itoa(c.Infos))
	}
	if err := t.render(w, opts.Width); err != nil {
		return err
	}
	s := Count(r.Findings, "")
	_, err := fmt.Fprintf(w, "%s, %s, %s\n", plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	return err
}

// plural returns "1 error", "2 errors", "0 errors".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func evidence(e rule.Evidence) string {
	var parts []string
	if e.Source != "" {
		parts = append(parts, "src: "+e.Source)
	}
	if e.Target != "" {
		parts = append(parts, "dst: "+e.Target)
	}
	return strings.Join(parts, "\n")
}
