package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// TextOptions control the terminal table.
type TextOptions struct {
	Color bool // colour severities with ANSI escapes
	Width int  // terminal width in columns; 0 means 120
}

// newTable returns a table that wraps long cells and keeps headers as
// written (tablewriter upper-cases them by default).
func newTable(w io.Writer, width int, maxCols map[int]int) *tablewriter.Table {
	if width <= 0 {
		width = 120
	}
	opts := []tablewriter.Option{
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithRowAutoWrap(tw.WrapNormal),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithMaxWidth(width),
		tablewriter.WithRendition(tw.Rendition{Symbols: tw.NewSymbols(tw.StyleLight)}),
	}
	if len(maxCols) > 0 {
		m := tw.NewMapper[int, int]()
		for k, v := range maxCols {
			m.Set(k, v)
		}
		opts = append(opts, tablewriter.WithColumnWidths(m))
	}
	return tablewriter.NewTable(w, opts...)
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

// Text writes the findings as tables grouped by language, then a summary
// per version.
func Text(w io.Writer, r *Result, opts TextOptions) error {
	fmt.Fprintf(w, "source: %s (%s)\n", r.Source.File, r.Source.Lang)
	langs := []string{}
	seen := map[string]bool{}
	for _, v := range r.Versions {
		if !seen[v.Lang] {
			seen[v.Lang] = true
			langs = append(langs, v.Lang)
		}
	}
	for _, f := range r.Findings {
		if !seen[f.Lang] {
			seen[f.Lang] = true
			langs = append(langs, f.Lang)
		}
	}
	for _, lang := range langs {
		var rows [][]string
		for _, f := range r.Findings {
			if f.Lang != lang {
				continue
			}
			ev := evidence(f.Evidence)
			rows = append(rows, []string{colour(f.Severity.String(), f.Severity, opts.Color), f.Rule, lineOf(f.Source), lineOf(f.Target), f.Message, ev})
		}
		if len(rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: %d findings\n", lang, len(rows))
		t := newTable(w, opts.Width, map[int]int{4: 48, 5: 40})
		t.Header("severity", "rule", "src line", "line", "message", "evidence")
		if err := t.Bulk(rows); err != nil {
			return err
		}
		if err := t.Render(); err != nil {
			return err
		}
	}
	fmt.Fprintln(w)
	t := newTable(w, opts.Width, nil)
	t.Header("version", "file", "blocks", "aligned", "errors", "warnings", "infos")
	for _, v := range r.Versions {
		c := Count(r.Findings, v.Lang)
		_ = t.Append([]string{v.Lang, v.File, strconv.Itoa(v.Blocks), fmt.Sprintf("%.0f%%", 100*v.Aligned), strconv.Itoa(c.Errors), strconv.Itoa(c.Warnings), strconv.Itoa(c.Infos)})
	}
	if err := t.Render(); err != nil {
		return err
	}
	s := Count(r.Findings, "")
	_, err := fmt.Fprintf(w, "%d errors, %d warnings, %d infos\n", s.Errors, s.Warnings, s.Infos)
	return err
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
