package asciidoc

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// maxNesting caps how deeply delimited blocks are read inside delimited
// blocks. Books nest two or three levels (a listing in an example in a
// sidebar); a delimiter line deeper than this is read as text, so that a
// hostile input cannot exhaust the stack.
const maxNesting = 32

// Blocks reads the AsciiDoc document in f into blocks in reading order.
//
// The blocks are the body's blocks followed by one footnote definition per
// footnote, in the order of their first reference. meta holds the
// document title ("title") and the attribute entries of the header, keys
// in lower case. problems lists what could not be read as written
// (unclosed delimited blocks and footnote brackets), ordered by offset;
// reading goes on after each.
func Blocks(f *source.File) (blocks []*doc.Block, meta map[string]string, problems []doc.Problem) {
	p := newParser(f)
	p.run()
	return p.out, p.meta, p.problems
}

// parser reads one file.
type parser struct {
	s        string
	lines    []line
	i        int             // the next line to read
	open     map[string]bool // the delimiter lines of the delimited blocks being read
	out      []*doc.Block
	notes    []*doc.Block   // footnote definitions, in order of first reference
	named    map[string]int // number of each named footnote
	meta     map[string]string
	problems []doc.Problem
	pend     attrs  // block attributes, anchor and title waiting for a block
	id       string // an anchor waiting for the first block of its element
	body     bool   // a body block was read: attribute entries no longer go to meta
	inHeader bool

	// trace, when not nil, records the synthetic parts of each block's
	// text, for tests.
	trace map[*doc.Block][]source.Span
}

func newParser(f *source.File) *parser {
	s := string(f.Content)
	return &parser{
		s:     s,
		lines: splitLines(s),
		open:  map[string]bool{},
		named: map[string]int{},
		meta:  map[string]string{},
	}
}

func (p *parser) run() {
	p.header()
	p.blocks(ctx{})
	p.out = append(p.out, p.notes...)
	sort.SliceStable(p.problems, func(i, j int) bool { return p.problems[i].Offset < p.problems[j].Offset })
}

// text returns line k without its line break and trailing blanks.
func (p *parser) text(k int) string { return p.s[p.lines[k].start:p.lines[k].end] }

func (p *parser) problem(off int, format string, args ...any) {
	p.problems = append(p.problems, doc.Problem{Offset: off, Msg: fmt.Sprintf(format, args...)})
}

// ctx is what the enclosing delimited blocks say about the blocks inside.
type ctx struct {
	info  string // the admonition around the blocks ("note", "tip"); "" if none
	quote bool   // inside a quote block: paragraphs are quotes
	depth int    // number of enclosing delimited blocks
}

// newTarget starts the text of blk.
func (p *parser) newTarget(blk *doc.Block) *target {
	return &target{blk: blk, trace: p.trace != nil}
}

// finish sets the text of t's block.
func (p *parser) finish(t *target) {
	t.b.Finish(t.blk)
	if p.trace != nil {
		p.trace[t.blk] = t.synth
	}
}

// add appends blk to the body. A block of running text left with no text
// (a paragraph holding only an index term) is dropped.
func (p *parser) add(c ctx, blk *doc.Block) {
	if blk.Kind.IsProse() && blk.Text == "" && len(blk.Markers) == 0 && len(blk.Links) == 0 {
		return
	}
	if blk.ID == "" {
		blk.ID = p.id
	}
	p.id = ""
	if blk.Info == "" && c.info != "" && (blk.Kind == doc.Paragraph || blk.Kind == doc.ListItem || blk.Kind == doc.Quote) {
		blk.Info = c.info
	}
	if !p.inHeader {
		p.body = true
	}
	p.out = append(p.out, blk)
}

// take returns the pending block attributes for the block starting now
// and clears them. A pending block title becomes a caption block.
func (p *parser) take(c ctx) attrs {
	a := p.pend
	p.pend = attrs{}
	if a.id != "" {
		p.id = a.id
	}
	if a.title != nil {
		p.caption(c, *a.title)
	}
	return a
}

// caption adds the block title on line l (".Title") as a paragraph with
// Info "caption".
func (p *parser) caption(c ctx, l line) {
	blk := &doc.Block{Kind: doc.Paragraph, Info: "caption", Span: source.Span{Start: l.start, End: l.end}}
	v := newVtext(l.start + 1)
	v.add(p.s, l.start+1, l.end)
	p.inline(blk, v, -1)
	p.add(c, blk)
}

