package markdown

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// dump writes the blocks of f, their metadata and problems one per line
// (and their parts indented under them), for golden files.
func dump(f *source.File, blocks []*doc.Block, meta map[string]string, problems []doc.Problem) string {
	var b strings.Builder
	keys := make([]string, 0, len(meta))
	for k := range meta {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "meta %s=%q\n", k, meta[k])
	}
	pos := func(off int) string {
		p := f.Position(off)
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	for i, bl := range blocks {
		fmt.Fprintf(&b, "block %d %s", i+1, bl.Kind)
		if bl.Level != 0 {
			fmt.Fprintf(&b, " level=%d", bl.Level)
		}
		if bl.Number != 0 {
			fmt.Fprintf(&b, " number=%d", bl.Number)
		}
		if bl.Label != "" {
			fmt.Fprintf(&b, " label=%q", bl.Label)
		}
		if bl.Info != "" {
			fmt.Fprintf(&b, " info=%q", bl.Info)
		}
		if bl.ID != "" {
			fmt.Fprintf(&b, " id=%q", bl.ID)
		}
		fmt.Fprintf(&b, " %s-%s\n", pos(bl.Span.Start), pos(bl.Span.End))
		if bl.Text != "" {
			for _, line := range strings.Split(bl.Text, "\n") {
				fmt.Fprintf(&b, "\t| %s\n", line)
			}
		}
		for _, in := range bl.Inline {
			fmt.Fprintf(&b, "\t%s %q at %s\n", in.Kind, in.Value, pos(bl.FileOffset(in.Text.Start)))
		}
		for _, l := range bl.Links {
			what := "link"
			if l.Image {
				what = "image"
			}
			fmt.Fprintf(&b, "\t%s %q text %q\n", what, l.URL, bl.Text[l.Text.Start:l.Text.End])
		}
		for _, m := range bl.Markers {
			fmt.Fprintf(&b, "\tmarker %q at %s\n", m.Label, pos(m.Span.Start))
		}
	}
	for _, p := range problems {
		fmt.Fprintf(&b, "problem %s: %s\n", pos(p.Offset), p.Msg)
	}
	return b.String()
}
