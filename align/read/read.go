// Package read turns input files into language versions of an article.
//
// A file is decoded (see package textenc), cut into blocks (plain text:
// blocks separated by blank lines; Markdown: headings, list items, quotes,
// table rows, code and paragraphs), and each block gets its kind, its plain
// text with a map back to the file, its footnote markers, its language and
// its sentences. A file holding several language versions one after another
// is split into versions where the language changes and the structure
// restarts (see [Options.Split]).
//
// Syntax problems do not stop reading: like go/parser.ParseFile, [File]
// returns what it could read together with an [ErrorList]. A file that
// cannot be read as text at all gives no documents and an error.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/size"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/read/asciidoc"
	"github.com/tralign/tralign/align/read/htmldoc"
	"github.com/tralign/tralign/align/read/markdown"
	"github.com/tralign/tralign/align/segment"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/textenc"
)

// Options control how a file is read.
type Options struct {
	// Lang forces the language of every version read from the file
	// (ISO 639-1). Set it when the name does not say and detection is
	// unreliable; it also turns splitting off.
	Lang string
	// Encoding forces the encoding of the bytes ("" = detect).
	Encoding string
	// Format is "plain", "markdown" or "" to decide from the file name
	// (.md, .markdown: Markdown; anything else: plain text).
	Format string
	// Split lets a file holding several language versions one after
	// another be split into one document per version. Set it when the
	// file is the only input; with several files each is one version.
	Split bool
	// Identifier identifies the languages of the blocks; nil means one
	// of the file's own. A caller that reads many files on one goroutine
	// passes the same one, so that each word is scored once for all.
	Identifier *langid.Identifier

	// maxText is the longest text of a block the reader takes: 0 means
	// doc.MaxText. Lowered by tests only.
	maxText int
}

// File reads one file's bytes into one or more language versions.
func File(name string, data []byte, opts Options) ([]*doc.Document, error) {
	text, enc, err := textenc.Decode(data, opts.Encoding)
	if err != nil {
		var be *textenc.BinaryError
		if errors.As(err, &be) {
			// The line goes in the position, so that the message reads
			// "name:3: binary data ..." like any other.
			return nil, &Error{
				Pos: source.Position{Filename: name, Line: be.Line},
				Msg: fmt.Sprintf("binary data (byte 0x%02x); tralign reads text files: give a text file, or name the encoding with --encoding", be.Byte),
				Err: err,
			}
		}
		return nil, &Error{Pos: source.Position{Filename: name}, Msg: err.Error(), Err: err}
	}
	f := source.NewFile(name, text)
	f.Encoding = enc
	return Source(f, opts)
}