// inline reads the inline markup of v into blk's text. With termEnd >= 0,
// v holds a description list term up to termEnd and its description after
// it, joined by a synthetic separator.
func (p *parser) inline(blk *doc.Block, v *vtext, termEnd int) {
	v.done()
	t := p.newTarget(blk)
	sc := newScanner(p, v)
	if termEnd < 0 {
		sc.scan(t, 0, len(v.s))
	} else {
		sc.scan(t, 0, termEnd)
		if termEnd < len(v.s) {
			sep := ": "
			if termEnd > 0 && strings.IndexByte(".:?!", v.s[termEnd-1]) >= 0 {
				sep = " "
			}
			t.synthetic(sep, v.fileOf(termEnd))
			sc.scan(t, termEnd+1, len(v.s))
		}
	}
	p.finish(t)
}

// footnote records a footnote reference at the current end of t's text:
// a marker, and for a first reference a footnote definition whose text is
// v.s[a:b]. label is the footnote's name ("" for an unnamed footnote);
// span is the macro in the file.
func (p *parser) footnote(sc *scanner, t *target, label string, a, b int, span source.Span) {
	pos := t.b.Len()
	m := doc.Marker{Span: span, Text: source.Span{Start: pos, End: pos}, Label: label}
	if label != "" {
		if n, ok := p.named[label]; ok {
			m.Number = n
			t.blk.Markers = append(t.blk.Markers, m)
			return
		}
		if a == b {
			p.problem(span.Start, "footnote %q is referenced before its text is given: give its text at its first reference", label)
			t.blk.Markers = append(t.blk.Markers, m)
			return
		}
	} else if a == b {
		p.problem(span.Start, "empty footnote: write its text between the brackets")
	}
	n := len(p.notes) + 1
	if label == "" {
		label = strconv.Itoa(n)
	} else {
		p.named[label] = n
	}
	m.Number, m.Label = n, label
	t.blk.Markers = append(t.blk.Markers, m)
	def := &doc.Block{Kind: doc.FootnoteDef, Number: n, Label: label, Span: source.Span{Start: sc.v.fileOf(a), End: sc.v.fileOf(b)}}
	p.notes = append(p.notes, def)
	dt := p.newTarget(def)
	sc.scan(dt, a, b)
	p.finish(dt)
}

// header reads the document header: attribute entries, the document title
// "= Title", an author line and a revision line, up to the first blank
// line.
func (p *parser) header() {
	p.inHeader = true
	defer func() { p.inHeader = false }()
	for p.i < len(p.lines) {
		t := p.text(p.i)
		if t == "" || isComment(t) {
			p.i++
			continue
		}
		if !p.attrEntry(t) {
			break
		}
	}
	if p.i >= len(p.lines) {
		return
	}
	t := p.text(p.i)
	level, lo, hi, ok := sectionTitle(t)
	if !ok || level != 1 || t[0] != '=' {
		return
	}
	p.heading(ctx{}, level, lo, hi)
	for k := 0; p.i < len(p.lines); {
		t := p.text(p.i)
		if t == "" {
			break
		}
		if isComment(t) {
			p.i++
			continue
		}
		if p.attrEntry(t) {
			continue
		}
		if kind, _, _ := delimiter(t); k >= 2 || kind != notDelim || isAttrLine(t) {
			break
		}
		l := p.lines[p.i]
		key := "author"
		if k == 1 {
			key = "revision"
		}
		p.meta[key] = t
		blk := &doc.Block{Kind: doc.Byline, Span: source.Span{Start: l.start, End: l.end}}
		v := newVtext(l.start)
		v.add(p.s, l.start, l.end)
		p.inline(blk, v, -1)
		p.add(ctx{}, blk)
		k++
		p.i++
	}
}

