package check_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sync"
	"testing"
	"time"

	"github.com/tralign/tralign/align/check"
)

// BenchmarkTree checks generated trees of small documents in 5 languages
// (the source and 4 translations, with a few defects, missing translations
// and orphans; see genTree), written to disk, on every core. It reports
// documents checked per second and the peak of the heap while checking:
// "peak-heap-MB" is the most the heap held, garbage included;
// "peak-live-MB" the most it held live after a collection. Memory that
// stays flat from 1,000 to 10,000 documents is memory bounded by the
// documents being checked, not by the tree.
//
//	go test -run XXX -bench Tree -benchtime 1x ./align/check
func BenchmarkTree(b *testing.B) {
	langs := []string{"en", "es", "ru", "de", "fr"}
	for _, n := range []int{1000, 10000} {
		b.Run(fmt.Sprintf("docs=%d", n), func(b *testing.B) {
			dir := b.TempDir()
			for name, data := range genTree(n, langs) {
				p := filepath.Join(dir, filepath.FromSlash(name))
				if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
					b.Fatal(err)
				}
				if err := os.WriteFile(p, data, 0o644); err != nil {
					b.Fatal(err)
				}
			}
			runtime.GC()
			peak := watchHeap()
			b.ResetTimer()
			for b.Loop() {
				res, err := check.Tree(check.Options{}, check.TreeOptions{Dir: dir})
				if err != nil {
					b.Fatal(err)
				}
				if len(res.Tree.Languages) != len(langs) || len(res.Findings) == 0 {
					b.Fatalf("%d languages, %d findings", len(res.Tree.Languages), len(res.Findings))
				}
			}
			b.StopTimer()
			heap, live := peak()
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(heap)/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(live)/(1<<20), "peak-live-MB")
		})
	}
}

// watchHeap samples the heap every millisecond until the returned function
// is called, which returns the largest heap seen (live objects and garbage
// not yet collected) and the largest live heap after a collection, in
// bytes.
func watchHeap() func() (heap, live uint64) {
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/gc/heap/live:bytes"}}
	var mu sync.Mutex
	var maxHeap, maxLive uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			metrics.Read(samples)
			mu.Lock()
			maxHeap = max(maxHeap, samples[0].Value.Uint64())
			maxLive = max(maxLive, samples[1].Value.Uint64())
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-t.C:
			}
		}
	}()
	return func() (uint64, uint64) {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return maxHeap, maxLive
	}
}
