package htmldoc

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// piece is a run of a block's text: bytes of the file, or synthetic text
// (a decoded entity, a collapsed space, a cell separator) that stands for
// the file offset off.
type piece struct {
	off   int    // file offset, starting at 0
	n     int    // length of the bytes taken from the file; 0 for synthetic text
	syn   string // synthetic text; "" for bytes of the file
	space bool   // synthetic white space or a separator written between two runs of content
}

// Pending white space of a block, written only when more content follows,
// so that blocks never start or end with it.
const (
	pendNone   = iota
	pendSpace  // one space character of the file
	pendSynth  // a run of white space, a line break or a tag that separates words
	pendSep    // a table cell boundary: " | "
	cellSep    = " | "
	maxLabel   = 64 // bytes: longer link text is never a footnote marker or backlink
	maxPieces  = 32 // pieces: more in a link's text and it is no marker
	spaceBytes = " \t\n\r\f"
)

type recKind uint8

const (
	recLink   recKind = iota + 1 // an a element with an href
	recCode                      // an inline code element
	recSup                       // a sup element
	recImage                     // an img element
	recMarker                    // an a element read as a footnote marker
	recNone                      // nothing to report (a link to the heading it is in)
)

// rec records an inline element of a block: its extent in the block's
// pieces and what it will be reported as.
type rec struct {
	kind       recKind
	idx        int  // index in blockState.recs
	start, end int  // piece indexes; end is -1 while the element is open
	started    bool // start is set (at the element's first content)
	url, alt   string
	off        int // file offset of the start tag
}

// marker is a footnote marker found in a block.
type marker struct {
	number     int
	label      string
	target     string      // the id its href points to
	span       source.Span // the element in the file
	start, end int         // piece indexes
}

// blockState is a block being read: its fields, its text as pieces, and the
// inline elements and markers found in it.
type blockState struct {
	owner   *elem // the element whose block this is (a leaf, or the container of an anonymous paragraph); nil = the document
	kind    doc.Kind
	level   int
	number  int
	label   string
	info    string
	id      string   // the ID of a heading
	elemID  string   // the id attribute of the element, for footnote links
	aliases []string // ids of anchors at the start of a footnote definition
	def     bool     // a footnote definition
	pre     bool     // white space kept (a code block)
	main    bool     // inside the main content of the page
	start   int      // file offset of the block
	end     int      // file offset just past the last content read into it

	pieces    []piece
	pend      int
	pendOff   int
	mark      int // pieces must not be merged at this index: a record starts or ends there
	recs      []*rec
	unstarted []*rec
	markers   []marker
	defLabel  string // a label written at the start of a footnote definition
	ordinal   int    // the position of a list item in its list, starting at 1
}

func (b *blockState) text(src []byte, p piece) string {
	if p.n == 0 {
		return p.syn
	}
	return string(src[p.off : p.off+p.n])
}

// endsLine reports whether the text of p ends with a line break.
func (p piece) endsLine(src []byte) bool {
	if p.n == 0 {
		return strings.HasSuffix(p.syn, "\n")
	}
	return src[p.off+p.n-1] == '\n'
}

// space notes white space at file offset off: verbatim is a single space
// character of the file.
func (b *blockState) space(off int, verbatim bool) {
	if len(b.pieces) == 0 || b.pend != pendNone {
		return
	}
	b.pend, b.pendOff = pendSynth, off
	if verbatim {
		b.pend = pendSpace
	}
}

// separate notes a table cell boundary at file offset off.
func (b *blockState) separate(off int) {
	if len(b.pieces) == 0 {
		return
	}
	b.pend, b.pendOff = pendSep, off
}

// add appends content: the file bytes [off, off+n), or syn standing for off.
func (b *blockState) add(off, n int, syn string) {
	switch b.pend {
	case pendSpace:
		// Out of a code block, content holds no white space: a space
		// character at the end of a piece is always one of these.
		b.push(piece{off: b.pendOff, n: 1})
	case pendSynth:
		b.push(piece{off: b.pendOff, syn: " ", space: true})
	case pendSep:
		b.push(piece{off: b.pendOff, syn: cellSep, space: true})
	}
	b.pend = pendNone
	if len(b.unstarted) > 0 {
		for _, r := range b.unstarted {
			if !r.started {
				r.start, r.started = len(b.pieces), true
			}
		}
		b.unstarted = b.unstarted[:0]
		b.mark = len(b.pieces)
	}
	b.push(piece{off: off, n: n, syn: syn})
}

