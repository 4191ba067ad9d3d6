// Package markdown reads Markdown into the blocks of a document: CommonMark
// with GitHub's extensions (tables, strikethrough, autolinks, task lists),
// footnotes named or numbered, YAML and TOML front matter, and the markup
// of docs sites (MDX components and expressions, Hugo shortcodes, Liquid
// tags, mdBook includes, MkDocs and Docusaurus admonitions, GitHub alerts,
// heading ids). It parses with github.com/yuin/goldmark and maps every
// piece of text back to its place in the file.
//
// Markup is structure, never prose: code spans, inline HTML and macros are
// kept in a block's text as doc.Inline parts (see doc.Block.Prose), HTML and
// component blocks without text are Markup blocks, admonition headers are
// Markup blocks with the admonition's name, and their titles captions.
//
// Footnotes keep their labels as written: goldmark's footnote extension
// numbers footnotes by first reference and drops definitions that are
// unused or repeated, so its parsers are used without its transformer and
// every definition is read where it stands.
package markdown

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// Blocks reads the Markdown document in f into blocks in reading order:
// the body's blocks, each footnote definition where it is written. meta
// holds the scalar fields of the front matter (keys lower-case).
func Blocks(f *source.File) (blocks []*doc.Block, meta map[string]string, problems []doc.Problem) {
	sh, meta, dirs := prepare(f.Content)
	root := markdownParser().Parse(text.NewReader(sh.src))
	r := &reader{content: f.Content, sh: sh, labels: map[int]string{}}
	// The labels of the footnotes, by the index goldmark gave each
	// referenced one.
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if fn, ok := n.(*east.Footnote); ok && entering && fn.Index > 0 {
			r.labels[fn.Index] = string(fn.Ref)
		}
		return ast.WalkContinue, nil
	})
	r.blocks(root, context{})
	out := append(r.out, directiveBlocks(f.Content, dirs)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Span.Start < out[j].Span.Start })
	return out, meta, r.problems
}

// markdownParser returns the parser of every document: GFM with
// attributes and footnotes. It is made once, for it costs more to make
// than to parse a page of a docs site, and it is safe to share: goldmark's
// parsers keep what they learn of a document in the context of its
// parse, not in themselves.
var markdownParser = sync.OnceValue(func() parser.Parser {
	return goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(
			parser.WithAttribute(),
			// The footnote parsers without the extension's transformer,
			// which renumbers footnotes and drops unused ones.
			parser.WithBlockParsers(util.Prioritized(extension.NewFootnoteBlockParser(), 999)),
			parser.WithInlineParsers(util.Prioritized(extension.NewFootnoteParser(), 101)),
		),
	).Parser()
})

// context is where a block stands: inside quotes, lists, a footnote.
type context struct {
	quote    bool
	listKind int // depth of list nesting
	alert    string
}

// reader walks goldmark's tree and builds the blocks.
type reader struct {
	content    []byte
	sh         *shifted
	labels     map[int]string
	out        []*doc.Block
	problems   []doc.Problem
	components []string // the MDX components open at this point, innermost last
}

// blocks turns the children of n into blocks.
func (r *reader) blocks(n ast.Node, ctx context) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		r.block(c, ctx)
	}
}

