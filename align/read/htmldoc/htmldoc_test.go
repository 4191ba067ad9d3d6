package htmldoc

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

var update = flag.Bool("update", false, "rewrite the .want sections of testdata/*.txtar")

// TestGolden reads each input section of testdata/*.txtar and compares a
// dump of what was read (see dump) with the section after it.
//
// An archive holds pairs of sections: "N.html" followed by "N.want". In
// inputs, ^M stands for a carriage return and ^D at the end of the file
// for "no final newline" (see decode). With -update the want sections are
// rewritten.
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
			changed := false
			for i := 0; i+1 < len(a.Files); i += 2 {
				in, want := a.Files[i], &a.Files[i+1]
				name := strings.TrimSuffix(in.Name, ".html")
				if want.Name != name+".want" {
					t.Fatalf("mismatched pair: %s and %s", in.Name, want.Name)
				}
				t.Run(name, func(t *testing.T) {
					f := source.NewFile(in.Name, []byte(decode(string(in.Data))))
					have := dumpFile(t, f)
					if *update {
						if have != string(want.Data) {
							want.Data = []byte(have)
							changed = true
						}
						return
					}
					if have != string(want.Data) {
						t.Errorf("have:\n%s\nwant:\n%s\n(run go test -update and review the diff if the change is right)", have, want.Data)
					}
				})
			}
			if len(a.Files)%2 != 0 {
				t.Fatalf("section %s has no .want section after it", a.Files[len(a.Files)-1].Name)
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(a), 0o666); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// decode turns the visible encoding of a txtar input section into the bytes
// it stands for: ^M is a carriage return, ^D before the final newline
// means the file has none.
func decode(s string) string {
	s = strings.ReplaceAll(s, "^M", "\r")
	s = strings.ReplaceAll(s, "^D\n", "")
	return s
}

// dumpFile reads f, checks the invariants of what was read and returns a
// dump of it.
func dumpFile(t testing.TB, f *source.File) string {
	var verbatim [][]source.Span
	blocks, meta, problems := read(f, &verbatim)
	checkInvariants(t, f, blocks, problems, verbatim)
	return dump(f, blocks, meta, problems)
}

// dump writes what was read in a stable, readable form: the meta fields,
// the problems, then each block with its kind, level, number, label,
// info, id, span (line:col-line:col), text, inline parts, links and
// markers. Fields that are zero are left out.
func dump(f *source.File, blocks []*doc.Block, meta map[string]string, problems []doc.Problem) string {
	var sb strings.Builder
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "meta %s %q\n", k, meta[k])
	}
	for _, p := range problems {
		pos := f.Position(p.Offset)
		fmt.Fprintf(&sb, "problem %d:%d %s\n", pos.Line, pos.Column, p.Msg)
	}
	for i, b := range blocks {
		fmt.Fprintf(&sb, "block %d %s", i+1, b.Kind)
		if b.Level != 0 {
			fmt.Fprintf(&sb, " level=%d", b.Level)
		}
		if b.Number != 0 {
			fmt.Fprintf(&sb, " number=%d", b.Number)
		}
		if b.Label != "" {
			fmt.Fprintf(&sb, " label=%q", b.Label)
		}
		if b.Info != "" {
			fmt.Fprintf(&sb, " info=%q", b.Info)
		}
		if b.ID != "" {
			fmt.Fprintf(&sb, " id=%q", b.ID)
		}
		fmt.Fprintf(&sb, " %s\n", spanString(f, b.Span))
		fmt.Fprintf(&sb, "\t%q\n", b.Text)
		for _, in := range b.Inline {
			fmt.Fprintf(&sb, "\t%s %q\n", in.Kind, b.Text[in.Text.Start:in.Text.End])
		}
		for _, l := range b.Links {
			kind := "link"
			if l.Image {
				kind = "image"
			}
			fmt.Fprintf(&sb, "\t%s %q -> %q\n", kind, b.Text[l.Text.Start:l.Text.End], l.URL)
		}
		for _, m := range b.Markers {
			fmt.Fprintf(&sb, "\tmarker %d label=%q %s %q\n", m.Number, m.Label, spanString(f, m.Span), b.Text[m.Text.Start:m.Text.End])
		}
	}
	return sb.String()
}

func spanString(f *source.File, s source.Span) string {
	a, b := f.Position(s.Start), f.Position(s.End)
	return fmt.Sprintf("%d:%d-%d:%d", a.Line, a.Column, b.Line, b.Column)
}

