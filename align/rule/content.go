package rule

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
)

// numberKeys returns the numbers of text for comparison: month names count
// as their number, so "31 July 2023" = "31.07.2023".
func numberKeys(text string) []string {
	ns := feature.Numbers(text)
	for i, n := range ns {
		if strings.HasPrefix(n, "m") {
			ns[i] = n[1:]
		}
	}
	sort.Strings(ns)
	return ns
}

func singleDigit(ns []string) bool {
	for _, n := range ns {
		if len(n) > 1 {
			return false
		}
	}
	return true
}

// numberContext holds the numbers of a pair of aligned blocks (or
// footnotes), counted once for all the sentences (or cited works) inside.
type numberContext struct {
	src, dst map[string]int // number -> times it occurs in the source, target text
}

// newNumberContext counts the numbers of the aligned texts sCtx and dCtx.
func newNumberContext(sCtx, dCtx string) *numberContext {
	return &numberContext{src: countKeys(numberKeys(sCtx)), dst: countKeys(numberKeys(dCtx))}
}

func countKeys(ns []string) map[string]int {
	m := make(map[string]int, len(ns))
	for _, n := range ns {
		m[n]++
	}
	return m
}

// numberDiff returns the numbers of the source text missing from the
// translation and those the translation adds, leaving out what an editor
// should not act on: numbers found on the other side elsewhere in the
// block pair (ctx, nil for none) moved, single digits dropped alone were
// probably written out in words.
func numberDiff(st, dt string, ctx *numberContext) (missing, extra []string) {
	st, dt = dropListLabel(st), dropListLabel(dt)
	sn, dn := numberKeys(st), numberKeys(dt)
	missing = feature.Diff(sn, dn)
	extra = feature.Diff(dn, sn)
	if ctx != nil {
		// Moved to a neighbouring sentence of the same block pair: the
		// numbers of the other side's blocks less its own sentence's.
		missing = withoutMoved(missing, ctx.dst, dn)
		extra = withoutMoved(extra, ctx.src, sn)
	}
	if len(extra) == 0 && singleDigit(missing) {
		missing = nil // "two" for "2"
	}
	if len(missing) == 0 && singleDigit(extra) {
		extra = nil
	}
	return missing, extra
}

// withoutMoved returns sorted ns less, value by value, the numbers that
// ctx counts beyond those of sorted own: the multiset difference
// ns − (ctx − own), in the order of ns. It takes time in the size of ns,
// not of ctx.
func withoutMoved(ns []string, ctx map[string]int, own []string) []string {
	var out []string
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j] == ns[i] {
			j++
		}
		lo := sort.SearchStrings(own, ns[i])
		hi := lo
		for hi < len(own) && own[hi] == ns[i] {
			hi++
		}
		elsewhere := max(0, ctx[ns[i]]-(hi-lo))
		for range max(0, j-i-elsewhere) {
			out = append(out, ns[i])
		}
		i = j
	}
	return out
}

// piece is one part of a text joined from parts with " " (sentences or
// cited works): its block, where it starts in the block's text and its
// length.
type piece struct{ block, start, n int }

// placeIn maps a byte offset of the joined text back to a block and an
// offset in that block's text.
func placeIn(ps []piece, off int) (int, int) {
	for _, pc := range ps {
		if off <= pc.n {
			return pc.block, pc.start + off
		}
		off -= pc.n + 1
	}
	last := ps[len(ps)-1]
	return last.block, last.start + last.n
}

