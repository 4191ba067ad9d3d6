package markdown

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// inlineWriter writes the inline content of a block into its text.
type inlineWriter struct {
	r          *reader
	b          *doc.Builder
	block      *doc.Block
	pendingSep string // a separator to write before the next text (a soft break, a table cell)
	pendingAt  int    // the file offset the separator stands for
	last       int    // file offset just past the last text written
	skipLine   bool   // leave out the text up to the first line break
	codeStart  int    // where code opened by an HTML tag (<code>) starts in the text; -1 if none
	anchor     int    // the index in block.Links of a link opened by an HTML <a> tag; -1 if none
}

// newWriter returns a writer of the inline content of block b into bb.
func newWriter(r *reader, bb *doc.Builder, b *doc.Block) *inlineWriter {
	return &inlineWriter{r: r, b: bb, block: b, codeStart: -1, anchor: -1}
}

// children writes the children of n.
func (w *inlineWriter) children(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		w.node(c)
	}
}

// write appends the copy's bytes [lo, hi) as text, HTML entities
// decoded (each decoded character stands for its entity in the file).
func (w *inlineWriter) write(lo, hi int) {
	if lo >= hi {
		return
	}
	s := string(w.r.sh.src[lo:hi])
	at := w.r.sh.file(lo)
	w.flushSep(at)
	if strings.IndexByte(s, '&') < 0 {
		w.b.Append(s, at)
	} else {
		prev := 0
		for _, m := range entityRe.FindAllStringIndex(s, -1) {
			dec := html.UnescapeString(s[m[0]:m[1]])
			if dec == s[m[0]:m[1]] {
				continue // not an entity HTML knows
			}
			w.b.Append(s[prev:m[0]], at+prev)
			w.b.AppendSynthetic(dec, at+m[0])
			prev = m[1]
		}
		w.b.Append(s[prev:], at+prev)
	}
	w.last = w.r.sh.file(hi-1) + 1
}

// entityRe matches an HTML character reference: &oacute; &#243; &#xF3;
var entityRe = regexp.MustCompile(`&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});`)

// writeSynthetic appends s, which stands for the file at offset at.
func (w *inlineWriter) writeSynthetic(s string, at int) {
	w.flushSep(at)
	w.b.AppendSynthetic(s, at)
}

// flushSep writes the pending separator, mapped to where it stands or, if
// that is not known (pendingAt < 0), to the text that follows it at at.
func (w *inlineWriter) flushSep(at int) {
	if w.pendingSep != "" && w.b.Len() > 0 {
		if w.pendingAt >= 0 {
			at = w.pendingAt
		}
		if w.pendingSep == cellSep {
			w.cellSep(at)
		} else {
			w.b.AppendSynthetic(w.pendingSep, at)
		}
	}
	w.pendingSep = ""
}

// cellSep separates table cells in the text.
const cellSep = " | "

// cellSep writes the separator of a table cell whose text starts at file
// offset at: the pipe written before the cell in the file, with a space on
// each side.
func (w *inlineWriter) cellSep(at int) {
	c := w.r.content
	p := at - 1
	for p >= 0 && c[p] != '|' && c[p] != '\n' && c[p] != '\r' {
		p--
	}
	if p < 0 || c[p] != '|' {
		w.b.AppendSynthetic(" ", at)
		return
	}
	w.b.AppendSynthetic(" ", p)
	w.b.Append("|", p)
	w.b.AppendSynthetic(" ", p+1)
}

// space asks for a space before the next text, unless the text so far
// ends with one.
func (w *inlineWriter) space(at int) {
	if w.pendingSep == "" && w.b.Len() > 0 {
		w.pendingSep, w.pendingAt = " ", at
	}
}

