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
// (documents, checked, missing, orphan and the findings by severity) and
// the totals, then the findings grouped by file. r.Findings must be
// sorted by file (check.SortByFile), as check.Tree and check.Merge leave
// them. With opts.Quiet, only the findings.
func treeText(w io.Writer, in *Input, opts Options) error {
	r := in.Check
	ti := r.Tree
	// What each file is: a translation of a source, or a source.
	of := make(map[string]check.Version, len(r.Versions))
	for _, v := range r.Versions {
		of[v.File] = v
	}
	var groups []fileGroup
	for i := 0; i < len(r.Findings); {
		file := check.FileOf(&r.Findings[i])
		j := i
		for j < len(r.Findings) && check.FileOf(&r.Findings[j]) == file {
			j++
		}
		groups = append(groups, fileGroup{file: file, role: fileRole(file, r.Findings[i:j], of, ti.SourceLang), findings: r.Findings[i:j]})
		i = j
	}
	if opts.Quiet {
		if len(groups) == 0 {
			return nil
		}
		return writeGroups(&skipFirstNewline{w: w}, groups, opts)
	}
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
	width := opts.Width
	if width <= 0 {
		width = defaultWidth
	}
	line := fmt.Sprintf("%s in %s: %s", plural(len(r.Findings), "finding"), plural(len(groups), "file"), totals(r, in))
	if _, err := fmt.Fprintln(w, wrapCell(line, width)); err != nil {
		return err
	}
	return writeGroups(w, groups, opts)
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
