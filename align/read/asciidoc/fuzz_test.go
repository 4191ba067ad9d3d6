package asciidoc

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/source"
)

// testdataInputs returns the decoded .adoc sections of testdata/*.txtar.
func testdataInputs(tb testing.TB) [][]byte {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		tb.Fatal(err)
	}
	var out [][]byte
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range a.Files {
			if strings.HasSuffix(f.Name, ".adoc") {
				out = append(out, []byte(decode(string(f.Data))))
			}
		}
	}
	return out
}

// FuzzBlocks reads any input: it must not panic or hang, every span must
// be in range and every part of every block's text must map back to the
// file (see check).
func FuzzBlocks(f *testing.F) {
	for _, in := range testdataInputs(f) {
		f.Add(in)
	}
	for _, h := range hostile {
		f.Add([]byte(strings.Repeat(h, 8)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file := source.NewFile("fuzz.adoc", data)
		blocks, _, problems, trace := read(file)
		check(t, file, blocks, problems, trace)
	})
}

// hostile are pieces of text that, repeated, would make a careless reader
// rescan its input: openers without closers, nested brackets and
// delimiters, long runs of markup characters.
var hostile = []string{
	"*a ", "**", "_x ", "`", "``", "+a ", "++", "#a ", "^a", "~a", "\"`", "'`",
	"[", "[[", "]", "<<a ", ">>", "(((", "((", "{a", "$$", "footnote:[", "footnote:a[]",
	"https://x.y[", "link:a[", "a@", "\\", "\n", "\n\n", "====\n", "****\n====\n",
	"* a\n", ". a\n**", "a:: ", "|===\n|a", "a|", ".2+|", "\n[NOTE]\n", "\n.T\n",
}

// TestHostile reads large inputs made of each hostile piece: each must
// take time in proportion to its size (a rescan per line or per opener
// would take minutes at this size).
func TestHostile(t *testing.T) {
	const size = 1 << 18
	for _, h := range hostile {
		data := []byte(strings.Repeat(h, size/len(h)))
		start := time.Now()
		file := source.NewFile("hostile.adoc", data)
		blocks, _, problems, trace := read(file)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("%q repeated to %d bytes took %v", h, len(data), d)
		}
		check(t, file, blocks, problems, trace)
	}
}
