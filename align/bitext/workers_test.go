package bitext

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/doc"
)

// TestAlignWorkers aligns pairs on one worker and on several: the pairs
// must be the same, link for link, whatever the number of workers. The
// long document is long enough to be profiled in parallel, and has a
// paragraph long enough to be cut in pieces, many short ones whose
// sentences are aligned apart, and notes with lists of cited works, so
// that every part that runs in parallel does.
func TestAlignWorkers(t *testing.T) {
	type pair struct {
		name     string
		src, dst *doc.Document
	}
	var pairs []pair

	seed := readSeed(t)
	for _, d := range seed[1:] {
		pairs = append(pairs, pair{"seed " + d.Lang, seed[0], d})
	}

	var src, dst strings.Builder
	long := func(b *strings.Builder, drop int) {
		for i := range 2*splitRows + 50 {
			if drop > 0 && i%drop == 0 {
				continue
			}
			fmt.Fprintf(b, "Sentence %d of the long paragraph names Lavrov in %d. ", i, 1900+i%100)
		}
		b.WriteString("\n\n")
	}
	long(&src, 0)
	long(&dst, 37)
	for i := range 600 {
		p := fmt.Sprintf("Paragraph %d names Kissinger, who met Haass in July %d.[%d] It cost $%d. Was it so?", i, 1900+i%100, i%9+1, 10*i)
		src.WriteString(p + "\n\n")
		if i%11 != 5 {
			dst.WriteString(strings.Replace(p, " It cost", " Then it cost", 1) + "\n\n")
		}
	}
	for n := 1; n <= 9; n++ {
		note := fmt.Sprintf("[%d] ", n)
		for k := range 12 {
			note += fmt.Sprintf("See Author %d, The Work %d (London, %d), p. %d; ", k, n*100+k, 1950+k, k+n)
		}
		src.WriteString(note + "\n\n")
		dst.WriteString(note + "\n\n")
	}
	if src.Len() < parallelProfileBytes || dst.Len() < parallelProfileBytes {
		t.Fatalf("the long document has %d and %d bytes, fewer than the %d profiled in parallel", src.Len(), dst.Len(), parallelProfileBytes)
	}
	pairs = append(pairs, pair{"long", readDocument(t, "long.en.txt", []byte(src.String()), "en"), readDocument(t, "long.es.txt", []byte(dst.String()), "es")})

	for _, p := range pairs {
		want := AlignPrepared(Prepare(p.src), Prepare(p.dst), Options{Workers: 1})
		for _, workers := range []int{2, 3, 8} {
			t.Run(fmt.Sprintf("%s/workers=%d", p.name, workers), func(t *testing.T) {
				got := AlignPrepared(PrepareOn(p.src, workers), PrepareOn(p.dst, workers), Options{Workers: workers})
				if !reflect.DeepEqual(got, want) {
					t.Errorf("aligned on %d workers:\n%s\nwant, on one:\n%s", workers, dumpPair(got), dumpPair(want))
				}
			})
		}
	}
}
