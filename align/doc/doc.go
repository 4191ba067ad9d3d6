// Package doc defines the document model shared by the readers, the aligner
// and the rules.
//
// A [Document] is one language version of an article: its language, the
// file it came from and its blocks in reading order. Footnote definitions
// are blocks too (kind [FootnoteDef]); [Document.Footnotes] indexes them.
// Each [Block] keeps its span in the file, its plain text (markup removed,
// what gets segmented and compared) and a map from that text back to file
// offsets, so that any part of the text can be turned into a line and
// column of the file as given.
package doc

import (
	"math"
	"sort"

	"github.com/tralign/tralign/align/source"
)

// MaxText is the length in bytes of the longest text a block may have:
// what reads a block's text keeps places in it in 32 bits (a word's
// offset), and the readers refuse a longer one.
const MaxText = math.MaxInt32

// Kind is the kind of a block.
type Kind uint8

// Block kinds.
const (
	Paragraph   Kind = iota // running text
	Title                   // the title of the article
	Subtitle                // a standfirst or subtitle under the title
	Byline                  // author, organisation and date line
	Heading                 // a section heading
	ListItem                // one item of a list
	TableRow                // one row of a table
	Code                    // a code block
	Quote                   // a block quotation
	FootnoteDef             // a footnote definition
	Markup                  // a block of markup: an HTML block, an MDX component, a shortcode, an include directive
)

var kindNames = [...]string{"paragraph", "title", "subtitle", "byline", "heading", "list-item", "table-row", "code", "quote", "footnote", "markup"}

// String returns the lower-case name of k, as used in JSON output.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Kinds lists every kind in declaration order.
func Kinds() []Kind {
	ks := make([]Kind, len(kindNames))
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// IsProse reports whether blocks of kind k hold running text in the
// version's language: everything but code and markup.
func (k Kind) IsProse() bool { return k != Code && k != Markup }

// IsHeadingLike reports whether k is a title, subtitle or heading: short
// text that structures the article rather than running text.
func (k Kind) IsHeadingLike() bool { return k == Title || k == Subtitle || k == Heading }

// Marker is a footnote reference inside the text of a block.
type Marker struct {
	Number int         // footnote number as written, e.g. 7 for "[7]" or "⁷"; 0 for a named footnote
	Label  string      // the label as written: "7" for "[7]", "[^7]" or "⁷", "siphash" for "[^siphash]"
	Span   source.Span // the marker in the file, brackets included
	Text   source.Span // the marker in Block.Text, bytes, relative to Text
}

// Document is one language version of an article.
type Document struct {
	File       *source.File
	Format     string            // how the file was read: "plain", "markdown", "asciidoc", "html"
	Lang       string            // ISO 639-1 code, e.g. "en"; "" if unknown
	LangFrom   string            // how Lang was found: "flag", "name", "path", "front-matter", "detected"
	Meta       map[string]string // scalar fields of the front matter or header (title, lang, source_commit, ...), keys lower-case
	Span       source.Span       // the part of File holding this version
	Blocks     []*Block
	Footnotes  []int // indexes into Blocks of the footnote definitions, in order
	Confidence float64
	// Suppressions are the tralign-ignore comments of the version, in
	// file order. The comments themselves are neither blocks nor text.
	Suppressions []Suppression
}

// Suppression is an inline comment that silences rules for one block:
// "<!-- tralign-ignore RULE[, RULE...]: reason -->" in Markdown and HTML,
// "// tralign-ignore ..." in AsciiDoc, a line "tralign-ignore ..." in plain
// text. It applies to the block that follows it, or to the block it
// stands in when it stands inside one.
type Suppression struct {
	Rules  []string    // the rule ids named, as written; none when the comment names none
	Reason string      // why, after the colon; "" when the comment gives none
	Line   int         // the line of the comment in the file, from 1
	Span   source.Span // the comment in the file
	Block  int         // index into Blocks of the block it applies to; -1 when no block follows
	Text   string      // what follows "tralign-ignore", trimmed, for messages
}

// FirstLine returns the first line of the version in its file.
func (d *Document) FirstLine() int { return d.File.Line(d.Span.Start) }

// LastLine returns the last line of the version that holds text.
func (d *Document) LastLine() int {
	end := d.Span.End
	if len(d.Blocks) > 0 {
		end = d.Blocks[len(d.Blocks)-1].Span.End
	}
	if end > d.Span.Start {
		end--
	}
	return d.File.Line(end)
}

// Footnote returns the first footnote definition numbered n, or nil.
func (d *Document) Footnote(n int) *Block {
	for _, i := range d.Footnotes {
		if d.Blocks[i].Number == n {
			return d.Blocks[i]
		}
	}
	return nil
}

// FootnoteLabeled returns the first footnote definition with label, or nil.
func (d *Document) FootnoteLabeled(label string) *Block {
	for _, i := range d.Footnotes {
		if d.Blocks[i].Label == label {
			return d.Blocks[i]
		}
	}
	return nil
}

// Markers counts the footnote markers of all blocks.
func (d *Document) Markers() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(b.Markers)
	}
	return n
}

