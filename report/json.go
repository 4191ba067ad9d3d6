package report

import (
	"encoding/json"
	"io"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

type jsonPlace struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

type jsonFinding struct {
	Rule     string         `json:"rule"`
	Severity string         `json:"severity"`
	Lang     string         `json:"lang"`
	Message  string         `json:"message"`
	Source   *jsonPlace     `json:"source,omitempty"`
	Target   *jsonPlace     `json:"target,omitempty"`
	Evidence *rule.Evidence `json:"evidence,omitempty"`
}

type jsonResult struct {
	Tool     Tool            `json:"tool"`
	Source   check.Side      `json:"source"`
	Versions []check.Version `json:"versions"`
	Findings []jsonFinding   `json:"findings"`
	Summary  Summary         `json:"summary"`
	Tree     *check.TreeInfo `json:"tree,omitempty"`
}

func place(p *source.Position) *jsonPlace {
	if p == nil {
		return nil
	}
	return &jsonPlace{File: p.Filename, Line: p.Line, Column: p.Column}
}

var _ = register(Format{Command: CommandCheck, Name: "json", Write: checkJSON})

// checkJSON writes the findings in the stable JSON form of the design card.
// A tree is one document in the same form: its source names the tree, its
// versions every translation checked (each with the source it was checked
// against), and "tree" adds the summary per language.
func checkJSON(w io.Writer, in *Input, o Options) error {
	r := in.Check
	out := jsonResult{Tool: o.Tool, Source: r.Source, Versions: r.Versions, Findings: []jsonFinding{}, Summary: Count(r.Findings, ""), Tree: r.Tree}
	out.Summary.Baseline = r.Baseline
	if out.Versions == nil {
		out.Versions = []check.Version{}
	}
	for _, f := range r.Findings {
		jf := jsonFinding{Rule: f.Rule, Severity: f.Severity.String(), Lang: f.Lang, Message: f.Message, Source: place(f.Source), Target: place(f.Target)}
		if f.Evidence != (rule.Evidence{}) {
			ev := f.Evidence
			jf.Evidence = &ev
		}
		out.Findings = append(out.Findings, jf)
	}
	return writeJSON(w, out)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
