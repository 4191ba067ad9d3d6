package report_test

import (
	"os"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/report"
)

// The text format of check writes a summary (a row per translation with
// its counts, then the totals), then the findings of each file, each at
// its file:line:column.
func ExampleLookup() {
	r := &check.Result{
		Source:   check.Side{Lang: "en", File: "a.en.txt"},
		Versions: []check.Version{{Lang: "es", File: "a.es.txt", Blocks: 8, Aligned: 1}},
		Findings: []rule.Finding{{
			Rule:     "footnote-misnumbered",
			Severity: rule.Error,
			Lang:     "es",
			Message:  "marker [3] here stands where the source has [2]",
			Source:   &source.Position{Filename: "a.en.txt", Line: 5, Column: 175},
			Target:   &source.Position{Filename: "a.es.txt", Line: 5, Column: 137},
			Evidence: rule.Evidence{Source: "…30,000 vehicles a day. [2]", Target: "…30.000 vehículos al día. [3]"},
		}},
	}
	text, err := report.Lookup(report.CommandCheck, "text")
	if err != nil {
		panic(err)
	}
	text.Write(os.Stdout, &report.Input{Check: r}, report.Options{Width: 150})
	// Output:
	// source: a.en.txt (en)
	// ┌─────────┬──────────┬────────┬─────────┬────────┬──────────┬───────┐
	// │ version │ file     │ blocks │ aligned │ errors │ warnings │ infos │
	// ├─────────┼──────────┼────────┼─────────┼────────┼──────────┼───────┤
	// │ es      │ a.es.txt │ 8      │ 100%    │ 1      │ 0        │ 0     │
	// └─────────┴──────────┴────────┴─────────┴────────┴──────────┴───────┘
	// 1 error, 0 warnings, 0 infos
	//
	// a.es.txt (es): 1 finding
	// ┌──────────────────────┬─────────────────────────────────────────────────┬────────────────────────────────────┐
	// │ place                │ message                                         │ evidence                           │
	// ├──────────────────────┼─────────────────────────────────────────────────┼────────────────────────────────────┤
	// │ a.es.txt:5:137       │ marker [3] here stands where the source has [2] │ src:5: …30,000 vehicles a day. [2] │
	// │ error                │                                                 │ dst: …30.000 vehículos al día. [3] │
	// │ footnote-misnumbered │                                                 │                                    │
	// └──────────────────────┴─────────────────────────────────────────────────┴────────────────────────────────────┘
}
