package bitext

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/feature"
)

// TestDocProfilesParallel profiles a long document on several workers
// and in one run of its blocks: the profiles must be the same, block by
// block and sentence by sentence, whatever the number of workers. The
// document is in paragraphs and footnotes, or all on one line: a block
// longer than a worker's share has its sentences profiled in parallel,
// and each must find its own footnote markers all the same.
func TestDocProfilesParallel(t *testing.T) {
	var paras, line strings.Builder
	for i := 0; paras.Len() < 3*parallelProfileBytes; i++ {
		s := fmt.Sprintf("Paragraph %d names Lavrov and Kissinger, who met in July %d.[%d] It costs $%d. Is it so?", i, 1900+i%100, i%9+1, 10*i)
		fmt.Fprintf(&paras, "%s\n\n", s)
		fmt.Fprintf(&line, "%s ", s)
		if i%7 == 0 {
			fmt.Fprintf(&paras, "[%d] A note citing https://example.org/%d and a work of %d.\n\n", i%9+1, i, 2000+i%20)
		}
	}
	for name, text := range map[string]string{"paragraphs": paras.String(), "one line": line.String() + "\n"} {
		d := readDocument(t, "long.txt", []byte(text), "en")
		serial := emptyProfiles(d)
		serial.profile(0, len(d.Blocks), nil)
		marked := 0
		for _, ps := range serial.sents {
			for _, p := range ps {
				marked += len(p.Markers)
			}
		}
		if marked == 0 {
			t.Fatalf("%s: no sentence holds a marker: the test checks less than it should", name)
		}
		for _, workers := range []int{1, 2, 3, 7} {
			t.Run(fmt.Sprintf("%s/workers=%d", name, workers), func(t *testing.T) {
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
}

// TestPairDuplicates checks the duplicates a Pair kept from preparing the
// versions against feature.Duplicates of each footnote's works, on both
// sides of the seed's pairs and in a Pair made by hand, which has none
// kept. The Spanish seed lists one work twice in its footnote 8.
func TestPairDuplicates(t *testing.T) {
	seed := readSeed(t)
	twice := 0
	for _, d := range seed[1:] {
		aligned := Align(seed[0], d, Options{})
		byHand := &Pair{Source: seed[0], Target: d}
		for _, src := range []bool{true, false} {
			v := d
			if src {
				v = seed[0]
			}
			for bi, b := range v.Blocks {
				texts := make([]string, len(b.Items))
				for i := range b.Items {
					texts[i] = b.ItemText(i)
				}
				want := feature.Duplicates(texts)
				for _, p := range []*Pair{aligned, byHand} {
					if got := p.Duplicates(src, bi); !slices.Equal(got, want) {
						t.Errorf("%s, source %v, block %d: Duplicates = %v, want %v", d.Lang, src, bi, got, want)
					}
				}
				for _, k := range want {
					if k >= 0 {
						twice++
					}
				}
			}
		}
	}
	if twice == 0 {
		t.Error("no work listed twice in the seed: the test checks nothing")
	}
}
