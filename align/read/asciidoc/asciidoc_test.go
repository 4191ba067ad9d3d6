package asciidoc

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

// TestGolden reads each "NAME.adoc" section of testdata/*.txtar and
// compares a dump of what Blocks returns (see dump) with the "NAME.want"
// section after it. In inputs, ^M stands for a carriage return, ^B for a
// byte order mark and ^D at the end for "no final newline" (see decode).
// With -update the want sections are rewritten.
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
			for i := 0; i < len(a.Files); i += 2 {
				in := a.Files[i]
				name, ok := strings.CutSuffix(in.Name, ".adoc")
				if !ok {
					t.Fatalf("section %s: want NAME.adoc", in.Name)
				}
				if i+1 >= len(a.Files) || a.Files[i+1].Name != name+".want" {
					t.Fatalf("section %s has no %s.want section after it", in.Name, name)
				}
				want := &a.Files[i+1]
				t.Run(name, func(t *testing.T) {
					data := []byte(decode(string(in.Data)))
					f := source.NewFile(in.Name, data)
					blocks, meta, problems, trace := read(f)
					check(t, f, blocks, problems, trace)
					have := dump(f, blocks, meta, problems)
					if have == string(want.Data) {
						return
					}
					if *update {
						want.Data = []byte(have)
						changed = true
						return
					}
					t.Errorf("have:\n%s\nwant:\n%s\n(run go test -update and review the diff if the change is right)", have, want.Data)
				})
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// read is Blocks with the synthetic parts of each block's text recorded.
func read(f *source.File) ([]*doc.Block, map[string]string, []doc.Problem, map[*doc.Block][]source.Span) {
	p := newParser(f)
	p.trace = map[*doc.Block][]source.Span{}
	p.run()
	return p.out, p.meta, p.problems, p.trace
}

// decode turns the escapes of a test input into the bytes they stand for.
func decode(s string) string {
	s = strings.ReplaceAll(s, "^M", "\r")
	s = strings.ReplaceAll(s, "^B", "\uFEFF")
	s = strings.TrimSuffix(s, "^D\n")
	return s
}

// dump writes what was read in a stable, reviewable form: the meta
// fields, the problems, then each block with its kind, level, number,
// label, info, id and place in the file, its text (one "|" line per line
// of a code block), and its inline parts, links and markers, each with
// the place in the file its text maps to.
func dump(f *source.File, blocks []*doc.Block, meta map[string]string, problems []doc.Problem) string {
	var sb strings.Builder
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&sb, "meta %s=%q\n", k, meta[k])
	}
	for _, pr := range problems {
		pos := f.Position(pr.Offset)
		fmt.Fprintf(&sb, "problem %d:%d %s\n", pos.Line, pos.Column, pr.Msg)
	}
	for i, b := range blocks {
		fmt.Fprintf(&sb, "block %d %s level=%d number=%d", i+1, b.Kind, b.Level, b.Number)
		if b.Label != "" {
			fmt.Fprintf(&sb, " label=%q", b.Label)
		}
		if b.Info != "" {
			fmt.Fprintf(&sb, " info=%q", b.Info)
		}
		if b.ID != "" {
			fmt.Fprintf(&sb, " id=%q", b.ID)
		}
		fmt.Fprintf(&sb, " %s\n", span(f, b.Span))
		for _, l := range strings.Split(b.Text, "\n") {
			fmt.Fprintf(&sb, "\t| %s\n", l)
		}
		for _, in := range b.Inline {
			text := b.Text[in.Text.Start:in.Text.End]
			fmt.Fprintf(&sb, "\t%s %s %q", in.Kind, place(f, b, in.Text), text)
			if in.Value != text {
				fmt.Fprintf(&sb, " value=%q", in.Value)
			}
			sb.WriteString("\n")
		}
		for _, l := range b.Links {
			kind := "link"
			if l.Image {
				kind = "image"
			}
			fmt.Fprintf(&sb, "\t%s %s %q url=%q\n", kind, place(f, b, l.Text), b.Text[l.Text.Start:l.Text.End], l.URL)
		}
		for _, m := range b.Markers {
			before := b.Text[:m.Text.Start]
			if r := []rune(before); len(r) > 16 {
				before = "…" + string(r[len(r)-16:])
			}
			fmt.Fprintf(&sb, "\tmarker %d label=%q after %q file %s %q\n", m.Number, m.Label, before, span(f, m.Span), shorten(f.Text(m.Span), 40))
		}
	}
	return sb.String()
}

