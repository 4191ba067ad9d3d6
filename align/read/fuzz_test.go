package read_test

import (
	"bytes"
	"fmt"
	"github.com/rogpeppe/go-internal/txtar"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/source"
)

// seedFiles are the seed documents of the project, whose pieces seed the
// fuzzers.
var seedFiles = []string{
	"../../seeds/000_6039fe07b589d0e9.txt",
	"../../seeds/004_c77dbe8c6f6dfb8e.txt",
}

// testdataInputs returns the decoded inputs of testdata/*.txt.
func testdataInputs(tb testing.TB) [][]byte {
	var out [][]byte
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		tb.Fatal(err)
	}
	for _, file := range files {
		a, err := txtar.ParseFile(file)
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range a.Files {
			if f.Name == "options" || strings.HasSuffix(f.Name, ".want") {
				continue
			}
			out = append(out, []byte(decode(string(f.Data))))
		}
	}
	return out
}

// seedPieces returns the seed documents cut into pieces of at most n
// lines, each line shortened to at most 160 bytes. Small inputs keep the
// fuzzer fast: it spends a minute minimising every new input it finds,
// and reading a whole seed takes tens of milliseconds.
func seedPieces(tb testing.TB, n int) [][]byte {
	var out [][]byte
	for _, name := range seedFiles {
		data, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		lines := strings.SplitAfter(string(data), "\n")
		for i := 0; i < len(lines); i += n {
			var sb strings.Builder
			for _, l := range lines[i:min(i+n, len(lines))] {
				sb.WriteString(shorten(l, 160))
			}
			out = append(out, []byte(sb.String()))
		}
	}
	return out
}

// shorten cuts line to at most n bytes, on a rune boundary, keeping its
// line break.
func shorten(line string, n int) string {
	if len(line) <= n {
		return line
	}
	i := n
	for i > 0 && !utf8.RuneStart(line[i]) {
		i--
	}
	if strings.HasSuffix(line, "\n") {
		return line[:i] + "\n"
	}
	return line[:i]
}

func fuzzRead(t *testing.T, name string, data []byte, opts read.Options) {
	orig := bytes.Clone(data)
	docs, err := read.File(name, data, opts)
	if !bytes.Equal(data, orig) {
		t.Fatalf("read.File modified its input")
	}
	checkInvariants(t, data, docs, err)
	// Reading is deterministic.
	again, err2 := read.File(name, data, opts)
	if d1, d2 := dump(docs, err), dump(again, err2); d1 != d2 {
		t.Fatalf("two reads differ:\n%s", firstDiff(d1, d2))
	}
	// Splitting into versions does not move block boundaries.
	if opts.Split {
		opts.Split = false
		whole, _ := read.File(name, data, opts)
		if a, b := spans(docs), spans(whole); a != b {
			t.Fatalf("split and unsplit reads have other blocks:\n%s", firstDiff(a, b))
		}
	}
}

// spans lists the spans of all blocks, one a line.
func spans(docs []*doc.Document) string {
	var sb strings.Builder
	for _, d := range docs {
		for _, b := range d.Blocks {
			fmt.Fprintf(&sb, "%v\n", b.Span)
		}
	}
	return sb.String()
}

// suppressionInputs are small inputs with tralign-ignore comments in
// every syntax, well and badly formed, for the fuzzers to start from.
var suppressionInputs = []string{
	"Title\n\ntralign-ignore number-mismatch: a reason\nText 12.\n",
	"tralign-ignore\ntralign-ignore:\ntralign-ignore a,,b:\n",
	"# T\n\n<!-- tralign-ignore a, b: why -->\nText <!-- tralign-ignore c: inline --> more.\n\n<!-- tralign-ignore",
	"<!--tralign-ignore x:y--><!---->\n```\n<!-- tralign-ignore a: in code -->\n```\n`<!-- tralign-ignore b: c -->`\n",
	"= T\n\n// tralign-ignore a: why\nText.\n\n////\n// tralign-ignore b: hidden\n////\n//tralign-ignore\n",
	"<html><body><!-- tralign-ignore a: b --><p>One.</p><!-- tralign-ignore c --></body></html>",
}