func (w *inlineWriter) node(n ast.Node) {
	if w.skipLine {
		if t, ok := n.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
			w.skipLine = false
		}
		return
	}
	switch n := n.(type) {
	case *ast.Text:
		seg := n.Segment
		w.write(seg.Start, seg.Stop)
		if n.SoftLineBreak() || n.HardLineBreak() {
			w.space(w.r.sh.file(seg.Stop))
		}
	case *ast.String:
		if len(n.Value) > 0 {
			w.writeSynthetic(string(n.Value), w.last)
		}
	case *ast.CodeSpan:
		start := w.b.Len()
		if w.pendingSep != "" && w.b.Len() > 0 {
			start += len(w.pendingSep)
		}
		var code strings.Builder
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if t, ok := c.(*ast.Text); ok {
				w.write(t.Segment.Start, t.Segment.Stop)
				code.Write(t.Segment.Value(w.r.sh.src))
				if t.SoftLineBreak() {
					w.space(w.r.sh.file(t.Segment.Stop))
					code.WriteByte(' ')
				}
			}
		}
		if end := w.b.Len(); end > start {
			w.block.Inline = append(w.block.Inline, doc.Inline{Kind: doc.InlineCode, Text: source.Span{Start: start, End: end}, Value: code.String()})
		}
	case *ast.Link:
		start := w.textStart()
		w.children(n)
		w.block.Links = append(w.block.Links, doc.Link{URL: string(n.Destination), Text: source.Span{Start: start, End: max(start, w.b.Len())}})
	case *ast.AutoLink:
		label := n.Label(w.r.sh.src)
		start := w.textStart()
		if at := w.find(label); at >= 0 {
			w.write(at, at+len(label))
		}
		w.block.Links = append(w.block.Links, doc.Link{URL: string(n.URL(w.r.sh.src)), Text: source.Span{Start: start, End: max(start, w.b.Len())}})
	case *ast.Image:
		// The alt text is not read: it is not shown with the text.
		w.block.Links = append(w.block.Links, doc.Link{URL: string(n.Destination), Image: true, Text: source.Span{Start: w.b.Len(), End: w.b.Len()}})
	case *ast.RawHTML:
		raw := rawHTML(n, w.r.sh.src)
		name := tagName(raw)
		if name == "br" || name == "br/" {
			w.space(w.last)
			return
		}
		// HTML names are case-blind ("<A HREF>"); a component keeps its
		// case in name, but one called A or Img with an address is taken
		// for the element.
		switch strings.ToLower(name) {
		case "code", "kbd", "samp", "var", "tt":
			// Code written as HTML is code, as a code span is.
			w.codeStart = w.textStart()
		case "/code", "/kbd", "/samp", "/var", "/tt":
			if w.codeStart >= 0 && w.b.Len() > w.codeStart {
				w.block.Inline = append(w.block.Inline, doc.Inline{Kind: doc.InlineCode, Text: source.Span{Start: w.codeStart, End: w.b.Len()}, Value: w.textSince(w.codeStart)})
			}
			w.codeStart = -1
		case "a":
			// A link written as HTML is a link, as [text](url) is; its
			// text runs to the closing tag (empty if it has none).
			if href, ok := attr(raw, "href"); ok {
				start := w.textStart()
				w.block.Links = append(w.block.Links, doc.Link{URL: href, Text: source.Span{Start: start, End: start}})
				w.anchor = len(w.block.Links) - 1
			}
		case "/a":
			if w.anchor >= 0 {
				l := &w.block.Links[w.anchor]
				l.Text.End = max(l.Text.Start, w.b.Len())
				w.anchor = -1
			}
		case "img":
			if src, ok := attr(raw, "src"); ok {
				w.block.Links = append(w.block.Links, doc.Link{URL: src, Image: true, Text: source.Span{Start: w.b.Len(), End: w.b.Len()}})
			}
		case "sup":
			// A power or a note number: not one number with the digits
			// before it ("2<sup>53</sup>" is not 253).
			if w.b.Len() > 0 {
				w.writeSynthetic("^", w.last)
			}
		}
		w.block.Inline = append(w.block.Inline, doc.Inline{Kind: doc.InlineHTML, Text: source.Span{Start: w.b.Len(), End: w.b.Len()}, Value: raw})
		if segs := n.Segments; segs != nil && segs.Len() > 0 {
			w.last = w.r.sh.file(segs.At(segs.Len()-1).Stop-1) + 1
		}
	case *east.FootnoteLink:
		label := w.r.labels[n.Index]
		ref := []byte("[^" + label + "]")
		if at := w.find(ref); at >= 0 {
			w.write(at, at+len(ref))
		}
	case *east.TaskCheckBox:
	default:
		// Emphasis, strikethrough and the like: their text.
		w.children(n)
	}
}

