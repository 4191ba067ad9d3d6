package read_test

import (
	"bytes"
	"fmt"
	"os"
	"runtime"
	"testing"

	"github.com/tralign/tralign/align/read"
)

// BenchmarkRead reads the seed repeated n times as one file split into
// versions; time per byte should stay flat as n grows.
func BenchmarkRead(b *testing.B) {
	seed, err := os.ReadFile("../../seeds/000_6039fe07b589d0e9.txt")
	if err != nil {
		b.Skip(err)
	}
	for _, n := range []int{1, 4, 16} {
		data := bytes.Repeat(append(seed, "\n\n"...), n)
		b.Run(fmt.Sprintf("seed×%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := read.File("seed.txt", data, read.Options{Split: true}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// emptyItems returns a Markdown list of n numbered items whose number
// stands alone on its line, the text in the paragraph below.
func emptyItems(n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "%d.\n\n   Text of item %d, in its own paragraph.\n\n", i+1, i)
	}
	return b.Bytes()
}

// BenchmarkReadEmptyItems reads lists of 1,000, 4,000 and 16,000 items
// whose number stands alone on its line: time per byte should stay flat.
func BenchmarkReadEmptyItems(b *testing.B) {
	for _, n := range []int{1000, 4000, 16000} {
		data := emptyItems(n)
		b.Run(fmt.Sprintf("items=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := read.File("list.md", data, read.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestReadEmptyItemsLinear reads lists of 2,000 and 8,000 items whose
// number stands alone on its line, and checks that the bytes allocated
// grow with the input, not with its square: each such item used to copy
// the file up to it.
func TestReadEmptyItemsLinear(t *testing.T) {
	perByte := func(n int) float64 {
		data := emptyItems(n)
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		docs, err := read.File("list.md", data, read.Options{})
		runtime.ReadMemStats(&after)
		if err != nil {
			t.Fatal(err)
		}
		if len(docs[0].Blocks) < 2*n {
			t.Fatalf("%d items read as %d blocks, want the %d numbers and texts", n, len(docs[0].Blocks), 2*n)
		}
		return float64(after.TotalAlloc-before.TotalAlloc) / float64(len(data))
	}
	perByte(100) // builds what is built once, such as the language model
	small, large := perByte(2000), perByte(8000)
	t.Logf("bytes allocated per input byte: %.0f for 2,000 items, %.0f for 8,000", small, large)
	if large > 1.5*small {
		t.Errorf("allocation per byte grew from %.0f to %.0f with four times the items: not linear", small, large)
	}
}