func (r *reader) block(n ast.Node, ctx context) {
	switch n := n.(type) {
	case *ast.Heading:
		b := r.inline(n, doc.Heading)
		b.Level = n.Level
		if id, ok := n.AttributeString("id"); ok {
			if s, ok := id.([]byte); ok {
				b.ID = string(s)
			}
		}
		r.emit(b, n)
	case *ast.Paragraph, *ast.TextBlock:
		kind := doc.Paragraph
		if ctx.quote {
			kind = doc.Quote
		}
		r.paragraph(n, kind, ctx)
	case *ast.Blockquote:
		inner := ctx
		inner.quote = true
		// A GitHub alert: "> [!NOTE]" on the quote's first line.
		if p, ok := n.FirstChild().(*ast.Paragraph); ok {
			if name, ok := r.alert(p); ok {
				inner.alert = name
				seg := p.Lines().At(0)
				start := r.sh.file(seg.Start)
				r.out = append(r.out, &doc.Block{Kind: doc.Markup, Info: name, Span: source.Span{Start: start, End: start + len(strings.TrimRight(string(seg.Value(r.sh.src)), " \t\r\n"))}})
				b := r.inlineSkip(p, doc.Quote, true)
				b.Info = name
				r.emit(b, p)
				for c := p.NextSibling(); c != nil; c = c.NextSibling() {
					r.block(c, inner)
				}
				return
			}
		}
		r.blocks(n, inner)
	case *ast.List:
		r.list(n, ctx)
	case *ast.FencedCodeBlock:
		b := r.code(n)
		if n.Info != nil {
			b.Info = codeLanguage(string(n.Info.Segment.Value(r.sh.src)))
		}
		b.Span = r.fenceSpan(n, b.Span)
		r.emit(b, n)
	case *ast.CodeBlock:
		r.emit(r.code(n), n)
	case *ast.HTMLBlock:
		if b := r.htmlBlock(n); b != nil {
			r.emit(b, n)
			r.component(b)
			if b.Kind == doc.Markup && b.Info == "Listing" {
				// The listing is compared through its parts.
				b.Info = ""
				// mdBook's <Listing> shows the file name and caption its
				// attributes give, as older books wrote them out.
				raw := r.content[b.Span.Start:b.Span.End]
				end := source.Span{Start: b.Span.End, End: b.Span.End}
				for _, part := range []string{"filename", "caption"} {
					if bytes.Contains(raw, []byte(map[string]string{"filename": "file-name=", "caption": "caption="}[part])) {
						r.out = append(r.out, &doc.Block{Kind: doc.Markup, Info: "listing-" + part, Span: end})
					}
				}
			}
		}
	case *ast.ThematicBreak:
	case *east.Table:
		r.blocks(n, ctx)
	case *east.TableHeader, *east.TableRow:
		r.tableRow(n)
	case *east.FootnoteList:
		r.blocks(n, ctx)
	case *east.Footnote:
		r.footnote(n)
	case *ast.Document:
		r.blocks(n, ctx)
	default:
		r.blocks(n, ctx)
	}
}

// component keeps track of the MDX components a markup block opens or
// closes: an opening tag alone (<ConsoleBlock level="error">) opens one,
// its closing tag closes it.
func (r *reader) component(b *doc.Block) {
	if b.Kind != doc.Markup || b.Info == "" {
		return
	}
	name := strings.TrimPrefix(b.Info, "/")
	if c := name[0]; c < 'A' || c > 'Z' {
		return
	}
	raw := strings.TrimSpace(string(r.content[b.Span.Start:b.Span.End]))
	switch {
	case strings.HasPrefix(b.Info, "/"):
		for i := len(r.components) - 1; i >= 0; i-- {
			if r.components[i] == name {
				r.components = r.components[:i]
				break
			}
		}
	case !strings.HasSuffix(raw, "/>") && !strings.Contains(raw, "</"+name):
		r.components = append(r.components, name)
	}
}

// emit adds b unless it has no text and is not code or markup. Prose inside
// an MDX component takes the component's name as its Info, unless it has
// one.
func (r *reader) emit(b *doc.Block, n ast.Node) {
	if n := len(r.components); n > 0 && b.Info == "" && b.Kind.IsProse() && b.Kind != doc.FootnoteDef {
		b.Info = r.components[n-1]
	}
	if b.Text == "" && b.Kind != doc.Code && b.Kind != doc.Markup {
		return
	}
	if b.Span == (source.Span{}) {
		b.Span = r.nodeSpan(n)
	}
	if b.Span == (source.Span{}) && b.Text == "" {
		return // an empty code block whose place is not known: nothing to compare
	}
	r.out = append(r.out, b)
}

