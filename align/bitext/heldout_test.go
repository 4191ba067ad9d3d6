package bitext

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/source"
)

var heldOut = flag.Bool("heldout", false, "run the held-out evaluation of the sentence aligner (TestHeldOut)")

// goldDoc is a document pair with a gold sentence alignment.
type goldDoc struct {
	name   string
	de, fr []string // source and target sentences
	gold   [][2][]int
}

// toBeads turns index beads into the beads of scoreBeads.
func toBeads(bs [][2][]int) []bead {
	out := make([]bead, len(bs))
	for i, b := range bs {
		var s, t []string
		for _, k := range b[0] {
			s = append(s, fmt.Sprint(k))
		}
		for _, k := range b[1] {
			t = append(t, fmt.Sprint(k))
		}
		out[i] = bead{strings.Join(s, ","), strings.Join(t, ",")}
	}
	return out
}

// textBergGold reads the Text+Berg development document.
func textBergGold(t *testing.T) goldDoc {
	de := readLines(t, filepath.Join(textBergDir, "dev.de"))
	fr := readLines(t, filepath.Join(textBergDir, "dev.fr"))
	var gold [][2][]int
	for _, l := range readLines(t, filepath.Join(textBergDir, "dev.defr")) {
		a, b, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		var bd [2][]int
		for k, part := range []string{a, b} {
			bd[k] = []int{}
			for _, d := range digitsRe.FindAllString(part, -1) {
				var n int
				fmt.Sscan(d, &n)
				bd[k] = append(bd[k], n)
			}
		}
		gold = append(gold, bd)
	}
	return goldDoc{"textberg-dev", de, fr, gold}
}

// half returns the beads [lo, hi) of g as a document of their own.
func (g goldDoc) half(name string, lo, hi int) goldDoc {
	s0, t0 := -1, -1
	for _, b := range g.gold[lo:hi] {
		if len(b[0]) > 0 && s0 < 0 {
			s0 = b[0][0]
		}
		if len(b[1]) > 0 && t0 < 0 {
			t0 = b[1][0]
		}
	}
	out := goldDoc{name: name}
	s1, t1 := s0, t0
	for _, b := range g.gold[lo:hi] {
		var nb [2][]int
		nb[0], nb[1] = []int{}, []int{}
		for _, k := range b[0] {
			nb[0] = append(nb[0], k-s0)
			s1 = k + 1
		}
		for _, k := range b[1] {
			nb[1] = append(nb[1], k-t0)
			t1 = k + 1
		}
		out.gold = append(out.gold, nb)
	}
	out.de, out.fr = g.de[s0:s1], g.fr[t0:t1]
	return out
}

// withGaps returns a variant of g in which some one-to-one beads lose the
// sentence of one side (a sentence deleted) and sentences of pool are
// inserted between beads (sentences added), at places drawn from seed;
// share is the share of beads touched.
func (g goldDoc) withGaps(seed uint64, share float64, poolDe, poolFr []string) goldDoc {
	rng := rand.New(rand.NewPCG(seed, 7))
	var beads [][2][]string // the texts of each bead
	for _, b := range g.gold {
		var tb [2][]string
		for _, k := range b[0] {
			tb[0] = append(tb[0], g.de[k])
		}
		for _, k := range b[1] {
			tb[1] = append(tb[1], g.fr[k])
		}
		if len(b[0]) == 1 && len(b[1]) == 1 && rng.Float64() < share/2 {
			tb[rng.IntN(2)] = nil // deleted
		}
		beads = append(beads, tb)
		if rng.Float64() < share/2 {
			var ins [2][]string
			if k := rng.IntN(2); k == 0 {
				ins[0] = []string{poolDe[rng.IntN(len(poolDe))]}
			} else {
				ins[1] = []string{poolFr[rng.IntN(len(poolFr))]}
			}
			beads = append(beads, ins)
		}
	}
	out := goldDoc{name: fmt.Sprintf("%s+gaps/%d", g.name, seed)}
	for _, tb := range beads {
		if len(tb[0]) == 0 && len(tb[1]) == 0 {
			continue
		}
		var nb [2][]int
		nb[0], nb[1] = []int{}, []int{}
		for _, s := range tb[0] {
			nb[0] = append(nb[0], len(out.de))
			out.de = append(out.de, s)
		}
		for _, s := range tb[1] {
			nb[1] = append(nb[1], len(out.fr))
			out.fr = append(out.fr, s)
		}
		out.gold = append(out.gold, nb)
	}
	return out
}

