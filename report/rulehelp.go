package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/tralign/tralign/align/rule"
)

// RuleHelp writes the page of one rule for tralign help RULE, in the
// manner of a man page: what it finds, an example that triggers it, and
// how to switch it off, re-grade it or silence one of its findings.
func RuleHelp(w io.Writer, r *rule.Rule) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n\n", r.ID, r.Title)
	fmt.Fprintf(&b, "    group:     %s\n", r.Group)
	fmt.Fprintf(&b, "    severity:  %s (default)\n", r.Severity)
	fmt.Fprintf(&b, "    checked:   %s\n\n", checkedBy(r))
	fmt.Fprintf(&b, "DESCRIPTION\n%s\n\n", hanging(r.Doc, rulesWidth, 4, 4))
	if r.Example.Source != "" {
		lang := r.Example.TargetLang
		if lang == "" {
			lang = "es"
		}
		format := "plain text"
		if r.Example.Markdown {
			format = "Markdown"
		}
		fmt.Fprintf(&b, "EXAMPLE (%s)\n    source (en):\n%s\n    translation (%s):\n%s\n", format, indentLines(r.Example.Source, "        "), lang, indentLines(r.Example.Target, "        "))
		if r.Example.Cited != "" {
			fmt.Fprintf(&b, "    the document the source quotes (--cited):\n%s\n", indentLines(r.Example.Cited, "        "))
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, `CONFIGURATION
    Switch it off or re-grade it in tralign.toml or .tralign.toml (looked
    for from the working directory up to the repository root, or named with
    --config):

        [rules]
        %s = "none"    # or "info", "warning", "error"

    For one run: tralign check --disable %s PATH...

SUPPRESSING ONE FINDING
    Put a comment, with the reason, right before the block of the finding:
    in the translation to silence it there, in the source to silence it in
    every translation.

        <!-- tralign-ignore %s: reason -->    Markdown, HTML
        // tralign-ignore %s: reason          AsciiDoc
        tralign-ignore %s: reason             plain text, on a line of its own

    Several rules at once, comma-separated: tralign-ignore RULE1, RULE2:
    reason. A suppression that silences nothing is reported as
    suppression-unused.
`, r.ID, r.ID, r.ID, r.ID, r.ID)
	_, err := io.WriteString(w, b.String())
	return err
}

// checkedBy says what reports the findings of r.
func checkedBy(r *rule.Rule) string {
	switch r.Driver {
	case rule.DriverTree:
		return "in tree mode, over the documents of a tree (tralign check DIR)"
	case rule.DriverDrift:
		return "against the git history (tralign drift, tralign check --drift)"
	case "":
		if r.RunSource != nil && r.Run == nil {
			return "on the source version alone"
		}
		return "on each translation aligned with its source"
	}
	return "by " + r.Driver
}

// indentLines indents every line of s, without its final newline.
func indentLines(s, indent string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = indent + l
		}
	}
	return strings.Join(lines, "\n")
}
