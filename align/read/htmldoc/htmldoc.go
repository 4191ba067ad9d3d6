// Package htmldoc reads HTML documents (saved articles, CMS exports, docs
// pages) into the blocks of the document model, keeping every part of their
// text tied to its place in the file.
//
// The file is read with the tokenizer of golang.org/x/net/html, whose
// tokens partition the file, so that the offset of every token is known.
// Blocks are built from the token stream with the parts of the HTML
// parsing rules that decide where a block ends (an open p is closed by the
// next block, a li by the next li, a td by the next cell), without the
// parser's tree, so that reading is linear in the size of the file however
// deep the elements nest.
//
// # Blocks
//
// Each p, li, h1-h6, pre, tr, dt, dd, figcaption and table caption is a
// block; so is text standing right in a div, section, blockquote or any
// other container. Blocks inside a li, dd or table row (a nested list, a
// table, a code block) are blocks of their own, read in their place; p
// and div elements inside them only separate words. Paragraphs of a
// blockquote are of kind [doc.Quote], pre elements of kind [doc.Code], table
// rows of kind [doc.TableRow] with their cells joined by " | ", dt and dd
// elements paragraphs with Info "term" and "definition", figcaption and
// caption paragraphs with Info "caption".
//
// Left out with all they hold: script, style, noscript, template, svg,
// math, iframe, object, form controls, nav, a header that is not inside an
// article, main or section (the site's banner), a footer that does not hold
// footnotes, elements with the hidden attribute, aria-hidden="true", an
// inline style that hides them, an ARIA role of site chrome (navigation,
// banner, contentinfo, search, dialog), a class of text that is not shown
// (sr-only, visually-hidden) and cookie or consent banners (a class or id
// naming a cookie, consent or GDPR).
//
// # Text
//
// White space is collapsed to single spaces and trimmed, as a browser
// shows it; in a code block it is kept, with line breaks as "\n". A br is
// a space. Character references are decoded; the decoded text is
// synthetic, standing for the reference's place in the file. Inline
// elements are dropped, and recorded: a code, kbd, samp, var or tt element
// as a [doc.Inline] of kind [doc.InlineCode], an a element with an href as
// a [doc.Link] with the span of its text, an img as an image link (its alt
// text is the block's text when the image is alone in its block).
//
// # Footnotes
//
// A link to an id in the page is a footnote marker when its text is a
// short label ("1", "[3]", "a") and it is shaped as footnotes are:
// wrapped in a sup, wrapping a sup, or marked by a class, role or
// epub:type (footnote-ref, doc-noteref, noteref). A marker whose label is
// written bare gets brackets in the text ("[1]"), so that it does not run
// into the word or number before it. The element a marker points to (a li
// of a footnotes list, a p, aside or div) is a block of kind
// [doc.FootnoteDef] numbered and labelled as its first marker; its
// backlinks (↩, a link to the marker) are left out of its text.
package htmldoc

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// attrs holds the attributes of a start tag that reading looks at.
type attrs struct {
	id, name, class, role, style, lang, href, src, alt, rel, epubType string
	start, value, content, httpEquiv, metaName                        string
	hidden, ariaHidden, open, noteRef, backRef, notes                 bool
}

func (a *attrs) set(key, val []byte) {
	switch string(key) {
	case "id":
		a.id = strings.TrimSpace(string(val))
	case "name":
		a.name = string(val)
		a.metaName = strings.ToLower(strings.TrimSpace(a.name))
	case "class":
		a.class = string(val)
	case "role":
		a.role = strings.ToLower(strings.TrimSpace(string(val)))
	case "style":
		a.style = string(val)
	case "lang", "xml:lang":
		if a.lang == "" {
			a.lang = string(val)
		}
	case "href":
		a.href = strings.TrimSpace(string(val))
	case "src":
		a.src = strings.TrimSpace(string(val))
	case "alt":
		a.alt = string(val)
	case "rel":
		a.rel = string(val)
	case "epub:type":
		a.epubType = string(val)
	case "start":
		a.start = string(val)
	case "value":
		a.value = string(val)
	case "content":
		a.content = string(val)
	case "http-equiv":
		a.httpEquiv = strings.ToLower(strings.TrimSpace(string(val)))
	case "hidden":
		a.hidden = true
	case "aria-hidden":
		a.ariaHidden = strings.EqualFold(strings.TrimSpace(string(val)), "true")
	case "open":
		a.open = true
	case "data-footnote-ref":
		a.noteRef = true
	case "data-footnote-backref":
		a.backRef = true
	case "data-footnotes":
		a.notes = true
	}
}

