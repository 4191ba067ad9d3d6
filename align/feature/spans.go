package feature

import (
	"strings"

	"github.com/tralign/tralign/align/source"
)

// URLSpans returns where the links and e-mail addresses of text stand in
// it, trailing punctuation left out.
func URLSpans(text string) []source.Span {
	if !mayHaveURL(text) {
		return nil
	}
	var out []source.Span
	for _, m := range urlRe.FindAllStringIndex(text, -1) {
		end := m[0] + len(strings.TrimRight(text[m[0]:m[1]], trimURLs))
		out = append(out, source.Span{Start: m[0], End: end})
	}
	return out
}
