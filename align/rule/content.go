package rule

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
)

// numberKeys returns the numbers of text for comparison: month names count
// as their number, so "31 July 2023" = "31.07.2023".
func numberKeys(text string) []string {
	ns := bitext.Numbers(text)
	for i, n := range ns {
		if strings.HasPrefix(n, "m") {
			ns[i] = n[1:]
		}
	}
	sortStrings(ns)
	return ns
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func singleDigit(ns []string) bool {
	for _, n := range ns {
		if len(n) > 1 {
			return false
		}
	}
	return true
}

// numberDiff describes what differs between the numbers of two aligned
// texts, or "" when nothing an editor should act on does: numbers found on
// the other side elsewhere in the block pair moved, single digits dropped
// alone were probably written out in words.
func numberDiff(st, dt, sCtx, dCtx string) string {
	sn, dn := numberKeys(st), numberKeys(dt)
	missing := bitext.Diff(sn, dn)
	extra := bitext.Diff(dn, sn)
	// Moved to a neighbouring sentence of the same block pair.
	missing = bitext.Diff(missing, bitext.Diff(numberKeys(dCtx), dn))
	extra = bitext.Diff(extra, bitext.Diff(numberKeys(sCtx), sn))
	if len(extra) == 0 && singleDigit(missing) {
		missing = nil // "two" for "2"
	}
	if len(missing) == 0 && singleDigit(extra) {
		extra = nil
	}
	switch {
	case len(missing) == 0 && len(extra) == 0:
		return ""
	case len(missing) == 1 && len(extra) == 1:
		return fmt.Sprintf("the source has %s where the translation has %s", missing[0], extra[0])
	case len(extra) == 0:
		return fmt.Sprintf("%s of the source %s missing here", strings.Join(missing, ", "), isAre(len(missing)))
	case len(missing) == 0:
		return fmt.Sprintf("%s %s not in the source", strings.Join(extra, ", "), isAre(len(extra)))
	}
	return fmt.Sprintf("%s of the source %s missing here; %s %s not in the source", strings.Join(missing, ", "), isAre(len(missing)), strings.Join(extra, ", "), isAre(len(extra)))
}

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func blockTexts(d *doc.Document, bs []int) string {
	var parts []string
	for _, bi := range bs {
		parts = append(parts, d.Blocks[bi].Text)
	}
	return strings.Join(parts, " ")
}

var numberMismatch = &Rule{
	ID:       "number-mismatch",
	Severity: Error,
	Doc: "Reports numbers, years and dates that differ between aligned sentences (and between aligned footnotes): " +
		"a number changed, a day dropped from a date, a year added. Numbers are compared as values, whatever the " +
		"locale writes (1,000 = 1.000 = 1 000; 1.5 = 1,5) and month names count as their number in every language " +
		"tralign knows, so \"10 August 2021\" = \"10 de agosto de 2021\" = \"10 августа 2021 г.\". Footnote markers and " +
		"links are left out; a number found in a neighbouring sentence of the same paragraph moved and is not " +
		"reported; a single digit missing alone was probably written out in words. The number of a numbered list " +
		"item is compared too: it must be the source item's number as written or as a Markdown renderer shows it.",
	Example: Example{
		Src: "The talks began on 10 August 2021 in Geneva.\n",
		Dst: "Las conversaciones empezaron en agosto de 2022 en Ginebra.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Src) == 0 || len(l.Dst) == 0 {
				continue
			}
			sCtx, dCtx := blockTexts(p.Pair.Src, l.Src), blockTexts(p.Pair.Dst, l.Dst)
			for _, sl := range l.Sents {
				if len(sl.Src) == 0 || len(sl.Dst) == 0 {
					continue
				}
				var st, dt string
				for _, r := range sl.Src {
					st += sentText(p.Pair.Src, r) + " "
				}
				for _, r := range sl.Dst {
					dt += sentText(p.Pair.Dst, r) + " "
				}
				if msg := numberDiff(st, dt, sCtx, dCtx); msg != "" {
					p.Report(Finding{
						Message:  msg,
						Source:   p.SrcPos(sl.Src[0].Block, sentSpan(p.Pair.Src, sl.Src[0])),
						Target:   p.DstPos(sl.Dst[0].Block, sentSpan(p.Pair.Dst, sl.Dst[0])),
						Evidence: Evidence{Source: head(st, 80), Target: head(dt, 80)},
					})
				}
			}
		}
		checkListNumbers(p)
		for _, l := range p.Pair.Notes {
			if len(l.Src) != 1 || len(l.Dst) != 1 {
				continue
			}
			sb, db := p.Pair.Src.Blocks[l.Src[0]], p.Pair.Dst.Blocks[l.Dst[0]]
			if len(l.Items) == 0 {
				if msg := numberDiff(sb.Text, db.Text, "", ""); msg != "" {
					p.Report(Finding{Message: fmt.Sprintf("footnote %s: %s", marker(db.Number), msg),
						Source: p.SrcPos(l.Src[0], source.Span{}), Target: p.DstPos(l.Dst[0], source.Span{}),
						Evidence: Evidence{Source: head(sb.Text, 80), Target: head(db.Text, 80)}})
				}
				continue
			}
			for _, il := range l.Items {
				if len(il.Src) == 0 || len(il.Dst) == 0 {
					continue
				}
				var st, dt string
				for _, r := range il.Src {
					st += sb.ItemText(r.Index) + " "
				}
				for _, r := range il.Dst {
					dt += db.ItemText(r.Index) + " "
				}
				if msg := numberDiff(st, dt, sb.Text, db.Text); msg != "" {
					p.Report(Finding{Message: fmt.Sprintf("footnote %s: %s", marker(db.Number), msg),
						Source:   p.SrcPos(l.Src[0], sb.Items[il.Src[0].Index]),
						Target:   p.DstPos(l.Dst[0], db.Items[il.Dst[0].Index]),
						Evidence: Evidence{Source: head(st, 80), Target: head(dt, 80)}})
				}
			}
		}
	},
}