// push appends p, merged with the last piece when both are bytes of the
// file that follow each other and no record starts or ends between them.
func (b *blockState) push(p piece) {
	if k := len(b.pieces); p.n > 0 && k > 0 && b.mark != k {
		if last := &b.pieces[k-1]; last.n > 0 && last.off+last.n == p.off {
			last.n += p.n
			return
		}
	}
	b.pieces = append(b.pieces, p)
}

// open starts a record of an inline element at file offset off.
func (b *blockState) open(kind recKind, off int) *rec {
	r := &rec{kind: kind, idx: len(b.recs), end: -1, off: off}
	b.recs = append(b.recs, r)
	b.unstarted = append(b.unstarted, r)
	return r
}

// close ends r at the current end of the text.
func (b *blockState) close(r *rec) {
	if !r.started {
		r.start, r.started = len(b.pieces), true
	}
	r.end = len(b.pieces)
	b.mark = len(b.pieces)
}

// textOf returns the text of pieces [lo, hi), or false if it is longer
// than limit bytes.
func (b *blockState) textOf(src []byte, lo, hi, limit int) (string, bool) {
	if hi-lo > limit {
		return "", false
	}
	var sb strings.Builder
	for _, p := range b.pieces[lo:hi] {
		sb.WriteString(b.text(src, p))
		if sb.Len() > limit {
			return "", false
		}
	}
	return sb.String(), true
}

// drop removes the text of r and the records opened after it (its
// children) from the block, and r with them. The white space written
// before r's text is pending again.
func (b *blockState) drop(src []byte, r *rec) {
	b.pieces = b.pieces[:r.start]
	b.recs = b.recs[:r.idx]
	for len(b.markers) > 0 && b.markers[len(b.markers)-1].start >= r.start {
		b.markers = b.markers[:len(b.markers)-1]
	}
	b.pend = pendNone
	if n := len(b.pieces); n > 0 && !b.pre {
		switch p := &b.pieces[n-1]; {
		case p.space:
			b.pend, b.pendOff = pendSynth, p.off
			if p.syn == cellSep {
				b.pend = pendSep
			}
			b.pieces = b.pieces[:n-1]
		case p.n > 0 && src[p.off+p.n-1] == ' ':
			p.n--
			b.pend, b.pendOff = pendSpace, p.off+p.n
			if p.n == 0 {
				b.pieces = b.pieces[:n-1]
			}
		}
	}
	b.mark = len(b.pieces)
}

// bracket writes "[" before and "]" after the text of r, a marker whose
// label is written bare ("1", "a"), so that it does not run into the word
// or number before it.
func (b *blockState) bracket(src []byte, r *rec) {
	first := b.pieces[r.start]
	last := b.pieces[r.end-1]
	lastEnd := last.off + last.n
	b.pieces = slices.Insert(b.pieces, r.start, piece{off: first.off, syn: "["})
	b.pieces = append(b.pieces, piece{off: lastEnd, syn: "]"})
	r.end = len(b.pieces)
	b.mark = len(b.pieces)
}

