package rule

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// Thresholds of untranslated fragments. Fits on the seed article's
// Spanish and Russian versions (the date and "at" left in English inside
// a Russian footnote; the English comment in parentheses of a Spanish
// one), checked against the udhr and semver base runs and the docs pages
// of the development set (no finding).
const (
	// fragmentCommonWords is the least number of common words (lower-case
	// words, and month names next to a number) a run of words left in the
	// source's language must hold: one is a loan word or a name's article.
	fragmentCommonWords = 2
	// fragmentSameScriptWords is the least number of words of such a run
	// when both languages share a script, where short runs are often
	// words the languages share.
	fragmentSameScriptWords = 4
	// fragmentConfidence is the posterior probability langid must give
	// the source's language, among all languages, for a run in the
	// script of both languages; fragmentEvidence the support (nats) it
	// must find for the source's language, first among all languages, in
	// a run written in the source's script alone (too short for a
	// posterior: "11 August 2022, at").
	fragmentConfidence = 0.9
	fragmentEvidence   = 3.0
)

// untranslatedFragments reports runs of words inside a translated
// sentence or cited work left in the source's language, and comments in
// parentheses left so inside a translated footnote. Names (capitalised
// words), quoted wording, code and links are not fragments. Target blocks
// in whole are already reported whole.
func untranslatedFragments(p *Pass, whole map[int]bool) {
	sl, dl := langid.Base(p.Pair.Source.Lang), langid.Base(p.Pair.Target.Lang)
	if sl == "" || dl == "" || sl == dl {
		return
	}
	cross := scriptOf(p.Pair.Source.Blocks[0].Text) != scriptOf(blockTexts(p.Pair.Target, []int{0}))
	translatedNote := map[int]bool{} // footnotes with an item in the translation's language
	us := p.units()
	for _, u := range us {
		if u.note && p.identify(u.dst, judgeLangs(sl, dl)...).Lang == dl {
			translatedNote[u.dstBlock] = true
		}
	}
	// The words of the unit's source, lower-cased: what a word of the same
	// script must be to count as left in the source's language. One map
	// for all the units, cleared for each.
	srcWords := map[string]bool{}
	for _, u := range us {
		b := p.Pair.Target.Blocks[u.dstBlock]
		if whole[u.dstBlock] || isOutput(b.Info) {
			continue // reported whole, or a program's output quoted as it is
		}
		text := p.masked(b)[u.dstSpan.Start:u.dstSpan.End]
		if u.note && translatedNote[u.dstBlock] {
			parentheticals(p, u, text)
		}
		// A sentence in the source's language is judged whole; a cited work
		// mostly in it is a title kept in its language.
		if r := p.identify(u.dst, judgeLangs(sl, dl)...); r.Lang == "" || (r.Lang == sl && (u.note || r.Confidence >= sentenceConfidence)) {
			continue
		}
		if !cross { // across scripts, a fragment is told by its script
			clear(srcWords)
			for _, t := range p.tokenize(u.src) {
				srcWords[lowerWord(t.Text)] = true
			}
		}
		q := quoted(text)
		toks := p.tokenize(text)
		foreign := func(t wordalign.Token) bool {
			if inSpans(q, t.Span().Start) {
				return false
			}
			if t.Kind() == wordalign.Number {
				return true
			}
			if u.note && !isLower(t.Text) && len(feature.Numbers("1 "+t.Text)) < 2 {
				return false // a capitalised word in a cited work: part of a title, kept by convention
			}
			if cross {
				return latin(t.Text)
			}
			return srcWords[lowerWord(t.Text)]
		}
		for i := 0; i < len(toks); {
			if !foreign(toks[i]) {
				i++
				continue
			}
			j := i + 1
			for j < len(toks) && foreign(toks[j]) && !strings.ContainsAny(text[toks[j-1].Span().End:toks[j].Span().Start], ".;:!?()[]\"“”«»„") {
				j++
			}
			reportFragment(p, u, text, toks[i:j], cross)
			i = j
		}
	}
}