// Block is one block of a document: a paragraph, heading, footnote
// definition and so on.
type Block struct {
	Kind    Kind
	Level   int         // heading level or list depth; 0 if not applicable
	Number  int         // footnote number for FootnoteDef (0 if its label is not a number), list number as written for a numbered ListItem; 0 otherwise
	Ordinal int         // the number a numbered ListItem shows when rendered (Markdown counts on from a list's first number); 0 if not known
	Label   string      // the label of a FootnoteDef as written ("7", "siphash"); "" for other kinds
	Info    string      // the language of a Code block ("rust", "console"), the name of a Markup block ("Sandpack", "include", "note"); "" if none
	ID      string      // an explicit anchor of a heading ("{#id}", "[[id]]"); "" if none
	Span    source.Span // the whole block in the file, markup included
	Text    string      // plain text: block markup and line breaks removed, what gets segmented
	Lang    string      // language identified for this block; "" if too little text
	// LangConfidence is the confidence of Lang, and LangOf the text it
	// was identified from, against every language: the block's prose
	// when it was read. A check that asks the same of the same text
	// takes the answer from here.
	LangConfidence float64
	LangOf         string
	Markers        []Marker // footnote markers in the text, in order
	Inline         []Inline // the parts of Text that are not prose (code spans, inline markup), in order
	Links          []Link   // the links of the block, in order

	// Sentences holds the sentences of Text as spans relative to Text,
	// tiling it in order; Items holds the cited works of a footnote
	// definition the same way. Both are set by the reader.
	Sentences []source.Span
	Items     []source.Span

	offs []offsetRun
}

// InlineKind says what an inline part of a block's text is.
type InlineKind uint8

// Inline kinds. None of them is prose: they do not count toward language
// identification, length ratios, sentence boundaries or untranslated text,
// but they are compared between versions where they carry meaning.
const (
	InlineCode  InlineKind = iota + 1 // a code span: `x := 1`, +code+, <code>x</code>
	InlineHTML                        // an inline HTML tag kept in the text: <kbd>, <br>
	InlineMacro                       // a shortcode, Liquid tag, MDX expression or component, AsciiDoc macro or attribute reference: {{< ref >}}, {% x %}, {x}, <Icon />, {attr}
	InlineMath                        // math: $x^2$, \(x\)
)

var inlineNames = [...]string{"", "code", "html", "macro", "math"}

// String returns the lower-case name of k.
func (k InlineKind) String() string {
	if int(k) < len(inlineNames) && k > 0 {
		return inlineNames[k]
	}
	return "unknown"
}

// Inline is a part of a block's text that is not prose.
type Inline struct {
	Kind  InlineKind
	Text  source.Span // the part in Block.Text, bytes; may be empty where markup was dropped from the text
	Value string      // what is compared across versions: the code of a code span, the name of a tag or macro
}

// Link is a link of a block: an inline, reference-style or automatic link,
// or an image.
type Link struct {
	URL   string      // the destination, reference-style links resolved, as written otherwise
	Text  source.Span // the link text in Block.Text; the URL itself for an autolink; empty if the text is not in Block.Text
	Image bool        // an image, not a link
}

// Prose returns b.Text with every Inline part replaced by spaces, byte for
// byte, so that offsets into it are offsets into Text: what language
// identification, lengths and sentence boundaries look at.
func (b *Block) Prose() string {
	if len(b.Inline) == 0 {
		return b.Text
	}
	buf := []byte(b.Text)
	for _, in := range b.Inline {
		lo, hi := max(0, in.Text.Start), min(len(buf), in.Text.End)
		for i := lo; i < hi; i++ {
			buf[i] = ' '
		}
	}
	return string(buf)
}

// offsetRun maps Text[text:] to the file from offset file on, until the
// next run. A synthetic run (text with no bytes of its own in the file, such
// as a space standing for a line break) maps every offset to file.
type offsetRun struct {
	text      int // byte offset in Text, starting at 0
	file      int // byte offset in the file, starting at 0
	synthetic bool
}