// numberFinding builds the finding for numbers that differ between source
// text st (block sb, at text offset so) and target text dt (block db, at
// offset do): the message quotes each number with the words around it,
// and the places point at the first differing number.
func numberFinding(p *Pass, missing, extra []string, sb int, st string, so int, dt string, dst []piece) Finding {
	f := Finding{}
	sctx, _, sok := around(st, firstOf(missing))
	dctx, doff, dok := around(dt, firstOf(extra))
	switch {
	case len(missing) == 1 && len(extra) == 1:
		f.Message = fmt.Sprintf("%s in the source (%q) is %s here (%q)", missing[0], sctx, extra[0], dctx)
	case len(extra) == 0:
		f.Message = fmt.Sprintf("%s of the source (%q) %s missing here", strings.Join(missing, ", "), sctx, isAre(len(missing)))
	case len(missing) == 0:
		f.Message = fmt.Sprintf("%s (%q) %s not in the source", strings.Join(extra, ", "), dctx, isAre(len(extra)))
	default:
		f.Message = fmt.Sprintf("%s of the source (%q) %s missing here; %s (%q) %s not in the source",
			strings.Join(missing, ", "), sctx, isAre(len(missing)), strings.Join(extra, ", "), dctx, isAre(len(extra)))
	}
	if !dok {
		doff = 0
	}
	// The source place is the start of the source text, whichever of its
	// numbers differ; the target place is the differing number itself.
	f.Source = p.SourcePos(sb, source.Span{Start: so, End: so})
	db, do := placeIn(dst, doff)
	f.Target = p.TargetPos(db, source.Span{Start: do, End: do})
	f.Evidence = Evidence{Source: head(st, evidenceWidth), Target: head(dt, evidenceWidth)}
	if sok {
		f.Evidence.Source = sctx
	}
	if dok {
		f.Evidence.Target = dctx
	}
	return f
}

var listLabel = regexp.MustCompile(`^\s*\d{1,3}[.)]\s`)

// dropListLabel removes the number of a list item that a merge brought
// into running text ("10. Metadata…"): list numbers are checked apart.
func dropListLabel(s string) string {
	if m := listLabel.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

func firstOf(ns []string) string {
	if len(ns) == 0 {
		return ""
	}
	return ns[0]
}

// around finds number n (a normalised key) written in text and returns it
// with up to two words on each side, and its byte offset.
func around(text, n string) (string, int, bool) {
	if n == "" {
		return "", 0, false
	}
	text = strings.TrimRight(text, " \t\n")
	forms := []string{n}
	if strings.Contains(n, ".") {
		forms = append(forms, strings.Replace(n, ".", ",", 1))
	}
	for _, form := range forms {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], form)
			if i < 0 {
				break
			}
			i += from
			j := i + len(form)
			if (i == 0 || !isDigit(text[i-1])) && (j == len(text) || !isDigit(text[j])) {
				lo, hi := i, j
				for k := 0; k < 3 && lo > 0; k++ {
					lo = strings.LastIndexByte(strings.TrimRight(text[:lo], " "), ' ') + 1
					if k == 2 || lo == 0 {
						break
					}
				}
				for k := 0; k < 2 && hi < len(text); k++ {
					rest := strings.TrimLeft(text[hi:], " ")
					sp := strings.IndexByte(rest, ' ')
					if sp < 0 {
						hi = len(text)
						break
					}
					hi = len(text) - len(rest) + sp
				}
				ctx := strings.TrimSpace(text[lo:hi])
				if lo > 0 {
					ctx = "…" + ctx
				}
				if hi < len(text) {
					ctx += "…"
				}
				return ctx, i, true
			}
			from = j
		}
	}
	return "", 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

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

