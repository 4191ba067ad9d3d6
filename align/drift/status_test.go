package drift

import (
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/tralign/tralign/align/tree"
)

// TestStatus builds a small tree with one stale, one current and one
// missing translation and an orphan, and checks the sums.
func TestStatus(t *testing.T) {
	r := newTestRepo(t)
	r.write("content/en/a.md", "# A\n\nThe first paragraph of the first page.\n\nThe second paragraph of the first page.\n")
	r.write("content/en/b.md", "# B\n\nThe only paragraph of the second page.\n")
	r.write("content/en/c.md", "# C\n\nThe only paragraph of the third page.\n")
	r.commit("Add the pages")
	r.write("content/es/a.md", "# A\n\nEl primer párrafo de la primera página.\n\nEl segundo párrafo de la primera página.\n")
	r.write("content/es/b.md", "# B\n\nEl único párrafo de la segunda página.\n")
	r.write("content/es/gone.md", "# Ida\n\nUna página cuyo original ya no existe.\n")
	r.commit("Translate the pages")
	r.write("content/en/a.md", "# A\n\nThe first paragraph of the first page.\n\nThe second paragraph of the first page, now longer than it was.\n\nA third paragraph.\n")
	r.commit("Expand the first page")

	tr, err := tree.Discover(os.DirFS(r.dir), ".", tree.Options{})
	if err != nil {
		t.Fatal(err)
	}
	repo, err := Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	st, err := Status(repo, r.dir, tr, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 1 || st[0].Lang != "es" {
		t.Fatalf("status for %d languages, want es alone", len(st))
	}
	s := st[0]
	if s.Documents != 3 || s.Current != 1 || s.Stale != 1 || s.Missing != 1 || s.Orphan != 1 || s.Failed != 0 {
		t.Errorf("documents %d current %d stale %d missing %d orphan %d failed %d; want 3 1 1 1 1 0",
			s.Documents, s.Current, s.Stale, s.Missing, s.Orphan, s.Failed)
	}
	var stale *DocStatus
	for i := range s.Docs {
		if s.Docs[i].State == Stale {
			stale = &s.Docs[i]
		}
	}
	if stale == nil || stale.Key != "content/a.md" || stale.Behind != 2 || stale.Commits != 1 || stale.Since.IsZero() {
		t.Errorf("stale document %+v; want content/a.md 2 changes behind, 1 commit", stale)
	}
	// Words: a (1+7+12+3 = 23), b (1+7 = 8), c (1+7 = 8); translated: all
	// of a but the added paragraph, and b; current: a's unchanged blocks
	// and b.
	if s.SourceWords != 39 || s.TranslatedWords != 28 || s.CurrentWords != 16 {
		t.Errorf("words %d translated %d current %d; want 39 28 16", s.SourceWords, s.TranslatedWords, s.CurrentWords)
	}
	if got := filepath.ToSlash(s.Docs[len(s.Docs)-1].Translation); got != "content/es/gone.md" {
		t.Errorf("last document %q, want the orphan", got)
	}
}

// TestFork checks that forks of a Repo, used at once from several
// goroutines, give the results the Repo gives alone.
func TestFork(t *testing.T) {
	r := newTestRepo(t)
	r.write("en/a.md", "# A\n\nThe first paragraph of the first page.\n\nThe second paragraph of the first page.\n")
	r.commit("Add the page")
	r.write("es/a.md", "# A\n\nEl primer párrafo de la primera página.\n\nEl segundo párrafo de la primera página.\n")
	r.commit("Translate the page")
	r.write("en/a.md", "# A\n\nThe first paragraph of the first page, now longer.\n\nThe second paragraph of the first page.\n\nA third paragraph.\n")
	r.commit("Expand the page")
	src, tr := filepath.Join(r.dir, "en", "a.md"), filepath.Join(r.dir, "es", "a.md")
	base, err := Open(r.dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := base.Drift(src, tr, Options{SourceLang: "en", Lang: "es"})
	if err != nil {
		t.Fatal(err)
	}
	const n = 4
	got := make([]string, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		f, err := base.Fork()
		if err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			res, err := f.Drift(src, tr, Options{SourceLang: "en", Lang: "es"})
			if err != nil {
				errs[i] = err
				return
			}
			got[i] = dumpResult(res)
		})
	}
	wg.Wait()
	for i := range n {
		if errs[i] != nil {
			t.Fatalf("fork %d: %v", i, errs[i])
		}
		if got[i] != dumpResult(want) {
			t.Errorf("fork %d:\n%s\nwant:\n%s", i, got[i], dumpResult(want))
		}
	}
}
