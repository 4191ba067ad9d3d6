// Package par runs the calls of a loop on several goroutines, each
// taking the next index when it is done with one, so that a few long
// calls do not leave the other goroutines idle. Callers keep their
// results apart by index, so that results do not depend on which
// goroutine made which call.
package par

import (
	"sync"
	"sync/atomic"
)

// Each calls f(i) for every i in [0, n) on at most workers goroutines,
// the caller's among them, and returns when all calls have returned.
// With fewer than two workers or calls it calls f in order on the
// caller's goroutine.
func Each(n, workers int, f func(i int)) {
	EachOn(n, workers, func(int) func(int) { return f })
}

// EachOn is Each for calls that need something of their own on each
// goroutine: start(w) is called once on goroutine w (0 is the caller's,
// the others are numbered from 1) before its first call, and returns
// the function that goroutine calls with each index it takes. Every
// goroutine of min(workers, n) is started (the caller's always), even
// one that finds no index left, so that what start does is done.
func EachOn(n, workers int, start func(w int) func(i int)) {
	workers = min(workers, n)
	if workers < 2 {
		f := start(0)
		for i := range n {
			f(i)
		}
		return
	}
	var next atomic.Int64
	run := func(w int) {
		f := start(w)
		for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
			f(i)
		}
	}
	var wg sync.WaitGroup
	for w := 1; w < workers; w++ {
		wg.Go(func() { run(w) })
	}
	run(0)
	wg.Wait()
}
