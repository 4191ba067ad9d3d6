package main

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/report"
)

// minWidth is the narrowest --width taken, in terminal columns: a finding
// written as a paragraph needs its place and rule on one line and a few
// words on the next.
const minWidth = 20

// maxWidth is the widest --width taken; wider is a typo.
const maxWidth = 1000

// didYouMean returns "; did you mean X?" when got is near one of valid:
// within one edit, or a third of its length for longer words (a value is
// a short word, and two edits turn "tmx" into "text").
func didYouMean(got string, valid []string) string {
	got = strings.ToLower(got)
	best, bestD := "", 0
	for _, v := range valid {
		if d := feature.EditDistance(got, v); best == "" || d < bestD {
			best, bestD = v, d
		}
	}
	if best == "" || bestD > max(1, len(got)/3) {
		return ""
	}
	return fmt.Sprintf("; did you mean %s?", best)
}

// orList writes "a, b or c".
func orList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " or " + xs[len(xs)-1]
}

// checkWidth checks --width when given.
func checkWidth(width int, given bool) error {
	if given && (width < minWidth || width > maxWidth) {
		return usageErr("--width %d: give a width from %d to %d columns (leave it out for the terminal's, or %d when the output is not a terminal)", width, minWidth, maxWidth, defaultTextWidth)
	}
	return nil
}

// defaultTextWidth is the width of text output when it is not a terminal's.
const defaultTextWidth = 100

// lookupFormat returns format name of command, or an error that lists the
// formats the command writes.
func lookupFormat(command, name string) (report.Format, error) {
	f, err := report.Lookup(command, name)
	if err != nil {
		names := report.Names(command)
		return f, usageErr("--format %q: %s writes %s%s", name, command, orList(names), didYouMean(name, names))
	}
	return f, nil
}

// severityFlag parses the severity of flag name; none is taken when
// allowNone.
func severityFlag(name, s string, allowNone bool) (rule.Severity, error) {
	valid := []string{"error", "warning", "info"}
	if allowNone {
		valid = append(valid, "none")
	}
	sev, err := rule.ParseSeverity(s)
	if err != nil || (sev == rule.Off && !allowNone) {
		return 0, usageErr("%s %q: use %s%s", name, s, orList(valid), didYouMean(s, valid))
	}
	return sev, nil
}

// checkLangs checks the comma-separated language codes of a flag.
func checkLangs(flag, list string) error {
	if list == "" {
		return nil
	}
	for _, l := range strings.Split(list, ",") {
		l = strings.TrimSpace(l)
		if l == "" {
			return usageErr("%s %q: an empty language; give comma-separated codes such as en,es", flag, list)
		}
		if err := checkLang(flag, l); err != nil {
			return err
		}
	}
	return nil
}

// checkLang checks one language code given to flag.
func checkLang(flag, code string) error {
	if langid.IsCode(code) {
		return nil
	}
	hint := ""
	if m := langid.Suggest(code); m != "" {
		hint = fmt.Sprintf("; did you mean %s (%s)?", m, langid.Name(m))
	}
	return usageErr("%s: unknown language code %q; give an ISO 639-1 code, alone or with a region or script (en, es, pt-BR, zh-Hans)%s", flag, code, hint)
}