// Source reads an already decoded file into one or more language versions.
func Source(f *source.File, opts Options) ([]*doc.Document, error) {
	var errs ErrorList
	format := opts.Format
	if format == "" {
		format = FormatOf(f.Name)
	}
	var raws []*rawBlock
	var meta map[string]string
	sups := findSuppressions(f, format)
	switch format {
	case "markdown", "asciidoc", "html":
		read := markdown.Blocks
		switch format {
		case "asciidoc":
			read = asciidoc.Blocks
		case "html":
			read = htmldoc.Blocks
		}
		blocks, m, problems := read(f)
		meta = m
		for _, p := range problems {
			errs.Add(f.Position(p.Offset), "%s", p.Msg)
		}
		for _, b := range blocks {
			if b.Kind.IsProse() && !(b.Kind == doc.ListItem && b.Number > 0) && strings.TrimFunc(b.Text, func(r rune) bool { return unicode.IsSpace(r) || isSpace(r) }) == "" {
				continue // no-break and zero-width spaces, which CommonMark takes for text
			}
			raws = append(raws, &rawBlock{Block: b, lines: f.Line(b.Span.End) - f.Line(b.Span.Start) + 1})
		}
	case "plain":
		lines := splitLines(f.Content)
		fmLang, body := frontMatter(lines)
		if fmLang != "" {
			meta = map[string]string{"lang": fmLang}
		}
		sups = blankSuppressions(f, body)
		raws = plainBlocks(body)
	default:
		return nil, &Error{Pos: source.Position{Filename: f.Name}, Msg: fmt.Sprintf("unknown format %q; use plain, markdown, asciidoc or html", format)}
	}
	maxText := doc.MaxText
	if opts.maxText > 0 {
		maxText = opts.maxText
	}
	if err := tooLong(f, raws, maxText); err != nil {
		return nil, err
	}
	if len(raws) == 0 || allMarkup(raws) {
		msg := "no text to read: the file is empty or holds only white space; give the article's text"
		if len(bytes.TrimFunc(f.Content, func(r rune) bool { return unicode.IsSpace(r) || isSpace(r) })) > 0 {
			msg = "no text to read: the file holds only markup (front matter, rules, empty labels); give the article's text"
		}
		return nil, &Error{Pos: source.Position{Filename: f.Name, Line: 1}, Msg: msg}
	}
	ids := opts.Identifier // the blocks share the scores of their words
	if ids == nil {
		ids = new(langid.Identifier)
	}
	for _, rb := range raws {
		findMarkers(rb, f)
		labelNumbers(rb.Block)
		bareLinks(rb.Block)
		classifyShort(rb, format)
		if rb.Kind.IsProse() {
			prose := rb.Prose()
			r := ids.Lang(prose, nil)
			rb.Lang, rb.LangConfidence, rb.LangOf = r.Lang, r.Confidence, prose
		}
	}
	fmLang := ""
	for _, k := range []string{"lang", "language", "locale"} {
		if l := langTag(meta[k]); l != "" {
			fmLang = l
			break
		}
	}
	fixed := opts.Lang
	from := "flag"
	if fixed == "" {
		if l, how := langFromName(f.Name); l != "" {
			fixed, from = l, how
		} else if fmLang != "" {
			fixed, from = fmLang, "front-matter"
		}
	}
	var groups [][]*rawBlock
	if opts.Split && fixed == "" {
		groups = splitVersions(raws)
	} else {
		groups = [][]*rawBlock{raws}
	}
	var docs []*doc.Document
	for gi, g := range groups {
		d := &doc.Document{File: f, Format: format, Meta: meta}
		end := len(f.Content)
		if gi+1 < len(groups) {
			end = groups[gi+1][0].Span.Start
		}
		start := g[0].Span.Start
		if gi == 0 {
			start = 0
		}
		d.Span = source.Span{Start: start, End: end}
		d.Lang, d.Confidence = majorityLang(g)
		d.LangFrom = "detected"
		if fixed != "" {
			d.Lang, d.LangFrom, d.Confidence = fixed, from, 1
		}
		if d.Lang == "" {
			errs.Add(f.Position(g[0].Span.Start), "cannot tell the language of this version; name it in the file name (x.es.txt) or with --lang")
		}
		for _, rb := range g {
			d.Blocks = append(d.Blocks, rb.Block)
		}
		structure(d, g, format)
		for i, b := range d.Blocks {
			if b.Kind == doc.FootnoteDef {
				d.Footnotes = append(d.Footnotes, i)
				b.Items = splitRepeats(b.Text, segment.Items(b.Text))
			}
			lang := b.Lang
			if lang == "" {
				lang = d.Lang
			}
			if b.Kind.IsProse() {
				b.Sentences = segment.Sentences(b.Prose(), lang)
			}
		}
		docs = append(docs, d)
	}
	attachSuppressions(docs, sups)
	errs.Sort()
	return docs, errs.Err()
}

// FormatOf returns the input format a file name implies: "markdown" for
// .md, .markdown, .mdx and the like, "asciidoc" for .adoc, .asciidoc and
// .asc, "html" for .html, .htm and .xhtml, "plain" for anything else.
func FormatOf(name string) string {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx":
		return "markdown"
	case ".adoc", ".asciidoc", ".asc":
		return "asciidoc"
	case ".html", ".htm", ".xhtml":
		return "html"
	}
	return "plain"
}

// allMarkup reports whether no block holds text to translate.
func allMarkup(raws []*rawBlock) bool {
	for _, rb := range raws {
		if rb.Kind.IsProse() && strings.TrimSpace(rb.Text) != "" {
			return false
		}
	}
	return true
}

// langTag returns the language of a tag such as "es", "es-MX", "pt_BR",
// or "" if it names none.
func langTag(tag string) string {
	tag = strings.TrimSpace(tag)
	if isLangCode(tag) {
		return langid.Base(tag)
	}
	return ""
}

// bareLinks records the links and e-mail addresses written out in the
// text of b (plain text, or a URL Markdown did not make a link) that no
// link or code span of b covers yet.
func bareLinks(b *doc.Block) {
	if !b.Kind.IsProse() {
		return
	}
	for _, sp := range feature.URLSpans(b.Text) {
		covered := false
		for _, l := range b.Links {
			if l.Text.Start < sp.End && sp.Start < l.Text.End {
				covered = true
				break
			}
		}
		// An address in a code span is code (code-mismatch compares it).
		for _, in := range b.Inline {
			if in.Kind == doc.InlineCode && in.Text.Start < sp.End && sp.Start < in.Text.End {
				covered = true
				break
			}
		}
		if !covered {
			b.Links = append(b.Links, doc.Link{URL: b.Text[sp.Start:sp.End], Text: sp})
		}
	}
	sort.SliceStable(b.Links, func(i, j int) bool { return b.Links[i].Text.Start < b.Links[j].Text.Start })
}

var fmLangLine = regexp.MustCompile(`^(?:lang|language|locale)\s*:\s*["']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?["']?\s*$`)

