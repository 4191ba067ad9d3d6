package chunk

import "testing"

// TestCut cuts slices of many lengths: each has the length asked, as its
// capacity too, holds zeros, and overlaps no other; chunks grow from
// MinChunk to MaxChunk, and a slice longer than a chunk has one of its
// own.
func TestCut(t *testing.T) {
	var p Pool[int]
	var cuts [][]int
	lengths := []int{0, 1, 5, 16, 3, 40, 0, 7, 5000, 2, 100, 1000, 4096, 1}
	for range 20 {
		lengths = append(lengths, 1000)
	}
	for k, n := range lengths {
		s := p.Cut(n)
		if len(s) != n || cap(s) != n {
			t.Fatalf("cut %d: Cut(%d) has length %d and capacity %d", k, n, len(s), cap(s))
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("cut %d: element %d is %d, not zero", k, i, s[i])
			}
			s[i] = k + 1
		}
		cuts = append(cuts, s)
	}
	for k, s := range cuts {
		for i, v := range s {
			if v != k+1 {
				t.Fatalf("cut %d, element %d holds %d: another cut overlaps it", k, i, v)
			}
		}
	}
	if p.size != MaxChunk {
		t.Errorf("the last chunk has %d elements, want %d after so many cuts", p.size, MaxChunk)
	}
}
