// Package report renders what tralign found: the findings of check (a
// terminal table or the JSON of the design card), the alignment of align
// and the reading of inspect.
//
// Renderers are pure: they write what they are given and read neither the
// clock, the working directory nor the environment, so the same result
// always renders the same bytes.
package report

import (
	"github.com/tralign/tralign/align/rule"
)

// Tool names the program that made a result.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Side names a version: its language and file.
type Side struct {
	Lang string `json:"lang"`
	File string `json:"file"`
}

// Version summarises one translation checked against the source.
type Version struct {
	Lang    string  `json:"lang"`
	File    string  `json:"file"`
	Blocks  int     `json:"blocks"`  // blocks of the translation
	Aligned float64 `json:"aligned"` // share of source body blocks with a counterpart, in [0,1]
}

// Result is what check found.
type Result struct {
	Tool     Tool
	Source   Side
	Versions []Version
	Findings []rule.Finding
}

// Summary counts findings by severity.
type Summary struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
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
