package bitext

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/source"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestGolden aligns the two documents of each testdata/*.txtar archive and
// compares a dump of the pairing (see dumpPair) with its want section.
//
// An archive holds "src.txt" (English), "dst.txt" (Spanish, or the language
// named by an optional "lang" section) and "want". The comment says what
// the case is about. With -update the want sections are rewritten; review
// the diff by eye.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("found no tests in testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sec := map[string]*txtar.File{}
			for i := range a.Files {
				sec[a.Files[i].Name] = &a.Files[i]
			}
			for _, name := range []string{"src.txt", "dst.txt", "want"} {
				if sec[name] == nil {
					t.Fatalf("no %s section", name)
				}
			}
			lang := "es"
			if l := sec["lang"]; l != nil {
				lang = strings.TrimSpace(string(l.Data))
			}
			src := readDocument(t, "src.txt", sec["src.txt"].Data, "en")
			dst := readDocument(t, "dst.txt", sec["dst.txt"].Data, lang)
			have := dumpPair(Align(src, dst, Options{}))
			want := sec["want"]
			if *update {
				if have != string(want.Data) {
					want.Data = []byte(have)
					if err := os.WriteFile(file, txtar.Format(a), 0o666); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			if have != string(want.Data) {
				t.Errorf("have:\n%s\nwant:\n%s\n(run go test ./align/bitext -update and review the diff if the change is right)", have, want.Data)
			}
		})
	}
}

func readDocument(t testing.TB, name string, data []byte, lang string) *doc.Document {
	t.Helper()
	ds, err := read.Source(source.NewFile(name, data), read.Options{Lang: lang})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if len(ds) != 1 {
		t.Fatalf("%s: %d documents, want 1", name, len(ds))
	}
	return ds[0]
}

// readSeed reads the bundled seed article, which holds its three versions
// one after another: the English source first.
func readSeed(t testing.TB) []*doc.Document {
	t.Helper()
	data, err := os.ReadFile("../../seeds/000_6039fe07b589d0e9.txt")
	if err != nil {
		t.Fatal(err)
	}
	seed, err := read.File("seed.txt", data, read.Options{Split: true})
	if err != nil {
		t.Fatal(err)
	}
	return seed
}

// dumpPair writes the pairing of p readably: one line per link of blocks
// ("b3 ↔ b2", "b5 ↔ —", "b4+b5 ↔ b4"), numbered from 1 among the body
// blocks and among the footnote definitions ("n2"), then, indented, the
// links of their sentences ("s3.1+s3.2 ↔ s2.1") or cited works ("i1.2"),
// each with the start of the first text on each side.
func dumpPair(p *Pair) string {
	var b strings.Builder
	sNum, dNum := blockNumbers(p.Source), blockNumbers(p.Target)
	side := func(ids []int, num map[int]string) string {
		if len(ids) == 0 {
			return "—"
		}
		var ns []string
		for _, i := range ids {
			ns = append(ns, num[i])
		}
		return strings.Join(ns, "+")
	}
	refs := func(rs []Ref, num map[int]string, part string) string {
		if len(rs) == 0 {
			return "—"
		}
		var ns []string
		for _, r := range rs {
			ns = append(ns, fmt.Sprintf("%s%s.%d", part, num[r.Block][1:], r.Index+1))
		}
		return strings.Join(ns, "+")
	}
	text := func(d *doc.Document, ids []int) string {
		if len(ids) == 0 {
			return ""
		}
		return excerpt(d.Blocks[ids[0]].Text)
	}
	refText := func(d *doc.Document, rs []Ref, items bool) string {
		if len(rs) == 0 {
			return ""
		}
		b := d.Blocks[rs[0].Block]
		if items {
			return excerpt(b.ItemText(rs[0].Index))
		}
		return excerpt(b.SentenceText(rs[0].Index))
	}
	for _, part := range []struct {
		title string
		links []Link
	}{{"blocks", p.Blocks}, {"notes", p.Notes}} {
		if len(part.links) == 0 {
			continue
		}
		fmt.Fprintf(&b, "%s:\n", part.title)
		for _, l := range part.links {
			fmt.Fprintf(&b, "%s ↔ %s\t%q ↔ %q\n", side(l.Source, sNum), side(l.Target, dNum), text(p.Source, l.Source), text(p.Target, l.Target))
			for _, s := range l.Sents {
				fmt.Fprintf(&b, "\t%s ↔ %s\t%q ↔ %q\n", refs(s.Source, sNum, "s"), refs(s.Target, dNum, "s"), refText(p.Source, s.Source, false), refText(p.Target, s.Target, false))
			}
			for _, s := range l.Items {
				fmt.Fprintf(&b, "\t%s ↔ %s\t%q ↔ %q\n", refs(s.Source, sNum, "i"), refs(s.Target, dNum, "i"), refText(p.Source, s.Source, true), refText(p.Target, s.Target, true))
			}
		}
	}
	return b.String()
}

// blockNumbers names the blocks of d: "b1", "b2"... for the body and
// "n1", "n2"... for the footnote definitions, in order.
func blockNumbers(d *doc.Document) map[int]string {
	m := map[int]string{}
	nb, nn := 0, 0
	for i, b := range d.Blocks {
		if b.Kind == doc.FootnoteDef {
			nn++
			m[i] = fmt.Sprintf("n%d", nn)
		} else {
			nb++
			m[i] = fmt.Sprintf("b%d", nb)
		}
	}
	return m
}

// excerpt returns the first few words of s.
func excerpt(s string) string {
	const n = 28
	r := []rune(strings.TrimSpace(s))
	if len(r) <= n {
		return string(r)
	}
	return string(r[:n]) + "…"
}
