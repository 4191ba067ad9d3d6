package rule

import "testing"

// TestJoinLines checks the lists of lines in messages, and that a long
// one is cut at maxListedLines with the rest counted.
func TestJoinLines(t *testing.T) {
	for _, tc := range []struct {
		lines []int
		want  string
	}{
		{nil, ""},
		{[]int{4}, "line 4"},
		{[]int{4, 9}, "lines 4 and 9"},
		{[]int{4, 9, 12}, "lines 4, 9 and 12"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, "lines 1, 2, 3, 4, 5, 6, 7, 8, 9 and 10"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, "lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 1 more"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}, "lines 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 3 more"},
	} {
		if got := joinLines(tc.lines); got != tc.want {
			t.Errorf("joinLines(%v) = %q, want %q", tc.lines, got, tc.want)
		}
	}
}
