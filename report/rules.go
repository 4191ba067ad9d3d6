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
		return rulesText(w, in.Rules, o)
	}})
	_ = register(Format{Command: CommandRules, Name: "json", Write: func(w io.Writer, in *Input, o Options) error {
		return rulesJSON(w, in.Rules)
	}})
)

// rulesWidth is the width rules wraps its docs to without one given:
// prose reads best in lines no longer than this.
const rulesWidth = 80

// rulesJSON lists rules with id, title, default severity and doc.
func rulesJSON(w io.Writer, rules []*rule.Rule) error {
	out := []jsonRule{}
	for _, r := range rules {
		out = append(out, jsonRule{r.ID, r.Title, r.Severity.String(), r.Doc})
	}
	return writeJSON(w, out)
}

// rulesText lists rules with id, default severity (in colour on a
// terminal), title and doc, wrapped at spaces to the width.
func rulesText(w io.Writer, rules []*rule.Rule, o Options) error {
	width := o.Width
	if width <= 0 {
		width = rulesWidth
	}
	for i, r := range rules {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s)\n%s\n", r.ID, colour(r.Severity.String(), r.Severity, o.Color), hanging(r.Title, width, 4, 4))
		if _, err := fmt.Fprintln(w, hanging(r.Doc, width, 4, 4)); err != nil {
			return err
		}
	}
	return nil
}
