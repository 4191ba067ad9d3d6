package htmldoc

import (
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/doc"
)

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
	main        bool // inside the main content: a main element or role=main
	quote       bool // inside a blockquote
	note        bool // inside a footnote definition
	notes       bool // inside a section of footnotes
	raw         bool // character references are not decoded (xmp, plaintext)
	keep        bool // a leaf whose block is a code block: white space is kept
	code        bool // inside an inline code element
	transparent bool // a block element inside a block: it only separates words
	dirty       bool // a container in which a block has begun

	next, count int // list counters: the number of the next item, the items so far

	rec         *rec        // the record of this inline element
	recBlk      *blockState // the block rec belongs to
	containsSup bool        // an a element with a sup in it
	wrapped     int         // for a sup: 1 + the index of the marker it wraps in recBlk, or 0
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
		e.section, e.main, e.quote, e.note, e.notes, e.raw, e.code = p.section, p.main, p.quote, p.note, p.notes, p.raw, p.code
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
	case "xmp", "plaintext":
		e.raw = true
	}
	if isNotes(name, a) {
		e.notes = true
	}
	if name == "main" || a.role == "main" {
		e.main = true
		r.mains++
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

func (r *reader) newLeaf(e *elem, def bool) {
	a := &e.a
	b := &blockState{owner: e, kind: doc.Paragraph, start: e.start, end: e.tagEnd, main: e.main, elemID: a.id, mark: -1}
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
	case preElems[e.name]:
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
	// A list item or a row inside a pre is not code: its white space
	// collapses.
	b.pre, e.keep = b.kind == doc.Code, b.kind == doc.Code
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
		if e.own != nil && e.own.keep {
			// The code of a code block, perhaps naming its language.
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
		// An end tag inside a block is part of it; a container's own
		// end tag is part of a paragraph of its text only if the
		// paragraph is all the container holds (see below).
		if (b.owner == e.own || b.owner == e.box) && b.owner != e {
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
