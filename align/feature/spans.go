package feature

import (
	"strings"

	"github.com/tralign/tralign/align/source"
)

// URLSpans returns where the links and e-mail addresses of text stand in
// it, trailing punctuation left out.
func URLSpans(text string) []source.Span {
	sps := linkSpans(text)
	if len(sps) == 0 {
		return nil
	}
	out := make([]source.Span, len(sps))
	for i, sp := range sps {
		end := sp.lo + len(strings.TrimRight(text[sp.lo:sp.hi], trimURLs))
		out[i] = source.Span{Start: sp.lo, End: end}
	}
	return out
}