// attrEntry reads the attribute entry on line p.i, if it is one, with its
// continuation lines (a value ending in " \" goes on on the next line).
// Before the first body block it goes to meta.
func (p *parser) attrEntry(t string) bool {
	name, value, unset, ok := attrEntry(t)
	if !ok {
		return false
	}
	p.i++
	for (value == "\\" || strings.HasSuffix(value, " \\")) && p.i < len(p.lines) {
		value = strings.TrimSpace(strings.TrimSuffix(value, "\\")) + " " + strings.TrimSpace(p.text(p.i))
		value = strings.TrimSpace(value)
		p.i++
	}
	if !p.body {
		if unset {
			delete(p.meta, name)
		} else {
			p.meta[name] = value
		}
	}
	return true
}

// listState numbers the items of the list being read.
type listState struct {
	styles []string // marker styles of the open levels, outermost first
	counts []int    // ordinal of the last item of each open level
}

func (ls *listState) active() bool { return len(ls.styles) > 0 }

func (ls *listState) reset() { ls.styles, ls.counts = ls.styles[:0], ls.counts[:0] }

// item places an item with marker m in the list: a marker style seen at an
// open level goes back to that level, a new one opens a level below.
// start is the first number of a new ordered list (0: 1).
func (ls *listState) item(m listMark, start int) (level, number int) {
	k := -1
	for j, st := range ls.styles {
		if st == m.style {
			k = j
			break
		}
	}
	if k < 0 {
		ls.styles = append(ls.styles, m.style)
		ls.counts = append(ls.counts, max(start, 1))
		k = len(ls.styles) - 1
	} else {
		ls.styles, ls.counts = ls.styles[:k+1], ls.counts[:k+1]
		ls.counts[k]++
	}
	if m.number > 0 {
		ls.counts[k] = m.number
	}
	if m.ordered {
		number = ls.counts[k]
	}
	return k + 1, number
}

// blocks reads blocks up to the end of the file or up to a line that
// closes one of the delimited blocks being read.
func (p *parser) blocks(c ctx) {
	var ls listState
	attached := false // a list continuation "+" attaches the next block to the list item
	blank := false    // a blank line came after the last block
	// endList ends the list unless the block starting now belongs to it.
	endList := func(keep bool) {
		if !attached && !keep {
			ls.reset()
		}
		attached, blank = false, false
	}
	for p.i < len(p.lines) {
		t := p.text(p.i)
		if t == "" {
			blank = true
			p.i++
			continue
		}
		kind, key, lang := delimiter(t)
		if kind != notDelim && p.open[t] {
			break
		}
		if kind != notDelim && (c.depth < maxNesting || !recursive(kind)) {
			endList(false)
			p.delimited(c, kind, key, lang)
			continue
		}
		if isComment(t) {
			// A comment line after a blank line separates two lists.
			if blank && !attached {
				ls.reset()
			}
			p.i++
			continue
		}
		if p.attrEntry(t) {
			continue
		}
		id, anchor := blockAnchor(t)
		_, title := blockTitle(t)
		if anchor || title || isAttrLine(t) {
			// Attributes after a blank line belong to a block that is
			// not part of the list.
			if blank && !attached {
				ls.reset()
			}
			switch {
			case anchor:
				p.pend.id = id
			case title:
				l := p.lines[p.i]
				p.pend.title = &l
			default:
				parseAttrLine(t, &p.pend)
			}
			p.i++
			continue
		}
		if t == "+" {
			if ls.active() {
				attached = true
			}
			p.i++
			continue
		}
		indented := isBlank(t[0])
		if !indented {
			if level, lo, hi, ok := sectionTitle(t); ok {
				endList(false)
				p.heading(c, level, lo, hi)
				continue
			}
			if isBreak(t) {
				endList(false)
				p.pend = attrs{}
				p.i++
				continue
			}
			if name, lo, hi, ok := blockMacro(t); ok {
				endList(false)
				p.macro(c, name, lo, hi)
				continue
			}
		}
		if m, ok := listItem(t); ok {
			endList(true)
			p.listItem(c, &ls, m)
			continue
		}
		endList(blank && indented && ls.active())
		if indented {
			p.codePara(c, p.take(c), ls.active(), true)
		} else {
			p.paragraph(c, ls.active())
		}
	}
	if p.pend.title != nil {
		p.take(c)
	}
	p.pend = attrs{}
}

// recursive reports whether blocks of kind k hold blocks.
func recursive(k delimKind) bool {
	return k == dSidebar || k == dExample || k == dQuote || k == dOpen
}

