package bitext

import (
	"os"
	"strings"
	"testing"

	"github.com/tralign/tralign/align"
)

// seedLine returns the sentence units of the seed article's English and
// Spanish versions, each written on one line n times over.
func seedLine(t *testing.T, n int) (xs, ys []*unit) {
	t.Helper()
	seed, err := os.ReadFile("../../seeds/000_6039fe07b589d0e9.txt")
	if err != nil {
		t.Skip(err)
	}
	s := string(seed)
	i, j := strings.Index(s, "Guerra de Ucrania"), strings.Index(s, "Война в Украине")
	line := func(x string) []byte {
		return []byte(strings.Repeat(strings.Join(strings.Fields(x), " ")+" ", n) + "\n")
	}
	_, xs = sentUnits(Prepare(readDocument(t, "a.txt", line(s[:i]), "en")).p, []int{0})
	_, ys = sentUnits(Prepare(readDocument(t, "b.txt", line(s[i:j]), "es")).p, []int{0})
	return xs, ys
}

// TestSplitSameScript aligns the sentences of one long paragraph, the
// seed article's English and Spanish versions written over and over, in
// one piece and cut in pieces at anchors aligned in parallel: the scripts
// must be the same.
func TestSplitSameScript(t *testing.T) {
	if testing.Short() {
		t.Skip("long")
	}
	xs, ys := seedLine(t, 50)
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

// TestSplitNamesSameCost prices every bead of up to maxMerge sentences a
// side near the diagonal of the seed article's English and Spanish
// sentences, in a run that reads the units' names whole and in one that
// splits them by the other side (splitNames): the costs and the anchors'
// evidence must be the same to the bit.
func TestSplitNamesSameCost(t *testing.T) {
	xs, ys := seedLine(t, 1)
	sc := &scorer{ratio: calibrate(xs, ys), level: levelSentence}
	whole, split := sc.newRun(xs, ys), sc.newRun(xs, ys)
	defer whole.release()
	defer split.release()
	split.splitNames()
	var m model
	for k := range m.anchor {
		m.anchor[k] = newAnchorModel(0.6, 0.1)
	}
	lone, beads := 0, 0
	for x := range xs {
		lone += split.featsX(align.Range{Lo: x, Hi: x + 1}).lone
	}
	for x := 0; x < len(xs); x++ {
		for y := max(0, x-12); y < min(len(ys), x+12); y++ {
			for a := 1; a <= maxMerge && x+a <= len(xs); a++ {
				for b := 1; b <= maxMerge && y+b <= len(ys); b++ {
					xr, yr := align.Range{Lo: x, Hi: x + a}, align.Range{Lo: y, Hi: y + b}
					beads++
					if c, d := whole.pairCost(xr, yr), split.pairCost(xr, yr); c != d {
						t.Fatalf("%v %v: cost %v with the names whole, %v split", xr, yr, c, d)
					}
					e := m.anchorEvidence(whole.featsX(xr), whole.featsY(yr))
					if f := m.anchorEvidence(split.featsX(xr), split.featsY(yr)); e != f {
						t.Fatalf("%v %v: anchor evidence %v with the names whole, %v split", xr, yr, e, f)
					}
				}
			}
		}
	}
	if lone == 0 || beads < 10000 {
		t.Fatalf("%d names split off, %d beads: the test tests nothing", lone, beads)
	}
	t.Logf("%d sentences and %d, %d names split off, %d beads", len(xs), len(ys), lone, beads)
}
