package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
)

// InspectBlock is one block as inspect shows it.
type InspectBlock struct {
	Kind      string `json:"kind"`
	Line      int    `json:"line"`
	Lang      string `json:"lang"`
	Number    int    `json:"number,omitempty"`
	Markers   []int  `json:"markers"`
	Sentences int    `json:"sentences"`
	Items     int    `json:"items,omitempty"`
	Text      string `json:"text"`
}

// InspectVersion is one version as inspect shows it.
type InspectVersion struct {
	Lang      string         `json:"lang"`
	LangFrom  string         `json:"lang_from"`
	File      string         `json:"file"`
	Encoding  string         `json:"encoding"`
	FirstLine int            `json:"first_line"`
	LastLine  int            `json:"last_line"`
	Blocks    int            `json:"blocks"`
	Kinds     map[string]int `json:"kinds"`
	Footnotes int            `json:"footnotes"`
	Markers   int            `json:"markers"`
	Sentences int            `json:"sentences"`
	List      []InspectBlock `json:"block_list"`
}

// Inspection describes documents as they were read.
func Inspection(docs []*doc.Document) []InspectVersion {
	var out []InspectVersion
	for _, d := range docs {
		v := InspectVersion{
			Lang: d.Lang, LangFrom: d.LangFrom, File: d.File.Name, Encoding: d.File.Encoding,
			FirstLine: d.FirstLine(), LastLine: d.LastLine(), Blocks: len(d.Blocks),
			Kinds: map[string]int{}, Footnotes: len(d.Footnotes), Markers: d.Markers(), List: []InspectBlock{},
		}
		for _, b := range d.Blocks {
			v.Kinds[b.Kind.String()]++
			v.Sentences += len(b.Sentences)
			ms := make([]int, len(b.Markers))
			for i, m := range b.Markers {
				ms[i] = m.Number
			}
			v.List = append(v.List, InspectBlock{
				Kind: b.Kind.String(), Line: d.File.Line(b.Span.Start), Lang: b.Lang, Number: b.Number,
				Markers: ms, Sentences: len(b.Sentences), Items: len(b.Items), Text: head(b.Text, 60),
			})
		}
		out = append(out, v)
	}
	return out
}

var (
	_ = register(Format{Command: CommandInspect, Name: "text", Write: inspectText})
	_ = register(Format{Command: CommandInspect, Name: "json", Write: inspectJSON})
)

// inspectJSON writes the inspection of docs as JSON: {"versions": [...]},
// with "tree" first for the documents of a tree.
func inspectJSON(w io.Writer, in *Input, _ Options) error {
	docs := in.Docs
	return writeJSON(w, struct {
		Tree     *check.TreeInfo  `json:"tree,omitempty"`
		Versions []InspectVersion `json:"versions"`
	}{in.Tree, Inspection(docs)})
}

// inspectText writes the inspection of docs as a table of versions, then a
// table of blocks per version when verbose.
func inspectText(w io.Writer, in *Input, opts Options) error {
	docs, verbose := in.Docs, opts.Verbose
	if ti := in.Tree; ti != nil {
		if err := treeHeader(w, ti); err != nil {
			return err
		}
		t := &table{header: []string{"language", "documents", "read", "missing", "orphan"}}
		for _, l := range ti.Languages {
			name, missing, orphan := l.Lang, strconv.Itoa(l.Missing), strconv.Itoa(l.Orphan)
			if l.Source {
				name, missing, orphan = l.Lang+" (source)", "-", "-"
			}
			t.add(name, strconv.Itoa(l.Documents), strconv.Itoa(l.Checked), missing, orphan)
		}
		if err := t.render(w, opts.Width); err != nil {
			return err
		}
		fmt.Fprintln(w)
	}
	vs := Inspection(docs)
	t := &table{
		header: []string{"lang", "file", "lines", "encoding", "blocks", "kinds", "notes", "markers", "sentences"},
		flex:   map[int]int{1: 0, 5: 0},
	}
	for _, v := range vs {
		lang := v.Lang
		if lang == "" {
			lang = "?"
		}
		if v.LangFrom != "" {
			lang += " (" + v.LangFrom + ")"
		}
		t.add(lang, v.File, fmt.Sprintf("%d-%d", v.FirstLine, v.LastLine), v.Encoding,
			strconv.Itoa(v.Blocks), kinds(v.Kinds), strconv.Itoa(v.Footnotes), strconv.Itoa(v.Markers), strconv.Itoa(v.Sentences))
	}
	if err := t.render(w, opts.Width); err != nil {
		return err
	}
	if !verbose {
		return nil
	}
	for _, v := range vs {
		fmt.Fprintf(w, "\n%s %s lines %d-%d\n", v.Lang, v.File, v.FirstLine, v.LastLine)
		t := &table{
			header: []string{"line", "kind", "lang", "markers", "sentences", "text"},
			flex:   map[int]int{5: 0},
		}
		for _, b := range v.List {
			kind := b.Kind
			if b.Number != 0 {
				kind += " " + strconv.Itoa(b.Number)
			}
			t.add(strconv.Itoa(b.Line), kind, b.Lang, ints(b.Markers), strconv.Itoa(b.Sentences), b.Text)
		}
		if err := t.render(w, opts.Width); err != nil {
			return err
		}
	}
	return nil
}

func kinds(m map[string]int) string {
	var parts []string
	for _, k := range doc.Kinds() {
		if n := m[k.String()]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	return strings.Join(parts, ", ")
}

func ints(ns []int) string {
	var parts []string
	for _, n := range ns {
		parts = append(parts, strconv.Itoa(n))
	}
	return strings.Join(parts, " ")
}

// head returns the first width runes of s, with "…" if cut.
func head(s string, width int) string {
	r := []rune(strings.TrimSpace(s))
	if len(r) <= width {
		return string(r)
	}
	return strings.TrimSpace(string(r[:width])) + "…"
}