// delimited reads the delimited block whose opening line is p.i.
func (p *parser) delimited(c ctx, kind delimKind, key, lang string) {
	a := p.take(c)
	style := strings.ToLower(a.style)
	code := func(info string) { p.verbatim(c, kind, key, doc.Code, info, false) }
	switch kind {
	case dListing, dLiteral:
		if style == "source" || (kind == dListing && a.lang != "") {
			code(p.sourceLang(a))
		} else {
			code("")
		}
	case dFenced:
		code(lang)
	case dPass:
		p.verbatim(c, kind, key, doc.Markup, passInfo(style), false)
	case dComment:
		p.verbatim(c, kind, key, doc.Markup, "", true)
	case dTable:
		p.table(c, key, a)
	case dOpen:
		switch style {
		case "source", "listing":
			code(p.sourceLang(a))
			return
		case "literal":
			code("")
			return
		case "pass", "stem", "latexmath", "asciimath":
			p.verbatim(c, kind, key, doc.Markup, passInfo(style), false)
			return
		case "comment":
			p.verbatim(c, kind, key, doc.Markup, "", true)
			return
		}
		p.compound(c, kind, key, a)
	default:
		p.compound(c, kind, key, a)
	}
}

// sourceLang returns the language of a source block: its second
// positional attribute, or the document's source-language.
func (p *parser) sourceLang(a attrs) string {
	if a.lang != "" {
		return a.lang
	}
	return p.meta["source-language"]
}

func passInfo(style string) string {
	switch style {
	case "stem", "latexmath", "asciimath":
		return "stem"
	}
	return "pass"
}

// closeBlock ends the delimited block of kind opened on line open with
// delimiter key: it consumes the closing line or reports that it is
// missing.
func (p *parser) closeBlock(kind delimKind, key string, open int) (closed bool) {
	delete(p.open, key)
	if p.i < len(p.lines) && p.text(p.i) == key {
		p.i++
		return true
	}
	p.problem(p.lines[open].start, "%s block is not closed: add a line %q after its last line", delimNames[kind], key)
	return false
}

// skipToClose moves p.i to the next line that closes an open delimited
// block, or to the end.
func (p *parser) skipToClose() {
	for p.i < len(p.lines) {
		t := p.text(p.i)
		if t != "" && p.open[t] {
			if kind, _, _ := delimiter(t); kind != notDelim {
				return
			}
		}
		p.i++
	}
}

// verbatim reads a block whose lines are kept as they are (listing,
// literal, passthrough, comment) into one block of kind k, or drops it.
func (p *parser) verbatim(c ctx, kind delimKind, key string, k doc.Kind, info string, drop bool) {
	open := p.i
	p.open[key] = true
	p.i++
	first := p.i
	p.skipToClose()
	last := p.i
	closed := p.closeBlock(kind, key, open)
	if drop {
		return
	}
	end := p.lines[open].end
	if closed {
		end = p.lines[p.i-1].end
	} else if last > first {
		end = p.lines[last-1].end
	}
	blk := &doc.Block{Kind: k, Info: info, Span: source.Span{Start: p.lines[open].start, End: end}}
	p.codeText(blk, first, last, 0)
	p.add(c, blk)
}

// codeText sets blk's text to lines [first, last), each without its first
// indent bytes, joined with synthetic line breaks.
func (p *parser) codeText(blk *doc.Block, first, last, indent int) {
	t := p.newTarget(blk)
	for k := first; k < last; k++ {
		l := p.lines[k]
		if k > first {
			t.synthetic("\n", p.lines[k-1].end)
		}
		lo := min(l.start+indent, l.end)
		t.b.Append(p.s[lo:l.end], lo)
	}
	p.finish(t)
}

// compound reads a delimited block that holds blocks: example, sidebar,
// quote and open blocks. An admonition style gives its blocks their Info;
// a quote block makes its paragraphs quotes.
func (p *parser) compound(c ctx, kind delimKind, key string, a attrs) {
	open := p.i
	child := c
	child.depth++
	if info := admonitions[a.style]; info != "" {
		child.info = info
	}
	switch strings.ToLower(a.style) {
	case "quote", "verse":
		child.quote = true
	}
	if kind == dQuote {
		child.quote = true
	}
	p.open[key] = true
	p.i++
	p.blocks(child)
	p.closeBlock(kind, key, open)
}