// list reads the items of a list: the first paragraph of an item is a
// ListItem block, the rest of it blocks of their own.
func (r *reader) list(l *ast.List, ctx context) {
	inner := ctx
	inner.listKind++
	k := 0
	for it := l.FirstChild(); it != nil; it, k = it.NextSibling(), k+1 {
		first := it.FirstChild()
		var text ast.Node // the paragraph that is the item's text
		prefix := -1      // where a label written twice starts ("3. 3. Text")
		switch first := first.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			text = first
		case *ast.List:
			// "3. 3. Text": a list opening on the item's own line is the
			// item's number written twice, not a nested list.
			if p := first.FirstChild(); p != nil && p.FirstChild() != nil {
				if sp := r.nodeSpan(p.FirstChild()); sp != (source.Span{}) && lineStart(r.content, sp.Start) == lineStart(r.content, r.nodeSpan(it).Start) && first.ChildCount() == 1 {
					if _, ok := p.FirstChild().(*ast.Paragraph); ok || p.FirstChild().Kind() == ast.KindTextBlock {
						text = p.FirstChild()
						prefix = r.labelStart(sp.Start)
					}
				}
			}
		}
		if text == nil && l.IsOrdered() && first == nil {
			// An item with no text ("1." alone, its text in the next
			// paragraph): its number is still shown.
			if ls := r.emptyItemLine(it); ls >= 0 {
				b := &doc.Block{Kind: doc.ListItem, Level: inner.listKind, Ordinal: l.Start + k, Span: source.Span{Start: ls, End: lineEnd(r.content, ls)}}
				b.Span.End = len(bytes.TrimRight(r.content[:b.Span.End], " \t"))
				b.Number = r.itemNumber(b.Span.End)
				r.out = append(r.out, b)
			}
		}
		if text != nil {
			var bb doc.Builder
			b := &doc.Block{Kind: doc.ListItem, Level: inner.listKind}
			span := r.nodeSpan(text)
			if prefix >= 0 {
				bb.Append(string(r.content[prefix:span.Start]), prefix)
			}
			w := newWriter(r, &bb, b)
			w.children(text)
			bb.Finish(b)
			markMacros(b)
			if l.IsOrdered() {
				at := span.Start
				if prefix >= 0 {
					at = prefix
				}
				b.Number = r.itemNumber(at)
				b.Ordinal = l.Start + k
			}
			b.Span = source.Span{Start: lineStart(r.content, span.Start), End: span.End}
			r.emit(b, text)
			if prefix >= 0 {
				for c := text.NextSibling(); c != nil; c = c.NextSibling() {
					r.block(c, inner)
				}
				first = first.NextSibling()
			} else {
				first = first.NextSibling()
			}
		}
		for c := first; c != nil; c = c.NextSibling() {
			r.block(c, inner)
		}
	}
}

// emptyItemLine returns the offset of the line of an empty ordered list
// item ("3." alone): the first such line after the previous item, or -1.
func (r *reader) emptyItemLine(it ast.Node) int {
	from := 0
	for p := it.PreviousSibling(); p != nil; p = p.PreviousSibling() {
		if sp := r.nodeSpan(p); sp != (source.Span{}) {
			from = sp.End
			break
		}
	}
	if from == 0 {
		for p := it.Parent(); p != nil && from == 0; p = p.Parent() {
			for q := p.PreviousSibling(); q != nil; q = q.PreviousSibling() {
				if sp := r.nodeSpan(q); sp != (source.Span{}) {
					from = sp.End
					break
				}
			}
		}
	}
	for i, at := 0, lineStart(r.content, from); i < maxEmptyItemScan && at < len(r.content); i++ {
		end := lineEnd(r.content, at)
		if emptyItemRe.Match(r.content[at:end]) && at >= from {
			return at
		}
		at = end
		for at < len(r.content) && (r.content[at] == '\n' || r.content[at] == '\r') {
			at++
		}
	}
	return -1
}

