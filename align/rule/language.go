package rule

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
)

func wordCount(s string) int { return feature.CountWords(s) }

// runningWords counts the words of s that do not start with a capital
// letter: running text, as against names and terms. Scripts without
// case count whole.
func runningWords(s string) int {
	n := 0
	for w := range strings.FieldsSeq(s) {
		w = strings.TrimLeftFunc(w, func(r rune) bool { return !feature.IsLetter(r) })
		if r, _ := utf8.DecodeRuneInString(w); w != "" && !unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

// langText is a text of the translation whose language is checked.
type langText struct {
	block int
	span  source.Span // in the block's text
	text  string      // the prose: code spans and markup blanked out
	cited bool        // a footnote item citing a work
	src   int         // the aligned source block, -1 if none
}

// langTexts lists the prose blocks of the translation whole and the items
// of its footnotes, in reading order.
func langTexts(p *Pass) []langText {
	blocks := p.Pair.Target.Blocks
	srcOf := make([]int, len(blocks)) // by target block, -1 if none
	for i := range srcOf {
		srcOf[i] = -1
	}
	for _, ls := range [][]bitext.Link{p.Pair.Blocks, p.Pair.Notes} {
		for _, l := range ls {
			if len(l.Source) > 0 {
				for _, d := range l.Target {
					srcOf[d] = l.Source[0]
				}
			}
		}
	}
	out := make([]langText, 0, len(blocks)) // one a block, but for notes
	for bi, b := range blocks {
		if !b.Kind.IsProse() || isOutput(b.Info) {
			continue
		}
		si := srcOf[bi]
		prose := b.Prose()
		if b.Kind == doc.FootnoteDef {
			for _, sp := range b.Items {
				t := prose[sp.Start:sp.End]
				out = append(out, langText{bi, sp, t, citationLike(b.Text[sp.Start:sp.End]), si})
			}
			continue
		}
		out = append(out, langText{bi, whole(b), prose, false, si})
	}
	return out
}

// isOutput reports whether a block stands in a component that shows a
// program's output (<ConsoleBlock>, <TerminalOutput>): the output of a
// program is quoted as it is, in its own language.
func isOutput(info string) bool {
	i := strings.ToLower(info)
	for _, w := range []string{"console", "terminal", "output", "shell"} {
		if strings.Contains(i, w) {
			return true
		}
	}
	return false
}

// srcPos is the place of the aligned source block of t, or nil.
func (t langText) srcPos(p *Pass) *source.Position {
	if t.src < 0 {
		return nil
	}
	return p.SourcePos(t.src, source.Span{})
}

// mostlyShare is the share of the checked words of a translation in
// another language above which the whole version is reported once ("the
// translation is in English") rather than block by block: a majority, a
// principle: a version mostly in the wrong language has one cause (the
// file was never translated, or is not in the language its name says).
const mostlyShare = 0.5

// mostlyMinBlocks is the least number of blocks in the other language for
// that single finding; fewer are reported as they are.
const mostlyMinBlocks = 3

// langRun is a run of texts of the translation in one wrong language, with
// no checked text in the right language between them.
type langRun struct {
	lang  string
	texts []langText
	words int
}

// wrongRuns groups the checked texts that are in a wrong language (lang
// returns it, or "" for text in the right language or too little to tell)
// into runs, and returns them with the number of words checked in all.
func wrongRuns(ts []langText, lang func(langText) string) (runs []*langRun, checked int) {
	var cur *langRun
	for _, t := range ts {
		n := wordCount(t.text)
		if n < minLangWords || runningWords(t.text) < minLangWords {
			// Too little to tell: neither breaks nor extends a run. Words
			// written with a capital are names and terms (a table of
			// products, "Ruby/Rails ActiveRecord MySQL"), which say
			// nothing of the language they stand in.
			continue
		}
		checked += n
		l := lang(t)
		if l == "" {
			cur = nil
			continue
		}
		if cur == nil || cur.lang != l {
			cur = &langRun{lang: l}
			runs = append(runs, cur)
		}
		cur.texts = append(cur.texts, t)
		cur.words += n
	}
	return runs, checked
}

// reportRuns reports runs of texts in a wrong language: once for the whole
// version when most of its words are in one wrong language, else once per
// run. what says what the language is ("English, the source's language").
func reportRuns(p *Pass, runs []*langRun, checked int, what func(lang string) string) (mostly bool) {
	byLang := map[string]int{}
	blocks := map[string]int{}
	for _, r := range runs {
		byLang[r.lang] += r.words
		blocks[r.lang] += len(r.texts)
	}
	dl := langid.Base(p.Pair.Target.Lang)
	for _, r := range runs {
		if byLang[r.lang] < 0 {
			continue // reported with the whole version
		}
		if checked > 0 && float64(byLang[r.lang]) > mostlyShare*float64(checked) && blocks[r.lang] >= mostlyMinBlocks {
			first, last := r.texts[0], lastText(runs, r.lang)
			p.Report(Finding{
				Message: fmt.Sprintf("the translation is mostly in %s, not %s: %d of its blocks of text (%d%% of the words checked), lines %s",
					what(r.lang), langid.Name(dl), blocks[r.lang], 100*byLang[r.lang]/checked, lineRange(p, first, last)),
				Source:   first.srcPos(p),
				Target:   p.TargetPos(first.block, first.span),
				Evidence: Evidence{Target: head(first.text, evidenceWidth)},
			})
			byLang[r.lang] = -1
			mostly = true
			continue
		}
		first, last := r.texts[0], r.texts[len(r.texts)-1]
		msg := fmt.Sprintf("text is in %s, not %s", what(r.lang), langid.Name(dl))
		if len(r.texts) > 1 {
			msg = fmt.Sprintf("%d blocks in a row are in %s, not %s (lines %s)", len(r.texts), what(r.lang), langid.Name(dl), lineRange(p, first, last))
		}
		p.Report(Finding{
			Message:  msg,
			Source:   first.srcPos(p),
			Target:   p.TargetPos(first.block, first.span),
			Evidence: Evidence{Target: head(first.text, evidenceWidth)},
		})
	}
	return mostly
}

// lastText returns the last text of the runs in lang.
func lastText(runs []*langRun, lang string) langText {
	var last langText
	for _, r := range runs {
		if r.lang == lang {
			last = r.texts[len(r.texts)-1]
		}
	}
	return last
}

// lineRange returns "12-40" for the lines from text a to text b.
func lineRange(p *Pass, a, b langText) string {
	from := p.TargetPos(a.block, a.span).Line
	bl := p.Pair.Target.Blocks[b.block]
	to := p.Pair.Target.File.Line(bl.SourceSpan(b.span).End)
	if to <= from {
		return fmt.Sprint(from)
	}
	return fmt.Sprintf("%d-%d", from, to)
}

var _ = register(&Rule{
	ID:       "untranslated",
	Group:    GroupLanguage,
	Title:    "Text left in the source language",
	Severity: Error,
	Doc: "Reports text of the translation still in the source language: a block (or a prose item of a footnote) " +
		"of five words or more that the language identifier, choosing between the two languages, gives to the " +
		"source's with confidence, and a sentence of ten words or more inside a translated paragraph that is still, " +
		"word for word, the source sentence it is aligned with, and a run of words inside a translated sentence left " +
		"in the source language (a parenthetical comment, a date, a clause). Code, markup and inline code are not prose and are " +
		"not checked; what is normally kept is allowed: names, and titles of cited works in their own language " +
		"(footnote items that cite a work are not checked). Blocks in a row are one finding, and a translation " +
		"mostly in the source language is one finding for the whole version.",
	Example: Example{
		Source: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Target: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
	},
	Run: func(p *Pass) {
		sl, dl := langid.Base(p.Pair.Source.Lang), langid.Base(p.Pair.Target.Lang)
		if sl == "" || dl == "" || sl == dl {
			return
		}
		var texts []langText
		for _, t := range langTexts(p) {
			if !t.cited { // titles of cited works stay in their own language
				texts = append(texts, t)
			}
		}
		whole := map[int]bool{} // target blocks reported whole
		runs, checked := wrongRuns(texts, func(t langText) string {
			r := p.identify(t.text, judgeLangs(sl, dl)...)
			if r.Lang != sl || r.Confidence < untranslatedConfidence {
				return ""
			}
			whole[t.block] = true
			return sl
		})
		if reportRuns(p, runs, checked, func(lang string) string { return langid.Name(lang) + ", the source's language" }) {
			return // the version as a whole is in the source's language
		}
		// A sentence left as it was inside a translated paragraph: in the
		// source's language and, word for word, the source sentence it is
		// aligned with (so a quotation kept in the original is only
		// reported when it is the whole sentence).
		var words overlap
		for _, l := range p.Pair.Blocks {
			for _, sl2 := range l.Sents {
				if len(sl2.Source) != 1 || len(sl2.Target) != 1 || whole[sl2.Target[0].Block] || isOutput(p.Pair.Target.Blocks[sl2.Target[0].Block].Info) {
					continue
				}
				st, dt := p.sentProse(p.Pair.Source, sl2.Source[0]), p.sentProse(p.Pair.Target, sl2.Target[0])
				if wordCount(dt) < minSentenceLangWords || words.of(st, dt) < sameSentenceOverlap {
					continue
				}
				if r := p.identify(dt, judgeLangs(sl, dl)...); r.Lang != sl || r.Confidence < sentenceConfidence {
					continue
				}
				p.Report(Finding{
					Message:  fmt.Sprintf("sentence is still in %s, as in the source", langid.Name(sl)),
					Source:   p.SourcePos(sl2.Source[0].Block, sentSpan(p.Pair.Source, sl2.Source[0])),
					Target:   p.TargetPos(sl2.Target[0].Block, sentSpan(p.Pair.Target, sl2.Target[0])),
					Evidence: Evidence{Target: head(sentText(p.Pair.Target, sl2.Target[0]), evidenceWidth)},
				})
			}
		}
		untranslatedFragments(p, whole)
	},
})

// sentProse returns the prose of sentence r: its text with code and
// markup blanked out.
func (p *Pass) sentProse(d *doc.Document, r bitext.Ref) string {
	b := d.Blocks[r.Block]
	sp := b.Sentences[r.Index]
	return p.prose(b)[sp.Start:sp.End]
}

// overlap works out the Dice coefficient of the word sets of two texts
// in room it keeps from one call to the next: a rule compares every
// sentence pair of a translation. Words are compared by their 64-bit
// hashes (feature.Hash), which sort far faster than the strings; two
// words of a pair of sentences that share a hash would share it by a
// chance of about one in 10^16.
type overlap struct {
	words  []string
	ha, hb []uint64
}

// of returns the Dice coefficient of the word sets of a and b.
func (o *overlap) of(a, b string) float64 {
	// The distinct words of each, sorted, and the words they share.
	distinct := func(buf []uint64, s string) []uint64 {
		o.words = feature.AppendWords(o.words[:0], s)
		buf = buf[:0]
		for _, w := range o.words {
			buf = append(buf, feature.Hash(w))
		}
		slices.Sort(buf)
		return slices.Compact(buf)
	}
	o.ha, o.hb = distinct(o.ha, a), distinct(o.hb, b)
	if len(o.ha)+len(o.hb) == 0 {
		return 0
	}
	return 2 * float64(feature.Common(o.ha, o.hb)) / float64(len(o.ha)+len(o.hb))
}

var _ = register(&Rule{
	ID:       "wrong-language",
	Group:    GroupLanguage,
	Title:    "Text in a third language",
	Severity: Error,
	Doc: "Reports text of the translation in a language that is neither the translation's nor the source's: a block " +
		"(or a prose sentence of a footnote) of five words or more that the language identifier gives to a third " +
		"language with confidence. Blocks in a row are one finding, cited works one finding per footnote, and a " +
		"translation mostly in another language (a file whose name says the wrong language) one finding. A translation " +
		"in a language the identifier has no model of (Slovak and Greek, among others) is not judged: its " +
		"text would look like its nearest neighbour's.",
	Example: Example{
		Source: "Lavrov met Kissinger in July. Washington kept silent about the talks.\n\nThe second paragraph explains what the negotiations mean for the people of Ukraine.\n",
		Target: "Lavrov se reunió con Kissinger en julio. Washington guardó silencio sobre las conversaciones.\n\nO segundo parágrafo explica o que as negociações significam para o povo da Ucrânia.\n",
	},
	Run: func(p *Pass) {
		sl, dl := langid.Base(p.Pair.Source.Lang), langid.Base(p.Pair.Target.Lang)
		if dl == "" {
			return
		}
		type noteLang struct {
			block, n int
			lang     string
			first    langText
		}
		var notes []*noteLang
		var texts []langText
		for _, t := range langTexts(p) {
			if !t.cited {
				texts = append(texts, t)
				continue
			}
			if wordCount(t.text) < minLangWords {
				continue
			}
			// Cited works are reported once per footnote.
			lang, ok := thirdLanguage(p, p.Pair.Target.Blocks[t.block], t.text, sl, dl)
			if !ok {
				continue
			}
			if k := len(notes); k > 0 && notes[k-1].block == t.block && notes[k-1].lang == lang {
				notes[k-1].n++
			} else {
				notes = append(notes, &noteLang{block: t.block, n: 1, lang: lang, first: t})
			}
		}
		runs, checked := wrongRuns(texts, func(t langText) string {
			lang, _ := thirdLanguage(p, p.Pair.Target.Blocks[t.block], t.text, sl, dl)
			return lang
		})
		reportRuns(p, runs, checked, langid.Name)
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

// judgeLangs returns the candidates that tell the source's language sl
// from the translation's dl: the two, or every language the identifier
// knows when it has no model of dl; then a text in dl is taken for its
// nearest neighbour (Slovak for Czech) and not for the source's language,
// unless it is that.
func judgeLangs(sl, dl string) []string {
	if !langid.Known(dl) {
		return nil
	}
	return []string{sl, dl}
}

// thirdLanguage returns the language of text when it is confidently
// neither the source's nor the translation's. b is the target block text
// stands in, or nil: when text is the block's prose, the reader has
// identified its language already.
func thirdLanguage(p *Pass, b *doc.Block, text, sl, dl string) (string, bool) {
	if !langid.Known(dl) {
		// With no model of the translation's language, a text in it
		// looks like its nearest neighbour (Slovak like Czech): no third
		// language can be told from it.
		return "", false
	}
	var r langid.Result
	if b != nil && b.LangOf != "" && text == b.LangOf {
		r = langid.Result{Lang: b.Lang, Confidence: b.LangConfidence}
	} else {
		r = p.identify(text)
	}
	if r.Lang == "" || r.Lang == sl || r.Lang == dl || r.Confidence < thirdLangConfidence {
		return "", false
	}
	// Compared with the translation's language alone, the text must still
	// go to the third, clearly (Spanish is not mistaken for Portuguese).
	if rr := p.identify(text, dl, r.Lang); rr.Lang != r.Lang || rr.Confidence < thirdLangMargin {
		return "", false
	}
	return r.Lang, true
}
