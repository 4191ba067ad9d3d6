package report

import (
	"strings"
	"testing"

	"github.com/tralign/tralign/align/rule"
)

// TestRuleHelp checks that every rule's page names it, gives its doc and
// says how to switch it off and suppress it.
func TestRuleHelp(t *testing.T) {
	for _, r := range rule.All() {
		var b strings.Builder
		if err := RuleHelp(&b, r); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		for _, want := range []string{
			r.ID + ": " + r.Title + "\n",
			"severity:  " + r.Severity.String(),
			"group:     " + r.Group.String(),
			r.ID + ` = "none"`,
			"<!-- tralign-ignore " + r.ID + ": reason -->",
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: page lacks %q", r.ID, want)
			}
		}
		if (r.Example.Source != "") != strings.Contains(page, "\nEXAMPLE") {
			t.Errorf("%s: example shown %v, rule has one %v", r.ID, strings.Contains(page, "\nEXAMPLE"), r.Example.Source != "")
		}
	}
}
