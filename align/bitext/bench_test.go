package bitext

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// benchDocs builds two versions of a long article: the body of
// testdata/identical.txtar repeated copies times, each paragraph tagged
// with its copy's number so that the copies differ.
func benchDocs(b *testing.B, copies int) (src, dst string) {
	a, err := txtar.ParseFile(filepath.Join("testdata", "identical.txtar"))
	if err != nil {
		b.Fatal(err)
	}
	marker := regexp.MustCompile(`\[\d+\]`)
	body := func(name string) []string {
		for _, f := range a.Files {
			if f.Name != name {
				continue
			}
			var ps []string
			for _, p := range strings.Split(string(f.Data), "\n\n") {
				p = strings.TrimSpace(p)
				if p != "" && !strings.HasPrefix(p, "[") {
					ps = append(ps, marker.ReplaceAllString(p, ""))
				}
			}
			return ps[2:] // without title and byline
		}
		b.Fatalf("no %s", name)
		return nil
	}
	xs, ys := body("src.txt"), body("dst.txt")
	var sb, db strings.Builder
	sb.WriteString("A Long Article\n\n")
	db.WriteString("Un artículo largo\n\n")
	for k := 1; k <= copies; k++ {
		for i := range xs {
			fmt.Fprintf(&sb, "%s (%d.%d)\n\n", xs[i], k, i)
			fmt.Fprintf(&db, "%s (%d.%d)\n\n", ys[i], k, i)
		}
	}
	return sb.String(), db.String()
}

// BenchmarkAlign aligns articles of two sizes, four times apart: the time
// per operation should grow about fourfold (the programme keeps to a band
// around the diagonal, and the lexicon's work per pairing is bounded).
func BenchmarkAlign(b *testing.B) {
	for _, copies := range []int{10, 40} {
		s, d := benchDocs(b, copies)
		src := readDocument(b, "src.txt", []byte(s), "en")
		dst := readDocument(b, "dst.txt", []byte(d), "es")
		b.Run(fmt.Sprintf("blocks=%d", len(src.Blocks)), func(b *testing.B) {
			for b.Loop() {
				Align(src, dst, Options{})
			}
		})
	}
}

// BenchmarkAlignSentences aligns the Text+Berg development set, once and
// repeated 5, 10 and 20 times: time per sentence should stay flat.
func BenchmarkAlignSentences(b *testing.B) {
	de, fr := filepath.Join(textBergDir, "dev.de"), filepath.Join(textBergDir, "dev.fr")
	if !fileExists(de) || !fileExists(fr) {
		b.Skip("Text+Berg dev set not present")
	}
	xs, ys := readLines(b, de), readLines(b, fr)
	for _, n := range []int{1, 5, 10, 20} {
		var x, y []string
		for range n {
			x, y = append(x, xs...), append(y, ys...)
		}
		b.Run(fmt.Sprintf("copies=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				AlignSentences(x, y, Options{})
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(len(x)+len(y)), "ns/sentence")
		})
	}
}
