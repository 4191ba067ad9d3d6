//go:build unix

package htmldoc

import (
	"runtime"
	"runtime/debug"
	"syscall"
	"testing"
	"time"

	"github.com/tralign/tralign/align/source"
)

// cpuTime returns the CPU time the process has used, in user and system
// mode.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// maxGrowth is the most that reading time may grow when a page grows 4
// times: 4 when reading is linear, 16 when it is quadratic. The margin
// is for timing noise: on a busy machine with two cores, growth was 3.5
// to 6.4 over ten runs of the 17 pages.
const maxGrowth = 10

// TestLinear reads each deep page and a generated article at two sizes,
// n and 4n, and checks that the time grows no faster than linearly. Each
// time is the CPU time of the process, so that other processes do not
// count, the best of three runs, with the garbage collector off: it runs
// on large inputs only, and would count the heap it starts with.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	const n = 10_000
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	best := func(data []byte) time.Duration {
		f := source.NewFile("page.html", data)
		d := time.Duration(1<<63 - 1)
		for range 3 {
			runtime.GC()
			start := cpuTime(t)
			Blocks(f)
			d = min(d, cpuTime(t)-start)
		}
		return d
	}
	small, large := deepPages(n), deepPages(4*n)
	small = append(small, struct {
		name   string
		html   string
		blocks int
	}{"article", string(page(512 << 10)), -1})
	large = append(large, struct {
		name   string
		html   string
		blocks int
	}{"article", string(page(2 << 20)), -1})
	for i := range small {
		t.Run(small[i].name, func(t *testing.T) {
			a, b := best([]byte(small[i].html)), best([]byte(large[i].html))
			growth := float64(b) / float64(max(a, time.Microsecond))
			ratio := float64(len(large[i].html)) / float64(len(small[i].html))
			t.Logf("%d bytes: %v, %d bytes: %v (%.1fx for %.1fx)", len(small[i].html), a, len(large[i].html), b, growth, ratio)
			if growth > maxGrowth*ratio/4 {
				t.Errorf("%d bytes took %v, %d bytes took %v: %.1f times as long for %.1f times the size",
					len(small[i].html), a, len(large[i].html), b, growth, ratio)
			}
		})
	}
}
