package rule

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"regexp"
	"strings"
	"unicode"
)

// Fingerprint identifies a finding across edits of the files: it is made
// of the rule, the language, the name of the file the finding is about and
// the text around the finding (its evidence and message, normalised: case,
// spacing and line numbers left out), never of its line or column, so that
// lines inserted above it do not make it another finding. Two findings of
// one rule about the same text in one file share a fingerprint; Baseline
// counts them.
func (f Finding) Fingerprint() string {
	file := ""
	if p := f.Target; p != nil {
		file = p.Filename
	} else if p := f.Source; p != nil {
		file = p.Filename
	}
	h := sha256.New()
	for _, part := range []string{f.Rule, f.Lang, filepath.ToSlash(file), normalise(f.Evidence.Source), normalise(f.Evidence.Target), normalise(lineRefs.ReplaceAllString(f.Message, ""))} {
		h.Write([]byte(part))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// lineRefs matches the references to lines a message may hold ("lines
// 12-40", "line 92", "(source line 8)").
var lineRefs = regexp.MustCompile(`\blines? \d+(?:-\d+)?(?:(?:, | and )\d+(?:-\d+)?)*`)

// normalise folds text for a fingerprint: lower case, one space between
// words, no ellipsis.
func normalise(s string) string {
	s = strings.ReplaceAll(s, "…", " ")
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), unicode.IsSpace), " ")
}