var urlMismatch = &Rule{
	ID:       "url-mismatch",
	Severity: Warning,
	Doc: "Reports links and e-mail addresses that differ between aligned blocks or footnotes: one the source has " +
		"that the translation lacks, or one the translation adds. Links are compared without scheme, \"www.\" and " +
		"trailing punctuation.",
	Example: Example{
		Src: "See https://www.thecommunists.net/theory/kissinger/ for more.\n",
		Dst: "Véase https://www.thecommunists.net/theory/kisinger/ para más.\n",
	},
	Run: func(p *Pass) {
		check := func(links []bitext.Link) {
			for _, l := range links {
				if len(l.Src) == 0 || len(l.Dst) == 0 {
					continue
				}
				st, dt := blockTexts(p.Pair.Src, l.Src), blockTexts(p.Pair.Dst, l.Dst)
				su, du := bitext.URLs(st), bitext.URLs(dt)
				missing, extra := bitext.Diff(su, du), bitext.Diff(du, su)
				for _, u := range missing {
					p.Report(Finding{
						Message:  fmt.Sprintf("link %q of the source is missing here", u),
						Source:   p.SrcPos(l.Src[0], source.Span{}),
						Target:   p.DstPos(l.Dst[0], source.Span{}),
						Evidence: Evidence{Source: u},
					})
				}
				for _, u := range extra {
					p.Report(Finding{
						Message:  fmt.Sprintf("link %q is not in the source", u),
						Source:   p.SrcPos(l.Src[0], source.Span{}),
						Target:   p.DstPos(l.Dst[0], source.Span{}),
						Evidence: Evidence{Target: u},
					})
				}
			}
		}
		check(p.Pair.Blocks)
		check(p.Pair.Notes)
	},
}