// heading reads the section title on line p.i, its text at [lo, hi) of
// the line.
func (p *parser) heading(c ctx, level, lo, hi int) {
	p.take(c)
	l := p.lines[p.i]
	p.i++
	t := p.s[l.start:l.end]
	blk := &doc.Block{Kind: doc.Heading, Level: level, Span: source.Span{Start: l.start, End: l.end}}
	// An anchor at the end of the title: "== Title [[id]]".
	if strings.HasSuffix(t[:hi], "]]") {
		if k := strings.LastIndex(t[lo:hi], "[["); k > 0 && isBlank(t[lo+k-1]) {
			if id, ok := blockAnchor(t[lo+k : hi]); ok {
				blk.ID = id
				hi = rtrim(t, lo, lo+k)
			}
		}
	}
	v := newVtext(l.start + lo)
	v.add(p.s, l.start+lo, l.start+hi)
	p.inline(blk, v, -1)
	if level == 1 && !p.body && p.meta["title"] == "" {
		p.meta["title"] = blk.Text
	}
	p.add(c, blk)
}

// macro reads the block macro on line p.i ("include::x.adoc[]",
// "image::x.png[Alt]"): a Markup block named after the macro whose text is
// the target. Conditional preprocessor lines are dropped.
func (p *parser) macro(c ctx, name string, lo, hi int) {
	l := p.lines[p.i]
	p.i++
	switch name {
	case "ifdef", "ifndef", "ifeval", "endif":
		return
	}
	p.take(c)
	blk := &doc.Block{Kind: doc.Markup, Info: name, Span: source.Span{Start: l.start, End: l.end}}
	t := p.newTarget(blk)
	t.b.Append(p.s[l.start+lo:l.start+hi], l.start+lo)
	if name == "image" {
		blk.Links = append(blk.Links, doc.Link{URL: p.s[l.start+lo : l.start+hi], Text: source.Span{Start: 0, End: hi - lo}, Image: true})
	}
	p.finish(t)
	p.add(c, blk)
}

// ends reports whether line t ends the paragraph or list item text before
// it: a blank line, a delimiter, a block attribute or anchor line, a list
// continuation, or, in a list, a list item.
func ends(t string, inList bool) bool {
	if t == "" || t == "+" || isAttrLine(t) {
		return true
	}
	if kind, _, _ := delimiter(t); kind != notDelim {
		return true
	}
	if _, ok := blockAnchor(t); ok {
		return true
	}
	if name, _, _, ok := blockMacro(t); ok && name == "include" {
		return true
	}
	if inList {
		if _, ok := listItem(t); ok {
			return true
		}
	}
	return false
}

// addLine adds line l from byte lo on to v, without a hard line break
// " +" at its end.
func (p *parser) addLine(v *vtext, l line, lo int) {
	hi := l.end
	if hi-lo >= 2 && p.s[hi-1] == '+' && isBlank(p.s[hi-2]) {
		hi = rtrim(p.s, lo, hi-1)
	}
	v.add(p.s, lo, hi)
}

// moreLines adds the lines after p.i that continue a paragraph or list
// item to v, skipping comment lines, and returns the end of the last one.
func (p *parser) moreLines(v *vtext, end int, inList bool) int {
	for p.i < len(p.lines) {
		t := p.text(p.i)
		if ends(t, inList) {
			break
		}
		if !isComment(t) && !isConditional(t) {
			l := p.lines[p.i]
			p.addLine(v, l, ltrim(p.s, l.start, l.end))
			end = l.end
		}
		p.i++
	}
	return end
}