// elem is an open element.
type elem struct {
	name   string
	idx    int // index in the stack
	start  int // file offset of the start tag
	tagEnd int // file offset just past the start tag
	a      attrs
	cls    class

	own   *elem // the leaf whose block takes the text here; nil outside leaves
	box   *elem // the container whose anonymous paragraphs take the text here when own is nil; nil = the document
	list  *elem // the innermost open ul, ol or menu
	depth int   // lists open, this one included

	// Stack indexes of the innermost open table, scope boundary, special
	// element and special element other than address, div and p; -1 if none.
	table, scope, special, specialLi int

	section     bool // inside an article, main or section
	quote       bool // inside a blockquote
	note        bool // inside a footnote definition
	notes       bool // inside a section of footnotes
	pre         bool // white space is kept
	raw         bool // character references are not decoded (xmp, plaintext)
	code        bool // inside an inline code element
	transparent bool // a block element inside a block: it only separates words
	dirty       bool // a container in which a block has begun

	next, count int // list counters: the number of the next item, the items so far

	rec         *rec        // the record of this inline element
	recBlk      *blockState // the block rec belongs to
	containsSup bool        // an a element with a sup in it
	wrapped     int         // for a sup: 1 + the index of the marker it wraps in recBlk, or 0
}

// target is what the first marker pointing to an id says.
type target struct {
	number int
	label  string
}

type reader struct {
	src      []byte
	stack    []*elem
	open     map[string][]int // stack indexes of the open elements of each name, innermost last
	cur      *blockState      // the block being read, if any
	free     []*elem          // closed elements, to be used again
	blocks   []*blockState
	meta     map[string]string
	problems []doc.Problem
	skip     int // stack index of the outermost element being left out, or -1
	elements int // start tags read

	title     strings.Builder
	capturing bool // reading the title
	titleDone bool

	targets   map[string]target // ids that markers point to
	markerIDs map[string]bool   // ids of the marker elements, which backlinks point to
	defIDs    map[string]bool   // ids of the footnote definitions read so far
}

// Blocks reads the HTML document in f into blocks in reading order.
//
// meta holds what the head says: "lang" (the primary language subtag of
// the html element's lang, e.g. "es" for "es-MX"), "locale" (the whole
// tag), "title" and "description". problems lists what makes the reading
// doubtful (a file that is not HTML, text lost to an unclosed comment or
// script); unclosed elements, which are normal in HTML, are not problems.
func Blocks(f *source.File) (blocks []*doc.Block, meta map[string]string, problems []doc.Problem) {
	return read(f, nil)
}

// read is [Blocks]; if verbatim is not nil, it gets for each block the
// spans of its text that were copied from the file as they are.
func read(f *source.File, verbatim *[][]source.Span) (blocks []*doc.Block, meta map[string]string, problems []doc.Problem) {
	r := &reader{
		src:       f.Content,
		open:      map[string][]int{},
		meta:      map[string]string{},
		skip:      -1,
		targets:   map[string]target{},
		markerIDs: map[string]bool{},
		defIDs:    map[string]bool{},
	}
	if at, ok := binaryAt(r.src); ok {
		r.problem(at, fmt.Sprintf("binary data (byte 0x%02x): this is not an HTML text file; give the saved page, or name its encoding", r.src[at]))
	}
	r.read()
	r.resolve()
	for _, b := range r.blocks {
		var vs *[]source.Span
		if verbatim != nil {
			vs = new([]source.Span)
		}
		if blk := b.finish(r.src, vs); blk != nil {
			blocks = append(blocks, blk)
			if verbatim != nil {
				*verbatim = append(*verbatim, *vs)
			}
		}
	}
	if len(r.problems) == 0 && len(bytes.TrimSpace(r.src)) > 0 {
		switch {
		case r.elements == 0:
			r.problem(0, "no HTML elements: the file does not look like HTML; read it as plain text or Markdown")
		case len(blocks) == 0:
			r.problem(0, "no text outside scripts, hidden elements and site chrome: a page that fills itself in with JavaScript has no text in its HTML; save the page after its text has loaded")
		}
	}
	return blocks, r.meta, r.problems
}

func (r *reader) problem(off int, msg string) {
	r.problems = append(r.problems, doc.Problem{Offset: off, Msg: msg})
}

