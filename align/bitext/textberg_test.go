package bitext

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// textBergDir holds the Text+Berg development set (German-French, one
// sentence per line, gold beads), shared outside the module.
var textBergDir = filepath.Join("..", "..", "..", "shared", "align-gold", "textberg")

// textBergMinF1 is the strict F1 the aligner reaches on Text+Berg dev,
// less a margin: the test fails when a change loses more than that.
const textBergMinF1 = 0.900 - 0.02

func readLines(t testing.TB, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// bead is one alignment: sorted source and target sentence numbers.
type bead struct{ src, dst string }

var digitsRe = regexp.MustCompile(`\d+`)

func parseBeads(t testing.TB, lines []string) []bead {
	var out []bead
	for _, l := range lines {
		a, b, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok {
			continue
		}
		out = append(out, bead{strings.Join(digitsRe.FindAllString(a, -1), ","), strings.Join(digitsRe.FindAllString(b, -1), ",")})
	}
	return out
}

func linkBeads(ls []SentLink) []bead {
	out := make([]bead, len(ls))
	for i, l := range ls {
		var s, d []string
		for _, r := range l.Source {
			s = append(s, strconv.Itoa(r.Index))
		}
		for _, r := range l.Target {
			d = append(d, strconv.Itoa(r.Index))
		}
		out[i] = bead{strings.Join(s, ","), strings.Join(d, ",")}
	}
	return out
}

// beadScore holds the strict and lax scores of a hypothesis against gold
// (ALIGNMENT-SCORING.md), and precision and recall of the beads with an
// empty side.
type beadScore struct {
	P, R, F, LP, LR, LF float64
	GapP, GapR          float64
}

func overlaps(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	m := map[string]bool{}
	for _, x := range strings.Split(a, ",") {
		m[x] = true
	}
	for _, y := range strings.Split(b, ",") {
		if m[y] {
			return true
		}
	}
	return false
}

func scoreBeads(gold, hyp []bead) beadScore {
	set := func(bs []bead) map[bead]bool {
		m := map[bead]bool{}
		for _, b := range bs {
			if b.src != "" || b.dst != "" {
				m[b] = true
			}
		}
		return m
	}
	G, H := set(gold), set(hyp)
	lax := func(h bead, bs map[bead]bool) bool {
		for g := range bs {
			if overlaps(h.src, g.src) && overlaps(h.dst, g.dst) {
				return true
			}
		}
		return false
	}
	var ps, pl, rs, rl, g2, gg, hh, tp int
	for h := range H {
		switch {
		case G[h]:
			ps++
		case lax(h, G):
			pl++
		}
		if h.src == "" || h.dst == "" {
			hh++
			if G[h] {
				tp++
			}
		}
	}
	for g := range G {
		if g.src == "" || g.dst == "" {
			gg++
			continue
		}
		g2++
		switch {
		case H[g]:
			rs++
		case lax(g, H):
			rl++
		}
	}
	var s beadScore
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	if len(H) > 0 {
		s.P, s.LP = float64(ps)/float64(len(H)), float64(ps+pl)/float64(len(H))
	}
	if g2 > 0 {
		s.R, s.LR = float64(rs)/float64(g2), float64(rs+rl)/float64(g2)
	}
	s.F, s.LF = f1(s.P, s.R), f1(s.LP, s.LR)
	if hh > 0 {
		s.GapP = float64(tp) / float64(hh)
	}
	if gg > 0 {
		s.GapR = float64(tp) / float64(gg)
	}
	return s
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// TestTextBergDev aligns the Text+Berg development document (German and
// French, one sentence per line) and scores it against the gold beads as
// ALIGNMENT-SCORING.md describes. It is skipped when the data are absent.
func TestTextBergDev(t *testing.T) {
	if !fileExists(filepath.Join(textBergDir, "dev.defr")) {
		t.Skip("Text+Berg dev set not present in", textBergDir)
	}
	de := readLines(t, filepath.Join(textBergDir, "dev.de"))
	fr := readLines(t, filepath.Join(textBergDir, "dev.fr"))
	gold := parseBeads(t, readLines(t, filepath.Join(textBergDir, "dev.defr")))
	s := scoreBeads(gold, linkBeads(AlignSentences(de, fr, Options{})))
	t.Logf("strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f | 1-0/0-1 P %.3f R %.3f", s.P, s.R, s.F, s.LP, s.LR, s.LF, s.GapP, s.GapR)
	if s.F < textBergMinF1 {
		t.Errorf("strict F1 %.3f, want at least %.3f", s.F, textBergMinF1)
	}
	if g := scoreBeads(gold, gold); g.F != 1 || g.LF != 1 {
		t.Errorf("gold against itself: %+v", g)
	}
}
