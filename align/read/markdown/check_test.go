package markdown

import (
	"testing"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// checkMapping checks that every block and every part of it lies inside
// the file, and that text copied from the file maps back to the same
// bytes.
func checkMapping(t testing.TB, f *source.File, blocks []*doc.Block) {
	t.Helper()
	n := len(f.Content)
	for i, b := range blocks {
		if b.Span.Start < 0 || b.Span.End > n || b.Span.End < b.Span.Start {
			t.Fatalf("block %d: span %v outside the file (%d bytes)", i+1, b.Span, n)
		}
		for k := 0; k < len(b.Text); k++ {
			off := b.FileOffset(k)
			if off < 0 || off > n {
				t.Fatalf("block %d: text offset %d maps to %d, outside the file", i+1, k, off)
			}
		}
		// Only spaces and line breaks are synthetic; every other byte of
		// the text is the file's byte it maps to.
		for k := 0; k < len(b.Text); k++ {
			if c := b.Text[k]; c != ' ' && c != '\n' {
				if o := b.FileOffset(k); o >= n || f.Content[o] != c {
					t.Errorf("block %d: text byte %d (%q) maps to offset %d", i+1, k, c, o)
					break
				}
			}
		}
		for _, in := range b.Inline {
			if in.Text.Start < 0 || in.Text.End > len(b.Text) || in.Text.End < in.Text.Start {
				t.Fatalf("block %d: inline %v outside the text", i+1, in.Text)
			}
		}
		for _, l := range b.Links {
			if l.Text.Start < 0 || l.Text.End > len(b.Text) || l.Text.End < l.Text.Start {
				t.Fatalf("block %d: link %v outside the text", i+1, l.Text)
			}
		}
	}
}
