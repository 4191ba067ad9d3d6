package baseline

import (
	"bytes"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

func finding(ruleID, file string, line int, msg string) rule.Finding {
	return rule.Finding{Rule: ruleID, Severity: rule.Error, Lang: "es", Message: msg,
		Target: &source.Position{Filename: file, Line: line, Column: 1}}
}

func TestFilter(t *testing.T) {
	a := finding("sentence-missing", "a.es.md", 3, "a source sentence has no counterpart")
	aMoved := finding("sentence-missing", "a.es.md", 5, "a source sentence has no counterpart")
	b := finding("number-mismatch", "a.es.md", 7, "the number 12 is 13 here")
	c := finding("number-mismatch", "a.es.md", 9, "the number 4 is 5 here")
	tests := []struct {
		desc       string
		base, now  []rule.Finding
		wantKept   int
		wantHidden int
		wantFixed  int
	}{
		{desc: "nothing changed", base: []rule.Finding{a, b}, now: []rule.Finding{a, b}, wantHidden: 2},
		{desc: "lines moved", base: []rule.Finding{a, b}, now: []rule.Finding{aMoved, b}, wantHidden: 2},
		{desc: "one new", base: []rule.Finding{a, b}, now: []rule.Finding{a, b, c}, wantKept: 1, wantHidden: 2},
		{desc: "one fixed", base: []rule.Finding{a, b}, now: []rule.Finding{a}, wantHidden: 1, wantFixed: 1},
		{desc: "count caps what is hidden", base: []rule.Finding{a}, now: []rule.Finding{a, aMoved}, wantKept: 1, wantHidden: 1},
		{desc: "twice known, twice hidden", base: []rule.Finding{a, aMoved}, now: []rule.Finding{aMoved, a}, wantHidden: 2},
		{desc: "empty baseline", now: []rule.Finding{a}, wantKept: 1},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			var buf bytes.Buffer
			if err := New(tt.base, "").Write(&buf); err != nil {
				t.Fatal(err)
			}
			b, err := Read(&buf)
			if err != nil {
				t.Fatal(err)
			}
			kept, st := b.Filter(tt.now, "")
			if len(kept) != tt.wantKept || st.Hidden != tt.wantHidden || st.Fixed != tt.wantFixed {
				t.Errorf("kept %d, hidden %d, fixed %d; want %d, %d, %d", len(kept), st.Hidden, st.Fixed, tt.wantKept, tt.wantHidden, tt.wantFixed)
			}
		})
	}
}

// TestNewCountsAndOrder checks that identical findings make one entry with
// a count, and that the file is sorted and the same however the findings
// come.
func TestNewCountsAndOrder(t *testing.T) {
	a := finding("sentence-missing", "b.es.md", 3, "x")
	b := finding("number-mismatch", "a.es.md", 7, "y")
	var one, two bytes.Buffer
	if err := New([]rule.Finding{a, b, a}, "").Write(&one); err != nil {
		t.Fatal(err)
	}
	if err := New([]rule.Finding{b, a, a}, "").Write(&two); err != nil {
		t.Fatal(err)
	}
	if one.String() != two.String() {
		t.Errorf("order changes the file:\n%s\n%s", one.String(), two.String())
	}
	f := New([]rule.Finding{a, b, a}, "")
	if len(f.Findings) != 2 || f.Findings[0].File != "a.es.md" || f.Findings[1].Count != 2 {
		t.Errorf("got %+v", f.Findings)
	}
}

// TestRoot checks that absolute names under the root match relative ones,
// so a baseline written in one checkout matches in another.
func TestRoot(t *testing.T) {
	root := filepath.Join(t.TempDir(), "repo")
	abs := finding("x", filepath.Join(root, "docs", "es", "a.md"), 1, "m")
	rel := finding("x", "docs/es/a.md", 9, "m")
	dotted := finding("x", "./docs/es/../es/a.md", 9, "m")
	want := Fingerprint(rel, root)
	for _, f := range []rule.Finding{abs, dotted} {
		if got := Fingerprint(f, root); got != want {
			t.Errorf("%s: fingerprint %s, want %s", f.Target.Filename, got, want)
		}
	}
	if got := New([]rule.Finding{abs}, root).Findings[0].File; got != "docs/es/a.md" {
		t.Errorf("file %q, want docs/es/a.md", got)
	}
}

func TestReadErrors(t *testing.T) {
	tests := []struct{ desc, in, want string }{
		{"not JSON", "hello", "not a baseline"},
		{"other version", `{"version": 9, "findings": []}`, "baseline version 9"},
		{"unknown field", `{"version": 1, "findings": [], "x": 1}`, "not a baseline"},
		{"bad count", `{"version": 1, "findings": [{"fingerprint": "ab", "count": 0, "rule": "r", "message": "m"}]}`, "count below 1"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			var be *Error
			if !errors.As(err, &be) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %v, want an *Error saying %q", err, tt.want)
			}
		})
	}
}