func reportFragment(p *Pass, u unit, text string, run []wordalign.Token, cross bool) {
	// Numbers at the edges are not part of the fragment unless a word
	// next to them is a month.
	common, words := 0, 0
	for _, t := range run {
		if t.Kind() == wordalign.Number {
			continue
		}
		words++
		switch {
		case isLower(t.Text):
			common++
		case len(feature.Numbers("1 "+t.Text)) > 1:
			common++ // a month name
		}
	}
	if common < fragmentCommonWords || (!cross && words < fragmentSameScriptWords) {
		return
	}
	sp := source.Span{Start: run[0].Span().Start, End: run[len(run)-1].Span().End}
	frag := text[sp.Start:sp.End]
	// A list of terms ("oneline, short, full") is no prose: some two
	// tokens, one a word, must stand side by side.
	prose := false
	for k := 1; k < len(run); k++ {
		if strings.TrimSpace(text[run[k-1].Span().End:run[k].Span().Start]) == "" && (run[k-1].Kind() == wordalign.Word || run[k].Kind() == wordalign.Word) {
			prose = true
		}
	}
	// The original term given in parentheses after its translation is a
	// gloss, kept by convention: «ад зависимостей» (dependency hell).
	gloss := strings.HasSuffix(strings.TrimSpace(text[:sp.Start]), "(") && strings.HasPrefix(strings.TrimSpace(text[sp.End:]), ")")
	if !prose || gloss || titleCase(run) || inSourceCode(p, u, frag) {
		return
	}
	sl := langid.Base(p.Pair.Source.Lang)
	r := p.identify(frag)
	if r.Lang != sl || len(r.Scores) == 0 {
		return
	}
	if (cross && r.Scores[0].Evidence < fragmentEvidence) || (!cross && r.Scores[0].Prob < fragmentConfidence) {
		return
	}
	at := source.Span{Start: u.dstSpan.Start + sp.Start, End: u.dstSpan.Start + sp.End}
	p.Report(Finding{
		Message:  fmt.Sprintf("%q inside this %s is still in %s", head(frag, pairWidth), unitName(u), langid.Name(sl)),
		Source:   p.SourcePos(u.srcBlock, u.srcSpan),
		Target:   p.TargetPos(u.dstBlock, at),
		Evidence: Evidence{Source: head(u.src, evidenceWidth), Target: head(u.dst, evidenceWidth)},
	})
}

// titleCase reports whether every word of run of four letters or more,
// two at least, starts with a capital: a name or a term kept in its
// language ("Software as a Service"), as names are. Month names do not
// count.
func titleCase(run []wordalign.Token) bool {
	long := 0
	for _, t := range run {
		if t.Kind() != wordalign.Word || utf8.RuneCountInString(t.Text) < 4 || len(feature.Numbers("1 "+t.Text)) > 1 {
			continue // short, or a month name ("11 August 2022")
		}
		long++
		if !t.Capitalised() {
			return false
		}
	}
	return long >= 2
}

// inSourceCode reports whether frag is part of a code span of the
// aligned source sentence: a command the translation wrote without its
// code marks (`php scripts/fix.php` as php scripts/fix.php) is code kept,
// not text left untranslated.
func inSourceCode(p *Pass, u unit, frag string) bool {
	b := p.Pair.Source.Blocks[u.srcBlock]
	for _, in := range b.Inline {
		if in.Kind == doc.InlineCode && in.Text.End > u.srcSpan.Start && in.Text.Start < u.srcSpan.End && strings.Contains(in.Value, frag) {
			return true
		}
	}
	return false
}

// parentheticals reports a comment in parentheses, in the source's
// language, inside a footnote whose other text was translated: a title in
// the original language by convention stays, a comment on it does not.
func parentheticals(p *Pass, u unit, text string) {
	sl := langid.Base(p.Pair.Source.Lang)
	depth, start := 0, 0
	for i, r := range text {
		switch r {
		case '(':
			if depth == 0 {
				start = i + 1
			}
			depth++
		case ')':
			if depth == 0 {
				continue
			}
			depth--
			if depth > 0 {
				continue
			}
			in := strings.TrimSpace(text[start:i])
			if wordCount(in) < minLangWords || !isLower(in) {
				continue
			}
			r := p.identify(in)
			if r.Lang != sl || r.Confidence < untranslatedConfidence {
				continue
			}
			at := source.Span{Start: u.dstSpan.Start + start, End: u.dstSpan.Start + i}
			p.Report(Finding{
				Message:  fmt.Sprintf("the comment in parentheses %q is still in %s", head(in, pairWidth), langid.Name(sl)),
				Source:   p.SourcePos(u.srcBlock, u.srcSpan),
				Target:   p.TargetPos(u.dstBlock, at),
				Evidence: Evidence{Target: head(in, evidenceWidth)},
			})
		}
	}
}

func unitName(u unit) string {
	if u.note {
		return "cited work"
	}
	return "sentence"
}