// textSince returns the text written since offset at.
func (w *inlineWriter) textSince(at int) string {
	s := w.b.String()
	if at < 0 || at > len(s) {
		return ""
	}
	return s[at:]
}

// textStart returns where the next text will start in the block's text.
func (w *inlineWriter) textStart() int {
	if w.pendingSep != "" && w.b.Len() > 0 {
		return w.b.Len() + len(w.pendingSep)
	}
	return w.b.Len()
}

// find returns the offset in the copy of the next occurrence of s after
// the text written so far, within the next few hundred bytes; -1 if none.
// Inline nodes that keep no segment of their own (autolinks, footnote
// references) are placed this way.
func (w *inlineWriter) find(s []byte) int {
	from := w.copyOffset(w.last)
	limit := min(len(w.r.sh.src), from+len(s)+256)
	if i := bytes.Index(w.r.sh.src[from:limit], s); i >= 0 {
		return from + i
	}
	return -1
}

// copyOffset maps a file offset back to the copy (the nearest offset of
// the copy at or after it).
func (w *inlineWriter) copyOffset(file int) int {
	runs := w.r.sh.runs
	for i := len(runs) - 1; i >= 0; i-- {
		if runs[i].file <= file {
			return min(runs[i].at+(file-runs[i].file), len(w.r.sh.src))
		}
	}
	return 0
}

func rawHTML(n *ast.RawHTML, src []byte) string {
	var b strings.Builder
	for i := 0; i < n.Segments.Len(); i++ {
		seg := n.Segments.At(i)
		b.Write(seg.Value(src))
	}
	return b.String()
}

var captionBlockRe = regexp.MustCompile(`^<(?:span|p)\s+class\s*=\s*["'](filename|caption)["']`)

var attrRe = regexp.MustCompile(`(?i)\s([a-z][\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>` + "`" + `]+))`)

// attr returns the value of the attribute name of the tag raw, its
// character references decoded, and whether the tag has it.
func attr(raw, name string) (string, bool) {
	for _, m := range attrRe.FindAllStringSubmatch(raw, -1) {
		if strings.EqualFold(m[1], name) {
			return html.UnescapeString(m[2] + m[3] + m[4]), true
		}
	}
	return "", false
}

var tagNameRe = regexp.MustCompile(`^</?([A-Za-z][\w.:-]*)`)

// tagName returns the lower-case name of the tag raw opens or closes
// ("span", "/span"); a component keeps its case ("Sandpack").
func tagName(raw string) string {
	m := tagNameRe.FindStringSubmatch(raw)
	if m == nil {
		return ""
	}
	name := m[1]
	if name[0] >= 'a' && name[0] <= 'z' {
		name = strings.ToLower(name)
	}
	if strings.HasPrefix(raw, "</") {
		return "/" + name
	}
	if strings.HasSuffix(strings.TrimSpace(raw), "/>") {
		return name + "/"
	}
	return name
}