// finish builds the block: its text trimmed, with spans of markers, code
// and links. It returns nil if the block holds no text.
//
// If verbatim is not nil, the spans of text copied from the file as it is
// are appended to it, for tests.
func (b *blockState) finish(src []byte, verbatim *[]source.Span) *doc.Block {
	// Byte offset of each piece in the text.
	pos := make([]int, len(b.pieces)+1)
	total := 0
	for i, p := range b.pieces {
		pos[i] = total
		total += len(p.syn) + p.n
	}
	pos[len(b.pieces)] = total
	var sb strings.Builder
	sb.Grow(total)
	for _, p := range b.pieces {
		sb.WriteString(b.text(src, p))
	}
	full := sb.String()

	lo, hi := trimBounds(full, b.pre)
	if b.def && lo < hi {
		lo += labelPrefix(full[lo:hi], b.label)
	}
	blk := &doc.Block{
		Kind: b.kind, Level: b.level, Number: b.number, Label: b.label, Info: b.info, ID: b.id,
		Span: source.Span{Start: b.start, End: max(b.end, b.start)},
	}
	if lo == hi && !b.hasImage() {
		return nil
	}
	at := func(i int) int { return min(max(pos[min(max(i, 0), len(b.pieces))], lo), hi) - lo }
	var bld doc.Builder
	for i, p := range b.pieces {
		s, e := max(pos[i], lo), min(pos[i+1], hi)
		if s >= e {
			continue
		}
		if p.n > 0 {
			if verbatim != nil {
				*verbatim = append(*verbatim, source.Span{Start: bld.Len(), End: bld.Len() + e - s})
			}
			bld.Append(full[s:e], p.off+(s-pos[i]))
		} else {
			bld.AppendSynthetic(full[s:e], p.off)
		}
	}
	text := full[lo:hi]
	var images []int
	for _, r := range b.recs {
		if r.end < 0 {
			continue
		}
		sp := trimSpan(text, at(r.start), at(r.end))
		switch r.kind {
		case recLink:
			blk.Links = append(blk.Links, doc.Link{URL: r.url, Text: sp})
		case recImage:
			images = append(images, len(blk.Links))
			blk.Links = append(blk.Links, doc.Link{URL: r.url, Text: sp, Image: true})
		case recCode:
			if sp.Len() > 0 {
				blk.Inline = append(blk.Inline, doc.Inline{Kind: doc.InlineCode, Text: sp, Value: text[sp.Start:sp.End]})
			}
		}
	}
	if text == "" && len(images) == 1 {
		// An image alone in a block: its alt text is the block's text.
		for _, r := range b.recs {
			if r.kind == recImage && r.end >= 0 {
				text = collapse(r.alt)
				bld.AppendSynthetic(text, r.off)
			}
		}
		for i := range blk.Links {
			blk.Links[i].Text = source.Span{Start: 0, End: len(text)}
		}
	}
	if text == "" {
		return nil
	}
	for _, m := range b.markers {
		s, e := at(m.start), at(m.end)
		if s >= e {
			continue
		}
		blk.Markers = append(blk.Markers, doc.Marker{Number: m.number, Label: m.label, Span: m.span, Text: source.Span{Start: s, End: e}})
	}
	sort.SliceStable(blk.Links, func(i, j int) bool { return blk.Links[i].Text.Start < blk.Links[j].Text.Start })
	bld.Finish(blk)
	return blk
}

func (b *blockState) hasImage() bool {
	for _, r := range b.recs {
		if r.kind == recImage {
			return true
		}
	}
	return false
}

// trimBounds returns the bounds of s without white space around it. In a
// code block only blank lines are trimmed at the start, so that the first
// line keeps its indentation.
func trimBounds(s string, pre bool) (lo, hi int) {
	hi = len(strings.TrimRightFunc(s, unicode.IsSpace))
	if pre {
		for i := 0; i < hi; i++ {
			c := s[i]
			if c == '\n' {
				lo = i + 1
			} else if c != ' ' && c != '\t' && c != '\f' && c != '\r' {
				break
			}
		}
		return lo, hi
	}
	lo = hi - len(strings.TrimLeftFunc(s[:hi], unicode.IsSpace))
	return lo, hi
}

// trimSpan narrows [lo, hi) of text so that it neither starts nor ends
// with a space.
func trimSpan(text string, lo, hi int) source.Span {
	for lo < hi && text[lo] == ' ' {
		lo++
	}
	for hi > lo && text[hi-1] == ' ' {
		hi--
	}
	return source.Span{Start: lo, End: hi}
}

// labelPrefix returns the length of the label of a footnote definition
// written at the start of its text ("1. ", "[1] ", "1) "), with the white
// space after it, or 0.
func labelPrefix(s, label string) int {
	if label == "" {
		return 0
	}
	n := 0
	switch {
	case strings.HasPrefix(s, "["+label+"]"):
		n = len(label) + 2
	case strings.HasPrefix(s, label) && len(s) > len(label) && strings.IndexByte(".):", s[len(label)]) >= 0:
		n = len(label) + 1
	default:
		return 0
	}
	rest := s[n:]
	r, size := utf8.DecodeRuneInString(rest)
	if size == 0 || !unicode.IsSpace(r) {
		return 0
	}
	return n + len(rest) - len(strings.TrimLeftFunc(rest, unicode.IsSpace))
}

// collapse returns s with runs of white space made single spaces, trimmed.
func collapse(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
