package htmldoc

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"golang.org/x/text/encoding/charmap"

	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/textenc"
)

// inputs returns the input sections of testdata/*.txtar, decoded.
func inputs(t testing.TB) [][]byte {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var out [][]byte
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range a.Files {
			if strings.HasSuffix(f.Name, ".html") {
				out = append(out, []byte(decode(string(f.Data))))
			}
		}
	}
	return out
}

// FuzzBlocks reads arbitrary bytes as HTML: no input may panic, and what
// is read must satisfy the invariants of checkInvariants.
func FuzzBlocks(f *testing.F) {
	for _, in := range inputs(f) {
		f.Add(in)
	}
	f.Add([]byte("<sup><a href=#fn1>1</a></sup><li id=fn1><sup>1</sup> x <a href=#fnref1>↩</a>"))
	f.Add([]byte("<pre>\r\n&amp;\r<br>x</pre><table><td>a<td><table><td>b</table>c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		orig := bytes.Clone(data)
		file := source.NewFile("fuzz.html", data)
		dumpFile(t, file)
		if !bytes.Equal(data, orig) {
			t.Fatal("the input was modified")
		}
	})
}

// TestWindows1251 reads a page saved in windows-1251 after decoding it:
// what is read, lines and columns included, is what is read from the same
// page written in UTF-8. The page's own charset declaration is ignored.
func TestWindows1251(t *testing.T) {
	a, err := txtar.ParseFile("testdata/footnotes.txtar")
	if err != nil {
		t.Fatal(err)
	}
	page := decode(string(a.Files[0].Data))
	if !strings.Contains(page, "charset=windows-1251") {
		t.Fatal("footnotes 1 is not the windows-1251 page")
	}
	// Characters that windows-1251 lacks are written as references, as
	// a page in that encoding would.
	page = strings.ReplaceAll(page, "↩︎", "&#8617;&#65038;")
	enc, err := charmap.Windows1251.NewEncoder().String(page)
	if err != nil {
		t.Fatal(err)
	}
	text, name, err := textenc.Decode([]byte(enc), "")
	if err != nil {
		t.Fatal(err)
	}
	if name != "windows-1251" {
		t.Fatalf("decoded as %s, want windows-1251", name)
	}
	f := source.NewFile("fn.html", text)
	f.Encoding = name
	have := dumpFile(t, f)
	want := dumpFile(t, source.NewFile("fn.html", []byte(page)))
	if have != want {
		t.Errorf("windows-1251:\n%s\nutf-8:\n%s", have, want)
	}
	if !strings.Contains(have, "Переговоры") {
		t.Errorf("the Russian text is missing:\n%s", have)
	}
}

// deepPages are pages whose elements nest n deep, or that hold n end tags
// matching nothing open, in the shapes that would make a reader that
// searches its stack quadratic; blocks is how many blocks each reads
// into (-1: not checked).
func deepPages(n int) []struct {
	name   string
	html   string
	blocks int
} {
	rep := strings.Repeat
	return []struct {
		name   string
		html   string
		blocks int
	}{
		{"divs", rep("<div>", n) + "deep" + rep("</div>", n), 1},
		{"divs with text", rep("<div>x", n) + rep("</div>", n), n},
		{"inline", "<p>" + rep("<b><i>", n) + "deep" + rep("</i></b>", n), 1},
		{"sups", "<p>" + rep("<sup>", n) + "x", 1},
		{"stray end tags", rep("<div>", n) + "x" + rep("</span></p></li></td>", n), 1},
		{"nested lists", "<ul>" + rep("<li>x<ul>", n), n},
		{"nested quotes", rep("<blockquote>q", n), n},
		{"unclosed p", rep("<p>x", n), n},
		{"links", "<p>" + rep(`<a href="#fn1">1`, n), 1},
		{"code", "<p>" + rep("<code>", n) + "x", 1},
		{"tables", rep("<table><tr><td>x", n), n},
		{"headings", rep("<h2>x", n), n},
		{"implied rows", "<table>" + rep("<td>x", n), 1},
		{"hidden", rep(`<div hidden>`, n) + "x", 0},
		{"mains", rep(`<main>x`, n), n},
		{"notes", rep(`<sup><a href="#fn1">1</a></sup><li id="fn1">n <a href="#fnref1">↩</a>`, n/10), -1},
	}
}

// TestDeepNesting reads pages nested 100,000 deep.
func TestDeepNesting(t *testing.T) {
	for _, tt := range deepPages(100_000) {
		t.Run(tt.name, func(t *testing.T) {
			blocks, _, _ := Blocks(source.NewFile("deep.html", []byte(tt.html)))
			if tt.blocks >= 0 && len(blocks) != tt.blocks {
				t.Errorf("%d blocks, want %d", len(blocks), tt.blocks)
			}
		})
	}
}

// page returns a generated article of at least size bytes: paragraphs
// with inline markup, entities and footnote markers, lists, tables, code
// blocks, and the notes at the end.
func page(size int) []byte {
	var b bytes.Buffer
	b.WriteString("<!DOCTYPE html><html lang=\"en\"><head><title>Generated</title></head><body><nav><a href=\"/\">Home</a></nav><article>\n")
	notes := 0
	for i := 0; b.Len() < size; i++ {
		notes++
		fmt.Fprintf(&b, "<h2 id=\"s%d\">Section %d</h2>\n", i, i)
		fmt.Fprintf(&b, "<p>The <em>quick</em> brown fox &amp; the lazy dog met on %d&nbsp;May, near <a href=\"/p/%d\">the bridge</a>.<sup><a href=\"#fn%d\" id=\"fnref%d\">%d</a></sup>\nThey talked about <code>map()</code> for a while.</p>\n", i%28+1, i, notes, notes, notes)
		b.WriteString("<ul><li>One item<li>Another <b>item</b><ol><li>nested</ol></ul>\n")
		b.WriteString("<table><tr><th>Name<th>Value<tr><td>a<td>1</table>\n")
		b.WriteString("<pre><code class=\"language-go\">for i := range n {\n\tfmt.Println(i &lt; 3)\n}</code></pre>\n")
	}
	b.WriteString("<section class=\"footnotes\" role=\"doc-endnotes\"><ol>\n")
	for i := 1; i <= notes; i++ {
		fmt.Fprintf(&b, "<li id=\"fn%d\"><p>Note %d, a cited work, 2020. <a href=\"#fnref%d\">↩</a></p></li>\n", i, i, i)
	}
	b.WriteString("</ol></section></article></body></html>\n")
	return b.Bytes()
}

// BenchmarkBlocks reads generated pages of 100 KB, 1 MB and 10 MB; the
// time per byte stays the same when reading is linear.
func BenchmarkBlocks(b *testing.B) {
	for _, size := range []int{100 << 10, 1 << 20, 10 << 20} {
		data := page(size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			f := source.NewFile("page.html", data)
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				Blocks(f)
			}
		})
	}
}