// macroRe finds the inline macros of docs sites in text: Hugo shortcodes
// ({{< x >}}, {{% x %}}), template expressions ({{ .Site.Title }}),
// Liquid tags ({% x %}), mdBook includes ({{#include x}}), MDX comments
// ({/* x */}) and expressions ({x}), attribute lists of Python-Markdown and
// kramdown ({ .class title=x }, {: #id }), emoji and icon shortcodes
// (:octicons-home-16:, :smile:), and HTML or JSX tags that goldmark did
// not take for inline HTML (a JSX attribute: <img style={{margin: 0}} />).
var macroRe = regexp.MustCompile(`\{\{[<%#]?.*?[>%]?\}\}|\{%-?.*?-?%\}|\{/\*.*?\*/\}|\{[A-Za-z_$][\w.$]*(?:\([^{}]*\))?\}` +
	`|\{:?[ \t]*(?:[.#][\w-]|[\w-]+=)[^{}\n]*\}` +
	`|(?:^|[\s(\[])(:[a-z][a-z0-9_+-]{1,40}:)(?:$|[\s.,;!?)\]])` +
	`|</?[A-Za-z][\w.:-]*(?:\s+[\w:.-]+(?:=(?:"[^"]*"|'[^']*'|\{\{[^{}]*\}\}|\{[^{}]*\}|[^\s"'=<>{}]+))?)*\s*/?>`)

// markMacros records the macros of b's text as inline parts.
func markMacros(b *doc.Block) {
	if !strings.ContainsAny(b.Text, "{<") && !mayHaveShortcode(b.Text) {
		return // no match can start: most prose has colons, few shortcodes
	}
	for _, m := range macroRe.FindAllStringSubmatchIndex(b.Text, -1) {
		lo, hi := m[0], m[1]
		if m[2] >= 0 { // a shortcode: the match includes its neighbours
			lo, hi = m[2], m[3]
		}
		if inside(b.Inline, lo) {
			continue // in a code span
		}
		kind := doc.InlineMacro
		if b.Text[lo] == '<' {
			kind = doc.InlineHTML
		}
		b.Inline = append(b.Inline, doc.Inline{Kind: kind, Text: source.Span{Start: lo, End: hi}, Value: b.Text[lo:hi]})
	}
	sortInline(b.Inline)
}

// mayHaveShortcode reports whether text has what every shortcode
// macroRe matches begins with: a colon at the start of the text or after
// a space or an opening bracket, followed by a lower-case letter. Without
// a '{' or a '<', no other macro can match.
func mayHaveShortcode(text string) bool {
	for off := 0; ; {
		i := strings.IndexByte(text[off:], ':')
		if i < 0 {
			return false
		}
		i += off
		if i+1 < len(text) && 'a' <= text[i+1] && text[i+1] <= 'z' &&
			(i == 0 || strings.IndexByte(" \t\n\f\r([", text[i-1]) >= 0) {
			return true
		}
		off = i + 1
	}
}

func inside(in []doc.Inline, off int) bool {
	for _, x := range in {
		if x.Text.Start <= off && off < x.Text.End {
			return true
		}
	}
	return false
}

func sortInline(in []doc.Inline) {
	for i := 1; i < len(in); i++ {
		for j := i; j > 0 && in[j].Text.Start < in[j-1].Text.Start; j-- {
			in[j], in[j-1] = in[j-1], in[j]
		}
	}
}

// onlyMacros reports whether b's text is nothing but macros and space.
func onlyMacros(b *doc.Block) bool {
	if len(b.Inline) == 0 {
		return false
	}
	p := []byte(b.Text)
	for _, in := range b.Inline {
		if in.Kind == doc.InlineCode {
			return false
		}
		for i := in.Text.Start; i < in.Text.End; i++ {
			p[i] = ' '
		}
	}
	return len(bytes.TrimSpace(p)) == 0
}

var macroNameRe = regexp.MustCompile(`^\{\{[<%]?\s*/?([\w.#-]+)|^\{%-?\s*([\w-]+)`)