// evalCaseGold makes a gold alignment from one of the cases of the
// injected-defect benchmark: the sentences of the block pairs that the
// aligner pairs one to one and that hold as many sentences on each side,
// paired in order. Such translations are faithful (UDHR, SemVer): their
// sentences correspond one to one, so a sentence aligner must find that.
func evalCaseGold(t *testing.T, name, lang string) (goldDoc, bool) {
	dir := filepath.Join("..", "..", "..", "shared", "eval", "cases", name)
	load := func(l string) *doc.Document {
		ms, _ := filepath.Glob(filepath.Join(dir, name+"."+l+".*"))
		if len(ms) != 1 {
			return nil
		}
		data, err := os.ReadFile(ms[0])
		if err != nil {
			t.Fatal(err)
		}
		ds, err := read.Source(source.NewFile(filepath.Base(ms[0]), data), read.Options{Lang: l})
		if err != nil || len(ds) != 1 {
			t.Fatalf("%s: %v", ms[0], err)
		}
		return ds[0]
	}
	src, dst := load("en"), load(lang)
	if src == nil || dst == nil {
		return goldDoc{}, false
	}
	p := Align(src, dst, Options{})
	g := goldDoc{name: name + "-en-" + lang}
	for _, l := range p.Blocks {
		if len(l.Source) != 1 || len(l.Target) != 1 {
			continue
		}
		sb, tb := src.Blocks[l.Source[0]], dst.Blocks[l.Target[0]]
		if len(sb.Sentences) != len(tb.Sentences) {
			continue
		}
		for k := range sb.Sentences {
			g.gold = append(g.gold, [2][]int{{len(g.de)}, {len(g.fr)}})
			g.de = append(g.de, strings.TrimSpace(sb.SentenceText(k)))
			g.fr = append(g.fr, strings.TrimSpace(tb.SentenceText(k)))
		}
	}
	return g, true
}

// evaluate aligns g and scores the alignment.
func evaluate(g goldDoc) beadScore {
	return scoreBeads(toBeads(g.gold), linkBeads(AlignSentences(g.de, g.fr, Options{})))
}

// sum adds the counts behind two scores (see scoreBeads) by pooling the
// documents: the mean weighted by size is close enough for a report.
func gapF(s beadScore) float64 {
	if s.GapP+s.GapR == 0 {
		return 0
	}
	return 2 * s.GapP * s.GapR / (s.GapP + s.GapR)
}

// TestHeldOut scores the sentence aligner on data held out from its
// tuning: the two halves of the Text+Berg development document on their
// own, variants of each half with sentences deleted and inserted at
// places drawn at random (gaps whose truth is known), and the sentences
// of the faithful cases of the injected-defect benchmark. Run it with
// -heldout; it prints a table and checks nothing.
func TestHeldOut(t *testing.T) {
	if !*heldOut {
		t.Skip("run with -heldout")
	}
	if !fileExists(filepath.Join(textBergDir, "dev.defr")) {
		t.Skip("Text+Berg dev set not present in", textBergDir)
	}
	dev := textBergGold(t)
	mid := len(dev.gold) / 2
	halves := []goldDoc{dev.half("dev-A", 0, mid), dev.half("dev-B", mid, len(dev.gold))}
	var docs []goldDoc
	docs = append(docs, dev)
	docs = append(docs, halves...)
	seeds := heldOutSeeds
	for k, h := range halves {
		other := halves[1-k]
		for _, seed := range seeds {
			docs = append(docs, h.withGaps(seed, 0.1, other.de, other.fr))
		}
	}
	var cases []goldDoc
	for _, c := range []struct{ name, lang string }{{"udhr", "es"}, {"semver", "es"}, {"rcit", "es"}, {"udhr", "ru"}, {"semver", "ru"}, {"rcit", "ru"}} {
		if g, ok := evalCaseGold(t, c.name, c.lang); ok {
			cases = append(cases, g)
		}
	}
	for k, g := range cases {
		docs = append(docs, g)
		// Sentences inserted from another case of the same language
		// pair, so that they translate nothing around them.
		other := cases[(k/3)*3+(k+1)%3]
		for _, seed := range seeds[:2] {
			docs = append(docs, g.withGaps(seed, 0.1, other.de, other.fr))
		}
	}
	t.Logf("%-28s %6s %6s %6s  %6s %6s %6s", "document", "P", "R", "F1", "gapP", "gapR", "gapF1")
	groups := map[string][]beadScore{}
	var order []string
	for _, g := range docs {
		s := evaluate(g)
		if *verbose {
			t.Logf("%-28s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f", g.name, s.P, s.R, s.F, s.GapP, s.GapR, gapF(s))
		}
		grp := g.name
		if i := strings.Index(grp, "/"); i >= 0 {
			grp = grp[:i]
		}
		if strings.HasPrefix(grp, "udhr") || strings.HasPrefix(grp, "semver") || strings.HasPrefix(grp, "rcit") {
			grp = "cases" + strings.TrimPrefix(grp[strings.Index(grp, "-"):], "-en-es")
			grp = strings.Replace(grp, "-en-ru", "", 1)
		}
		if _, ok := groups[grp]; !ok {
			order = append(order, grp)
		}
		groups[grp] = append(groups[grp], s)
	}
	for _, grp := range order {
		var m beadScore
		gf := 0.0
		for _, s := range groups[grp] {
			m.P += s.P
			m.R += s.R
			m.F += s.F
			m.GapP += s.GapP
			m.GapR += s.GapR
			gf += gapF(s)
		}
		n := float64(len(groups[grp]))
		t.Logf("mean %-23s %6.3f %6.3f %6.3f  %6.3f %6.3f %6.3f  (%d)", grp, m.P/n, m.R/n, m.F/n, m.GapP/n, m.GapR/n, gf/n, len(groups[grp]))
	}
}

var verbose = flag.Bool("heldout.v", false, "with -heldout, print the score of every document")

// heldOutSeeds draw the places of the gaps of the variants.
var heldOutSeeds = func() []uint64 {
	if s := os.Getenv("HELDOUT_SEEDS"); s != "" {
		var out []uint64
		for _, f := range strings.Split(s, ",") {
			var n uint64
			fmt.Sscan(f, &n)
			out = append(out, n)
		}
		return out
	}
	return []uint64{1001, 1002, 1003, 1004, 1005}
}()
