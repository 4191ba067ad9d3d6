package wordalign

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

func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Skipf("Text+Berg data not present: %v", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		out = append(out, strings.TrimRight(sc.Text(), "\r"))
	}
	return out
}

var digitsRe = regexp.MustCompile(`\d+`)

// partnerRate is the share of content words of both sides that are
// linked, over pairs ps.
func partnerRate(m *Model, ps []Pair) float64 {
	n, k := 0, 0
	for _, p := range ps {
		a := m.Align(p.Source, p.Target)
		for i, tok := range a.Source {
			if m.Content(tok, true) {
				n++
				if a.SrcLink[i] >= 0 {
					k++
				}
			}
		}
		for j, tok := range a.Target {
			if m.Content(tok, false) {
				n++
				if a.DstLink[j] >= 0 {
					k++
				}
			}
		}
	}
	return float64(k) / float64(max(n, 1))
}

// TestTextBerg learns from the gold sentence pairs of the Text+Berg dev
// document and measures, on its 1-1 pairs, how often a content word finds
// a partner; on wrong pairs (a sentence against the next pair's
// translation) the same share measures links made by chance. MinLink was
// set on the first half of the 1-1 pairs; the second half is held out.
func TestTextBerg(t *testing.T) {
	de := readLines(t, filepath.Join(textBergDir, "dev.de"))
	fr := readLines(t, filepath.Join(textBergDir, "dev.fr"))
	beads := readLines(t, filepath.Join(textBergDir, "dev.defr"))
	var all, ones []Pair
	for _, l := range beads {
		a, b, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		var xs, ys []string
		for _, d := range digitsRe.FindAllString(a, -1) {
			i, _ := strconv.Atoi(d)
			xs = append(xs, de[i])
		}
		for _, d := range digitsRe.FindAllString(b, -1) {
			i, _ := strconv.Atoi(d)
			ys = append(ys, fr[i])
		}
		if len(xs) == 0 || len(ys) == 0 {
			continue
		}
		p := Pair{Tokenize(strings.Join(xs, " ")), Tokenize(strings.Join(ys, " "))}
		all = append(all, p)
		if len(xs) == 1 && len(ys) == 1 {
			ones = append(ones, p)
		}
	}
	m := Train(all, Options{})
	half := len(ones) / 2
	for _, c := range []struct {
		name string
		ps   []Pair
	}{{"tuning half", ones[:half]}, {"held-out half", ones[half:]}} {
		var wrong []Pair
		for i := 0; i+1 < len(c.ps); i++ {
			wrong = append(wrong, Pair{c.ps[i].Source, c.ps[i+1].Target})
		}
		got, chance := partnerRate(m, c.ps), partnerRate(m, wrong)
		t.Logf("%s: %d 1-1 pairs; content words with a partner: %.3f (wrong pairs: %.3f)", c.name, len(c.ps), got, chance)
		if got < minPartnerRate || chance > maxChanceRate {
			t.Errorf("%s: partner rate %.3f (want >= %.2f), on wrong pairs %.3f (want <= %.2f)", c.name, got, minPartnerRate, chance, maxChanceRate)
		}
	}
}

// The figures TestTextBerg holds the model to, less a margin of a few
// points under what it measures.
const (
	minPartnerRate = 0.74
	maxChanceRate  = 0.10
)
