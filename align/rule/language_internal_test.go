package rule

import "testing"

// TestWordOverlap checks the share of distinct words two texts have in
// common: twice the shared words over the distinct words of both.
func TestWordOverlap(t *testing.T) {
	var o overlap // one for all the cases, as the rule keeps one: no case may see the last one's words
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
		if got := o.of(tc.a, tc.b); got != tc.want {
			t.Errorf("overlap of %q and %q = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
