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

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
)

// defaultWidth is the width of tables when none is given (no terminal).
const defaultWidth = 100

// minFlex is the narrowest a wrapping column gets, in terminal columns:
// narrower tables overflow the width rather than wrap every word.
const minFlex = 12

// maxFloor is the widest a word may be and still keep its wrapping column
// from being narrower than it: longer words (links) are cut anyway.
const maxFloor = 24

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
	// Share the budget among the wrapping columns. Each gets at least its
	// longest word (up to maxFloor), so that a path or a name is not cut
	// where there is room; the rest is poured evenly up to each column's
	// natural width.
	floor := map[int]int{}
	need := 0
	for _, i := range flex {
		floor[i] = max(min(widths[i], t.longestWord(i), maxFloor), minFlex, twwidth.Width(t.header[i]))
		need += floor[i]
	}
	if need > budget {
		// Not even the floors fit: equal shares, overflowing the width.
		for k, i := range flex {
			widths[i] = max(budget/len(flex), minFlex, twwidth.Width(t.header[i]))
			if k < budget%len(flex) && budget > 0 {
				widths[i]++
			}
		}
		return widths
	}
	level := func(l int) int {
		sum := 0
		for _, i := range flex {
			sum += max(floor[i], min(widths[i], l))
		}
		return sum
	}
	lo, hi := 0, 0
	for _, i := range flex {
		hi = max(hi, widths[i])
	}
	for lo < hi { // the highest level whose columns fit the budget
		mid := (lo + hi + 1) / 2
		if level(mid) <= budget {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	left := budget - level(lo)
	for _, i := range flex {
		w := max(floor[i], min(widths[i], lo))
		if left > 0 && w < widths[i] {
			w++
			left--
		}
		widths[i] = w
	}
	return widths
}

// longestWord is the width of the widest word of column i.
func (t *table) longestWord(i int) int {
	n := 0
	for _, r := range t.rows {
		if i < len(r) {
			for _, w := range strings.Fields(r[i]) {
				n = max(n, twwidth.Width(w))
			}
		}
	}
	return n
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

// checkText writes the check of an article: a summary (each version, its
// alignment and its findings by severity, then the totals), then the
// findings grouped by file; those of a tree as treeText does. With
// opts.Quiet, only the findings.
func checkText(w io.Writer, in *Input, opts Options) error {
	r := in.Check
	if r.Tree != nil {
		return treeText(w, in, opts)
	}
	if !opts.Quiet {
		if err := articleSummary(w, r, in, opts); err != nil {
			return err
		}
	}
	groups := groupsOf(r)
	if opts.Quiet && len(groups) > 0 {
		// No summary to follow: start with the first heading.
		w = &skipFirstNewline{w: w}
	}
	return writeGroups(w, groups, opts)
}

// articleSummary writes the source, a row per version and the totals.
func articleSummary(w io.Writer, r *check.Result, in *Input, opts Options) error {
	fmt.Fprintf(w, "source: %s (%s)\n", r.Source.File, r.Source.Lang)
	type row struct {
		name, file, aligned string
		blocks              int // -1 for none
		c                   Summary
	}
	var rows []row
	seen := map[string]bool{}
	for _, v := range r.Versions {
		seen[v.Lang] = true
		rows = append(rows, row{v.Lang, v.File, fmt.Sprintf("%.0f%%", 100*v.Aligned), v.Blocks, Count(r.Findings, v.Lang)})
	}
	// Findings about a language with no version of its own (defects of the
	// source itself) get a row too, so that the rows add up to the total.
	for _, f := range r.Findings {
		if seen[f.Lang] {
			continue
		}
		seen[f.Lang] = true
		name, file := f.Lang, "-"
		if f.Lang == r.Source.Lang {
			name, file = f.Lang+" (source)", r.Source.File
		}
		rows = append(rows, row{name, file, "-", -1, Count(r.Findings, f.Lang)})
	}
	t := &table{header: []string{"version", "file", "blocks", "aligned", "errors", "warnings", "infos"}}
	for _, x := range rows {
		blocks := "-"
		if x.blocks >= 0 {
			blocks = strconv.Itoa(x.blocks)
		}
		t.add(x.name, x.file, blocks, x.aligned, strconv.Itoa(x.c.Errors), strconv.Itoa(x.c.Warnings), strconv.Itoa(x.c.Infos))
	}
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	if t.naturalWidth() <= width {
		if err := t.render(w, width); err != nil {
			return err
		}
	} else {
		// Too narrow for the table: a line per version.
		g := func(n int, noun string) string { return strings.ReplaceAll(plural(n, noun), " ", glue) }
		for _, x := range rows {
			line := fmt.Sprintf("%s %s: %s, %s, %s", x.name, x.file, g(x.c.Errors, "error"), g(x.c.Warnings, "warning"), g(x.c.Infos, "info"))
			if x.blocks >= 0 {
				line += "; " + g(x.blocks, "block") + ", " + x.aligned + glue + "aligned"
			}
			fmt.Fprintln(w, hanging(line, width, 0, 4))
		}
	}
	_, err := fmt.Fprintln(w, wrapCell(totals(r, in), width))
	return err
}

// skipFirstNewline drops the newline a write starts with, the first time.
type skipFirstNewline struct {
	w    io.Writer
	done bool
}

func (s *skipFirstNewline) Write(p []byte) (int, error) {
	if s.done || len(p) == 0 {
		return s.w.Write(p)
	}
	s.done = true
	if p[0] != '\n' {
		return s.w.Write(p)
	}
	n, err := s.w.Write(p[1:])
	return n + 1, err
}

// naturalWidth is the width of t with no column wrapped.
func (t *table) naturalWidth() int {
	twwidth.SetEastAsian(false)
	n := len(t.header)
	total := 3*n + 1
	for i := range n {
		cw := twwidth.Width(t.header[i])
		for _, r := range t.rows {
			if i < len(r) {
				for _, line := range strings.Split(r[i], "\n") {
					cw = max(cw, twwidth.Width(line))
				}
			}
		}
		total += cw
	}
	return total
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