var _ = register(&Rule{
	ID:       "number-mismatch",
	Group:    GroupValues,
	Title:    "Numbers or dates differ",
	Severity: Error,
	Doc: "Reports numbers, years and dates that differ between aligned sentences (and between aligned footnotes): " +
		"a number changed, a day dropped from a date, a year added. Numbers are compared as values, whatever the " +
		"locale writes (1,000 = 1.000 = 1 000; 1.5 = 1,5) and month names count as their number in every language " +
		"tralign knows, so \"10 August 2021\" = \"10 de agosto de 2021\" = \"10 августа 2021 г.\". Footnote markers and " +
		"links are left out; a number found in a neighbouring sentence of the same paragraph moved and is not " +
		"reported; a single digit missing alone was probably written out in words. A list item whose number is written twice " +
		"(\"2. 2. …\") adds a number too; other list numbers are checked by list-misnumbered.",
	Example: Example{
		Source: "The talks began on 10 August 2021 in Geneva.\n",
		Target: "Las conversaciones empezaron en agosto de 2022 en Ginebra.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			var ctx *numberContext // the numbers of the block pair, counted once
			for _, sl := range l.Sents {
				if len(sl.Source) == 0 || len(sl.Target) == 0 {
					continue
				}
				var st, dt string
				var dst []piece
				for _, r := range sl.Source {
					st += sentText(p.Pair.Source, r) + " "
				}
				for _, r := range sl.Target {
					sp := sentSpan(p.Pair.Target, r)
					dst = append(dst, piece{r.Block, sp.Start, sp.End - sp.Start})
					dt += sentText(p.Pair.Target, r) + " "
				}
				if ctx == nil {
					ctx = newNumberContext(blockTexts(p.Pair.Source, l.Source), blockTexts(p.Pair.Target, l.Target))
				}
				if missing, extra := numberDiff(st, dt, ctx); len(missing)+len(extra) > 0 {
					p.Report(numberFinding(p, missing, extra,
						sl.Source[0].Block, st, sentSpan(p.Pair.Source, sl.Source[0]).Start, dt, dst))
				}
			}
		}
		checkListLabels(p)
		for _, l := range p.Pair.Notes {
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue
			}
			sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
			if len(l.Items) == 0 {
				if missing, extra := numberDiff(sb.Text, db.Text, nil); len(missing)+len(extra) > 0 {
					f := numberFinding(p, missing, extra, l.Source[0], sb.Text, 0, db.Text, []piece{{l.Target[0], 0, len(db.Text)}})
					f.Message = fmt.Sprintf("footnote %s: %s", marker(db.Number), f.Message)
					p.Report(f)
				}
				continue
			}
			ctx := newNumberContext(sb.Text, db.Text)
			for _, il := range l.Items {
				if len(il.Source) == 0 || len(il.Target) == 0 {
					continue
				}
				var st, dt string
				var dst []piece
				for _, r := range il.Source {
					st += sb.ItemText(r.Index) + " "
				}
				for _, r := range il.Target {
					sp := db.Items[r.Index]
					dst = append(dst, piece{l.Target[0], sp.Start, sp.End - sp.Start})
					dt += db.ItemText(r.Index) + " "
				}
				if missing, extra := numberDiff(st, dt, ctx); len(missing)+len(extra) > 0 {
					f := numberFinding(p, missing, extra, l.Source[0], st, sb.Items[il.Source[0].Index].Start, dt, dst)
					f.Message = fmt.Sprintf("footnote %s: %s", marker(db.Number), f.Message)
					p.Report(f)
				}
			}
		}
	},
})

var _ = register(&Rule{
	ID:       "url-mismatch",
	Group:    GroupValues,
	Title:    "Links or e-mail addresses differ",
	Severity: Warning,
	Doc: "Reports links and e-mail addresses that differ between aligned blocks or footnotes: one the source has " +
		"that the translation lacks, or one the translation adds. Links are compared without scheme, \"www.\" and " +
		"trailing punctuation.",
	Example: Example{
		Source: "See https://www.thecommunists.net/theory/kissinger/ for more.\n",
		Target: "Véase https://www.thecommunists.net/theory/kisinger/ para más.\n",
	},
	Run: func(p *Pass) {
		check := func(links []bitext.Link) {
			for _, l := range links {
				if len(l.Source) == 0 || len(l.Target) == 0 {
					continue
				}
				st, dt := blockTexts(p.Pair.Source, l.Source), blockTexts(p.Pair.Target, l.Target)
				su, du := feature.URLs(st), feature.URLs(dt)
				missing, extra := feature.Diff(su, du), feature.Diff(du, su)
				for _, u := range missing {
					p.Report(Finding{
						Message:  fmt.Sprintf("link %q of the source is missing here", u),
						Source:   p.SourcePos(l.Source[0], source.Span{}),
						Target:   p.TargetPos(l.Target[0], source.Span{}),
						Evidence: Evidence{Source: u},
					})
				}
				for _, u := range extra {
					p.Report(Finding{
						Message:  fmt.Sprintf("link %q is not in the source", u),
						Source:   p.SourcePos(l.Source[0], source.Span{}),
						Target:   p.TargetPos(l.Target[0], source.Span{}),
						Evidence: Evidence{Target: u},
					})
				}
			}
		}
		check(p.Pair.Blocks)
		check(p.Pair.Notes)
	},
})

