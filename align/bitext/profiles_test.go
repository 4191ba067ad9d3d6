package bitext

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/feature"
)

// TestDocProfilesParallel profiles a long document on several workers
// and in one run of its blocks: the profiles must be the same, block by
// block and sentence by sentence, whatever the number of workers.
func TestDocProfilesParallel(t *testing.T) {
	var sb strings.Builder
	for i := 0; sb.Len() < 3*parallelProfileBytes; i++ {
		fmt.Fprintf(&sb, "Paragraph %d names Lavrov and Kissinger, who met in July %d.[%d] It costs $%d. Is it so?\n\n", i, 1900+i%100, i%9+1, 10*i)
		if i%7 == 0 {
			fmt.Fprintf(&sb, "[%d] A note citing https://example.org/%d and a work of %d.\n\n", i%9+1, i, 2000+i%20)
		}
	}
	d := readDocument(t, "long.txt", []byte(sb.String()), "en")
	serial := &docProfiles{d: d, sents: make([][]feature.Profile, len(d.Blocks)), block: make([]feature.Profile, len(d.Blocks)),
		letters: make([]int, len(d.Blocks)), noStops: make([]int, len(d.Blocks))}
	serial.profile(0, len(d.Blocks))
	for _, workers := range []int{1, 2, 3, 7} {
		t.Run(fmt.Sprintf("workers=%d", workers), func(t *testing.T) {
			got := newDocProfiles(d, workers)
			if !reflect.DeepEqual(got, serial) {
				for bi := range d.Blocks {
					if !reflect.DeepEqual(got.block[bi], serial.block[bi]) || !reflect.DeepEqual(got.sents[bi], serial.sents[bi]) {
						t.Fatalf("block %d of %d: profiled %+v, want %+v", bi, len(d.Blocks), got.block[bi], serial.block[bi])
					}
				}
				t.Fatal("profiles differ")
			}
		})
	}
}
