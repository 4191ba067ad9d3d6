package tree

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkDiscover discovers a generated tree of 10,000 documents in 5
// languages (content/{lang}/section-N/page-M.md, 50,000 files on disk) and
// reports documents per second.
func BenchmarkDiscover(b *testing.B) {
	const docs, perDir = 10000, 100
	langs := []string{"en", "es", "ru", "de", "pt-BR"}
	dir := b.TempDir()
	for _, l := range langs {
		for i := range docs {
			d := filepath.Join(dir, "content", l, fmt.Sprintf("section-%d", i/perDir))
			if i%perDir == 0 {
				if err := os.MkdirAll(d, 0o755); err != nil {
					b.Fatal(err)
				}
			}
			if err := os.WriteFile(filepath.Join(d, fmt.Sprintf("page-%d.md", i)), nil, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	fsys := os.DirFS(dir)
	b.ResetTimer()
	for b.Loop() {
		t, err := Discover(fsys, ".", Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(t.Documents) != docs || len(t.Langs) != len(langs)-1 {
			b.Fatalf("found %d documents in %d languages", len(t.Documents), len(t.Langs))
		}
	}
	b.ReportMetric(float64(docs*b.N)/b.Elapsed().Seconds(), "docs/s")
}