// FuzzSuppressions reads any bytes in any format, checking the
// suppressions found with the other invariants.
func FuzzSuppressions(f *testing.F) {
	for i, in := range suppressionInputs {
		f.Add([]byte(in), uint8(i))
	}
	formats := []string{"plain", "markdown", "asciidoc", "html"}
	f.Fuzz(func(t *testing.T, data []byte, format uint8) {
		fuzzRead(t, "fuzz", data, read.Options{Format: formats[int(format)%len(formats)], Split: format >= 128})
	})
}

// FuzzPlain reads any bytes as plain text.
func FuzzPlain(f *testing.F) {
	for _, data := range testdataInputs(f) {
		f.Add(data)
	}
	for _, in := range suppressionInputs {
		f.Add([]byte(in))
	}
	for _, data := range seedPieces(f, 30) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.txt", data, read.Options{Format: "plain"})
	})
}

// FuzzMarkdown reads any bytes as Markdown.
func FuzzMarkdown(f *testing.F) {
	for _, data := range testdataInputs(f) {
		f.Add(data)
	}
	for _, in := range suppressionInputs {
		f.Add([]byte(in))
	}
	for _, data := range seedPieces(f, 30) {
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzRead(t, "fuzz.md", data, read.Options{Format: "markdown"})
	})
}

// FuzzSplit reads two inputs joined by blank lines as one file holding
// several versions, as plain text or Markdown.
func FuzzSplit(f *testing.F) {
	c := testdataInputs(f)
	for i, a := range c {
		b := c[(i+1)%len(c)]
		f.Add(a, b, i%2 == 0)
	}
	// Pieces of two versions of the seed: the end of one and the start
	// of the next, which is where a split must happen.
	p := seedPieces(f, 60)
	for i := 0; i+1 < len(p); i++ {
		f.Add(p[i], p[i+1], false)
	}
	f.Fuzz(func(t *testing.T, a, b []byte, markdown bool) {
		data := append(append(bytes.Clone(a), "\n\n\n"...), b...)
		opts := read.Options{Format: "plain", Split: true}
		if markdown {
			opts.Format = "markdown"
		}
		fuzzRead(t, "fuzz", data, opts)
	})
}

