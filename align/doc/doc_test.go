package doc

import (
	"testing"

	"github.com/tralign/tralign/align/source"
)

func TestBuilderOffsets(t *testing.T) {
	// File: "ab\r\ncd [1]" read as one block "ab cd [1]".
	var b Builder
	b.Append("ab", 0)
	b.AppendSynthetic(" ", 2)
	b.Append("cd [1]", 4)
	blk := &Block{Span: source.Span{Start: 0, End: 10}}
	b.Finish(blk)
	if blk.Text != "ab cd [1]" {
		t.Fatalf("Text = %q", blk.Text)
	}
	tests := []struct{ text, file int }{
		{0, 0}, {1, 1}, {2, 2}, {3, 4}, {5, 6}, {9, 10}, {-1, 0}, {99, 10},
	}
	for _, tt := range tests {
		if got := blk.FileOffset(tt.text); got != tt.file {
			t.Errorf("FileOffset(%d) = %d, want %d", tt.text, got, tt.file)
		}
	}
	spans := []struct{ text, file source.Span }{
		{source.Span{Start: 6, End: 9}, source.Span{Start: 7, End: 10}},
		// "ab" ends where the first line ends: not past the line break.
		{source.Span{Start: 0, End: 2}, source.Span{Start: 0, End: 2}},
		// "ab " ends on the synthetic space: at the line break.
		{source.Span{Start: 0, End: 3}, source.Span{Start: 0, End: 2}},
		{source.Span{Start: 3, End: 5}, source.Span{Start: 4, End: 6}},
		{source.Span{Start: 4, End: 4}, source.Span{Start: 5, End: 5}},
	}
	for _, sp := range spans {
		if got := blk.SourceSpan(sp.text); got != sp.file {
			t.Errorf("SourceSpan(%+v) = %+v, want %+v", sp.text, got, sp.file)
		}
	}
}

func TestKindString(t *testing.T) {
	for _, k := range Kinds() {
		if k.String() == "unknown" || k.String() == "" {
			t.Errorf("kind %d has no name", k)
		}
	}
	if Kind(200).String() != "unknown" {
		t.Error("out-of-range kind should be unknown")
	}
}
