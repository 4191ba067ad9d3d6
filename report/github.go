package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/tralign/tralign/align/rule"
)

var _ = register(Format{Command: CommandCheck, Name: "github", Write: gitHub})

// gitHub writes one workflow command per finding, so that a GitHub Actions
// job shows the findings as annotations on the lines of the translation:
//
//	::error file=a.es.txt,line=57,col=890,title=footnote-misnumbered::marker [6] here stands where the source has [7]
//
// A finding with no place in the translation is annotated on the source.
// Values are escaped as the workflow command syntax requires.
func gitHub(w io.Writer, in *Input, _ Options) error {
	r := in.Check
	for _, f := range r.Findings {
		level := "notice"
		switch f.Severity {
		case rule.Error:
			level = "error"
		case rule.Warning:
			level = "warning"
		}
		pos := f.Target
		if pos == nil {
			pos = f.Source
		}
		var props []string
		if pos != nil {
			props = append(props, "file="+escapeProperty(pos.Filename), fmt.Sprintf("line=%d", pos.Line), fmt.Sprintf("col=%d", pos.Column))
		}
		props = append(props, "title="+escapeProperty(f.Rule+" ("+f.Lang+")"))
		msg := f.Message
		if f.Target != nil && f.Source != nil {
			msg += fmt.Sprintf(" (source line %d)", f.Source.Line)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