var bom = []byte("\ufeff")

func (r *reader) read() {
	off := 0
	if bytes.HasPrefix(r.src, bom) {
		off = len(bom)
	}
	z := html.NewTokenizer(bytes.NewReader(r.src[off:]))
	for {
		tt := z.Next()
		raw := z.Raw()
		start, end := off, off+len(raw)
		off = end
		switch tt {
		case html.ErrorToken:
			if start < end {
				r.problem(start, "the file ends inside a tag: the text after it may be cut off; check that the page was saved whole")
			}
			r.eof()
			return
		case html.TextToken:
			r.text(z, raw, start)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, more := z.TagName()
			nm := atom.String(name)
			var a attrs
			for more {
				var k, v []byte
				k, v, more = z.TagAttr()
				a.set(k, v)
			}
			r.startTag(nm, &a, start, end, tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			r.endTag(atom.String(name), start, end)
		case html.CommentToken:
			if end == len(r.src) && !bytes.HasSuffix(raw, []byte(">")) && len(bytes.TrimSpace(raw)) > len("<!--") {
				r.problem(start, "unclosed comment: it hides the rest of the file; close it with -->")
			}
		}
	}
}

// eof closes what is open at the end of the file.
func (r *reader) eof() {
	if top := r.top(); top != nil && rawTexts[top.name] && top.name != "plaintext" {
		if bytes.IndexByte(r.src[top.tagEnd:], '<') >= 0 {
			r.problem(top.start, fmt.Sprintf("unclosed <%s>: it hides the rest of the file; close it with </%s>", top.name, top.name))
			// What a title swallowed is not the title.
			r.capturing = false
		}
	}
	for len(r.stack) > 0 {
		r.pop(len(r.src), len(r.src), false)
	}
	r.flush()
}

func (r *reader) top() *elem {
	if len(r.stack) == 0 {
		return nil
	}
	return r.stack[len(r.stack)-1]
}

// last returns the stack index of the innermost open element named name,
// or -1.
func (r *reader) last(name string) int {
	if s := r.open[name]; len(s) > 0 {
		return s[len(s)-1]
	}
	return -1
}

// popTo closes the elements at stack index i and above; the one at i is
// closed by an end tag at [start, end) if explicit.
func (r *reader) popTo(i, start, end int, explicit bool) {
	for len(r.stack) > i+1 {
		r.pop(start, start, false)
	}
	if len(r.stack) > i {
		r.pop(start, end, explicit)
	}
}

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
	pre := top != nil && top.pre
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
	raw2 := top != nil && top.raw
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
	switch {
	case inLeaf:
		if owner.quote {
			b.kind = doc.Quote
		}
		if owner.pre {
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

func (r *reader) startTag(name string, a *attrs, start, end int, self bool) {
	r.elements++
	if top := r.top(); top != nil && top.name == "head" && !headOK[name] {
		r.popTo(top.idx, start, start, false)
	}
	switch name {
	case "html":
		r.setLang(a.lang)
		if len(r.stack) > 0 {
			return
		}
	case "body":
		r.setLang(a.lang)
		if r.last("body") >= 0 {
			return
		}
	case "head":
		if len(r.blocks) > 0 || len(r.stack) > 1 || len(r.stack) == 1 && r.stack[0].name != "html" {
			return
		}
	}
	r.implyEnd(name, start)
	if voids[name] {
		r.void(name, a, start, end)
		return
	}
	if (name == "td" || name == "th") && r.skip < 0 {
		if top := r.top(); top != nil && top.table >= 0 && r.last("tr") <= top.table {
			// A cell outside a row: the row is implied.
			r.push("tr", &attrs{}, start, start)
		}
	}
	r.push(name, a, start, end)
	if self && !rawTexts[name] {
		// "<div/>" opens a div in HTML, but a file that writes it meant
		// an empty element.
		r.pop(end, end, true)
	}
}

// implyEnd closes the elements that a start tag of name ends.
func (r *reader) implyEnd(name string, start int) {
	top := r.top()
	if top == nil {
		return
	}
	if pCloses[name] {
		if i := r.last("p"); i >= 0 && i > top.scope {
			r.popTo(i, start, start, false)
			if top = r.top(); top == nil {
				return
			}
		}
	}
	i := -1
	switch {
	case isHeading(name):
		if isHeading(top.name) {
			i = top.idx
		}
	case name == "li":
		if j := r.last("li"); j >= 0 && top.specialLi == j {
			i = j
		}
	case name == "dd" || name == "dt":
		if j := max(r.last("dd"), r.last("dt")); j >= 0 && top.specialLi == j {
			i = j
		}
	case name == "a":
		if j := r.last("a"); j >= 0 && j > top.special {
			i = j
		}
	case name == "tr":
		if j := r.last("tr"); j > top.table {
			i = j
		}
	case name == "td" || name == "th":
		if j := max(r.last("td"), r.last("th")); j > top.table {
			i = j
		}
	case name == "tbody" || name == "thead" || name == "tfoot" || name == "caption" || name == "colgroup":
		if top.table >= 0 && top.idx > top.table {
			i = top.table + 1
		}
	}
	if i >= 0 {
		r.popTo(i, start, start, false)
	}
}

func (r *reader) endTag(name string, start, end int) {
	top := r.top()
	if top == nil {
		return
	}
	switch name {
	case "body", "html":
		return
	case "br":
		r.void("br", &attrs{}, start, end)
		return
	}
	i := r.last(name)
	if i < 0 {
		return
	}
	switch {
	case name == "table":
		if i != top.table {
			return
		}
	case tableParts[name]:
		if i <= top.table {
			return
		}
	case i < top.scope:
		return
	}
	r.popTo(i, start, end, true)
}

// void reads an element that has no content.
func (r *reader) void(name string, a *attrs, start, end int) {
	if r.skip >= 0 {
		if name == "meta" && r.stack[r.skip].name == "head" {
			r.metaTag(a)
		}
		return
	}
	switch name {
	case "meta":
		r.metaTag(a)
	case "br":
		if b := r.current(); b != nil {
			if b.pre {
				b.add(start, 0, "\n")
			} else {
				b.space(start, false)
			}
			b.end = max(b.end, end)
		}
	case "hr":
		if _, inLeaf := r.context(); inLeaf {
			if b := r.current(); b != nil {
				b.space(start, false)
			}
			return
		}
		r.flush()
		if owner, _ := r.context(); owner != nil {
			owner.dirty = true
		}
	case "img":
		if a.src == "" || r.hides(a) {
			return
		}
		b := r.target(start)
		rc := b.open(recImage, start)
		rc.url, rc.alt = a.src, a.alt
		b.close(rc)
		b.end = max(b.end, end)
	}
}

func (r *reader) push(name string, a *attrs, start, end int) *elem {
	parent := r.top()
	var e *elem
	if n := len(r.free); n > 0 {
		e, r.free = r.free[n-1], r.free[:n-1]
	} else {
		e = new(elem)
	}
	*e = elem{name: name, idx: len(r.stack), start: start, tagEnd: end, a: *a, table: -1, scope: -1, special: -1, specialLi: -1}
	if p := parent; p != nil {
		e.own, e.box, e.list, e.depth = p.own, p.box, p.list, p.depth
		e.table, e.scope, e.special, e.specialLi = p.table, p.scope, p.special, p.specialLi
		e.section, e.quote, e.note, e.notes, e.pre, e.raw, e.code = p.section, p.quote, p.note, p.notes, p.pre, p.raw, p.code
	}
	if name == "table" {
		e.table = e.idx
	}
	if scopes[name] {
		e.scope = e.idx
	}
	if specials[name] {
		e.special = e.idx
		if name != "address" && name != "div" && name != "p" {
			e.specialLi = e.idx
		}
	}
	r.stack = append(r.stack, e)
	r.open[name] = append(r.open[name], e.idx)
	if name == "title" && !r.titleDone && (r.skip < 0 || r.stack[r.skip].name == "head") {
		r.capturing = true
	}
	if r.skip >= 0 {
		e.cls = skipped
		return e
	}
	if r.leftOut(e, parent) {
		e.cls = skipped
		r.skip = e.idx
		return e
	}
	r.place(e, parent)
	return e
}

// leftOut reports whether e is left out with all it holds.
func (r *reader) leftOut(e, parent *elem) bool {
	name, a := e.name, &e.a
	if skips[name] {
		return true
	}
	switch name {
	case "html", "body":
		return false
	case "header":
		if parent == nil || !parent.section {
			return true
		}
	case "footer":
		if !isNotes(name, a) {
			return true
		}
	case "dialog":
		if !a.open {
			return true
		}
	}
	return r.hides(a)
}

// hides reports whether the attributes a hide an element or mark it as
// site chrome.
func (r *reader) hides(a *attrs) bool {
	if a.hidden || a.ariaHidden || chromeRoles[a.role] || anyToken(a.class, chromeClasses) {
		return true
	}
	if a.style != "" {
		s := strings.ToLower(strings.Join(strings.Fields(a.style), ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	for _, w := range chromeWords {
		if containsLower(a.class, w) || containsLower(a.id, w) {
			return true
		}
	}
	return false
}

// isNotes reports whether an element holds a list of footnotes.
func isNotes(name string, a *attrs) bool {
	if a.class == "" && a.id == "" && a.role == "" && a.epubType == "" && !a.notes {
		return false
	}
	if a.notes || a.role == "doc-endnotes" || hasToken(a.epubType, "footnotes") || hasToken(a.epubType, "endnotes") || hasToken(a.epubType, "rearnotes") {
		return true
	}
	if anyToken(a.class, notesClasses) || name == "ol" && hasToken(a.class, "references") {
		return true
	}
	return equalLower(a.id, "footnotes") || equalLower(a.id, "endnotes")
}

// defElems are the elements that can be footnote definitions.
var defElems = newSet("li", "p", "div", "aside", "section", "dd")

// isDef reports whether e, which can be one, is a footnote definition.
func (r *reader) isDef(e, parent *elem) bool {
	a := &e.a
	if a.id == "" && a.role == "" && a.epubType == "" {
		return e.name == "li" && parent != nil && parent.notes
	}
	if a.role == "doc-footnote" || a.role == "doc-endnote" || hasToken(a.epubType, "footnote") || hasToken(a.epubType, "endnote") || hasToken(a.epubType, "rearnote") {
		return true
	}
	if isNotes(e.name, a) {
		return false
	}
	if a.id != "" {
		if _, ok := r.targets[a.id]; ok {
			return true
		}
		if defID(e.name, a.id) {
			return true
		}
	}
	return e.name == "li" && parent != nil && parent.notes
}

// place decides the class of an element that is not left out and starts
// or ends blocks for it.
func (r *reader) place(e, parent *elem) {
	name, a := e.name, &e.a
	switch name {
	case "ul", "ol", "menu", "dir":
		e.list, e.depth, e.next = e, e.depth+1, 1
		if n, ok := atoi(a.start); ok && name == "ol" {
			e.next = n
		}
	case "blockquote":
		e.quote = true
	case "article", "main", "section":
		e.section = true
	case "pre", "listing", "xmp", "plaintext":
		e.pre = true
		e.raw = name == "xmp" || name == "plaintext"
	}
	if isNotes(name, a) {
		e.notes = true
	}
	def := defElems[name] && r.isDef(e, parent)
	switch {
	case def || leaves[name]:
		e.cls = leaf
	case name == "td" || name == "th":
		e.cls = cell
		if parent != nil && parent.own != nil && parent.own.name == "tr" {
			e.own = parent.own
			if b := r.current(); b != nil {
				b.separate(e.start)
			}
			return
		}
		e.cls = container
	case containers[name]:
		e.cls = container
	default:
		e.cls = inline
		r.placeInline(e, parent)
		return
	}
	inLeaf := parent != nil && parent.own != nil
	if inLeaf && !splitters[name] && !def {
		e.own, e.transparent = parent.own, true
		r.separateWords(e.start)
		return
	}
	r.flush()
	if !inLeaf && parent != nil && parent.box != nil {
		parent.box.dirty = true
	}
	if e.cls == container {
		e.own, e.box = nil, e
		return
	}
	e.own = e
	r.newLeaf(e, def)
}

// separateWords notes the boundary of a block element inside a block.
func (r *reader) separateWords(off int) {
	b := r.current()
	if b == nil {
		return
	}
	if b.pre {
		if n := len(b.pieces); n > 0 && !strings.HasSuffix(b.text(r.src, b.pieces[n-1]), "\n") {
			b.add(off, 0, "\n")
		}
		return
	}
	b.space(off, false)
}

func (r *reader) newLeaf(e *elem, def bool) {
	a := &e.a
	b := &blockState{owner: e, kind: doc.Paragraph, start: e.start, end: e.tagEnd, pre: e.pre, elemID: a.id, mark: -1}
	if e.name == "li" && e.list != nil {
		l := e.list
		l.count++
		n := l.next
		if v, ok := atoi(a.value); ok {
			n = v
		}
		l.next = n + 1
		b.ordinal = l.count
		if l.name == "ol" {
			b.ordinal = n
		}
	}
	switch {
	case def:
		b.kind, b.def = doc.FootnoteDef, true
		e.note = true
		if a.id != "" {
			r.defIDs[a.id] = true
		}
	case isHeading(e.name):
		b.kind, b.level, b.id = doc.Heading, int(e.name[1]-'0'), a.id
	case e.name == "li":
		b.kind, b.level = doc.ListItem, max(1, e.depth)
		if e.list != nil && e.list.name == "ol" {
			b.number = b.ordinal
		}
	case e.pre:
		b.kind, b.info = doc.Code, codeInfo(a.class)
	case e.name == "tr":
		b.kind = doc.TableRow
	case e.name == "dt":
		b.info = "term"
	case e.name == "dd":
		b.info = "definition"
	case e.name == "figcaption" || e.name == "caption":
		b.info = "caption"
	case e.quote:
		b.kind = doc.Quote
	}
	r.cur = b
	r.blocks = append(r.blocks, b)
}

// atoi reads the integer value of an attribute.
func atoi(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimSpace(s))
	return n, err == nil
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

// anchorID returns the id of an inline element, or the name of an a
// element, which marks a place in the page.
func anchorID(name string, a *attrs) string {
	if a.id != "" {
		return a.id
	}
	if name == "a" {
		return strings.TrimSpace(a.name)
	}
	return ""
}

// placeInline starts the record of an inline element that needs one.
func (r *reader) placeInline(e, parent *elem) {
	name, a := e.name, &e.a
	if name == "sup" && parent != nil && parent.name == "a" {
		parent.containsSup = true
	}
	if id := anchorID(name, a); id != "" {
		if b := r.current(); b != nil {
			switch {
			case b.kind == doc.Heading && b.id == "":
				// <h2><span id="x">...</span></h2>
				b.id = id
			case b.def:
				// Word names the place of a note on a link inside it.
				b.aliases = append(b.aliases, id)
				r.defIDs[id] = true
			}
		}
	}
	var kind recKind
	switch {
	case name == "a":
		if a.href == "" {
			return
		}
		kind = recLink
	case name == "sup":
		kind = recSup
	case codes[name]:
		if e.pre {
			if b := r.current(); b != nil && b.kind == doc.Code && b.info == "" {
				b.info = codeInfo(a.class)
			}
			return
		}
		if e.code {
			return
		}
		e.code = true
		kind = recCode
	default:
		return
	}
	b := r.target(e.start)
	e.rec, e.recBlk = b.open(kind, e.start), b
	b.end = max(b.end, e.tagEnd)
}

// pop closes the element on top of the stack, whose end tag (if explicit)
// is at [start, end).
func (r *reader) pop(start, end int, explicit bool) {
	e := r.top()
	r.closeElem(e, start, end, explicit)
	if r.cur != nil && r.cur.owner == e {
		r.flush()
	}
	// Nothing refers to a closed element any more: keep it for the next.
	*e = elem{}
	r.free = append(r.free, e)
}

func (r *reader) closeElem(e *elem, start, end int, explicit bool) {
	r.stack = r.stack[:len(r.stack)-1]
	s := r.open[e.name]
	r.open[e.name] = s[:len(s)-1]
	if e.name == "title" && r.capturing {
		r.capturing, r.titleDone = false, true
		if t := collapse(r.title.String()); t != "" {
			r.meta["title"] = t
		}
	}
	if e.idx == r.skip {
		r.skip = -1
	}
	if e.cls == skipped {
		return
	}
	b := r.cur
	switch {
	case b == nil:
	case explicit:
		if b.owner == e.own || b.owner == e.box {
			b.end = max(b.end, end)
		}
	default:
		// Closed by what follows it: it ends where its content does.
		end = b.end
	}
	switch {
	case e.rec != nil:
		if b != nil && b == e.recBlk && e.rec.end < 0 {
			r.closeInline(e, b, end)
		}
	case e.transparent:
		if b != nil && b.owner == e.own {
			r.separateWords(start)
		}
	case e.own == e:
		if b != nil && b.owner == e {
			if explicit {
				b.end = end
			}
			r.flush()
		}
	case e.box == e && e.own == nil:
		if b != nil && b.owner == e {
			if explicit && b.start == e.start {
				b.end = end
			}
			r.flush()
		}
	}
}

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
