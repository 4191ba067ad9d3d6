package par

import (
	"fmt"
	"sync"
	"testing"
)

// TestEach calls every index once, on as many goroutines as allowed.
func TestEach(t *testing.T) {
	for _, tt := range []struct{ n, workers, goroutines int }{
		{0, 4, 0}, {1, 4, 1}, {5, 1, 1}, {5, 0, 1}, {5, -3, 1}, {5, 2, 2}, {3, 8, 3}, {100, 3, 3},
	} {
		t.Run(fmt.Sprintf("n=%d/workers=%d", tt.n, tt.workers), func(t *testing.T) {
			var mu sync.Mutex
			calls := make([]int, tt.n)
			started := map[int]bool{}
			EachOn(tt.n, tt.workers, func(w int) func(int) {
				mu.Lock()
				if started[w] {
					t.Errorf("goroutine %d started twice", w)
				}
				started[w] = true
				mu.Unlock()
				return func(i int) {
					mu.Lock()
					calls[i]++
					mu.Unlock()
				}
			})
			for i, c := range calls {
				if c != 1 {
					t.Errorf("index %d called %d times, want once", i, c)
				}
			}
			if want := max(tt.goroutines, 1); len(started) != want {
				t.Errorf("%d goroutines started, want %d", len(started), want)
			}
			for w := range len(started) {
				if !started[w] {
					t.Errorf("goroutine %d not started; goroutines are numbered from 0", w)
				}
			}
		})
	}
}

// TestEachInOrder calls f in order on the caller's goroutine when there
// is one worker.
func TestEachInOrder(t *testing.T) {
	var got []int
	Each(5, 1, func(i int) { got = append(got, i) })
	if fmt.Sprint(got) != "[0 1 2 3 4]" {
		t.Errorf("calls %v, want 0 to 4 in order", got)
	}
}