// An ordered list item with no text, and how many lines after the
// previous item one is looked for.
var emptyItemRe = regexp.MustCompile(`^[ \t>]*\d{1,9}[.)][ \t]*$`)

const maxEmptyItemScan = 8

// labelStart returns where the list label before offset starts on its
// line: the "3. " of "3. 3. Text" when offset is where "Text" starts.
func (r *reader) labelStart(offset int) int {
	ls := lineStart(r.content, offset)
	i := offset
	for i > ls && (r.content[i-1] == ' ' || r.content[i-1] == '\t') {
		i--
	}
	if i > ls && (r.content[i-1] == '.' || r.content[i-1] == ')') {
		i--
	}
	for i > ls && r.content[i-1] >= '0' && r.content[i-1] <= '9' {
		i--
	}
	return i
}

// itemNumber reads the number of the list item whose text starts at
// offset, as written before it on its line ("12." or "3)").
func (r *reader) itemNumber(offset int) int {
	ls := lineStart(r.content, offset)
	pre := strings.TrimRight(string(r.content[ls:offset]), " \t")
	pre = strings.TrimRight(pre, ".)")
	i := len(pre)
	for i > 0 && pre[i-1] >= '0' && pre[i-1] <= '9' {
		i--
	}
	n, err := strconv.Atoi(pre[i:])
	if err != nil {
		return 0
	}
	return n
}

// paragraph reads a paragraph. One that opens with a note label ("[7]
// Text", as pasted notes are written) is a footnote definition, one per
// label line; one made only of macros (a shortcode alone) is markup.
func (r *reader) paragraph(n ast.Node, kind doc.Kind, ctx context) {
	if start := r.nodeSpan(n).Start; kind == doc.Paragraph && noteLabel.Match(r.content[start:min(len(r.content), start+8)]) {
		r.notes(n)
		return
	}
	b := r.inline(n, kind)
	if ctx.alert != "" {
		b.Info = ctx.alert
	}
	if ctx.quote && b.Span != (source.Span{}) {
		b.Span.Start = lineStart(r.content, b.Span.Start)
	}
	if b.Text != "" && onlyMacros(b) {
		b = &doc.Block{Kind: doc.Markup, Info: macroName(b.Inline[0].Value), Span: b.Span}
	}
	if name := listingPart(b); name != "" {
		// mdBook's listing captions as older books write them: the
		// presentation of a listing, as <Listing> writes it now.
		b = &doc.Block{Kind: doc.Markup, Info: name, Span: b.Span}
	}
	r.emit(b, n)
}

// listingPart returns "listing-filename" or "listing-caption" for a
// paragraph that is one <span class="filename"> or <span class="caption">
// element, as mdBook books wrote a listing's file name and caption before
// the <Listing> component; "" otherwise.
func listingPart(b *doc.Block) string {
	if len(b.Inline) < 2 || b.Inline[0].Kind != doc.InlineHTML || b.Inline[0].Text.Start != 0 {
		return ""
	}
	m := spanClassRe.FindStringSubmatch(b.Inline[0].Value)
	if m == nil {
		return ""
	}
	last := b.Inline[len(b.Inline)-1]
	if last.Kind != doc.InlineHTML || !strings.HasPrefix(last.Value, "</span") || strings.TrimSpace(b.Text[last.Text.End:]) != "" {
		return ""
	}
	return "listing-" + m[1]
}

var spanClassRe = regexp.MustCompile(`^<span\s+class\s*=\s*["'](filename|caption)["']\s*>$`)

// noteLabel is a pasted footnote's label at the start of a paragraph: "[7]
// ", "[7]:", "[^7]:".
var noteLabel = regexp.MustCompile(`^\[\^?(\d{1,3})\]:?[ \t\p{Zs}]`)

