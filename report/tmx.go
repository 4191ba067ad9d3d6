package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
)

// TMX 1.4b (the LISA Translation Memory eXchange format) for translation
// memories and CAT tools: one translation unit per link of the sentence
// alignment that has text on both sides (1-1, and merges such as 2-1,
// whose sentences are joined), and one per pair of cited works of aligned
// footnotes. Sentences with no counterpart make no unit. Code and markup
// blocks are not translated text and are left out.

var _ = register(Format{Command: CommandAlign, Name: "tmx", Write: func(w io.Writer, in *Input, o Options) error {
	return writeTMX(w, in.Pairs, o)
}})

type tmxDoc struct {
	XMLName xml.Name  `xml:"tmx"`
	Version string    `xml:"version,attr"`
	Header  tmxHeader `xml:"header"`
	Body    tmxBody   `xml:"body"`
}

// tmxHeader holds the attributes TMX 1.4 requires of a header.
type tmxHeader struct {
	CreationTool        string `xml:"creationtool,attr"`
	CreationToolVersion string `xml:"creationtoolversion,attr"`
	SegType             string `xml:"segtype,attr"`
	OTMF                string `xml:"o-tmf,attr"`
	AdminLang           string `xml:"adminlang,attr"`
	SrcLang             string `xml:"srclang,attr"`
	DataType            string `xml:"datatype,attr"`
}

type tmxBody struct {
	TUs []tmxTU `xml:"tu"`
}

type tmxTU struct {
	TUID  string    `xml:"tuid,attr"`
	Props []tmxProp `xml:"prop"`
	TUVs  []tmxTUV  `xml:"tuv"`
}

type tmxProp struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type tmxTUV struct {
	Lang  string    `xml:"xml:lang,attr"`
	Props []tmxProp `xml:"prop"`
	Seg   string    `xml:"seg"`
}

// tmxUnit is one unit of the sentence alignment: the text of each side and
// where it stands.
type tmxUnit struct {
	source, target    string
	srcPlace, tgPlace string // "file:line"
	link              string // "1-1", "2-1", ...
}

// writeTMX writes the sentence alignment of pairs as TMX 1.4.
func writeTMX(w io.Writer, pairs []*bitext.Pair, o Options) error {
	srcLang := "*all*"
	for i, p := range pairs {
		if i == 0 {
			srcLang = xmlLang(p.Source.Lang)
		} else if xmlLang(p.Source.Lang) != srcLang {
			srcLang = "*all*"
		}
	}
	version := o.Tool.Version
	if version == "" {
		version = "0"
	}
	t := tmxDoc{Version: "1.4", Header: tmxHeader{
		CreationTool: toolName(o), CreationToolVersion: version, SegType: "sentence",
		OTMF: toolName(o), AdminLang: "en", SrcLang: srcLang, DataType: "plaintext",
	}, Body: tmxBody{TUs: []tmxTU{}}}
	n := 0
	for _, p := range pairs {
		sl, tl := xmlLang(p.Source.Lang), xmlLang(p.Target.Lang)
		for _, u := range tmxUnits(p) {
			n++
			t.Body.TUs = append(t.Body.TUs, tmxTU{
				TUID:  fmt.Sprintf("%s-%s-%d", sl, tl, n),
				Props: []tmxProp{{Type: "x-link", Value: u.link}},
				TUVs: []tmxTUV{
					{Lang: sl, Props: []tmxProp{{Type: "x-place", Value: u.srcPlace}}, Seg: u.source},
					{Lang: tl, Props: []tmxProp{{Type: "x-place", Value: u.tgPlace}}, Seg: u.target},
				},
			})
		}
	}
	if _, err := io.WriteString(w, xml.Header+"<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n"); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(t); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

// xmlLang returns lang as an xml:lang value; "und" when it is unknown.
func xmlLang(lang string) string {
	if lang == "" {
		return "und"
	}
	return lang
}

// tmxUnits returns the units of p: the sentence links of aligned body
// blocks with text on both sides, and the cited works (or, without them,
// the whole text) of aligned footnotes.
func tmxUnits(p *bitext.Pair) []tmxUnit {
	var out []tmxUnit
	add := func(src, dst []bitext.Ref, items bool) {
		s, t := refsText(p.Source, src, items), refsText(p.Target, dst, items)
		if s == "" || t == "" {
			return
		}
		out = append(out, tmxUnit{source: s, target: t,
			srcPlace: blockPlace(p.Source, src[0].Block), tgPlace: blockPlace(p.Target, dst[0].Block),
			link: fmt.Sprintf("%d-%d", len(src), len(dst))})
	}
	whole := func(l bitext.Link) {
		var src, dst []bitext.Ref
		for _, bi := range l.Source {
			src = append(src, bitext.Ref{Block: bi, Index: -1})
		}
		for _, bi := range l.Target {
			dst = append(dst, bitext.Ref{Block: bi, Index: -1})
		}
		add(src, dst, false)
	}
	for _, l := range p.Blocks {
		if len(l.Source) == 0 || len(l.Target) == 0 || !prose(p.Source, l.Source) || !prose(p.Target, l.Target) {
			continue
		}
		if len(l.Sents) == 0 {
			whole(l)
			continue
		}
		for _, s := range l.Sents {
			if len(s.Source) > 0 && len(s.Target) > 0 {
				add(s.Source, s.Target, false)
			}
		}
	}
	for _, l := range p.Notes {
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		if len(l.Items) == 0 {
			whole(l)
			continue
		}
		for _, s := range l.Items {
			if len(s.Source) > 0 && len(s.Target) > 0 {
				add(s.Source, s.Target, true)
			}
		}
	}
	return out
}

// prose reports whether the blocks hold translated text: neither code
// nor markup.
func prose(d *doc.Document, bs []int) bool {
	for _, bi := range bs {
		if !d.Blocks[bi].Kind.IsProse() {
			return false
		}
	}
	return true
}

// refsText joins the sentences (or cited works) rs of d; a Ref with
// Index -1 stands for its whole block. Languages written without spaces
// between words join without one.
func refsText(d *doc.Document, rs []bitext.Ref, items bool) string {
	var parts []string
	for _, r := range rs {
		b := d.Blocks[r.Block]
		var s string
		switch {
		case r.Index < 0:
			s = b.Text
		case items:
			s = b.ItemText(r.Index)
		default:
			s = b.SentenceText(r.Index)
		}
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	sep := " "
	if unspaced(d.Lang) {
		sep = ""
	}
	return strings.Join(parts, sep)
}

// unspaced reports whether lang is written without spaces between words
// and sentences.
func unspaced(lang string) bool {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	switch base {
	case "zh", "ja", "th", "lo", "km", "my":
		return true
	}
	return false
}

// blockPlace is "file:line" of block bi of d.
func blockPlace(d *doc.Document, bi int) string {
	return fmt.Sprintf("%s:%d", d.File.Name, d.File.Line(d.Blocks[bi].Span.Start))
}
