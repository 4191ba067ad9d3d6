package asciidoc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// vtext is the text of one block before its inline markup is read: its
// lines, indentation and trailing blanks trimmed, joined with '\n', with
// a map back to the file. Inline markup may run across lines, so it is
// read on this string; each '\n' becomes a synthetic space in the block's
// text.
type vtext struct {
	s    string
	segs []vseg
	base int // file offset standing for the text when it has no segment
	cur  int // index of the segment last looked up: lookups move forward
	buf  []byte
}

// vseg is one piece of a vtext taken from the file.
type vseg struct {
	v    int // byte offset in vtext.s, starting at 0
	file int // byte offset of the same byte in the file
	n    int // length in bytes
}

func newVtext(base int) *vtext { return &vtext{base: base} }

// add appends src[lo:hi], the file bytes at [lo, hi), as a new line.
func (v *vtext) add(src string, lo, hi int) {
	if len(v.segs) > 0 {
		v.buf = append(v.buf, '\n')
	}
	v.segs = append(v.segs, vseg{v: len(v.buf), file: lo, n: hi - lo})
	v.buf = append(v.buf, src[lo:hi]...)
}

// done makes the text readable; call it after the last add.
func (v *vtext) done() {
	v.s = string(v.buf)
	v.buf = nil
}

// seg returns the index of the segment holding pos: the one whose bytes or
// following line break hold it.
func (v *vtext) seg(pos int) int {
	k := v.cur
	for k+1 < len(v.segs) && pos > v.segs[k].v+v.segs[k].n {
		k++
	}
	for k > 0 && pos < v.segs[k].v {
		k--
	}
	v.cur = k
	return k
}

// fileOf maps an offset of v.s, in [0, len(v.s)], to the file. A line
// break maps to the end of the line before it.
func (v *vtext) fileOf(pos int) int {
	if len(v.segs) == 0 {
		return v.base
	}
	sg := v.segs[v.seg(pos)]
	return sg.file + min(max(pos-sg.v, 0), sg.n)
}

// trim returns [lo, hi) without blanks and line breaks at either end.
func (v *vtext) trim(lo, hi int) (int, int) {
	for lo < hi && isSpace(v.s[lo]) {
		lo++
	}
	for hi > lo && isSpace(v.s[hi-1]) {
		hi--
	}
	return lo, hi
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// target is a block whose text is being built.
type target struct {
	blk   *doc.Block
	b     doc.Builder
	trace bool          // record the synthetic parts of the text
	synth []source.Span // the synthetic parts of the text, when traced
}

// synthetic appends s, which stands for file offset off but has no bytes
// of its own there.
func (t *target) synthetic(s string, off int) {
	if t.trace {
		t.synth = append(t.synth, source.Span{Start: t.b.Len(), End: t.b.Len() + len(s)})
	}
	t.b.AppendSynthetic(s, off)
}

// maxInlineDepth caps how deeply inline markup is read inside inline
// markup (bold inside a link inside a footnote ...). Real text nests
// three or four levels; deeper text is kept as it is written, so that a
// hostile input cannot exhaust the stack.
const maxInlineDepth = 32

// finder kinds: each finds the first place, at or after an offset, where a
// span of inline markup may close. Queries for one kind come in increasing
// order, so each kind scans the text once.
const (
	fStrong2 = iota // "**"
	fStrong1        // "*" closing a constrained span
	fEmph2          // "__"
	fEmph1          // "_"
	fMark2          // "##"
	fMark1          // "#"
	fMono2          // "``"
	fMono1          // "`"
	fPlus3          // "+++"
	fPlus2          // "++"
	fPlus1          // "+" closing a constrained span
	fSup            // "^"
	fSub            // "~"
	fSpace          // a blank or a line break
	fCurlyD         // "`\"" closing a curved double quote
	fCurlyS         // "`'" closing a curved single quote
	fXref           // ">>"
	fIdx3           // ")))"
	fIdx2           // "))"
	fDollar         // "$$"
	nFinders
)

// finder caches the answer to the last query of one kind: the first match
// at or after from is at (-1: none up to the end of the text).
type finder struct {
	from, at int
	ok       bool
}

// scanner reads the inline markup of one vtext into targets.
type scanner struct {
	p     *parser
	v     *vtext
	s     string
	pair  []int32 // for '[' and ']', the offset of the matching bracket, -1 if none; nil if the text has no brackets
	fnd   [nFinders]finder
	depth int
	table bool // "\|" stands for "|" (a table cell)
}

func newScanner(p *parser, v *vtext) *scanner {
	return &scanner{p: p, v: v, s: v.s, pair: brackets(v.s)}
}

// brackets matches square brackets, innermost first, skipping escaped
// ones ("\[", "\]"). Offsets are kept in 32 bits: in a text longer than
// doc.MaxText, whose block the reader refuses, no bracket is matched.
func brackets(s string) []int32 {
	if strings.IndexByte(s, '[') < 0 || len(s) > doc.MaxText {
		return nil
	}
	m := make([]int32, len(s))
	var stack []int32
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) && (s[i+1] == '[' || s[i+1] == ']') {
				m[i+1] = -1
				i++
			}
		case '[':
			m[i] = -1
			stack = append(stack, int32(i))
		case ']':
			m[i] = -1
			if n := len(stack); n > 0 {
				o := stack[n-1]
				stack = stack[:n-1]
				m[o], m[i] = int32(i), o
			}
		}
	}
	return m
}

