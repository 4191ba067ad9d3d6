package segment

import (
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/source"
)

const (
	maxToken        = 40  // bytes: a longer word is never an abbreviation
	maxQuoteLen     = 400 // bytes: a longer quotation never keeps its sentences together
	maxQuoteDepth   = 8   // nesting depth of quotations followed
	maxBracketDepth = 32  // nesting depth of brackets followed by Items
	maxStartSkip    = 4   // opening punctuation skipped before the first letter of a sentence
)

// Sentences splits text into sentences following the rules of lang, an ISO
// 639-1 code such as "en", "es" or "ru" ("" or an unknown code selects
// generic rules). The spans are relative to text, non-empty, in order, and
// tile it: white space between two sentences belongs to the first. Sentences
// returns nil for empty text.
func Sentences(text, lang string) []source.Span {
	if text == "" {
		return nil
	}
	s := sentenceScanner{text: text, r: rulesFor(lang), quotes: quoteRegions(text)}
	return tile(len(text), s.boundaries())
}

// tile turns the boundaries bounds, increasing and strictly inside (0, n),
// into spans covering [0, n).
func tile(n int, bounds []int) []source.Span {
	spans := make([]source.Span, 0, len(bounds)+1)
	start := 0
	for _, b := range bounds {
		spans = append(spans, source.Span{Start: start, End: b})
		start = b
	}
	return append(spans, source.Span{Start: start, End: n})
}

// sentenceScanner finds the sentence boundaries in one text.
type sentenceScanner struct {
	text   string
	r      *rules
	quotes []source.Span // quotations that continue their sentence, sorted, disjoint
}

// boundaries returns the byte offsets where sentences after the first
// start, in increasing order.
func (s *sentenceScanner) boundaries() []int {
	text := s.text
	var bounds []int
	sentStart := skipSpace(text, 0) // first non-space byte of the current sentence
	q := 0                          // first quotation that may still contain a candidate
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isTerminal(r) {
			i += size
			continue
		}
		b, next := s.endAt(i, sentStart)
		if b > 0 {
			for q < len(s.quotes) && s.quotes[q].End <= i {
				q++
			}
			if q < len(s.quotes) && s.quotes[q].Start < i {
				b = -1
			}
		}
		if b > 0 && b < len(text) {
			bounds = append(bounds, b)
			sentStart = b
			i = b
			continue
		}
		i = next
	}
	return bounds
}

// endAt examines the run of end punctuation starting at i. It returns the
// offset where the next sentence starts, or -1 if the run does not end a
// sentence, and the offset just past the run, where scanning resumes (always
// greater than i).
func (s *sentenceScanner) endAt(i, sentStart int) (b, next int) {
	text := s.text
	j := i
	dots, others := 0, 0
	wide, marker := false, false
scan:
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case isTerminal(r):
			if r == '.' {
				dots++
			} else {
				others++
			}
			wide = wide || isWideTerminal(r)
			j += size
		case isCloser(r):
			j += size
		default:
			n := markerLen(text, j)
			if n == 0 {
				break scan
			}
			marker = true
			j += n
		}
	}
	if prev, _ := utf8.DecodeLastRuneInString(text[:i]); i > 0 && (prev == '(' || prev == '[') {
		return -1, j // an elision or remark: "(…)", "[...]", "(?)"
	}
	k := skipSpace(text, j)
	if k == j && !wide {
		return -1, j
	}
	if r, size := utf8.DecodeRuneInString(text[k:]); r == '»' || r == '›' {
		// A French closing guillemet after a space: "Je pars. » Puis".
		if q := skipSpace(text, k+size); q > k+size || q == len(text) {
			k = q
		}
	}
	for k < len(text) { // markers after the space: "imperialism. [7] Next"
		n := markerLen(text, k)
		if n == 0 {
			break
		}
		marker = true
		k = skipSpace(text, k+n)
	}
	if k >= len(text) {
		return -1, j
	}
	ok, word, inverted := s.startAt(k)
	if !ok {
		return -1, j
	}
	if dots == 1 && others == 0 && j == i+1 && !marker {
		switch kind, starters := s.abbrevClass(i, sentStart); kind {
		case abbrevNever:
			return -1, j
		case abbrevAmbiguous:
			if !inverted && !starters[word] {
				return -1, j
			}
		}
	}
	return k, j
}

