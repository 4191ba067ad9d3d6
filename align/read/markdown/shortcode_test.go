package markdown

import (
	"strings"
	"testing"
)

func TestMayHaveShortcode(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"", false},
		{"Note: the plan changed.", false},
		{"Times 10:30 and 11:45.", false},
		{"A ratio of 3:2", false},
		{"http://example.com", false},
		{":smile: at the start", true},
		{"Well done :tada: team", true},
		{"(:wave: hello)", true},
		{"[:ok:]", true},
		{"tab\t:x", true},
		{"word:word", false},
		{"trailing colon:", false},
		{": Colon then capital", false},
	} {
		if got := mayHaveShortcode(c.text); got != c.want {
			t.Errorf("mayHaveShortcode(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzShortcodePrefilter checks that markMacros skips no text macroRe
// matches in: without '{' and '<', a match needs mayHaveShortcode.
func FuzzShortcodePrefilter(f *testing.F) {
	for _, s := range []string{"a :smile: b", "x: y", ":a:", "(:b-c:)", "12:30", "[:ok:]."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "{<") {
			return
		}
		if macroRe.MatchString(s) && !mayHaveShortcode(s) {
			t.Fatalf("macroRe matches %q, which mayHaveShortcode rules out", s)
		}
	})
}