// citationLike reports whether a piece of footnote text is a reference to
// a work (kept in its own language as a rule) rather than prose.
func citationLike(s string) bool {
	if len(feature.URLs(s)) > 0 {
		return true
	}
	for _, n := range feature.Numbers(s) {
		if len(n) == 4 && (n[0] == '1' || n[0] == '2') {
			return true
		}
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < citationColonWithin {
		return true
	}
	return false
}

func wordCount(s string) int { return feature.CountWords(s) }

// langText is a text of the translation whose language is checked.
type langText struct {
	block int
	span  source.Span // in the block's text
	text  string
	cited bool // a footnote item citing a work
	src   int  // the aligned source block, -1 if none
}

// langTexts lists body blocks whole and the items of footnotes.
func langTexts(p *Pass) []langText {
	srcOf := map[int]int{}
	for _, ls := range [][]bitext.Link{p.Pair.Blocks, p.Pair.Notes} {
		for _, l := range ls {
			if len(l.Source) > 0 {
				for _, d := range l.Target {
					srcOf[d] = l.Source[0]
				}
			}
		}
	}
	var out []langText
	for bi, b := range p.Pair.Target.Blocks {
		si, ok := srcOf[bi]
		if !ok {
			si = -1
		}
		switch b.Kind {
		case doc.Code:
		case doc.FootnoteDef:
			for i, sp := range b.Items {
				t := b.ItemText(i)
				out = append(out, langText{bi, sp, t, citationLike(t), si})
			}
		default:
			out = append(out, langText{bi, whole(b), b.Text, false, si})
		}
	}
	return out
}

// srcPos is the place of the aligned source block of t, or nil.
func (t langText) srcPos(p *Pass) *source.Position {
	if t.src < 0 {
		return nil
	}
	return p.SourcePos(t.src, source.Span{})
}

var _ = register(&Rule{
	ID:       "untranslated",
	Group:    GroupLanguage,
	Title:    "Text left in the source language",
	Severity: Error,
	Doc: "Reports text of the translation still in the source language: a block (or a prose item of a footnote) " +
		"of five words or more that the language identifier, choosing between the two languages, gives to the " +
		"source's with confidence, and a sentence of ten words or more inside a translated paragraph that is still, " +
		"word for word, the source sentence it is aligned with. What is normally kept is allowed: names, and titles " +
		"of cited works in their own language (footnote items that cite a work are not checked).",
	Example: Example{
		Source: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Target: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
	},
	Run: func(p *Pass) {
		sl, dl := p.Pair.Source.Lang, p.Pair.Target.Lang
		if sl == "" || dl == "" || sl == dl {
			return
		}
		whole := map[int]bool{} // target blocks reported whole
		for _, t := range langTexts(p) {
			if t.cited || wordCount(t.text) < minLangWords {
				continue // titles of cited works stay in their own language
			}
			r := langid.Identify(t.text, []string{sl, dl})
			if r.Lang != sl || r.Confidence < untranslatedConfidence {
				continue
			}
			whole[t.block] = true
			p.Report(Finding{
				Message:  fmt.Sprintf("text is in %s, the source's language, not %s", langid.Name(sl), langid.Name(dl)),
				Source:   t.srcPos(p),
				Target:   p.TargetPos(t.block, t.span),
				Evidence: Evidence{Target: head(t.text, evidenceWidth)},
			})
		}
		// A sentence left as it was inside a translated paragraph: in the
		// source's language and, word for word, the source sentence it is
		// aligned with (so a quotation kept in the original is only
		// reported when it is the whole sentence).
		for _, l := range p.Pair.Blocks {
			for _, sl2 := range l.Sents {
				if len(sl2.Source) != 1 || len(sl2.Target) != 1 || whole[sl2.Target[0].Block] {
					continue
				}
				st, dt := sentText(p.Pair.Source, sl2.Source[0]), sentText(p.Pair.Target, sl2.Target[0])
				if wordCount(dt) < minSentenceLangWords || wordOverlap(st, dt) < sameSentenceOverlap {
					continue
				}
				if r := langid.Identify(dt, []string{sl, dl}); r.Lang != sl || r.Confidence < sentenceConfidence {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("sentence is still in %s, as in the source", langid.Name(sl)),
					Source:   p.SourcePos(sl2.Source[0].Block, sentSpan(p.Pair.Source, sl2.Source[0])),
					Target:   p.TargetPos(sl2.Target[0].Block, sentSpan(p.Pair.Target, sl2.Target[0])),
					Evidence: Evidence{Target: head(dt, evidenceWidth)},
				})
			}
		}
	},
})

