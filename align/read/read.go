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
	"strconv"
	"strings"
	"unicode"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
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
	lines := splitLines(f.Content)
	fmLang, body := frontMatter(lines)
	format := opts.Format
	if format == "" {
		switch strings.ToLower(filepath.Ext(f.Name)) {
		case ".md", ".markdown", ".mdown", ".mkd":
			format = "markdown"
		default:
			format = "plain"
		}
	}
	var raws []*rawBlock
	switch format {
	case "markdown":
		raws = markdownBlocks(body)
	case "plain":
		raws = plainBlocks(body)
	default:
		return nil, &Error{Pos: source.Position{Filename: f.Name}, Msg: fmt.Sprintf("unknown format %q; use plain or markdown", format)}
	}
	if len(raws) == 0 {
		msg := "no text to read: the file is empty or holds only white space; give the article's text"
		if len(bytes.TrimFunc(f.Content, func(r rune) bool { return unicode.IsSpace(r) || isSpace(r) })) > 0 {
			msg = "no text to read: the file holds only markup (front matter, rules, empty labels); give the article's text"
		}
		return nil, &Error{Pos: source.Position{Filename: f.Name, Line: 1}, Msg: msg}
	}
	for _, rb := range raws {
		findMarkers(rb, f)
		labelNumbers(&rb.Block)
		classifyShort(rb, format)
		if rb.Kind != doc.Code {
			rb.Lang = langid.Identify(rb.Text, nil).Lang
		}
	}

	fixed := opts.Lang
	from := "flag"
	if fixed == "" {
		if l := langFromName(f.Name); l != "" {
			fixed, from = l, "name"
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
		d := &doc.Document{File: f}
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
			b := rb.Block
			d.Blocks = append(d.Blocks, &b)
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
			if b.Kind != doc.Code {
				b.Sentences = segment.Sentences(b.Text, lang)
			}
		}
		docs = append(docs, d)
	}
	errs.Sort()
	return docs, errs.Err()
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
var fileExts = map[string]bool{"md": true, "txt": true, "text": true, "html": true, "htm": true, "markdown": true, "rst": true, "xml": true, "json": true}

// langFromName finds a language code in a file name: x.es.md, x.es, es/x.md.
func langFromName(name string) string {
	base := filepath.Base(name)
	parts := strings.Split(base, ".")
	for i := len(parts) - 1; i >= 1; i-- {
		p := strings.ToLower(parts[i])
		if fileExts[p] {
			continue
		}
		if isLangCode(p) {
			return p
		}
		break
	}
	dir := strings.ToLower(filepath.Base(filepath.Dir(name)))
	if isLangCode(dir) {
		return dir
	}
	return ""
}

func isLangCode(s string) bool {
	if len(s) != 2 {
		return false
	}
	for _, l := range langid.Supported() {
		if l == s {
			return true
		}
	}
	return knownCodes[s]
}

// knownCodes are ISO 639-1 codes outside the identifier's set that still
// name a language when they appear in a file name.
var knownCodes = map[string]bool{
	"ar": true, "zh": true, "ja": true, "ko": true, "he": true, "fa": true, "hi": true, "tr": true, "el": true,
	"sv": true, "da": true, "no": true, "nb": true, "fi": true, "hu": true, "sk": true, "sl": true, "hr": true,
	"lt": true, "lv": true, "et": true, "id": true, "vi": true, "th": true, "ka": true, "hy": true, "kk": true, "eu": true, "gl": true,
}

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