// closing returns the offset of the ']' matching the '[' at lb if it is
// before hi, or -1.
func (sc *scanner) closing(lb, hi int) int {
	if sc.pair == nil || lb >= len(sc.s) || sc.s[lb] != '[' {
		return -1
	}
	rb := int(sc.pair[lb])
	if rb < 0 || rb >= hi {
		return -1
	}
	return rb
}

// find returns the first offset at or after from where a match of kind k
// starts, or -1.
func (sc *scanner) find(k, from int) int {
	f := &sc.fnd[k]
	if f.ok && from >= f.from && (f.at < 0 || from <= f.at) {
		return f.at
	}
	at := -1
	for j := from; j < len(sc.s); j++ {
		if sc.matches(k, j) {
			at = j
			break
		}
	}
	*f = finder{from: from, at: at, ok: true}
	return at
}

func (sc *scanner) matches(k, j int) bool {
	s := sc.s
	at := func(lit string) bool { return strings.HasPrefix(s[j:], lit) }
	// closes reports whether the c at j can close a constrained span: it
	// follows a non-blank and no word character follows it.
	closes := func(c byte) bool {
		return s[j] == c && j > 0 && !isSpace(s[j-1]) && !sc.wordAt(j+1)
	}
	switch k {
	case fStrong2:
		return at("**")
	case fStrong1:
		return closes('*')
	case fEmph2:
		return at("__")
	case fEmph1:
		return closes('_')
	case fMark2:
		return at("##")
	case fMark1:
		return closes('#')
	case fMono2:
		return at("``")
	case fMono1:
		return closes('`') && (j+1 >= len(s) || (s[j+1] != '"' && s[j+1] != '\'' && s[j+1] != '`'))
	case fPlus3:
		return at("+++")
	case fPlus2:
		return at("++")
	case fPlus1:
		return closes('+') && s[j-1] != '\\'
	case fSup:
		return s[j] == '^'
	case fSub:
		return s[j] == '~'
	case fSpace:
		return isSpace(s[j])
	case fCurlyD:
		return at("`\"") && !isSpace(s[j-1]) && !sc.wordAt(j+2)
	case fCurlyS:
		return at("`'") && !isSpace(s[j-1]) && !sc.wordAt(j+2)
	case fXref:
		return at(">>")
	case fIdx3:
		return at(")))")
	case fIdx2:
		return at("))")
	case fDollar:
		return at("$$")
	}
	return false
}

