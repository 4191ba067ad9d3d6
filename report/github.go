package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
)

var _ = register(Format{Command: CommandCheck, Name: "github", Write: gitHub})

// gitHub writes one workflow command per finding, so that a GitHub Actions
// job shows the findings as annotations on the lines of the translation:
//
//	::error file=a.es.txt,line=57,col=890,title=footnote-misnumbered (es)::marker [6] here stands where the source has [7] — source: …imperialism. [7] · here: …potencia. [6] (source a.en.txt:57:812)
//
// The most severe come first, since GitHub shows only the first ten
// annotations of a step and fifty of a job. A finding with no place in the
// translation is annotated on the source. Values are escaped as the
// workflow command syntax requires.
func gitHub(w io.Writer, in *Input, _ Options) error {
	fs := append([]rule.Finding(nil), in.Check.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	for _, f := range fs {
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
		msg := f.Message + evidenceSuffix(f)
		if f.Target != nil && f.Source != nil {
			msg += fmt.Sprintf(" (source %s)", f.Source)
		}
		if _, err := fmt.Fprintf(w, "::%s %s::%s\n", level, strings.Join(props, ","), escapeData(msg)); err != nil {
			return err
		}
	}
	return nil
}

// evidenceSuffix returns the evidence of f as a message continues with it:
// " — source: … · here: …", or "" when it has none.
func evidenceSuffix(f rule.Finding) string {
	var parts []string
	if e := f.Evidence.Source; e != "" {
		parts = append(parts, "source: "+e)
	}
	if e := f.Evidence.Target; e != "" {
		parts = append(parts, "here: "+e)
	}
	if len(parts) == 0 {
		return ""
	}
	return " — " + strings.Join(parts, " · ")
}

// GitHubSummary writes the Markdown summary of a check that a GitHub
// Actions job shows on its summary page (the file named by
// GITHUB_STEP_SUMMARY): the counts per version, then the findings, most
// severe first, at most maxSummaryRows of them.
func GitHubSummary(w io.Writer, r *check.Result) error {
	total := Count(r.Findings, "")
	fmt.Fprintf(w, "## tralign: %s, %s, %s\n\n", plural(total.Errors, "error"), plural(total.Warnings, "warning"), plural(total.Infos, "info"))
	fmt.Fprintf(w, "| version | file | aligned | errors | warnings | infos |\n|---|---|---:|---:|---:|---:|\n")
	for _, v := range r.Versions {
		c := Count(r.Findings, v.Lang)
		fmt.Fprintf(w, "| %s | %s | %.0f%% | %d | %d | %d |\n", mdCell(v.Lang), mdCell(v.File), 100*v.Aligned, c.Errors, c.Warnings, c.Infos)
	}
	if len(r.Findings) == 0 {
		_, err := fmt.Fprintln(w)
		return err
	}
	fs := append([]rule.Finding(nil), r.Findings...)
	sort.SliceStable(fs, func(i, j int) bool { return fs[i].Severity > fs[j].Severity })
	fmt.Fprintf(w, "\n| severity | rule | place | message |\n|---|---|---|---|\n")
	for i, f := range fs {
		if i == maxSummaryRows {
			fmt.Fprintf(w, "\n%d more findings: see the job's log or the SARIF report.\n", len(fs)-i)
			break
		}
		place := "-"
		if f.Target != nil {
			place = f.Target.String()
		} else if f.Source != nil {
			place = f.Source.String()
		}
		fmt.Fprintf(w, "| %s | `%s` | %s | %s |\n", f.Severity, f.Rule, mdCell(place), mdCell(f.Message+evidenceSuffix(f)))
	}
	_, err := fmt.Fprintln(w)
	return err
}

// maxSummaryRows is how many findings the job summary lists.
const maxSummaryRows = 100

// mdCell escapes text for a cell of a Markdown table.
func mdCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;").Replace(s)
}

func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