// notes reads a paragraph of pasted notes: a note starts at each line that
// opens with a label.
func (r *reader) notes(n ast.Node) {
	var cur *builder
	flush := func() {
		if cur != nil {
			b := cur.finish(doc.FootnoteDef)
			b.Number, b.Label = cur.num, strconv.Itoa(cur.num)
			r.out = append(r.out, b)
		}
		cur = nil
	}
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		start := r.sh.file(seg.Start)
		line := trimRight(string(r.sh.src[seg.Start:seg.Stop]))
		if m := noteLabel.FindStringSubmatchIndex(line); m != nil {
			flush()
			num, _ := strconv.Atoi(line[m[2]:m[3]])
			cur = &builder{r: r, num: num, start: start}
			line, start = line[m[1]:], start+m[1]
		}
		if cur == nil {
			cur = &builder{r: r, start: start}
		}
		lo := len(line) - len(strings.TrimLeft(line, " \t"))
		if cur.b.Len() > 0 {
			cur.b.AppendSynthetic(" ", start+lo)
		}
		cur.b.Append(strings.TrimSpace(line), start+lo)
		cur.end = start + len(line)
	}
	flush()
}

// code reads a code block: its lines as they are.
func (r *reader) code(n ast.Node) *doc.Block {
	var bb doc.Builder
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		// Padding is indentation a tab stands for; the text starts after it.
		bb.Append(string(seg.Value(r.sh.src)), r.sh.file(seg.Start))
	}
	b := &doc.Block{Kind: doc.Code, Span: r.nodeSpan(n)}
	bb.Finish(b)
	b.Text = strings.TrimRight(b.Text, "\r\n")
	return b
}

// fenceSpan extends the span of a fenced code block's lines to its fences.
func (r *reader) fenceSpan(n *ast.FencedCodeBlock, sp source.Span) source.Span {
	if sp == (source.Span{}) {
		if n.Info == nil {
			return sp
		}
		at := r.sh.file(n.Info.Segment.Start)
		sp = source.Span{Start: at, End: at}
	} else {
		// The opening fence is the line before the first line of code.
		if ls := lineStart(r.content, sp.Start); ls > 0 {
			sp.Start = lineStart(r.content, ls-1)
		}
	}
	if n.Info != nil {
		sp.Start = min(sp.Start, lineStart(r.content, r.sh.file(n.Info.Segment.Start)))
	}
	// The closing fence, if any, is the next line.
	end := lineEnd(r.content, sp.End)
	next := end
	if next < len(r.content) && r.content[next] == '\r' {
		next++
	}
	if next < len(r.content) && r.content[next] == '\n' {
		next++
	}
	if next < len(r.content) {
		if t := strings.TrimSpace(string(r.content[next:lineEnd(r.content, next)])); len(t) >= 3 && strings.Trim(t, "`~") == "" {
			end = lineEnd(r.content, next)
		}
	}
	sp.End = end
	return sp
}

// lineEnd returns the offset of the end of the line holding offset, before
// its line break.
func lineEnd(content []byte, offset int) int {
	for offset < len(content) && content[offset] != '\n' && content[offset] != '\r' {
		offset++
	}
	return offset
}

// tableRow reads a row of a table: its cells' text, " | " between them.
func (r *reader) tableRow(n ast.Node) {
	var bb doc.Builder
	b := &doc.Block{Kind: doc.TableRow}
	for cell := n.FirstChild(); cell != nil; cell = cell.NextSibling() {
		w := newWriter(r, &bb, b)
		if bb.Len() > 0 && cell.HasChildren() {
			w.pendingSep, w.pendingAt = cellSep, -1
		}
		w.children(cell)
	}
	bb.Finish(b)
	b.Span = r.nodeSpan(n)
	if b.Span == (source.Span{}) {
		return
	}
	b.Span.Start = lineStart(r.content, b.Span.Start)
	r.emit(b, n)
}