// checkInvariants checks what every reading must satisfy: spans inside
// the file, blocks in order without overlap, text trimmed and mapped
// inside its block, text copied from the file equal to the file's bytes
// at the place it maps to, and the parts of the text (markers, links,
// inline code) inside it.
func checkInvariants(t testing.TB, f *source.File, blocks []*doc.Block, problems []doc.Problem, verbatim [][]source.Span) {
	t.Helper()
	n := len(f.Content)
	in := func(s source.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	inText := func(b *doc.Block, s source.Span) bool {
		return 0 <= s.Start && s.Start <= s.End && s.End <= len(b.Text)
	}
	for _, p := range problems {
		if p.Offset < 0 || p.Offset > n {
			t.Errorf("problem offset %d out of [0,%d]: %s", p.Offset, n, p.Msg)
		}
	}
	prevEnd := 0
	for i, b := range blocks {
		if !in(b.Span) {
			t.Fatalf("block %d: span %v out of [0,%d]", i+1, b.Span, n)
		}
		if b.Span.Start < prevEnd {
			t.Errorf("block %d: span %v starts before the end %d of the block before", i+1, b.Span, prevEnd)
		}
		prevEnd = b.Span.End
		if b.Text == "" || b.Text != strings.TrimSpace(b.Text) && b.Kind != doc.Code {
			t.Errorf("block %d: text %q empty or not trimmed", i+1, b.Text)
		}
		for j := 0; j <= len(b.Text); j++ {
			if o := b.FileOffset(j); o < b.Span.Start || o > b.Span.End {
				t.Fatalf("block %d: text offset %d maps to %d, outside the block %v", i+1, j, o, b.Span)
			}
		}
		if verbatim != nil {
			for _, v := range verbatim[i] {
				if !inText(b, v) {
					t.Fatalf("block %d: verbatim span %v out of the text", i+1, v)
				}
				ss := b.SourceSpan(v)
				if got, want := string(f.Content[ss.Start:ss.End]), b.Text[v.Start:v.End]; got != want {
					t.Errorf("block %d: text %q maps to %v, which holds %q", i+1, want, ss, got)
				}
			}
		}
		for _, m := range b.Markers {
			if !in(m.Span) || !inText(b, m.Text) || m.Text.Len() == 0 {
				t.Errorf("block %d: marker %+v out of range", i+1, m)
				continue
			}
			if ss := b.SourceSpan(m.Text); !m.Span.Contains(ss) {
				t.Errorf("block %d: marker text %v maps to %v, outside the marker %v", i+1, m.Text, ss, m.Span)
			}
			if !b.Span.Contains(m.Span) {
				t.Errorf("block %d: marker %v outside the block %v", i+1, m.Span, b.Span)
			}
		}
		for _, l := range b.Links {
			if !inText(b, l.Text) {
				t.Errorf("block %d: link %+v out of the text", i+1, l)
			}
		}
		for _, x := range b.Inline {
			if !inText(b, x.Text) || b.Text[x.Text.Start:x.Text.End] != x.Value {
				t.Errorf("block %d: inline %+v does not match the text", i+1, x)
			}
		}
	}
}

// TestVersions reads the language versions of the news article, each in
// the chrome of its own site, and checks that they read into the same
// sequence of blocks: the same kinds, levels, numbers and infos, with the
// same numbers of markers, links and code spans.
func TestVersions(t *testing.T) {
	a, err := txtar.ParseFile("testdata/news.txtar")
	if err != nil {
		t.Fatal(err)
	}
	shape := func(blocks []*doc.Block) string {
		var sb strings.Builder
		for _, b := range blocks {
			fmt.Fprintf(&sb, "%s level=%d number=%d info=%q markers=%d links=%d inline=%d\n",
				b.Kind, b.Level, b.Number, b.Info, len(b.Markers), len(b.Links), len(b.Inline))
		}
		return sb.String()
	}
	var first, firstName string
	for _, f := range a.Files {
		if !strings.HasSuffix(f.Name, ".html") {
			continue
		}
		blocks, _, problems := Blocks(source.NewFile(f.Name, []byte(decode(string(f.Data)))))
		if len(problems) > 0 {
			t.Errorf("%s: problems %v", f.Name, problems)
		}
		s := shape(blocks)
		if first == "" {
			first, firstName = s, f.Name
			continue
		}
		if s != first {
			t.Errorf("%s reads into\n%s\n%s into\n%s", f.Name, s, firstName, first)
		}
	}
}