// span writes s as "line:col-line:col", the end exclusive.
func span(f *source.File, s source.Span) string {
	a, b := f.Position(s.Start), f.Position(s.End)
	return fmt.Sprintf("%d:%d-%d:%d", a.Line, a.Column, b.Line, b.Column)
}

// place writes where text span s of b starts in the file, "@line:col".
func place(f *source.File, b *doc.Block, s source.Span) string {
	p := f.Position(b.SourceSpan(s).Start)
	return fmt.Sprintf("@%d:%d", p.Line, p.Column)
}

func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// check verifies what must hold for any input: every span is in range,
// every part of a block's text that is not synthetic maps back to the same
// bytes of the file and inside the block, inline parts, links and markers
// are in order inside the text, body blocks follow one another without
// overlapping and footnote definitions come last, numbered from 1.
func check(t testing.TB, f *source.File, blocks []*doc.Block, problems []doc.Problem, trace map[*doc.Block][]source.Span) {
	t.Helper()
	n := len(f.Content)
	inFile := func(s source.Span) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }
	for _, pr := range problems {
		if pr.Offset < 0 || pr.Offset > n || pr.Msg == "" {
			t.Errorf("problem %+v out of range or empty", pr)
		}
	}
	prevEnd, notes := 0, 0
	for i, b := range blocks {
		if !inFile(b.Span) {
			t.Errorf("block %d: span %v outside the file (%d bytes)", i+1, b.Span, n)
			continue
		}
		if b.Kind == doc.FootnoteDef {
			notes++
			if b.Number != notes {
				t.Errorf("block %d: footnote numbered %d, want %d", i+1, b.Number, notes)
			}
		} else {
			if notes > 0 {
				t.Errorf("block %d: a %s after the footnote definitions", i+1, b.Kind)
			}
			if b.Span.Start < prevEnd {
				t.Errorf("block %d: span %v starts before the end of the block before it (%d)", i+1, b.Span, prevEnd)
			}
			prevEnd = b.Span.End
		}
		// Cut the text into runs: synthetic parts, and the file text
		// between them.
		synth := trace[b]
		pos := 0
		// checkRun checks text that is not synthetic: each byte maps to
		// the same byte of the file, inside the block, and each piece
		// taken whole from the file maps back to that piece.
		checkRun := func(lo, hi int) {
			for k := lo; k < hi; {
				e := k + 1
				for e < hi && b.FileOffset(e) == b.FileOffset(e-1)+1 {
					e++
				}
				ss := b.SourceSpan(source.Span{Start: k, End: e})
				if !inFile(ss) || !b.Span.Contains(ss) {
					t.Errorf("block %d: text %q maps to %v, outside the block %v", i+1, b.Text[k:e], ss, b.Span)
				} else if got := f.Text(ss); got != b.Text[k:e] {
					t.Errorf("block %d: text %q maps to %v, which holds %q", i+1, b.Text[k:e], ss, got)
				}
				k = e
			}
		}
		for _, s := range synth {
			if s.Start < pos || s.End > len(b.Text) || s.Start >= s.End {
				t.Errorf("block %d: synthetic span %v out of order or range", i+1, s)
				continue
			}
			checkRun(pos, s.Start)
			if off := b.FileOffset(s.Start); off < b.Span.Start || off > b.Span.End {
				t.Errorf("block %d: synthetic %q maps to %d, outside the block %v", i+1, b.Text[s.Start:s.End], off, b.Span)
			}
			pos = s.End
		}
		checkRun(pos, len(b.Text))
		inText := func(what string, s source.Span, prev int) int {
			if s.Start < prev || s.Start > s.End || s.End > len(b.Text) {
				t.Errorf("block %d: %s span %v out of order or outside the text (%d bytes)", i+1, what, s, len(b.Text))
			}
			return s.Start
		}
		prev := 0
		for _, in := range b.Inline {
			prev = inText("inline", in.Text, prev)
		}
		prev = 0
		for _, l := range b.Links {
			prev = inText("link", l.Text, prev)
		}
		prev = 0
		for _, m := range b.Markers {
			prev = inText("marker", m.Text, prev)
			if m.Text.Start != m.Text.End {
				t.Errorf("block %d: marker text %v is not an insertion point", i+1, m.Text)
			}
			if !inFile(m.Span) || !strings.HasPrefix(f.Text(m.Span), "footnote") || !strings.HasSuffix(f.Text(m.Span), "]") {
				t.Errorf("block %d: marker span %v is not a footnote macro", i+1, m.Span)
			}
		}
	}
}
