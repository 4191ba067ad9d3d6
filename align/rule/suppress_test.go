package rule_test

import (
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
)

// runSuppress checks the pair of a case of a suppression rule with every
// rule, so that the suppressions have findings to silence, and returns
// the findings of r and of the rules the comment names after "also:"
// (comma-separated), to show what was silenced and what was not.
// Sections are src.md and dst.md (or .txt, .adoc, .html), as for a pair.
func runSuppress(t *testing.T, ar *txtar.Archive, r *rule.Rule) []string {
	t.Helper()
	show := map[string]bool{r.ID: true}
	lang := "es"
	for _, l := range strings.Split(string(ar.Comment), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		switch strings.TrimSpace(k) {
		case "also":
			for _, id := range strings.Split(v, ",") {
				show[strings.TrimSpace(id)] = true
			}
		case "lang":
			lang = strings.TrimSpace(v)
		}
	}
	var src, dst *doc.Document
	for _, f := range ar.Files {
		switch {
		case strings.HasPrefix(f.Name, "src."):
			src = parse(t, f.Name, string(f.Data), "en")
		case strings.HasPrefix(f.Name, "dst."):
			dst = parse(t, f.Name, string(f.Data), lang)
		}
	}
	if src == nil || dst == nil {
		t.Fatal("a suppression case needs a src.* and a dst.* section")
	}
	res := check.Documents(src, []*doc.Document{dst}, check.Options{Workers: 1})
	var kept []rule.Finding
	for _, f := range res.Findings {
		if show[f.Rule] {
			kept = append(kept, f)
		}
	}
	return formatAll(kept)
}
