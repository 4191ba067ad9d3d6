package htmldoc

import (
	"strings"
	"unicode/utf8"
)

// setLang records a language tag of the document: the first one found.
func (r *reader) setLang(tag string) {
	tag = strings.TrimSpace(tag)
	if tag == "" || r.meta["lang"] != "" {
		return
	}
	primary := tag
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		primary = tag[:i]
	}
	if len(primary) < 2 || len(primary) > 3 {
		return
	}
	for i := 0; i < len(primary); i++ {
		if c := primary[i] | 0x20; c < 'a' || c > 'z' {
			return
		}
	}
	r.meta["lang"] = strings.ToLower(primary)
	r.meta["locale"] = tag
}

func (r *reader) metaTag(a *attrs) {
	switch {
	case a.metaName == "description":
		if _, ok := r.meta["description"]; !ok {
			if d := collapse(a.content); d != "" {
				r.meta["description"] = d
			}
		}
	case a.httpEquiv == "content-language":
		// It may list several languages; the first is the document's.
		r.setLang(strings.Split(a.content, ",")[0])
	}
}

// binaryShare is the share of bytes that cannot be in a text file (control
// characters, bytes that are not UTF-8) above which a file is binary: one
// in binaryShare. A text file decoded from a legacy encoding has none; a
// few stray control characters are kept as text.
const binaryShare = 20

// binaryAt reports whether src looks like binary data, and the offset of
// its first byte that cannot be text.
func binaryAt(src []byte) (int, bool) {
	bad, first, n := 0, -1, 0
	for i := 0; i < len(src); {
		c := src[i]
		if c == 0 {
			return i, true
		}
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size == 1 || c < 0x20 && !isSpace(c) || c == 0x7f {
			bad++
			if first < 0 {
				first = i
			}
		}
		n++
		i += size
	}
	return first, bad > 0 && bad*binaryShare > n
}
