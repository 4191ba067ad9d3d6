package rule

import (
	"testing"

	"github.com/tralign/tralign/align/source"
)

func TestFingerprint(t *testing.T) {
	at := func(file string, line, col int) *source.Position {
		return &source.Position{Filename: file, Line: line, Column: col}
	}
	base := Finding{Rule: "number-mismatch", Lang: "es", Message: "48 in the source is 58 here (lines 4-6)",
		Source: at("a.en.md", 4, 1), Target: at("a.es.md", 4, 7), Evidence: Evidence{Source: "cost 48 million", Target: "costaron 58 millones"}}
	moved := base
	moved.Source, moved.Target = at("a.en.md", 9, 1), at("a.es.md", 11, 3)
	moved.Message = "48 in the source is 58 here (lines 9-11)"
	respaced := base
	respaced.Evidence.Target = "Costaron  58 millones…"
	other := base
	other.Evidence.Target = "costaron 59 millones"
	otherFile := base
	otherFile.Target = at("b.es.md", 4, 7)
	tests := []struct {
		name string
		f    Finding
		same bool
	}{
		{"lines inserted above", moved, true},
		{"spacing and case", respaced, true},
		{"another number", other, false},
		{"another file", otherFile, false},
	}
	for _, tt := range tests {
		if got := tt.f.Fingerprint() == base.Fingerprint(); got != tt.same {
			t.Errorf("%s: same fingerprint = %v, want %v", tt.name, got, tt.same)
		}
	}
}