// macroName returns the name of a macro: "note" of "{{< note >}}",
// "include" of "{% include x %}", "#include" of "{{#include x}}".
func macroName(m string) string {
	if s := macroNameRe.FindStringSubmatch(m); s != nil {
		if s[1] != "" {
			return s[1]
		}
		return s[2]
	}
	return strings.Trim(m, "{}/* ")
}

// htmlBlock reads an HTML block (or an MDX component written as one): its
// text with the tags taken out is a paragraph when it has letters; a block
// of tags alone is a Markup block named after its first tag. Comments are
// dropped.
// cellTags are the HTML elements whose texts are apart, not one run of
// words: the cells and rows of a table, items, paragraphs, lines. Their
// texts are joined with htmlCellSep, two spaces, as markup blanked out of
// a text leaves more than one space: "app  Twelve-factor app" has no word
// written twice in a row.
const htmlCellSep = "  "

var cellTags = map[string]bool{
	"td": true, "th": true, "tr": true, "li": true, "p": true, "div": true, "br": true,
	"dt": true, "dd": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
}

func (r *reader) htmlBlock(n *ast.HTMLBlock) *doc.Block {
	var bb doc.Builder
	b := &doc.Block{}
	name := ""
	lines := n.Lines()
	segs := make([]text.Segment, 0, lines.Len()+1)
	for i := 0; i < lines.Len(); i++ {
		segs = append(segs, lines.At(i))
	}
	if n.HasClosure() {
		segs = append(segs, n.ClosureLine)
	}
	inComment := false
	sep := " " // what goes between this chunk of text and the last
	for _, seg := range segs {
		line := seg.Value(r.sh.src)
		base := r.sh.file(seg.Start)
		i := 0
		for i < len(line) {
			switch {
			case inComment:
				end := bytes.Index(line[i:], []byte("-->"))
				if end < 0 {
					i = len(line)
					continue
				}
				i += end + 3
				inComment = false
			case bytes.HasPrefix(line[i:], []byte("<!--")):
				inComment = true
				i += 4
			case line[i] == '<':
				end := bytes.IndexByte(line[i:], '>')
				if end < 0 {
					end = len(line) - i - 1
				}
				tag := strings.TrimSuffix(tagName(string(line[i:i+end+1])), "/")
				if name == "" {
					name = tag
				}
				if cellTags[strings.TrimPrefix(strings.ToLower(tag), "/")] {
					sep = htmlCellSep
				}
				i += end + 1
			default:
				j := i
				for j < len(line) && line[j] != '<' {
					j++
				}
				chunk := line[i:j]
				t := bytes.TrimSpace(chunk)
				if len(t) > 0 {
					lo := bytes.Index(chunk, t)
					if bb.Len() > 0 {
						bb.AppendSynthetic(sep, base+i+lo)
					}
					sep = " "
					bb.Append(string(t), base+i+lo)
				}
				i = j
			}
		}
	}
	bb.Finish(b)
	b.Span = r.nodeSpan(n)
	if n.HasClosure() {
		b.Span.End = max(b.Span.End, r.sh.file(n.ClosureLine.Stop))
		for b.Span.End > b.Span.Start && (r.content[b.Span.End-1] == '\n' || r.content[b.Span.End-1] == '\r') {
			b.Span.End--
		}
	}
	if strings.IndexFunc(b.Text, isLetter) < 0 {
		if name == "" {
			return nil // a comment
		}
		return &doc.Block{Kind: doc.Markup, Info: name, Span: b.Span}
	}
	if name == "span" || name == "p" {
		// A caption written as an HTML block: see listingPart.
		if m := captionBlockRe.FindStringSubmatch(string(r.content[b.Span.Start:b.Span.End])); m != nil {
			return &doc.Block{Kind: doc.Markup, Info: "listing-" + m[1], Span: b.Span}
		}
	}
	b.Kind, b.Info = doc.Paragraph, name
	markMacros(b)
	return b
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }
