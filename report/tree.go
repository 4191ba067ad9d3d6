package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
)

// treeText writes the check of a tree: a table with a row per language
// (documents, checked, missing, orphan and the findings by severity),
// then the findings grouped by file, and the totals. r.Findings must be
// sorted by file (check.SortByFile), as check.Tree and check.Merge leave
// them.
func treeText(w io.Writer, r *check.Result, opts Options) error {
	ti := r.Tree
	if err := treeHeader(w, ti); err != nil {
		return err
	}
	t := &table{header: []string{"language", "documents", "checked", "missing", "orphan", "errors", "warnings", "infos"}}
	for _, l := range ti.Languages {
		name, missing, orphan := l.Lang, strconv.Itoa(l.Missing), strconv.Itoa(l.Orphan)
		if l.Source {
			name, missing, orphan = l.Lang+" (source)", "-", "-"
		}
		t.add(name, strconv.Itoa(l.Documents), strconv.Itoa(l.Checked), missing, orphan,
			strconv.Itoa(l.Errors), strconv.Itoa(l.Warnings), strconv.Itoa(l.Infos))
	}
	if err := t.render(w, opts.Width); err != nil {
		return err
	}

	// What each file is: a translation of a source, or a source.
	of := make(map[string]check.Version, len(r.Versions))
	for _, v := range r.Versions {
		of[v.File] = v
	}
	all := &table{
		header: []string{"severity", "rule", "src line", "dst line", "message", "evidence"},
		flex:   map[int]int{4: 0, 5: 0},
	}
	for _, f := range r.Findings {
		all.add(findingRow(f, opts)...)
	}
	widths := all.layout(opts.Width)
	files := 0
	for i := 0; i < len(r.Findings); {
		file := check.FileOf(&r.Findings[i])
		j := i
		for j < len(r.Findings) && check.FileOf(&r.Findings[j]) == file {
			j++
		}
		files++
		fmt.Fprintf(w, "\n%s (%s): %s\n", file, fileRole(file, r.Findings[i:j], of, ti.SourceLang), plural(j-i, "finding"))
		t := &table{header: all.header, rows: all.rows[i:j], widths: widths}
		if err := t.render(w, opts.Width); err != nil {
			return err
		}
		i = j
	}
	s := Count(r.Findings, "")
	fmt.Fprintln(w)
	_, err := fmt.Fprintf(w, "%s in %s: %s, %s, %s\n", plural(len(r.Findings), "finding"), plural(files, "file"),
		plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
	return err
}

// treeHeader names the trees, their source language and layouts.
func treeHeader(w io.Writer, ti *check.TreeInfo) error {
	noun := "tree"
	if len(ti.Roots) > 1 {
		noun = "trees"
	}
	layouts := "none found"
	if len(ti.Layouts) > 0 {
		layouts = strings.Join(ti.Layouts, ", ")
	}
	_, err := fmt.Fprintf(w, "%s: %s (source %s; layout %s)\n", noun, strings.Join(ti.Roots, ", "), ti.SourceLang, layouts)
	return err
}

// findingRow is a finding as a row of a findings table.
func findingRow(f rule.Finding, opts Options) []string {
	return []string{colour(f.Severity.String(), f.Severity, opts.Color), f.Rule, lineOf(f.Source), lineOf(f.Target), f.Message, evidence(f.Evidence)}
}

// fileRole says what a file of a tree is: "es, translation of
// content/en/x.md", "en, source", "es, no source".
func fileRole(file string, fs []rule.Finding, of map[string]check.Version, srcLang string) string {
	if v, ok := of[file]; ok {
		if v.Source != "" {
			return v.Lang + ", translation of " + v.Source
		}
		return v.Lang
	}
	if f := fs[0]; f.Target == nil {
		// Findings about a source: its own defects, translations it lacks.
		return srcLang + ", source"
	}
	orphan := true
	for _, f := range fs {
		orphan = orphan && f.Rule == "translation-orphan"
	}
	if orphan {
		return fs[0].Lang + ", no source"
	}
	return fs[0].Lang
}
