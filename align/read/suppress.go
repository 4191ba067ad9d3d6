package read

import (
	"bytes"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// ignoreWord starts a suppression comment.
const ignoreWord = "tralign-ignore"

// ParseSuppression parses what a suppression comment says after its
// comment markers: "tralign-ignore RULE[, RULE...]: reason". ok is false
// when s is not a suppression at all; rules is empty when it names none,
// and reason "" when it gives none.
func ParseSuppression(s string) (rules []string, reason, text string, ok bool) {
	s = strings.TrimSpace(s)
	rest, found := strings.CutPrefix(s, ignoreWord)
	if !found || rest != "" && rest[0] != ':' && rest[0] != ' ' && rest[0] != '\t' {
		return nil, "", "", false
	}
	text = strings.TrimSpace(rest)
	ids, why, _ := strings.Cut(text, ":")
	for _, id := range strings.Split(ids, ",") {
		if id = strings.TrimSpace(id); id != "" {
			rules = append(rules, id)
		}
	}
	return rules, strings.TrimSpace(why), text, true
}

// suppression is a comment found in a file, before it is given to a
// version and a block.
type suppression struct {
	doc.Suppression
}

func newSuppression(f *source.File, start, end int, body string) (suppression, bool) {
	rules, reason, text, ok := ParseSuppression(body)
	if !ok {
		return suppression{}, false
	}
	return suppression{doc.Suppression{Rules: rules, Reason: reason, Text: text, Span: source.Span{Start: start, End: end}, Line: f.Line(start), Block: -1}}, true
}

// htmlSuppressions finds the "<!-- tralign-ignore ... -->" comments of a
// Markdown or HTML file.
func htmlSuppressions(f *source.File) []suppression {
	var out []suppression
	c := f.Content
	for off := 0; ; {
		i := bytes.Index(c[off:], []byte("<!--"))
		if i < 0 {
			return out
		}
		start := off + i
		j := bytes.Index(c[start+4:], []byte("-->"))
		if j < 0 {
			return out
		}
		end := start + 4 + j + 3
		if s, ok := newSuppression(f, start, end, string(c[start+4:end-3])); ok {
			out = append(out, s)
		}
		off = end
	}
}

// lineSuppressions finds the suppressions written on lines of their own:
// after "//" in AsciiDoc (prefix "//"; "////" opens a comment block), or
// alone in plain text (prefix "").
func lineSuppressions(f *source.File, lines []line, prefix string) []suppression {
	var out []suppression
	inBlock := false // inside a "////" comment block of AsciiDoc
	for _, l := range lines {
		t := strings.TrimSpace(l.text)
		if prefix != "" && len(t) >= 4 && strings.Trim(t, "/") == "" {
			inBlock = !inBlock
			continue
		}
		if inBlock {
			continue
		}
		if prefix != "" {
			var ok bool
			if t, ok = strings.CutPrefix(t, prefix); !ok || strings.HasPrefix(t, "/") {
				continue
			}
		}
		if s, ok := newSuppression(f, l.start, l.end(), t); ok {
			out = append(out, s)
		}
	}
	return out
}

// blankSuppressions blanks the lines of plain text that hold a
// suppression, so that they neither become text nor join the paragraph
// they stand before, and returns the suppressions.
func blankSuppressions(f *source.File, lines []line) []suppression {
	sups := lineSuppressions(f, lines, "")
	k := 0
	for i := range lines {
		if k < len(sups) && lines[i].start == sups[k].Span.Start {
			lines[i].text = ""
			k++
		}
	}
	return sups
}

// findSuppressions returns the suppression comments of a file read in
// format; plain text has its own (see blankSuppressions).
func findSuppressions(f *source.File, format string) []suppression {
	switch format {
	case "markdown", "html":
		return htmlSuppressions(f)
	case "asciidoc":
		return lineSuppressions(f, splitLines(f.Content), "//")
	}
	return nil
}

// attachSuppressions gives each version the suppressions that stand in
// it, each with the block it applies to: the block it stands in, or the
// next block of the version. A comment inside a block whose text holds it
// is text (an example in code), not a suppression.
func attachSuppressions(docs []*doc.Document, sups []suppression) {
	for _, d := range docs {
		order := make([]int, len(d.Blocks))
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return d.Blocks[order[a]].Span.Start < d.Blocks[order[b]].Span.Start })
		for _, s := range sups {
			if s.Span.Start < d.Span.Start || s.Span.Start >= d.Span.End {
				continue
			}
			// The first block that ends after the comment starts.
			k := sort.Search(len(order), func(k int) bool { return d.Blocks[order[k]].Span.End > s.Span.Start })
			if k < len(order) {
				b := d.Blocks[order[k]]
				if b.Span.Start <= s.Span.Start && (b.Kind == doc.Code || strings.Contains(b.Text, ignoreWord)) {
					continue // shown as text, not a comment
				}
				s.Block = order[k]
			}
			d.Suppressions = append(d.Suppressions, s.Suppression)
		}
	}
}