// wordAt reports whether a word character (letter, digit, mark or
// underscore) starts at offset j.
func (sc *scanner) wordAt(j int) bool {
	if j >= len(sc.s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(sc.s[j:])
	return isWordRune(r)
}

// wordBefore reports whether a word character ends just before offset j.
func (sc *scanner) wordBefore(j int) bool {
	if j <= 0 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(sc.s[:j])
	return isWordRune(r)
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// frame is one call of scan: the text between lo and hi goes to t, and the
// bytes since run are plain text not yet appended.
type frame struct {
	t      *target
	lo, hi int
	run    int
}

// flush appends the plain text from f.run up to to.
func (sc *scanner) flush(f *frame, to int) {
	if f.run < to {
		sc.emit(f.t, f.run, to)
	}
	f.run = to
}

// emit appends v.s[lo:hi] to t as it is, line breaks as spaces.
func (sc *scanner) emit(t *target, lo, hi int) {
	v := sc.v
	for lo < hi {
		sg := v.segs[v.seg(lo)]
		end := sg.v + sg.n
		if lo < end {
			e := min(hi, end)
			t.b.Append(sc.s[lo:e], sg.file+lo-sg.v)
			lo = e
			continue
		}
		t.synthetic(" ", sg.file+sg.n)
		lo++
	}
}

// scan reads the inline markup of v.s[lo:hi] into t.
func (sc *scanner) scan(t *target, lo, hi int) {
	if lo >= hi {
		return
	}
	if sc.depth >= maxInlineDepth {
		sc.emit(t, lo, hi)
		return
	}
	sc.depth++
	f := &frame{t: t, lo: lo, hi: hi, run: lo}
	for i := lo; i < hi; {
		if next := sc.step(f, i); next > i {
			i = next
			continue
		}
		i++
	}
	sc.flush(f, hi)
	sc.depth--
}

// step reads the inline markup starting at i, if any, and returns the
// offset after it; otherwise it returns -1 and the byte at i is plain
// text.
func (sc *scanner) step(f *frame, i int) int {
	switch c := sc.s[i]; c {
	case '\\':
		return sc.escape(f, i)
	case '`':
		return sc.backtick(f, i)
	case '"', '\'':
		return sc.curved(f, i)
	case '*', '_', '#':
		return sc.quoted(f, i, c)
	case '^', '~':
		return sc.supsub(f, i, c)
	case '+':
		return sc.plus(f, i)
	case '[':
		return sc.anchor(f, i)
	case '<':
		return sc.angle(f, i)
	case '(':
		return sc.indexTerm(f, i)
	case '{':
		return sc.attrRef(f, i)
	case '$':
		return sc.dollars(f, i)
	case '@':
		return sc.email(f, i)
	default:
		if isASCIILetter(c) {
			return sc.macro(f, i)
		}
	}
	return -1
}

// escape reads a backslash that keeps the markup after it from being read:
// "\*not bold*", "\{name}", "\<<id>>", "\https://x". The backslash is
// dropped and the next byte kept as text.
func (sc *scanner) escape(f *frame, i int) int {
	if i+1 >= f.hi {
		return -1
	}
	c := sc.s[i+1]
	if strings.IndexByte("*_`#+^~{[]<(", c) < 0 && !(c == '|' && sc.table) && !(isASCIILetter(c) && sc.macroAt(i+1) != "") {
		return -1
	}
	sc.flush(f, i)
	f.run = i + 1
	return i + 2
}

// role returns where the markup at i starts: at the '[' of a role or
// attribute list just before it ("[.role]#text#"), if that list is still
// plain text of this frame, else at i.
func (sc *scanner) role(f *frame, i int) int {
	if i == 0 || sc.s[i-1] != ']' || sc.pair == nil {
		return i
	}
	if m := int(sc.pair[i-1]); m >= 0 && m >= f.run && m >= f.lo && m+1 < i-1 {
		return m
	}
	return i
}

// opens reports whether a constrained span may open at i (its markup
// starting at start): no word character before it and no blank after it.
func (sc *scanner) opens(start, i int, f *frame) bool {
	if i+1 >= f.hi || isSpace(sc.s[i+1]) {
		return false
	}
	if start > 0 && strings.IndexByte(";:}", sc.s[start-1]) >= 0 {
		return false
	}
	return !sc.wordBefore(start)
}

// quoted reads bold ("*x*", "**x**"), italic ("_x_", "__x__") and
// highlighted ("#x#", "##x##") text: the markup is dropped, the text kept.
func (sc *scanner) quoted(f *frame, i int, c byte) int {
	double, single := fStrong2, fStrong1
	switch c {
	case '_':
		double, single = fEmph2, fEmph1
	case '#':
		double, single = fMark2, fMark1
	}
	start := sc.role(f, i)
	if i+1 < f.hi && sc.s[i+1] == c {
		if j := sc.find(double, i+3); j >= 0 && j+2 <= f.hi {
			sc.flush(f, start)
			sc.scan(f.t, i+2, j)
			f.run = j + 2
			return j + 2
		}
	}
	if !sc.opens(start, i, f) {
		return -1
	}
	j := sc.find(single, i+2)
	if j < 0 || j >= f.hi {
		return -1
	}
	sc.flush(f, start)
	sc.scan(f.t, i+1, j)
	f.run = j + 1
	return j + 1
}

// supsub reads superscript "^x^" and subscript "~x~": no blank inside.
func (sc *scanner) supsub(f *frame, i int, c byte) int {
	k := fSup
	if c == '~' {
		k = fSub
	}
	j := sc.find(k, i+2)
	if j < 0 || j >= f.hi {
		return -1
	}
	if w := sc.find(fSpace, i+1); w >= 0 && w < j {
		return -1
	}
	start := sc.role(f, i)
	sc.flush(f, start)
	sc.scan(f.t, i+1, j)
	f.run = j + 1
	return j + 1
}

// backtick reads code "`x`", "“x“" (and "`+x+`", whose text is x), and
// the apostrophe "`'" after a word.
func (sc *scanner) backtick(f *frame, i int) int {
	s := sc.s
	if i+1 < f.hi && s[i+1] == '\'' && sc.wordBefore(i) {
		sc.flush(f, i)
		f.run = i + 1
		return i + 1
	}
	start := sc.role(f, i)
	if i+1 < f.hi && s[i+1] == '`' {
		if j := sc.find(fMono2, i+3); j >= 0 && j+2 <= f.hi {
			return sc.code(f, start, i+2, j, j+2, true)
		}
	}
	if !sc.opens(start, i, f) || (start > 0 && strings.IndexByte("\"'`", s[start-1]) >= 0) {
		return -1
	}
	j := sc.find(fMono1, i+2)
	if j < 0 || j >= f.hi {
		return -1
	}
	return sc.code(f, start, i+1, j, j+1, true)
}

// code appends v.s[a:b] as a code span; the markup around it, from start
// to next, is dropped. With plus, "+x+" inside the markup is x.
func (sc *scanner) code(f *frame, start, a, b, next int, plus bool) int {
	if plus && b-a >= 2 && sc.s[a] == '+' && sc.s[b-1] == '+' {
		a, b = a+1, b-1
	}
	sc.flush(f, start)
	sc.inline(f.t, doc.InlineCode, a, b)
	f.run = next
	return next
}

// inline appends v.s[a:b] as it is and records it as an inline part of
// kind k whose value is its text.
func (sc *scanner) inline(t *target, k doc.InlineKind, a, b int) {
	pos := t.b.Len()
	sc.emit(t, a, b)
	if t.b.Len() > pos {
		t.blk.Inline = append(t.blk.Inline, doc.Inline{Kind: k, Text: source.Span{Start: pos, End: t.b.Len()}, Value: strings.ReplaceAll(sc.s[a:b], "\n", " ")})
	}
}

// curved reads curved quotes, "`text`" and '`text`': the quote marks are
// kept, the backticks dropped.
func (sc *scanner) curved(f *frame, i int) int {
	s := sc.s
	if i+2 >= f.hi || s[i+1] != '`' || isSpace(s[i+2]) || sc.wordBefore(i) {
		return -1
	}
	k := fCurlyD
	if s[i] == '\'' {
		k = fCurlyS
	}
	j := sc.find(k, i+3)
	if j < 0 || j+2 > f.hi {
		return -1
	}
	sc.flush(f, i)
	sc.emit(f.t, i, i+1)
	sc.scan(f.t, i+2, j)
	sc.emit(f.t, j+1, j+2)
	f.run = j + 2
	return j + 2
}

// plus reads passthroughs, code spans: "+++x+++" and "++x++" anywhere
// (so "C++ and C++" holds one, as in AsciiDoc, where books write {cpp}),
// "+x+" as a constrained span.
func (sc *scanner) plus(f *frame, i int) int {
	s := sc.s
	if i+1 < f.hi && s[i+1] == '+' {
		if i+2 < f.hi && s[i+2] == '+' {
			if j := sc.find(fPlus3, i+3); j >= 0 && j+3 <= f.hi {
				return sc.code(f, i, i+3, j, j+3, false)
			}
		}
		if j := sc.find(fPlus2, i+2); j >= 0 && j+2 <= f.hi {
			return sc.code(f, i, i+2, j, j+2, false)
		}
		return -1
	}
	if sc.wordBefore(i) || (i > 0 && strings.IndexByte(";:\\", s[i-1]) >= 0) || i+1 >= f.hi || isSpace(s[i+1]) {
		return -1
	}
	j := sc.find(fPlus1, i+2)
	if j < 0 || j >= f.hi {
		return -1
	}
	return sc.code(f, i, i+1, j, j+1, false)
}

// dollars reads the passthrough "$$x$$": a code span.
func (sc *scanner) dollars(f *frame, i int) int {
	if i+1 >= f.hi || sc.s[i+1] != '$' {
		return -1
	}
	j := sc.find(fDollar, i+2)
	if j < 0 || j+2 > f.hi {
		return -1
	}
	return sc.code(f, i, i+2, j, j+2, false)
}

// anchor drops inline anchors "[[id]]" and bibliography anchors
// "[[[id]]]".
func (sc *scanner) anchor(f *frame, i int) int {
	s := sc.s
	if i+2 >= f.hi || s[i+1] != '[' || sc.pair == nil {
		return -1
	}
	if s[i+2] == '[' {
		k := sc.closing(i+2, f.hi)
		if k > 0 && k+2 < f.hi && sc.closing(i+1, f.hi) == k+1 && sc.closing(i, f.hi) == k+2 {
			sc.flush(f, i)
			f.run = k + 3
			return k + 3
		}
		return -1
	}
	k := sc.closing(i+1, f.hi)
	if k > i+2 && sc.closing(i, f.hi) == k+1 && (isASCIILetter(s[i+2]) || s[i+2] == '_' || s[i+2] == ':' || s[i+2] >= 0x80) {
		sc.flush(f, i)
		f.run = k + 2
		return k + 2
	}
	return -1
}

// angle reads cross references "<<id>>" and "<<id,text>>", and URLs in
// angle brackets "<https://x>".
func (sc *scanner) angle(f *frame, i int) int {
	s := sc.s
	if i+1 < f.hi && schemeAt(s, i+1) != "" {
		if e, ok := sc.urlEnd(i+1, f.hi); ok && e < f.hi && s[e] == '>' {
			sc.flush(f, i)
			sc.link(f.t, s[i+1:e], -1, -1, i+1, e)
			f.run = e + 1
			return e + 1
		}
		return -1
	}
	if i+2 >= f.hi || s[i+1] != '<' {
		return -1
	}
	if c := s[i+2]; !isWordByte(c) && c < 0x80 && strings.IndexByte("#/.:{", c) < 0 {
		return -1
	}
	j := sc.find(fXref, i+3)
	if j < 0 || j+2 > f.hi {
		return -1
	}
	idLo, idHi, textLo, textHi := i+2, j, j, j
	if c := strings.IndexByte(s[i+2:j], ','); c >= 0 {
		idHi, textLo = i+2+c, i+2+c+1
	}
	sc.flush(f, i)
	sc.xref(f.t, idLo, idHi, textLo, textHi)
	f.run = j + 2
	return j + 2
}

// xref appends a cross reference to id (v.s[idLo:idHi]) with its text
// (v.s[textLo:textHi]): with a text, a link to "#id" whose text is prose;
// without, the id itself, an inline macro.
func (sc *scanner) xref(t *target, idLo, idHi, textLo, textHi int) {
	idLo, idHi = sc.v.trim(idLo, idHi)
	textLo, textHi = sc.v.trim(textLo, textHi)
	id := sc.s[idLo:idHi]
	if textLo < textHi {
		url := id
		if !strings.Contains(id, "#") {
			url = "#" + id
		}
		sc.link(t, url, textLo, textHi, -1, -1)
		return
	}
	sc.inline(t, doc.InlineMacro, idLo, idHi)
}

// link appends a link to url whose text is v.s[textLo:textHi] (read as
// inline markup) or, if that is empty, v.s[urlLo:urlHi] as written.
func (sc *scanner) link(t *target, url string, textLo, textHi, urlLo, urlHi int) {
	pos := t.b.Len()
	// The link takes its place before any link inside its text.
	k := len(t.blk.Links)
	t.blk.Links = append(t.blk.Links, doc.Link{URL: url})
	if textLo < textHi {
		sc.scan(t, textLo, textHi)
	} else if urlLo < urlHi {
		sc.emit(t, urlLo, urlHi)
	}
	t.blk.Links[k].Text = source.Span{Start: pos, End: t.b.Len()}
}

// linkText returns the text of a link macro's brackets without its
// attributes: "text,window=_blank", "\"text, more\",role=x", "text^".
func (sc *scanner) linkText(lo, hi int) (int, int) {
	s := sc.s
	lo, hi = sc.v.trim(lo, hi)
	if lo >= hi {
		return lo, hi
	}
	if s[lo] == '"' {
		if q := strings.IndexByte(s[lo+1:hi], '"'); q >= 0 {
			end := lo + 1 + q
			if rest, _ := sc.v.trim(end+1, hi); rest == hi || s[rest] == ',' {
				return sc.v.trim(lo+1, end)
			}
		}
	} else if strings.IndexByte(s[lo:hi], '=') >= 0 {
		if c := strings.IndexByte(s[lo:hi], ','); c >= 0 && namedAttr(s[lo+c+1:hi]) {
			hi = lo + c
		}
	}
	lo, hi = sc.v.trim(lo, hi)
	if hi > lo && s[hi-1] == '^' {
		hi--
	}
	return sc.v.trim(lo, hi)
}

// namedAttr reports whether s starts with a named attribute "name=".
func namedAttr(s string) bool {
	s = strings.TrimLeft(s, " \t\n")
	i := 0
	for i < len(s) && (isWordByte(s[i]) || s[i] == '-') {
		i++
	}
	return i > 0 && i < len(s) && s[i] == '='
}

// indexTerm drops concealed index terms "(((a, b)))" and keeps the text
// of visible ones "((term))".
func (sc *scanner) indexTerm(f *frame, i int) int {
	s := sc.s
	if i+2 >= f.hi || s[i+1] != '(' {
		return -1
	}
	if s[i+2] == '(' {
		if j := sc.find(fIdx3, i+4); j >= 0 && j+3 <= f.hi {
			sc.flush(f, i)
			f.run = j + 3
			return j + 3
		}
		return -1
	}
	j := sc.find(fIdx2, i+3)
	if j < 0 || j+2 > f.hi {
		return -1
	}
	sc.flush(f, i)
	sc.scan(f.t, i+2, j)
	f.run = j + 2
	return j + 2
}

// attrRef reads an attribute reference "{name}": kept in the text, an
// inline macro.
func (sc *scanner) attrRef(f *frame, i int) int {
	s := sc.s
	j := i + 1
	if j >= f.hi || !isWordByte(s[j]) {
		return -1
	}
	for j < f.hi && (isWordByte(s[j]) || s[j] == '-') {
		j++
	}
	if j >= f.hi || s[j] != '}' {
		return -1
	}
	sc.flush(f, i)
	sc.inline(f.t, doc.InlineMacro, i, j+1)
	f.run = j + 1
	return j + 1
}

// email reads an e-mail address "name@example.com" whose name is still
// plain text of this frame: a link to "mailto:" the address.
func (sc *scanner) email(f *frame, i int) int {
	s := sc.s
	k := i
	for k > f.run && isLocalByte(s[k-1]) {
		k--
	}
	if k == i || !isWordByte(s[k]) || (k > 0 && (isLocalByte(s[k-1]) || sc.wordBefore(k))) {
		return -1
	}
	e, dot := i+1, -1
	for e < f.hi && (isWordByte(s[e]) || s[e] == '-' || s[e] == '.') && s[e] != '_' {
		if s[e] == '.' {
			dot = e
		}
		e++
	}
	for e > i+1 && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	if dot < 0 || dot >= e-2 || dot == i+1 {
		return -1
	}
	for j := dot + 1; j < e; j++ {
		if !isASCIILetter(s[j]) {
			return -1
		}
	}
	sc.flush(f, k)
	sc.link(f.t, "mailto:"+s[k:e], -1, -1, k, e)
	f.run = e
	return e
}

func isLocalByte(c byte) bool {
	return isWordByte(c) || c == '.' || c == '%' || c == '+' || c == '-'
}

// schemes are the URL schemes read as links without a macro.
var schemes = []string{"https://", "http://", "ftp://", "irc://", "file://"}

// schemeAt returns the URL scheme starting at i, or "".
func schemeAt(s string, i int) string {
	if i >= len(s) || (s[i] != 'h' && s[i] != 'f' && s[i] != 'i') {
		return ""
	}
	for _, sch := range schemes {
		if strings.HasPrefix(s[i:], sch) {
			return sch
		}
	}
	return ""
}

// urlEnd returns the end of a bare URL starting at i, without trailing
// punctuation; ok is false if nothing follows the scheme.
func (sc *scanner) urlEnd(i, hi int) (int, bool) {
	s := sc.s
	k := i + len(schemeAt(s, i))
	e := k
	for e < hi && strings.IndexByte(" \t\n[]<>\"`", s[e]) < 0 {
		e++
	}
	if e < hi && s[e] == '[' {
		return e, e > k
	}
	for e > k {
		c := s[e-1]
		if strings.IndexByte(".,;:!?'", c) >= 0 || (c == ')' && strings.Count(s[i:e], "(") < strings.Count(s[i:e], ")")) {
			e--
			continue
		}
		break
	}
	return e, e > k
}

// macroNames are the inline macros read, with what each one is.
var macroNames = []string{
	"footnoteref:", "footnote:", "link:", "mailto:", "xref:", "image:", "icon:", "pass:",
	"kbd:", "btn:", "menu:", "stem:", "latexmath:", "asciimath:", "indexterm2:", "indexterm:", "anchor:",
}

// macroAt returns the inline macro or URL scheme starting at i, or "".
func (sc *scanner) macroAt(i int) string {
	if i > 0 && isASCIILetter(sc.s[i-1]) {
		// Inside a word only a footnote may start ("text.footnote:[x]" is
		// the usual form, but "wordfootnote:[x]" is read too).
		for _, m := range macroNames[:2] {
			if strings.HasPrefix(sc.s[i:], m) {
				return m
			}
		}
		return ""
	}
	if sch := schemeAt(sc.s, i); sch != "" {
		return sch
	}
	switch sc.s[i] {
	case 'f', 'l', 'm', 'x', 'i', 'p', 'k', 'b', 's', 'a':
	default:
		return ""
	}
	for _, m := range macroNames {
		if strings.HasPrefix(sc.s[i:], m) {
			return m
		}
	}
	return ""
}

// bracketed returns, for a macro whose target starts at lo, the end of the
// target (the '[') and the matching ']', or ok false. The target holds no
// blank unless spaces is set, and no line break.
func (sc *scanner) bracketed(lo, hi int, spaces bool) (lb, rb int, ok bool) {
	s := sc.s
	lb = lo
	for lb < hi && s[lb] != '[' && s[lb] != '\n' && (spaces || !isBlank(s[lb])) {
		lb++
	}
	if lb >= hi || s[lb] != '[' {
		return 0, 0, false
	}
	rb = sc.closing(lb, hi)
	return lb, rb, rb >= 0
}

// macro reads the inline macro or URL starting at the letter at i.
func (sc *scanner) macro(f *frame, i int) int {
	name := sc.macroAt(i)
	if name == "" {
		return -1
	}
	s := sc.s
	if strings.HasSuffix(name, "//") {
		if prev, _ := utf8.DecodeLastRuneInString(s[:i]); i > 0 && (isWordRune(prev) || strings.ContainsRune(":/\\=@&?%.-+", prev)) {
			return -1
		}
		e, ok := sc.urlEnd(i, f.hi)
		if !ok {
			return -1
		}
		next := e
		textLo, textHi := -1, -1
		if e < f.hi && s[e] == '[' {
			rb := sc.closing(e, f.hi)
			if rb < 0 {
				return -1
			}
			textLo, textHi = sc.linkText(e+1, rb)
			next = rb + 1
		}
		sc.flush(f, i)
		sc.link(f.t, s[i:e], textLo, textHi, i, e)
		f.run = next
		return next
	}
	if name == "footnote:" || name == "footnoteref:" {
		return sc.footnote(f, i, name)
	}
	if name != "xref:" && sc.wordBefore(i) {
		return -1
	}
	lo := i + len(name)
	lb, rb, ok := sc.bracketed(lo, f.hi, name == "image:")
	if !ok {
		return -1
	}
	target := s[lo:lb]
	switch name {
	case "link:", "mailto:":
		if target == "" {
			return -1
		}
		url, ulo, uhi := target, lo, lb
		if strings.HasPrefix(url, "++") && strings.HasSuffix(url, "++") && len(url) > 4 {
			url, ulo, uhi = url[2:len(url)-2], lo+2, lb-2
		}
		if name == "mailto:" {
			url = "mailto:" + url
		}
		textLo, textHi := sc.linkText(lb+1, rb)
		sc.flush(f, i)
		sc.link(f.t, url, textLo, textHi, ulo, uhi)
	case "xref:":
		if target == "" {
			return -1
		}
		sc.flush(f, i)
		sc.xref(f.t, lo, lb, lb+1, rb)
	case "image:", "icon:":
		if target == "" || strings.HasPrefix(target, ":") {
			return -1
		}
		sc.flush(f, i)
		if name == "image:" {
			pos := f.t.b.Len()
			f.t.blk.Links = append(f.t.blk.Links, doc.Link{URL: target, Text: source.Span{Start: pos, End: pos}, Image: true})
		}
	case "pass:":
		for k := 0; k < len(target); k++ {
			if !isASCIILetter(target[k]) && target[k] != ',' {
				return -1
			}
		}
		sc.flush(f, i)
		sc.inline(f.t, doc.InlineCode, lb+1, rb)
	case "kbd:", "btn:", "stem:", "latexmath:", "asciimath:", "indexterm:", "indexterm2:":
		if target != "" {
			return -1
		}
		sc.flush(f, i)
		a, b := sc.v.trim(lb+1, rb)
		switch name {
		case "kbd:":
			sc.inline(f.t, doc.InlineCode, a, b)
		case "btn:", "indexterm2:":
			sc.scan(f.t, a, b)
		case "stem:", "latexmath:", "asciimath:":
			sc.inline(f.t, doc.InlineMath, a, b)
		}
	case "menu:":
		if target == "" {
			return -1
		}
		sc.flush(f, i)
		sc.emit(f.t, lo, lb)
		if a, b := sc.v.trim(lb+1, rb); a < b {
			f.t.synthetic(" > ", sc.v.fileOf(lb))
			sc.scan(f.t, a, b)
		}
	case "anchor:":
		if target == "" {
			return -1
		}
		sc.flush(f, i)
	}
	f.run = rb + 1
	return rb + 1
}

// footnote reads "footnote:[text]", "footnote:name[text]" and
// "footnoteref:[name,text]": a marker stands in the text where the macro
// was, and the footnote's text goes to a footnote definition.
func (sc *scanner) footnote(f *frame, i int, name string) int {
	s := sc.s
	lo := i + len(name)
	k := lo
	if name == "footnote:" {
		for k < f.hi && (isWordByte(s[k]) || s[k] == '-') {
			k++
		}
	}
	if k >= f.hi || s[k] != '[' {
		return -1
	}
	label := s[lo:k]
	rb := sc.closing(k, f.hi)
	if rb < 0 {
		sc.p.problem(sc.v.fileOf(i), "footnote bracket is not closed: add \"]\" after the footnote's text")
		return -1
	}
	a, b := k+1, rb
	if name == "footnoteref:" {
		if c := strings.IndexByte(s[a:b], ','); c >= 0 {
			label, a = strings.TrimSpace(s[a:a+c]), a+c+1
		} else {
			label, a = strings.TrimSpace(s[a:b]), b
		}
	}
	a, b = sc.v.trim(a, b)
	sc.flush(f, i)
	sc.p.footnote(sc, f.t, label, a, b, source.Span{Start: sc.v.fileOf(i), End: sc.v.fileOf(rb) + 1})
	f.run = rb + 1
	return rb + 1
}
