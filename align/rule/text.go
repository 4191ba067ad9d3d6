package rule

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// snippet returns up to width runes of text ending at span's end (with the
// span itself), with "…" where text was cut, for evidence.
func snippet(text string, sp source.Span, width int) string {
	end := min(max(sp.End, 0), len(text))
	start := end
	n := 0
	for start > 0 && n < width {
		_, sz := utf8.DecodeLastRuneInString(text[:start])
		start -= sz
		n++
	}
	// Start at a word boundary.
	if start > 0 {
		if i := strings.IndexByte(text[start:end], ' '); i >= 0 && i < end-start-1 {
			start += i + 1
		}
	}
	s := strings.TrimSpace(text[start:end])
	if start > 0 {
		s = "…" + s
	}
	return s
}

// head returns the first width runes of s, with "…" if cut.
func head(s string, width int) string {
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= width {
		return s
	}
	n := 0
	for i := range s {
		if n == width {
			cut := s[:i]
			if j := strings.LastIndexByte(cut, ' '); j > width/2 {
				cut = cut[:j]
			}
			return strings.TrimRight(cut, " ,;:") + "…"
		}
		n++
	}
	return s
}

func whole(b *doc.Block) source.Span { return source.Span{Start: 0, End: len(b.Text)} }

func sentSpan(d *doc.Document, r bitext.Ref) source.Span {
	return d.Blocks[r.Block].Sentences[r.Index]
}

func sentText(d *doc.Document, r bitext.Ref) string {
	return d.Blocks[r.Block].SentenceText(r.Index)
}

func marker(n int) string { return fmt.Sprintf("[%d]", n) }

// kindName names a block kind for messages.
func kindName(k doc.Kind) string {
	switch k {
	case doc.FootnoteDef:
		return "footnote"
	case doc.ListItem:
		return "list item"
	case doc.TableRow:
		return "table row"
	}
	return k.String()
}
