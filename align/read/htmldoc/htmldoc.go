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
// When a page marks its main content (a main element, or role="main"),
// only the blocks inside it are read, and the footnotes wherever they
// stand: menus, popups and links to other pages that only a style sheet
// hides or sets apart stand outside it.
//
// Left out with all they hold: script, style, noscript, template, svg,
// math, iframe, object, form controls, nav, a header that is not inside an
// article, main or section (the site's banner), a footer that does not hold
// footnotes, elements with the hidden attribute, aria-hidden="true", an
// inline style that hides them, an ARIA role of site chrome (navigation,
// banner, contentinfo, search, dialog), a class of text that is not shown
// (sr-only, visually-hidden) or of an advertisement (ad, ad-slot,
// advertisement), and cookie or consent banners (a class or id naming a
// cookie, consent or GDPR).
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
	"slices"
	"sort"
	"strings"

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
	mains    int // main elements (or role=main) read

	title     strings.Builder
	capturing bool // reading the title
	titleDone bool

	targets   map[string]target // ids that markers point to
	markerIDs map[string]bool   // ids of the marker elements, which backlinks point to
	defIDs    map[string]bool   // ids of the footnote definitions read so far
}

// Blocks reads the HTML document in f into blocks in reading order.
//
// meta holds what the page says of itself: "lang" (the primary language
// subtag of the html element's lang, e.g. "es" for "es-MX"; failing that,
// of a Content-Language meta element or the body's lang), "locale" (the
// whole tag), "title" and "description". problems lists, in file order,
// what makes the reading doubtful (a file that is not HTML, text lost to
// an unclosed comment or script); unclosed elements, which are normal in
// HTML, are not problems.
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
	var inMain []bool
	for _, b := range r.blocks {
		var vs *[]source.Span
		if verbatim != nil {
			vs = new([]source.Span)
		}
		if blk := b.finish(r.src, vs); blk != nil {
			blocks = append(blocks, blk)
			inMain = append(inMain, b.main)
			if verbatim != nil {
				*verbatim = append(*verbatim, *vs)
			}
		}
	}
	if r.mains > 0 && slices.Contains(inMain, true) {
		// The page says where its content is: what stands around it is
		// the site's, except footnotes, wherever they are.
		keep := 0
		for i, blk := range blocks {
			if inMain[i] || blk.Kind == doc.FootnoteDef {
				blocks[keep] = blk
				if verbatim != nil {
					(*verbatim)[keep] = (*verbatim)[i]
				}
				keep++
			}
		}
		blocks = blocks[:keep]
		if verbatim != nil {
			*verbatim = (*verbatim)[:keep]
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
	sort.SliceStable(r.problems, func(i, j int) bool { return r.problems[i].Offset < r.problems[j].Offset })
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