// frontMatter returns the language named in a YAML front matter block
// ("---" lines around "lang: es") and the lines after it.
func frontMatter(lines []line) (lang string, rest []line) {
	if len(lines) == 0 || strings.TrimSpace(lines[0].text) != "---" {
		return "", lines
	}
	for i := 1; i < len(lines) && i < 200; i++ {
		t := strings.TrimSpace(lines[i].text)
		if t == "---" || t == "..." {
			return lang, lines[i+1:]
		}
		if m := fmLangLine.FindStringSubmatch(t); m != nil {
			lang = strings.ToLower(m[1])
		}
		if t != "" && !fmLine.MatchString(lines[i].text) {
			// Not YAML: the "---" was a rule above text, which must
			// not be dropped.
			return "", lines
		}
	}
	return "", lines
}

// fmLine matches the lines of a YAML front matter block: "key: value",
// list items, indented continuations and comments.
var fmLine = regexp.MustCompile(`^(?:["']?[\w.-]+["']?[ \t]*:|[ \t]|-[ \t]|#|-$)`)

// fileExts are file name extensions that are not language codes.
var fileExts = map[string]bool{"md": true, "mdx": true, "txt": true, "text": true, "html": true, "htm": true, "markdown": true, "rst": true, "xml": true, "json": true, "adoc": true, "asciidoc": true, "asc": true}

// langFromName finds a language code in a file name and says where:
// "name" for a suffix (x.es.md, x.es, README-es.md, README_es.md), "path"
// for a folder of the path (es/x.md, content/ko/docs/x.md,
// i18n/es/docusaurus-plugin-content-docs/current/x.md), the nearest folder
// first.
func langFromName(name string) (string, string) {
	base := filepath.Base(name)
	parts := strings.Split(base, ".")
	for i := len(parts) - 1; i >= 1; i-- {
		p := strings.ToLower(parts[i])
		if fileExts[p] {
			continue
		}
		if l := langTag(p); l != "" && (len(p) == 2 || len(p) == 5) {
			return l, "name"
		}
		break
	}
	// README-es.md, README_pt-BR.md
	stem := parts[0]
	if i := strings.LastIndexAny(stem, "-_"); i > 0 {
		suffix := stem[i+1:]
		if j := strings.LastIndexAny(stem[:i], "-_"); j > 0 && len(suffix) == 2 && len(stem[j+1:i]) == 2 {
			suffix = stem[j+1:] // pt-BR
		}
		if l := langTag(suffix); l != "" && isUpperWord(stem[:strings.LastIndexAny(stem, "-_")]) {
			return l, "name"
		}
	}
	dir := filepath.Dir(name)
	for dir != "." && dir != "/" && dir != "" {
		seg := filepath.Base(dir)
		if l := langTag(seg); l != "" && (len(seg) == 2 || len(seg) == 5) {
			return l, "path"
		}
		next := filepath.Dir(dir)
		if next == dir {
			break
		}
		dir = next
	}
	return "", ""
}

// isUpperWord reports whether s is a capitalised file name stem such as
// README or CONTRIBUTING, where a suffix "-es" names a language, as
// opposed to "my-notes-es" where it may not.
func isUpperWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

func isLangCode(s string) bool { return langid.IsCode(s) }

// noteLangWeight divides the weight of a footnote's text in the vote for a
// version's language: notes often keep the titles of cited works in their
// own language. Fit (the seed's Russian notes cite works in Ukrainian).
const noteLangWeight = 4

// majorityLang returns the language holding most of the text of blocks,
// and its share.
func majorityLang(blocks []*rawBlock) (string, float64) {
	weight := map[string]int{}
	total := 0
	for _, b := range blocks {
		if b.Lang == "" {
			continue
		}
		w := len(b.Text)
		if b.Kind == doc.FootnoteDef {
			w /= noteLangWeight // notes often keep cited titles in their own language
		}
		weight[b.Lang] += w
		total += w
	}
	best, bw := "", 0
	for l, w := range weight {
		if w > bw || (w == bw && l < best) {
			best, bw = l, w
		}
	}
	if total == 0 {
		return "", 0
	}
	return best, float64(bw) / float64(total)
}

// labelNumbers gives numbered footnote definitions and markers that have
// no label their number as label.
func labelNumbers(b *doc.Block) {
	if b.Kind == doc.FootnoteDef && b.Label == "" && b.Number > 0 {
		b.Label = strconv.Itoa(b.Number)
	}
	for i := range b.Markers {
		if m := &b.Markers[i]; m.Label == "" && m.Number > 0 {
			m.Label = strconv.Itoa(m.Number)
		}
	}
}

// tooLong returns an error for the first of raws whose text is longer
// than max bytes, nil if none is.
func tooLong(f *source.File, raws []*rawBlock, max int) error {
	for _, rb := range raws {
		if len(rb.Text) > max {
			return &Error{Pos: source.Position{Filename: f.Name, Line: f.Line(rb.Span.Start)}, Msg: fmt.Sprintf("a block of %s of text, more than the %s a check takes: break it into paragraphs", size.Bytes(len(rb.Text)), size.Bytes(max))}
		}
	}
	return nil
}