// footnote reads a footnote definition: its paragraphs' text.
func (r *reader) footnote(fn *east.Footnote) {
	label := string(fn.Ref)
	b := &doc.Block{Kind: doc.FootnoteDef, Label: label}
	if n, err := strconv.Atoi(label); err == nil && n > 0 {
		b.Number = n
	}
	var bb doc.Builder
	for c := fn.FirstChild(); c != nil; c = c.NextSibling() {
		switch c.(type) {
		case *ast.Paragraph, *ast.TextBlock:
			w := newWriter(r, &bb, b)
			if bb.Len() > 0 {
				w.pendingSep, w.pendingAt = " ", -1
			}
			w.children(c)
		default:
			// Code or a list inside a note: blocks of their own.
			r.block(c, context{})
		}
	}
	bb.Finish(b)
	span := r.nodeSpan(fn)
	// The definition starts at its label, "[^label]:", before the text.
	ls := lineStart(r.content, span.Start)
	if i := bytes.Index(r.content[ls:span.Start+min(1, span.End-span.Start)], []byte("[^"+label+"]")); i >= 0 || span == (source.Span{}) {
		if span == (source.Span{}) {
			return // an empty definition: nothing to translate
		}
		span.Start = ls + max(i, 0)
	}
	b.Span = span
	r.out = append(r.out, b)
}

// inline builds a block of kind from the inline children of n.
func (r *reader) inline(n ast.Node, kind doc.Kind) *doc.Block { return r.inlineSkip(n, kind, false) }

// inlineSkip is inline, leaving out the first line of n when skipFirst is
// set.
func (r *reader) inlineSkip(n ast.Node, kind doc.Kind, skipFirst bool) *doc.Block {
	var bb doc.Builder
	b := &doc.Block{Kind: kind}
	w := newWriter(r, &bb, b)
	w.skipLine = skipFirst
	w.children(n)
	bb.Finish(b)
	b.Span = r.nodeSpan(n)
	if skipFirst && b.Text != "" {
		b.Span.Start = b.FileOffset(0)
	}
	if kind == doc.Heading && b.Span != (source.Span{}) {
		b.Span.Start = lineStart(r.content, b.Span.Start)
		b.Span.End = lineEnd(r.content, b.Span.End)
		r.headingID(&bb, b)
		if !strings.HasPrefix(strings.TrimLeft(string(r.content[b.Span.Start:b.Span.End]), " "), "#") {
			b.Span.End = r.setextEnd(b.Span.End)
		}
	}
	markMacros(b)
	return b
}

// setextEnd extends a heading ending at end over the next line when that
// line underlines it ("===", "---").
func (r *reader) setextEnd(end int) int {
	next := end
	if next < len(r.content) && r.content[next] == '\r' {
		next++
	}
	if next < len(r.content) && r.content[next] == '\n' {
		next++
	}
	if next >= len(r.content) || next == end {
		return end
	}
	t := strings.TrimSpace(string(r.content[next:lineEnd(r.content, next)]))
	if t != "" && (strings.Trim(t, "=") == "" || strings.Trim(t, "-") == "") {
		return lineEnd(r.content, next)
	}
	return end
}

// headingID takes a trailing MDX id ("{/*usage*/}") or attribute ("{#id}")
// off a heading's text into b.ID. It looks at the heading's line as
// written: goldmark reads "*usage*" as emphasis.
func (r *reader) headingID(bb *doc.Builder, b *doc.Block) {
	end := b.Span.End
	for end < len(r.content) && r.content[end] != '\n' && r.content[end] != '\r' {
		end++
	}
	line := string(r.content[b.Span.Start:end])
	m := headingIDRe.FindStringSubmatchIndex(line)
	if m == nil {
		return
	}
	id := ""
	if m[2] >= 0 {
		id = line[m[2]:m[3]]
	} else {
		id = line[m[4]:m[5]]
	}
	if b.ID == "" {
		b.ID = strings.TrimSpace(id)
	}
	at := b.Span.Start + m[0] // where the id starts in the file
	cut := len(b.Text)
	for cut > 0 && b.FileOffset(cut-1) >= at {
		cut--
	}
	cut = len(strings.TrimRight(b.Text[:cut], " \t"))
	if cut == len(b.Text) {
		return
	}
	bb.Truncate(cut)
	bb.Finish(b)
	inl := b.Inline[:0]
	for _, in := range b.Inline {
		if in.Text.End <= cut {
			inl = append(inl, in)
		}
	}
	b.Inline = inl
	for i := range b.Links {
		if b.Links[i].Text.End > cut {
			b.Links[i].Text = source.Span{Start: cut, End: cut}
		}
	}
}