// checkInvariants checks what must hold for any input: the error is nil,
// a read.ErrorList or a *read.Error; documents and blocks lie in the file,
// in order and without overlap; every offset of a block's Text maps back
// into the block's span; markers lie in their block and their text is the
// file's; sentences and items tile the text.
func checkInvariants(t *testing.T, data []byte, docs []*doc.Document, err error) {
	t.Helper()
	switch err.(type) {
	case nil, read.ErrorList, *read.Error:
	default:
		t.Fatalf("error of type %T: %v", err, err)
	}
	if len(docs) == 0 && err == nil {
		t.Fatalf("no documents and no error")
	}
	if len(docs) > 0 {
		if _, ok := err.(*read.Error); ok {
			t.Fatalf("documents together with a single *read.Error (want an ErrorList): %v", err)
		}
	}
	var f *source.File
	prevDoc, prevBlock := 0, 0
	for di, d := range docs {
		if f == nil {
			f = d.File
		} else if d.File != f {
			t.Fatalf("version %d has another File", di+1)
		}
		n := len(f.Content)
		checkSpan(t, "version", d.Span, n)
		if d.Span.Start < prevDoc {
			t.Fatalf("version %d starts at %d, before the end of the previous one (%d)", di+1, d.Span.Start, prevDoc)
		}
		prevDoc = d.Span.End
		if len(d.Blocks) == 0 {
			t.Fatalf("version %d has no blocks", di+1)
		}
		for bi, b := range d.Blocks {
			where := func() string { return f.Position(b.Span.Start).String() + " " + b.Kind.String() }
			checkSpan(t, "block", b.Span, n)
			if !d.Span.Contains(b.Span) {
				t.Fatalf("%s: block span %v outside its version %v", where(), b.Span, d.Span)
			}
			if b.Span.Start < prevBlock {
				t.Fatalf("%s: block %d starts at %d, before the end of the previous block (%d)", where(), bi+1, b.Span.Start, prevBlock)
			}
			prevBlock = b.Span.End
			for i := 0; i <= len(b.Text); i++ {
				o := b.FileOffset(i)
				if o < b.Span.Start || o > b.Span.End {
					t.Fatalf("%s: text offset %d maps to %d, outside the block %v", where(), i, o, b.Span)
				}
				// Every byte of the text that is not synthetic is the
				// file's byte it maps to.
				if i < len(b.Text) && !b.Synthetic(i) && (o >= n || f.Content[o] != b.Text[i]) {
					t.Fatalf("%s: text byte %d (%q) maps to offset %d, which holds %q", where(), i, b.Text[i], o, f.Content[o:min(o+1, n)])
				}
			}
			for _, m := range b.Markers {
				checkSpan(t, "marker", m.Span, n)
				if !b.Span.Contains(m.Span) {
					t.Fatalf("%s: marker span %v outside the block %v", where(), m.Span, b.Span)
				}
				if m.Text.Start < 0 || m.Text.Start > m.Text.End || m.Text.End > len(b.Text) {
					t.Fatalf("%s: marker text span %v outside the text [0,%d]", where(), m.Text, len(b.Text))
				}
				if ft, tt := f.Text(m.Span), b.Text[m.Text.Start:m.Text.End]; ft != tt {
					t.Fatalf("%s: marker %q in the text is %q in the file", where(), tt, ft)
				}
			}
			if b.Kind != doc.Code || b.Sentences != nil {
				checkTiling(t, where()+" sentences", b.Text, b.Sentences)
			}
			if b.Kind == doc.FootnoteDef || b.Items != nil {
				checkTiling(t, where()+" items", b.Text, b.Items)
			}
		}
		for _, sp := range d.Suppressions {
			checkSpan(t, "suppression", sp.Span, n)
			if sp.Span.Start < d.Span.Start || sp.Span.Start >= d.Span.End {
				t.Fatalf("version %d: suppression at %v outside the version %v", di+1, sp.Span, d.Span)
			}
			if sp.Block < -1 || sp.Block >= len(d.Blocks) {
				t.Fatalf("version %d: suppression applies to block %d of %d", di+1, sp.Block, len(d.Blocks))
			}
			if sp.Line != f.Line(sp.Span.Start) {
				t.Fatalf("version %d: suppression on line %d, at offset %d which is line %d", di+1, sp.Line, sp.Span.Start, f.Line(sp.Span.Start))
			}
		}
		for _, i := range d.Footnotes {
			if i < 0 || i >= len(d.Blocks) || d.Blocks[i].Kind != doc.FootnoteDef {
				t.Fatalf("version %d: Footnotes holds %d, not a footnote definition", di+1, i)
			}
		}
	}
	if err != nil {
		if list, ok := err.(read.ErrorList); ok {
			if len(list) == 0 {
				t.Fatalf("empty ErrorList returned as an error")
			}
			for _, e := range list {
				if e.Pos.Filename == "" {
					t.Errorf("error without a file name: %v", e)
				}
			}
		}
	}
}

func checkSpan(t *testing.T, what string, s source.Span, n int) {
	t.Helper()
	if s.Start < 0 || s.Start > s.End || s.End > n {
		t.Fatalf("%s span %v not within [0,%d]", what, s, n)
	}
}

// checkTiling checks that spans are non-empty, in order, and tile text.
func checkTiling(t *testing.T, what, text string, spans []source.Span) {
	t.Helper()
	if text == "" {
		if len(spans) != 0 {
			t.Fatalf("%s: %d spans for empty text", what, len(spans))
		}
		return
	}
	at := 0
	for _, s := range spans {
		if s.Start != at || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("%s: span %v does not continue at %d in text of length %d: %v", what, s, at, len(text), spans)
		}
		at = s.End
	}
	if at != len(text) {
		t.Fatalf("%s: spans end at %d, text at %d: %v", what, at, len(text), spans)
	}
}
