package read_test

import (
	"bytes"
	"fmt"
	"os"
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