// startAt reports whether a sentence can start at k. If so, it also returns
// the word that starts it (letters only, "" for a digit or an uncased
// script) and whether it opens with an inverted mark "¿" or "¡".
func (s *sentenceScanner) startAt(k int) (ok bool, word string, inverted bool) {
	text := s.text
	p := k
	for n := 0; n < maxStartSkip && p < len(text); n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		if r == '¿' || r == '¡' {
			inverted = true
		} else if !isOpener(r) {
			break
		}
		p += size
		if r == '(' || r == '[' {
			if e := elisionLen(text, p); e > 0 { // "(…) An attempt"
				p = skipSpace(text, p+e)
			}
		}
	}
	if p >= len(text) {
		return false, "", false
	}
	r, _ := utf8.DecodeRuneInString(text[p:])
	switch {
	case unicode.IsUpper(r) || unicode.IsTitle(r):
		return true, wordAt(text, p), inverted
	case unicode.IsDigit(r):
		return true, "", inverted
	case unicode.IsLetter(r) && !unicode.IsLower(r):
		return true, "", inverted
	}
	return false, "", false
}

// abbrevClass returns the class of the word that ends with the dot at i,
// and the sentence starters that decide an ambiguous one.
func (s *sentenceScanner) abbrevClass(i, sentStart int) (abbrevKind, map[string]bool) {
	text := s.text
	ts := tokenStart(text, i)
	if ts < 0 {
		return notAbbrev, nil
	}
	ts = skipOpeners(text, ts, i)
	tok := text[ts:i]
	if tok == "" {
		return notAbbrev, nil
	}
	if ts == sentStart && isLabel(tok) {
		return abbrevNever, nil
	}
	if prev := prevToken(text, ts); len(prev) > 1 && prev[len(prev)-1] == '.' {
		if k, st := s.r.lookup(prev, tok); k != notAbbrev {
			return k, st
		}
	}
	if k, st := s.r.lookup(tok); k != notAbbrev {
		return k, st
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && unicode.IsLetter(r) {
		switch {
		case unicode.IsUpper(r) || unicode.IsTitle(r):
			return abbrevNever, nil
		case s.r.words[tok]:
			return notAbbrev, nil
		}
		return abbrevAmbiguous, s.r.starters
	}
	if isInitialism(tok) {
		return abbrevAmbiguous, s.r.starters
	}
	if s.r.ordinals && isShortNumber(tok) {
		return abbrevAmbiguous, s.r.starters
	}
	return notAbbrev, nil
}

// tokenStart returns the offset of the first byte of the word that ends at
// i (the run of non-space characters before i), or -1 if that word is longer
// than maxToken bytes.
func tokenStart(text string, i int) int {
	ts := i
	for ts > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:ts])
		if unicode.IsSpace(r) {
			break
		}
		ts -= size
		if i-ts > maxToken {
			return -1
		}
	}
	return ts
}

// prevToken returns the word before the white space that ends at ts, with
// its opening punctuation removed, or "" if there is none or it is too long.
func prevToken(text string, ts int) string {
	e := ts
	for e > 0 && ts-e <= maxToken {
		r, size := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	if e == ts || e == 0 {
		return ""
	}
	ps := tokenStart(text, e)
	if ps < 0 {
		return ""
	}
	return text[skipOpeners(text, ps, e):e]
}

// skipOpeners returns the offset of the first character in text[i:end]
// that is not opening punctuation.
func skipOpeners(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if !isOpener(r) {
			break
		}
		i += size
	}
	return i
}

// skipSpace returns the offset of the first non-space character at or
// after i, or len(text).
func skipSpace(text string, i int) int {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += size
	}
	return i
}

