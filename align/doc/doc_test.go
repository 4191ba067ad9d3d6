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
	if got := blk.SourceSpan(source.Span{Start: 6, End: 9}); got != (source.Span{Start: 7, End: 10}) {
		t.Errorf("SourceSpan = %+v", got)
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
