// Package report renders what tralign found: the findings of check and
// drift (a terminal table, JSON, SARIF, JUnit, GitHub annotations, an HTML
// review page, XLIFF), the alignment of align (tables, JSON, beads, TMX,
// XLIFF), the reading of inspect, the state of the translations of status
// and the list of rules.
//
// Every output is a [Format]: a name, the command it serves and one
// function. [Lookup] finds one, [Names] lists them for help and errors, so
// a new format is one file (and its golden files).
//
// Renderers are pure: they write what they are given and read neither the
// clock, the working directory nor the environment, so the same input
// always renders the same bytes.
package report

import (
	"github.com/tralign/tralign/align/baseline"
	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
)

// Tool names the program that made a result.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Input is what a command gives its renderer; each command fills its part.
type Input struct {
	Check  *check.Result   // check, drift: the findings
	Rules  []*rule.Rule    // check, drift: the rules that ran (SARIF describes them); rules: the rules to list
	Pairs  []*bitext.Pair  // align: the alignment of each translation
	Beads  [][2][]int      // align --presegmented: sentence links
	Docs   []*doc.Document // inspect: the versions read
	Tree   *check.TreeInfo // inspect: the trees the versions were found in, or nil
	Status *check.Status   // status: the state of the translations
	// Hidden counts the findings check --only left out of Check, by
	// severity (text says so in its summary); nil when nothing was asked.
	Hidden *Summary
}

// Options control rendering.
type Options struct {
	Tool    Tool // the program, for formats that name it
	Color   bool // colour severities with ANSI escapes (text)
	Width   int  // width of the output in terminal columns; 0 means 100 (text)
	Quiet   bool // check, drift: the findings alone, no summary; nothing when there are none (text)
	Verbose bool // inspect: list every block; align: the sentences and cited works inside each pair
}

// Summary counts findings by severity.
type Summary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	// Baseline says what a baseline hid (check --baseline); nil without.
	Baseline *baseline.Stats `json:"baseline,omitempty"`
}

// Count counts findings by severity; lang "" counts all.
func Count(fs []rule.Finding, lang string) Summary {
	var s Summary
	for _, f := range fs {
		if lang != "" && f.Lang != lang {
			continue
		}
		switch f.Severity {
		case rule.Error:
			s.Errors++
		case rule.Warning:
			s.Warnings++
		case rule.Info:
			s.Infos++
		}
	}
	return s
}
