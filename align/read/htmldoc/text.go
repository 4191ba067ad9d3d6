package htmldoc

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/tralign/tralign/align/doc"
)

// text reads a text token at file offset off.
func (r *reader) text(z *html.Tokenizer, raw []byte, off int) {
	top := r.top()
	if top != nil && top.name == "title" {
		if r.capturing {
			r.title.Write(z.Text())
		}
		return
	}
	lo := 0
	for lo < len(raw) && isSpace(raw[lo]) {
		lo++
	}
	if r.skip >= 0 {
		h := r.stack[r.skip]
		if h.name != "head" || top != h || lo == len(raw) {
			return
		}
		// Text ends the head.
		r.popTo(h.idx, off, off, false)
		top = r.top()
	}
	owner, inLeaf := r.context()
	pre := inLeaf && owner.keep
	if lo == len(raw) && !pre {
		if b := r.current(); b != nil {
			b.space(off, len(raw) == 1 && raw[0] == ' ')
		}
		return
	}
	first := off + lo
	if pre {
		// White space is part of a code block's text.
		first = off
	}
	b := r.target(first)
	raw2 := pre && top.raw
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == 0:
			i++
		case c == '&' && !raw2:
			dec, n := entity(raw[i:])
			if n == 0 {
				b.add(off+i, 1, "")
				i++
				continue
			}
			if strings.Trim(dec, spaceBytes) == "" && !pre {
				b.space(off+i, false)
			} else {
				b.add(off+i, 0, dec)
			}
			i += n
		case pre && c == '\r':
			if i+1 < len(raw) && raw[i+1] == '\n' {
				i++
				continue
			}
			b.add(off+i, 0, "\n")
			i++
		case !pre && isSpace(c):
			j := i + 1
			for j < len(raw) && isSpace(raw[j]) {
				j++
			}
			b.space(off+i, j == i+1 && c == ' ')
			i = j
		default:
			j := i + 1
			for j < len(raw) && raw[j] != 0 && (raw[j] != '&' || raw2) && !(pre && raw[j] == '\r') && (pre || !isSpace(raw[j])) {
				j++
			}
			b.add(off+i, j-i, "")
			i = j
		}
	}
	hi := len(raw)
	for hi > lo && isSpace(raw[hi-1]) {
		hi--
	}
	b.end = max(b.end, off+hi)
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// entity decodes the character reference at the start of s ("&amp;",
// "&#233;", "&copy" without its semicolon). It returns the decoded text and
// the length of the reference, or 0 if s does not start with one.
func entity(s []byte) (string, int) {
	const maxName = 40 // bytes; the longest named reference is 32 long
	i := 1
	if i < len(s) && s[i] == '#' {
		i++
		hex := i < len(s) && (s[i] == 'x' || s[i] == 'X')
		if hex {
			i++
		}
		j := i
		for j < len(s) && (s[j] >= '0' && s[j] <= '9' || hex && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'f')) {
			j++
		}
		if j == i {
			return "", 0
		}
		if j < len(s) && s[j] == ';' {
			j++
		}
		return html.UnescapeString(string(s[:j])), j
	}
	j := i
	for j < len(s) && j-i < maxName && isAlnum(s[j]) {
		j++
	}
	if j == i {
		return "", 0
	}
	if j < len(s) && s[j] == ';' {
		j++
	}
	cand := string(s[:j])
	dec := html.UnescapeString(cand)
	if dec == cand {
		return "", 0
	}
	// A reference without its semicolon may be the start of a longer
	// word ("&copy2024"): what was not part of it comes out as it went
	// in, and named references never decode to letters or digits.
	k := 0
	for k < len(dec) && k < len(cand)-1 && dec[len(dec)-1-k] == cand[len(cand)-1-k] {
		k++
	}
	return dec[:len(dec)-k], j - k
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// context returns the element whose block takes text at the top of the
// stack, and whether it is a leaf (else a container; nil = the document).
func (r *reader) context() (*elem, bool) {
	top := r.top()
	switch {
	case top == nil:
		return nil, false
	case top.own != nil:
		return top.own, true
	}
	return top.box, false
}

// current returns the block being read if it takes text at the top of the
// stack, or nil.
func (r *reader) current() *blockState {
	owner, _ := r.context()
	if r.cur != nil && r.cur.owner == owner {
		return r.cur
	}
	return nil
}

// target returns the block that takes text at the top of the stack,
// starting one at file offset off if need be: the next part of a leaf
// that a nested block interrupted, or an anonymous paragraph of text
// standing in a container.
func (r *reader) target(off int) *blockState {
	owner, inLeaf := r.context()
	if r.cur != nil && r.cur.owner == owner {
		return r.cur
	}
	r.flush()
	b := &blockState{owner: owner, kind: doc.Paragraph, start: off, end: off, mark: -1}
	if top := r.top(); top != nil {
		b.main = top.main
	}
	switch {
	case inLeaf:
		if owner.quote {
			b.kind = doc.Quote
		}
		if owner.keep {
			b.kind, b.pre = doc.Code, true
		}
	case owner != nil:
		if owner.quote {
			b.kind = doc.Quote
		}
		if !owner.dirty {
			b.start = owner.start
		}
		owner.dirty = true
	}
	r.cur = b
	r.blocks = append(r.blocks, b)
	return b
}

// flush ends the block being read.
func (r *reader) flush() {
	b := r.cur
	if b == nil {
		return
	}
	for _, rc := range b.recs {
		if rc.end < 0 {
			b.close(rc)
		}
	}
	r.cur = nil
}

// separateWords notes the boundary of a block element inside a block.
func (r *reader) separateWords(off int) {
	b := r.current()
	if b == nil {
		return
	}
	if b.pre {
		if n := len(b.pieces); n > 0 && !b.pieces[n-1].endsLine(r.src) {
			b.add(off, 0, "\n")
		}
		return
	}
	b.space(off, false)
}

// codeInfo returns the language named by the classes of a code block:
// "language-x", "lang-x", "highlight-source-x", "brush: x", "sourceCode x".
func codeInfo(class string) string {
	fs := strings.Fields(class)
	for i, f := range fs {
		lf := strings.ToLower(f)
		for _, p := range []string{"language-", "lang-", "highlight-source-"} {
			if strings.HasPrefix(lf, p) && len(f) > len(p) {
				return f[len(p):]
			}
		}
		if (lf == "brush:" || lf == "sourcecode") && i+1 < len(fs) {
			return strings.TrimSuffix(fs[i+1], ";")
		}
		if strings.HasPrefix(lf, "brush:") && len(f) > len("brush:") {
			return strings.TrimSuffix(f[len("brush:"):], ";")
		}
	}
	return ""
}