// Builder accumulates the plain text of a block together with its map back
// to file offsets. The zero value is ready to use.
type Builder struct {
	text []byte
	offs []offsetRun
}

// Append adds the file bytes at [fileOffset, fileOffset+len(s)) as text s.
func (b *Builder) Append(s string, fileOffset int) {
	if s == "" {
		return
	}
	n := len(b.offs)
	if n == 0 || b.offs[n-1].synthetic || b.offs[n-1].file+(len(b.text)-b.offs[n-1].text) != fileOffset {
		b.offs = append(b.offs, offsetRun{text: len(b.text), file: fileOffset})
	}
	b.text = append(b.text, s...)
}

// AppendSynthetic adds s, which has no bytes of its own in the file, mapped
// to fileOffset.
func (b *Builder) AppendSynthetic(s string, fileOffset int) {
	if s == "" {
		return
	}
	b.offs = append(b.offs, offsetRun{text: len(b.text), file: fileOffset, synthetic: true})
	b.text = append(b.text, s...)
}

// Truncate cuts the text so far to its first n bytes.
func (b *Builder) Truncate(n int) {
	n = max(0, min(n, len(b.text)))
	b.text = b.text[:n]
	for len(b.offs) > 0 && b.offs[len(b.offs)-1].text >= n {
		b.offs = b.offs[:len(b.offs)-1]
	}
}

// Len returns the length in bytes of the text so far.
func (b *Builder) Len() int { return len(b.text) }

// String returns the text so far.
func (b *Builder) String() string { return string(b.text) }

// Finish sets blk.Text and its offset map from the builder.
func (b *Builder) Finish(blk *Block) {
	blk.Text = string(b.text)
	blk.offs = append([]offsetRun(nil), b.offs...)
}

// FileOffset maps a byte offset of b.Text, clamped to [0, len(Text)], to a
// byte offset of the file. An offset inside synthetic text maps to the file
// offset the synthetic text stands for.
func (b *Block) FileOffset(textOffset int) int {
	textOffset = max(0, min(textOffset, len(b.Text)))
	if len(b.offs) == 0 {
		return b.Span.Start
	}
	i := sort.Search(len(b.offs), func(i int) bool { return b.offs[i].text > textOffset }) - 1
	if i < 0 {
		return b.offs[0].file
	}
	r := b.offs[i]
	if r.synthetic {
		return r.file
	}
	return r.file + (textOffset - r.text)
}

// Synthetic reports whether the byte of b.Text at textOffset has no byte
// of its own in the file: a space standing for a line break, a separator
// between table cells, a decoded entity.
func (b *Block) Synthetic(textOffset int) bool {
	if len(b.offs) == 0 || textOffset < 0 || textOffset >= len(b.Text) {
		return false
	}
	i := sort.Search(len(b.offs), func(i int) bool { return b.offs[i].text > textOffset }) - 1
	return i >= 0 && b.offs[i].synthetic
}

// fileEnd maps the end of a span of Text (exclusive) to the file: it is
// placed just after the last byte of the span, so a span that ends where
// a line of the block ends does not take in the line break and the next
// line's indentation.
func (b *Block) fileEnd(textEnd int) int {
	textEnd = max(0, min(textEnd, len(b.Text)))
	if len(b.offs) == 0 || textEnd == 0 {
		return b.FileOffset(textEnd)
	}
	i := sort.Search(len(b.offs), func(i int) bool { return b.offs[i].text >= textEnd }) - 1
	if i < 0 {
		return b.FileOffset(textEnd)
	}
	r := b.offs[i]
	if r.synthetic {
		return r.file
	}
	return r.file + (textEnd - r.text)
}

// SourceSpan maps a span of b.Text to a span of the file. It is the only way
// a part of the text is turned into a place.
func (b *Block) SourceSpan(text source.Span) source.Span {
	start := b.FileOffset(text.Start)
	end := start
	if text.End > text.Start {
		end = max(b.fileEnd(text.End), start)
	}
	return source.Span{Start: start, End: end}
}

// SentenceText returns the text of sentence i.
func (b *Block) SentenceText(i int) string {
	s := b.Sentences[i]
	return b.Text[s.Start:s.End]
}

// ItemText returns the text of citation item i.
func (b *Block) ItemText(i int) string {
	s := b.Items[i]
	return b.Text[s.Start:s.End]
}

// Problem is a syntax problem a format reader found in a file. It does not
// stop reading: the reader keeps what it could make of the text.
type Problem struct {
	Offset int    // byte offset in the file where the problem is, starting at 0
	Msg    string // what is wrong and what to do, lower-case, no final period
}
