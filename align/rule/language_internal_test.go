package rule

import "testing"

// TestWordOverlap checks the share of distinct words two texts have in
// common: twice the shared words over the distinct words of both.
func TestWordOverlap(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"", "", 0},
		{"one two", "", 0},
		{"the cat saw the cat", "the cat", 2 * 2.0 / 5},
		{"The Cat", "the cat", 1},
		{"a b c", "d e f", 0},
		{"war and peace", "peace and war and war", 1},
		{"Война и мир", "война, мир", 1}, // words of one letter are no words
	} {
		if got := wordOverlap(tc.a, tc.b); got != tc.want {
			t.Errorf("wordOverlap(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