// paragraph reads the paragraph starting on line p.i.
func (p *parser) paragraph(c ctx, inList bool) {
	a := p.take(c)
	style := strings.ToLower(a.style)
	switch style {
	case "source", "listing", "literal":
		if style == "literal" {
			a.lang = ""
		} else {
			a.lang = p.sourceLang(a)
		}
		p.codePara(c, a, inList, false)
		return
	case "pass", "stem", "latexmath", "asciimath", "comment":
		first := p.i
		p.i++
		p.moreLines(newVtext(0), 0, inList)
		if style != "comment" {
			blk := &doc.Block{Kind: doc.Markup, Info: passInfo(style), Span: source.Span{Start: p.lines[first].start, End: p.lines[p.i-1].end}}
			p.codeText(blk, first, p.i, 0)
			p.add(c, blk)
		}
		return
	}
	l := p.lines[p.i]
	t := p.text(p.i)
	blk := &doc.Block{Kind: doc.Paragraph}
	if c.quote || style == "quote" || style == "verse" {
		blk.Kind = doc.Quote
	}
	if info := admonitions[a.style]; info != "" {
		blk.Info = info
	}
	lo := l.start
	if info, k, ok := admonitionLabel(t); ok && blk.Info == "" {
		blk.Info, lo = info, l.start+k
	}
	v := newVtext(lo)
	p.addLine(v, l, lo)
	p.i++
	end := p.moreLines(v, l.end, inList)
	blk.Span = source.Span{Start: l.start, End: end}
	p.inline(blk, v, -1)
	p.add(c, blk)
}

// codePara reads a paragraph kept as it is written, a Code block: an
// indented (literal) paragraph, whose common indentation is dropped when
// strip is set, or a paragraph styled [source] or [literal].
func (p *parser) codePara(c ctx, a attrs, inList, strip bool) {
	first := p.i
	p.i++
	for p.i < len(p.lines) && !ends(p.text(p.i), inList) {
		p.i++
	}
	indent := 0
	if strip {
		indent = -1
		for k := first; k < p.i; k++ {
			l := p.lines[k]
			if n := ltrim(p.s, l.start, l.end) - l.start; indent < 0 || n < indent {
				indent = n
			}
		}
	}
	blk := &doc.Block{Kind: doc.Code, Info: a.lang, Span: source.Span{Start: p.lines[first].start + indent, End: p.lines[p.i-1].end}}
	p.codeText(blk, first, p.i, indent)
	p.add(c, blk)
}

// listItem reads the list item starting on line p.i, marked by m.
func (p *parser) listItem(c ctx, ls *listState, m listMark) {
	a := p.take(c)
	l := p.lines[p.i]
	t := p.text(p.i)
	level, number := ls.item(m, a.start)
	blk := &doc.Block{Kind: doc.ListItem, Level: level, Number: number}
	v := newVtext(l.start + m.start)
	termEnd := -1
	if m.dlist {
		v.add(p.s, l.start+m.start, l.start+m.termEnd)
		termEnd = m.termEnd - m.start
		if m.text < len(t) {
			p.addLine(v, l, l.start+m.text)
		}
	} else {
		lo := m.text
		if !m.ordered && len(t) > lo+4 && t[lo] == '[' && t[lo+2] == ']' && isBlank(t[lo+3]) && strings.IndexByte(" xX*", t[lo+1]) >= 0 {
			lo = ltrim(t, lo+4, len(t))
		}
		p.addLine(v, l, l.start+lo)
	}
	p.i++
	end := p.moreLines(v, l.end, true)
	if m.dlist && len(v.segs) == 1 {
		// "term::" alone: the description is the paragraph below.
		j := p.i
		for j < len(p.lines) && p.text(j) == "" {
			j++
		}
		if j < len(p.lines) {
			if nt := p.text(j); !ends(nt, true) && !isComment(nt) && !isStructural(nt) {
				p.i = j
				nl := p.lines[j]
				p.addLine(v, nl, ltrim(p.s, nl.start, nl.end))
				p.i++
				end = p.moreLines(v, nl.end, true)
			}
		}
	}
	blk.Span = source.Span{Start: l.start + m.start, End: end}
	p.inline(blk, v, termEnd)
	p.add(c, blk)
}

// isConditional reports whether t is a conditional preprocessor line
// ("ifdef::name[]", "endif::[]"), which is dropped wherever it stands.
func isConditional(t string) bool {
	name, _, _, ok := blockMacro(t)
	return ok && (name == "ifdef" || name == "ifndef" || name == "ifeval" || name == "endif")
}

// isStructural reports whether t starts a block of its own that a
// description cannot be: a section or block title, an attribute entry, a
// block macro or a break.
func isStructural(t string) bool {
	if _, _, _, ok := sectionTitle(t); ok {
		return true
	}
	if _, ok := blockTitle(t); ok {
		return true
	}
	if _, _, _, ok := attrEntry(t); ok {
		return true
	}
	if _, _, _, ok := blockMacro(t); ok {
		return true
	}
	return isBreak(t)
}
