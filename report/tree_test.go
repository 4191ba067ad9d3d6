package report

import (
	"errors"
	"testing"
	"time"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/drift"
	"github.com/tralign/tralign/align/rule"
)

// treeFixture is the check of a tree built by hand: a finding about a
// source (a translation it lacks), findings in two translations, one on a
// translation whose source is gone, CJK text, drift findings; sorted by
// file, as check.Tree sorts them.
func treeFixture() *check.Result {
	return &check.Result{
		Source: check.Side{Lang: "en", File: "site"},
		Versions: []check.Version{
			{Lang: "es", File: "site/content/es/a.md", Source: "site/content/en/a.md", Blocks: 5, Aligned: 1},
			{Lang: "zh", File: "site/content/zh/a.md", Source: "site/content/en/a.md", Blocks: 4, Aligned: 0.75},
			{Lang: "es", File: "site/content/es/b.md", Source: "site/content/en/b.md", Blocks: 3, Aligned: 1},
		},
		Findings: []rule.Finding{
			{
				Rule: "translation-missing", Severity: rule.Warning, Lang: "zh",
				Message: "document has no zh translation (120 words to translate)", Source: pos("site/content/en/b.md", 1, 1),
				Evidence: rule.Evidence{Source: "Configure <the> server & port"},
			},
			{
				Rule: "source-changed", Severity: rule.Warning, Lang: "es",
				Message: `source paragraph changed since the translation (1 commit, 2024-01-12 1a2b3c4 "Say how long"): +"within ten minutes"`,
				Source:  pos("site/content/en/a.md", 3, 1), Target: pos("site/content/es/a.md", 3, 1),
				Evidence: rule.Evidence{Source: "… takes traffic{+ within ten minutes+}.", Target: "Una tarea se ejecuta antes de que el código reciba tráfico."},
			},
			{
				Rule: "paragraph-missing", Severity: rule.Error, Lang: "es",
				Message: "paragraph has no counterpart in the translation; the source gained it after the translation was made (2024-01-13 5d6e7f8 \"Explain rollbacks\"): the translation is behind, translate the new paragraph",
				Source:  pos("site/content/en/a.md", 9, 1), Target: pos("site/content/es/a.md", 7, 40),
				Evidence: rule.Evidence{Source: "A failed job rolls the release back."},
			},
			{
				Rule: "translation-orphan", Severity: rule.Warning, Lang: "es",
				Message: "translation has no source document: its source would be site/content/en/old.md, which does not exist (removed or renamed?)",
				Target:  pos("site/content/es/old.md", 1, 1),
			},
			{
				Rule: "number-mismatch", Severity: rule.Error, Lang: "zh",
				Message: "「12」of the source is missing here", Source: pos("site/content/en/a.md", 5, 1), Target: pos("site/content/zh/a.md", 5, 1),
				Evidence: rule.Evidence{Source: "It reads the 12 pending migrations.", Target: "它读取待处理的迁移。"},
			},
		},
		Tree: &check.TreeInfo{
			Roots: []string{"site"}, SourceLang: "en", Layouts: []string{"content/{lang}/{path}"},
			Languages: []check.LangSummary{
				{Lang: "en", Source: true, Documents: 2, Checked: 2},
				{Lang: "es", Documents: 2, Checked: 2, Orphan: 1, Errors: 1, Warnings: 2},
				{Lang: "zh", Documents: 2, Checked: 1, Missing: 1, Errors: 1, Warnings: 1},
			},
		},
	}
}

func TestTreeGolden(t *testing.T) {
	in := &Input{Check: treeFixture(), Rules: fixtureRules()}
	golden(t, "text", "tree", render(t, CommandCheck, "text", in, Options{}))
	golden(t, "json", "tree", render(t, CommandCheck, "json", in, tool))
	out := render(t, CommandCheck, "junit", in, tool)
	checkJUnit(t, out, in.Check)
	golden(t, "junit", "tree", out)
	// drift writes check's formats.
	for _, name := range []string{"text", "json", "sarif", "github", "junit"} {
		if _, err := Lookup(CommandDrift, name); err != nil {
			t.Errorf("drift has no %s format: %v", name, err)
		}
	}
}

func TestStatusGolden(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 1, d, 12, 0, 0, 0, time.UTC) }
	base := drift.Base{Commit: drift.Commit{Hash: "1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d", When: day(11), Subject: "Translate the <guides> & more"}, From: "last-commit"}
	st := &check.Status{
		Roots: []string{"site"}, SourceLang: "en",
		Langs: []drift.LangStatus{
			{
				Lang: "es", Documents: 3, Current: 1, Stale: 1, Missing: 1, Orphan: 1,
				SourceWords: 100, TranslatedWords: 70, CurrentWords: 46,
				Docs: []drift.DocStatus{
					{Key: "a.md", Source: "site/en/a.md", State: drift.Missing},
					{Key: "b.md", Source: "site/en/b.md", Translation: "site/es/b.md", State: drift.Stale, Behind: 2, Commits: 1, Since: day(12), Base: base},
					{Key: "c.md", Source: "site/en/c.md", Translation: "site/es/c.md", State: drift.Current, Base: base},
					{Key: "old.md", Translation: "site/es/old.md", State: drift.Orphan},
				},
			},
			{
				Lang: "zh", Documents: 3, Current: 2, Failed: 1, SourceWords: 100, TranslatedWords: 100, CurrentWords: 100,
				Docs: []drift.DocStatus{
					{Key: "a.md", Source: "site/en/a.md", Translation: "site/zh/a.md", State: drift.Current, Base: base},
					{Key: "b.md", Source: "site/en/b.md", Translation: "site/zh/b.md", State: drift.Failed, Err: errors.New("drift: no source at the base 1a2b3c4")},
					{Key: "c.md", Source: "site/en/c.md", Translation: "site/zh/c.md", State: drift.Current, Base: base},
				},
			},
		},
	}
	golden(t, "status-text", "status", render(t, CommandStatus, "text", &Input{Status: st}, Options{}))
	golden(t, "status-json", "status", render(t, CommandStatus, "json", &Input{Status: st}, tool))
}
