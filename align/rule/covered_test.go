package rule_test

import (
	"strings"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/rule"
)

// TestLengthCoveredByClause checks that a sentence pair off its length
// because of a dropped clause is reported once, as content-missing, and as
// length-mismatch when content-missing is switched off.
func TestLengthCoveredByClause(t *testing.T) {
	r := rule.ByID(rule.All(), "content-missing")
	// The example with a longer clause dropped, far off the length.
	long := strings.Replace(r.Example.Source, "despite the strong protests of the regional unions",
		"despite the strong and repeated protests of the regional unions, of the nurses and of the opposition in the council", 1)
	src := parse(t, "a.en.txt", long, "en")
	dst := parse(t, "a.es.txt", r.Example.Target, "es")
	pair := bitext.Align(src, dst, bitext.Options{})
	all := ruleCounts(pair, nil)
	if all["content-missing"] != 1 || all["length-mismatch"] != 0 {
		t.Errorf("all rules: %d content-missing, %d length-mismatch; want 1 and 0", all["content-missing"], all["length-mismatch"])
	}
	off := ruleCounts(pair, rule.Config{"content-missing": rule.Off})
	if off["content-missing"] != 0 || off["length-mismatch"] != 1 {
		t.Errorf("content-missing off: %d content-missing, %d length-mismatch; want 0 and 1", off["content-missing"], off["length-mismatch"])
	}
}

// TestUnreferencedCoveredBySentence checks that a footnote whose marker
// went with a dropped sentence is reported once, with the sentence, and
// as footnote-unreferenced when sentence-missing is switched off.
func TestUnreferencedCoveredBySentence(t *testing.T) {
	ex := rule.ByID(rule.All(), "sentence-missing").Example
	// The example's dropped sentence carries the marker of a footnote.
	note := "\n[1] Kissinger, H.: World Order. Penguin, 2014.\n"
	src := parse(t, "b.en.txt", strings.Replace(ex.Source, "future of the Ukraine.", "future of the Ukraine. [1]", 1)+note, "en")
	dst := parse(t, "b.es.txt", ex.Target+note, "es")
	pair := bitext.Align(src, dst, bitext.Options{})
	all := ruleCounts(pair, nil)
	if all["sentence-missing"] != 1 || all["footnote-unreferenced"] != 0 {
		t.Errorf("all rules: %d sentence-missing, %d footnote-unreferenced; want 1 and 0", all["sentence-missing"], all["footnote-unreferenced"])
	}
	off := ruleCounts(pair, rule.Config{"sentence-missing": rule.Off})
	if off["footnote-unreferenced"] != 1 {
		t.Errorf("sentence-missing off: %d footnote-unreferenced; want 1", off["footnote-unreferenced"])
	}
}

// ruleCounts checks pair with every rule, graded by cfg, and counts the
// findings of each rule.
func ruleCounts(pair *bitext.Pair, cfg rule.Config) map[string]int {
	m := map[string]int{}
	for _, f := range rule.Check(pair, rule.All(), cfg) {
		m[f.Rule]++
	}
	return m
}