// wordOverlap is the Dice coefficient of the word sets of a and b.
func wordOverlap(a, b string) float64 {
	wa, wb := map[string]bool{}, map[string]bool{}
	for _, w := range feature.Words(a) {
		wa[w] = true
	}
	for _, w := range feature.Words(b) {
		wb[w] = true
	}
	if len(wa)+len(wb) == 0 {
		return 0
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	return 2 * float64(n) / float64(len(wa)+len(wb))
}

var _ = register(&Rule{
	ID:       "wrong-language",
	Group:    GroupLanguage,
	Title:    "Text in a third language",
	Severity: Error,
	Doc: "Reports text of the translation in a language that is neither the translation's nor the source's: a block " +
		"(or a prose sentence of a footnote) of five words or more that the language identifier gives to a third " +
		"language with confidence.",
	Example: Example{
		Source: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Target: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nO segundo parágrafo explica o que as negociações significam para o povo da Ucrânia.\n",
	},
	Run: func(p *Pass) {
		sl, dl := p.Pair.Source.Lang, p.Pair.Target.Lang
		if dl == "" {
			return
		}
		type noteLang struct {
			block, n int
			lang     string
			first    langText
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
				Source:   t.srcPos(p),
				Target:   p.TargetPos(t.block, t.span),
				Evidence: Evidence{Target: head(t.text, evidenceWidth)},
			})
		}
		for _, nl := range notes {
			b := p.Pair.Target.Blocks[nl.block]
			p.Report(Finding{
				Message:  fmt.Sprintf("footnote %s cites %d of its %d works in %s, not %s", marker(b.Number), nl.n, len(b.Items), langid.Name(nl.lang), langid.Name(dl)),
				Source:   nl.first.srcPos(p),
				Target:   p.TargetPos(nl.block, nl.first.span),
				Evidence: Evidence{Target: head(nl.first.text, evidenceWidth)},
			})
		}
	},
})

// thirdLanguage returns the language of text when it is confidently
// neither the source's nor the translation's.
func thirdLanguage(text, sl, dl string) (string, bool) {
	r := langid.Identify(text, nil)
	if r.Lang == "" || r.Lang == sl || r.Lang == dl || r.Confidence < thirdLangConfidence {
		return "", false
	}
	// Compared with the translation's language alone, the text must still
	// go to the third, clearly (Spanish is not mistaken for Portuguese).
	if rr := langid.Identify(text, []string{dl, r.Lang}); rr.Lang != r.Lang || rr.Confidence < thirdLangMargin {
		return "", false
	}
	return r.Lang, true
}