var headingIDRe = regexp.MustCompile(`[ \t]*(?:\{/\*[ \t]*([^*]*?)[ \t]*\*/\}|\{#([\w.:-]+)\})[ \t]*$`)

// alert recognises a GitHub alert, "[!NOTE]" as the first line of a
// quote, and returns its name.
func (r *reader) alert(p *ast.Paragraph) (string, bool) {
	if p.Lines().Len() == 0 {
		return "", false
	}
	seg := p.Lines().At(0)
	first := strings.TrimSpace(string(seg.Value(r.sh.src)))
	if m := alertRe.FindStringSubmatch(first); m != nil {
		return strings.ToLower(m[1]), true
	}
	return "", false
}

var alertRe = regexp.MustCompile(`^\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]$`)

// nodeSpan returns the span in the file of the text of n and its
// descendants; the zero Span if it has none.
func (r *reader) nodeSpan(n ast.Node) source.Span {
	lo, hi := -1, -1
	see := func(s text.Segment) {
		if s.Stop <= s.Start && s.Start == 0 {
			return
		}
		a, b := r.sh.file(s.Start), r.sh.file(max(s.Start, s.Stop-1))+1
		if s.Stop <= s.Start {
			b = a
		}
		if lo < 0 || a < lo {
			lo = a
		}
		if b > hi {
			hi = b
		}
	}
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if c.Type() == ast.TypeBlock {
			lines := c.Lines()
			for i := 0; i < lines.Len(); i++ {
				see(lines.At(i))
			}
		}
		if t, ok := c.(*ast.Text); ok {
			see(t.Segment)
		}
		return ast.WalkContinue, nil
	})
	if lo < 0 {
		return source.Span{}
	}
	hi = min(hi, len(r.content))
	// Trailing line breaks belong to the line, not the block.
	for hi > lo && (r.content[hi-1] == '\n' || r.content[hi-1] == '\r') {
		hi--
	}
	return source.Span{Start: lo, End: hi}
}

// lineStart returns the offset of the start of the line holding offset.
func lineStart(content []byte, offset int) int {
	offset = min(offset, len(content))
	for offset > 0 && content[offset-1] != '\n' && content[offset-1] != '\r' {
		offset--
	}
	return offset
}

// codeLanguage returns the language of a fence's info string: "rust" of
// "rust,ignore", "js" of "js {1,3}", "console" of "console title=x".
func codeLanguage(info string) string {
	info = strings.TrimSpace(info)
	end := strings.IndexFunc(info, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == '{' })
	if end >= 0 {
		info = info[:end]
	}
	return strings.Trim(info, "{}.")
}

func trimRight(s string) string { return strings.TrimRight(s, " \t\r\n") }

// builder accumulates the text of a pasted note.
type builder struct {
	r          *reader
	b          doc.Builder
	num        int
	start, end int
}

func (bb *builder) finish(kind doc.Kind) *doc.Block {
	b := &doc.Block{Kind: kind, Span: source.Span{Start: bb.start, End: max(bb.end, bb.start)}}
	bb.b.Finish(b)
	return b
}

func spanOf(s [2]int) source.Span { return source.Span{Start: s[0], End: s[1]} }

func toString(v any) string { return fmt.Sprint(v) }
