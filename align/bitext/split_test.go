package bitext

import (
	"os"
	"strings"
	"testing"

	"github.com/tralign/tralign/align"
)

// TestSplitSameScript aligns the sentences of one long paragraph, the
// seed article's English and Spanish versions written over and over, in
// one piece and cut in pieces at anchors aligned in parallel: the scripts
// must be the same.
func TestSplitSameScript(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	seed, err := os.ReadFile("../../seeds/000_6039fe07b589d0e9.txt")
	if err != nil {
		t.Skip(err)
	}
	s := string(seed)
	i, j := strings.Index(s, "Guerra de Ucrania"), strings.Index(s, "Война в Украине")
	line := func(x string) []byte {
		return []byte(strings.Repeat(strings.Join(strings.Fields(x), " ")+" ", 50) + "\n")
	}
	src := readDocument(t, "a.txt", line(s[:i]), "en")
	dst := readDocument(t, "b.txt", line(s[i:j]), "es")
	_, xs := sentUnits(Prepare(src).p, []int{0})
	_, ys := sentUnits(Prepare(dst).p, []int{0})
	g := anchors(xs, ys)
	if cuts := splitPoints(g, len(xs), len(ys)); len(cuts) == 0 {
		t.Fatalf("%d sentences: no cut", len(xs))
	}
	sc := &scorer{ratio: calibrate(xs, ys), level: levelSentence}
	whole := sc.alignPart(xs, ys, [][]align.Point{g}, 1)
	parts := sc.align(xs, ys, g)
	if whole.String() != parts.String() {
		t.Errorf("the script in pieces differs from the script in one piece")
	}
}
