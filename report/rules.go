package report

import (
	"fmt"
	"io"

	"github.com/tralign/tralign/align/rule"
)

type jsonRule struct {
	ID       string `json:"id"`
	Title    string `json:"title"`
	Severity string `json:"severity"`
	Doc      string `json:"doc"`
}

var (
	_ = register(Format{Command: CommandRules, Name: "text", Write: func(w io.Writer, in *Input, o Options) error {
		return rulesOut(w, in.Rules, false)
	}})
	_ = register(Format{Command: CommandRules, Name: "json", Write: func(w io.Writer, in *Input, o Options) error {
		return rulesOut(w, in.Rules, true)
	}})
)

// rulesOut lists rules with id, title, default severity and doc.
func rulesOut(w io.Writer, rules []*rule.Rule, asJSON bool) error {
	if asJSON {
		out := []jsonRule{}
		for _, r := range rules {
			out = append(out, jsonRule{r.ID, r.Title, r.Severity.String(), r.Doc})
		}
		return writeJSON(w, out)
	}
	for i, r := range rules {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s)\n    %s\n", r.ID, r.Severity, r.Title)
		fmt.Fprintln(w, wrap(r.Doc, 76, "    "))
	}
	return nil
}

func wrap(s string, width int, indent string) string {
	var out, line []rune
	col := 0
	for _, word := range splitWords(s) {
		wl := len([]rune(word))
		if col > 0 && col+1+wl > width {
			out = append(out, []rune(indent)...)
			out = append(out, line...)
			out = append(out, '\n')
			line, col = nil, 0
		}
		if col > 0 {
			line = append(line, ' ')
			col++
		}
		line = append(line, []rune(word)...)
		col += wl
	}
	if len(line) > 0 {
		out = append(out, []rune(indent)...)
		out = append(out, line...)
	}
	return string(out)
}

func splitWords(s string) []string {
	var out []string
	cur := []rune{}
	for _, r := range s {
		if r == ' ' || r == '\n' {
			if len(cur) > 0 {
				out = append(out, string(cur))
				cur = cur[:0]
			}
			continue
		}
		cur = append(cur, r)
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}