// wordAt returns the run of letters starting at p, at most maxToken bytes.
func wordAt(text string, p int) string {
	e := p
	for e < len(text) && e-p < maxToken {
		r, size := utf8.DecodeRuneInString(text[e:])
		if !unicode.IsLetter(r) {
			break
		}
		e += size
	}
	return text[p:e]
}

// markerLen returns the length in bytes of the footnote marker at text[i:]
// ("[7]", "[^12]", or a run of superscript digits such as "⁷"), or 0.
func markerLen(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	if text[i] == '[' {
		j := i + 1
		if j < len(text) && text[j] == '^' {
			j++
		}
		d := j
		for j < len(text) && j-d < 4 && '0' <= text[j] && text[j] <= '9' {
			j++
		}
		if j == d || j >= len(text) || text[j] != ']' {
			return 0
		}
		return j + 1 - i
	}
	n := i
	for n < len(text) {
		r, size := utf8.DecodeRuneInString(text[n:])
		if !isSuperscriptDigit(r) {
			break
		}
		n += size
	}
	return n - i
}

// elisionLen returns the length of an elision "…)" or "...]" at text[p:]
// (the opening bracket is before p), or 0.
func elisionLen(text string, p int) int {
	j := p
	for j < len(text) && j-p < 12 {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r != '.' && r != '…' {
			break
		}
		j += size
	}
	if j == p || j >= len(text) || (text[j] != ')' && text[j] != ']') {
		return 0
	}
	return j + 1 - p
}

// isLabel reports whether tok, the first word of a sentence, is a list label:
// a number of up to three digits, a Roman numeral or a single letter.
func isLabel(tok string) bool {
	if isShortNumber(tok) {
		return true
	}
	if r, size := utf8.DecodeRuneInString(tok); size == len(tok) && unicode.IsLetter(r) {
		return true
	}
	if len(tok) > 6 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		switch tok[i] {
		case 'I', 'V', 'X', 'L', 'C', 'D', 'M':
		default:
			return false
		}
	}
	return true
}

// isShortNumber reports whether tok is one to three ASCII digits.
func isShortNumber(tok string) bool {
	if tok == "" || len(tok) > 3 {
		return false
	}
	for i := 0; i < len(tok); i++ {
		if tok[i] < '0' || tok[i] > '9' {
			return false
		}
	}
	return true
}

// isInitialism reports whether tok is single letters joined by dots, such
// as "U.S", "e.g" or "J.-C" (the final dot is not part of tok).
func isInitialism(tok string) bool {
	parts := 0
	for i := 0; i <= len(tok); {
		if parts > 0 {
			if i >= len(tok) || tok[i] != '.' {
				return false
			}
			i++
			if i < len(tok) && tok[i] == '-' {
				i++
			}
		}
		r, size := utf8.DecodeRuneInString(tok[i:])
		if !unicode.IsLetter(r) {
			return false
		}
		i += size
		parts++
		if i == len(tok) {
			return parts > 1
		}
	}
	return false
}

func isTerminal(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '‼', '⁇', '⁈', '⁉', '؟', '।', '॥', '。', '！', '？', '｡':
		return true
	}
	return false
}

// isWideTerminal reports whether r is end punctuation of scripts that put no
// space between sentences.
func isWideTerminal(r rune) bool {
	switch r {
	case '。', '！', '？', '｡':
		return true
	}
	return false
}

// isCloser reports whether r may close a quotation or bracket after end
// punctuation. “ and ‘ close quotations in German, Russian and Ukrainian.
func isCloser(r rune) bool {
	switch r {
	case ')', ']', '}', '"', '\'', '”', '’', '“', '‘', '»', '›', '«', '‹', '」', '』', '）':
		return true
	}
	return false
}

// isOpener reports whether r may open a quotation or bracket before the
// first word of a sentence.
func isOpener(r rune) bool {
	switch r {
	case '(', '[', '{', '"', '\'', '“', '‘', '„', '‚', '«', '‹', '»', '›', '¿', '¡', '「', '『', '（':
		return true
	}
	return false
}

func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || ('⁰' <= r && r <= '⁹' && r != 'ⁱ' && r != '\u2072' && r != '\u2073')
}