// citationLike reports whether a piece of footnote text is a reference to
// a work (kept in its own language as a rule) rather than prose.
func citationLike(s string) bool {
	if len(bitext.URLs(s)) > 0 {
		return true
	}
	for _, n := range bitext.Numbers(s) {
		if len(n) == 4 && (n[0] == '1' || n[0] == '2') {
			return true
		}
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < 60 {
		return true
	}
	return false
}

func wordCount(s string) int { return len(bitext.Words(s)) }

// langText is a text of the translation whose language is checked.
type langText struct {
	block int
	span  source.Span // in the block's text
	text  string
	cited bool // a footnote item citing a work
}

// langTexts lists body blocks whole and the items of footnotes.
func langTexts(p *Pass) []langText {
	var out []langText
	for bi, b := range p.Pair.Dst.Blocks {
		switch b.Kind {
		case doc.Code:
		case doc.FootnoteDef:
			for i, sp := range b.Items {
				t := b.ItemText(i)
				out = append(out, langText{bi, sp, t, citationLike(t)})
			}
		default:
			out = append(out, langText{bi, whole(b), b.Text, false})
		}
	}
	return out
}

const minLangWords = 5

var untranslated = &Rule{
	ID:       "untranslated",
	Severity: Error,
	Doc: "Reports text of the translation still in the source language: a block (or a prose sentence of a " +
		"footnote) of five words or more that the language identifier, choosing between the two languages, gives to " +
		"the source's with confidence. What is normally kept is allowed: names, and titles of cited works in their " +
		"own language (footnote items that cite a work are not checked).",
	Example: Example{
		Src: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Dst: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
	},
	Run: func(p *Pass) {
		sl, dl := p.Pair.Src.Lang, p.Pair.Dst.Lang
		if sl == "" || dl == "" || sl == dl {
			return
		}
		for _, t := range langTexts(p) {
			if t.cited || wordCount(t.text) < minLangWords {
				continue // titles of cited works stay in their own language
			}
			r := langid.Identify(t.text, []string{sl, dl})
			if r.Lang != sl || r.Confidence < 0.75 {
				continue
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("text is in %s, the source's language, not %s", langid.Name(sl), langid.Name(dl)),
				Target:   p.DstPos(t.block, t.span),
				Evidence: Evidence{Target: head(t.text, 80)},
			})
		}
	},
}

var wrongLanguage = &Rule{
	ID:       "wrong-language",
	Severity: Error,
	Doc: "Reports text of the translation in a language that is neither the translation's nor the source's: a block " +
		"(or a prose sentence of a footnote) of five words or more that the language identifier gives to a third " +
		"language with confidence.",
	Example: Example{
		Src: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Dst: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nO segundo parágrafo explica o que as negociações significam para o povo da Ucrânia.\n",
	},
	Run: func(p *Pass) {
		sl, dl := p.Pair.Src.Lang, p.Pair.Dst.Lang
		if dl == "" {
			return
		}
		type noteLang struct {
			block, n, of int
			lang         string
			first        langText
		}
		var notes []*noteLang
		for _, t := range langTexts(p) {
			if wordCount(t.text) < minLangWords {
				continue
			}
			lang, ok := thirdLanguage(t.text, sl, dl)
			if !ok {
				continue
			}
			if t.cited {
				// Cited works are reported once per footnote.
				if k := len(notes); k > 0 && notes[k-1].block == t.block && notes[k-1].lang == lang {
					notes[k-1].n++
				} else {
					notes = append(notes, &noteLang{block: t.block, n: 1, lang: lang, first: t})
				}
				continue
			}
			p.Report(Finding{
				Message:  fmt.Sprintf("text is in %s, not %s", langid.Name(lang), langid.Name(dl)),
				Target:   p.DstPos(t.block, t.span),
				Evidence: Evidence{Target: head(t.text, 80)},
			})
		}
		for _, nl := range notes {
			b := p.Pair.Dst.Blocks[nl.block]
			p.Report(Finding{
				Message:  fmt.Sprintf("footnote %s cites %d of its %d works in %s, not %s", marker(b.Number), nl.n, len(b.Items), langid.Name(nl.lang), langid.Name(dl)),
				Target:   p.DstPos(nl.block, nl.first.span),
				Evidence: Evidence{Target: head(nl.first.text, 80)},
			})
		}
	},
}

// thirdLanguage returns the language of text when it is confidently
// neither the source's nor the translation's.
func thirdLanguage(text, sl, dl string) (string, bool) {
	r := langid.Identify(text, nil)
	if r.Lang == "" || r.Lang == sl || r.Lang == dl || r.Confidence < 0.75 {
		return "", false
	}
	// Compared with the translation's language alone, the text must still
	// go to the third, clearly (Spanish is not mistaken for Portuguese).
	if rr := langid.Identify(text, []string{dl, r.Lang}); rr.Lang != r.Lang || rr.Confidence < 0.85 {
		return "", false
	}
	return r.Lang, true
}
