package langid

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// capClass is the capitalisation pattern of a word as written.
type capClass uint8

const (
	capLower capClass = iota // no capital letter
	capTitle                 // first letter capital, the rest small (or a single capital)
	capUpper                 // two or more letters, all capitals
	capMixed                 // anything else: McFaul, iPhone, NATOвського
)

// token is one word of the text, ready for scoring.
type token struct {
	word    string // lowercased, NFC, apostrophes unified, marks dropped
	cap     capClass
	initial bool // first word of a sentence, heading or list item
	script  script
	letters int
	nextCap bool // the following word is capitalised (filled in by tokenize)
	known   bool // in the word lists of some language (filled in by Identify)
	// entry holds the scores of the word, when they are known (filled in
	// by tokenizeKnown and Identify); nil otherwise.
	entry *wordEntry
}

// Name priors: the probability that a word is a proper name or an acronym,
// i.e. drawn from the language-neutral background rather than from the
// language of the text. See scoreTokens.
const (
	piKnownLower = 0.01 // lowercase word found in some language's word lists
	piLower      = 0.05 // ordinary lowercase word
	piKnownCap   = 0.1  // capitalised word found in some language's word lists
	piInitial    = 0.2  // capitalised first word of a sentence
	piName       = 0.6  // capitalised word inside a sentence: probably a name
	piAcronym    = 0.95 // short all-capitals word: RCIT, NATO, США
	piCapsWord   = 0.3  // long all-capitals word: a shouted heading
	acronymMaxL  = 5
)

// namePrior returns the prior probability that t is a name rather than a
// word of the language.
func (t *token) namePrior() float64 {
	switch {
	case t.cap == capLower && t.known:
		return piKnownLower
	case t.cap == capLower:
		return piLower
	case t.cap == capUpper && t.letters <= acronymMaxL:
		return piAcronym // even EU, LA, US: in capitals, probably acronyms
	case t.known:
		return piKnownCap
	case t.cap == capUpper:
		return piCapsWord
	case t.cap == capTitle && t.initial && !t.nextCap:
		return piInitial
	default:
		return piName
	}
}

// nameLike reports whether t may well be a name or an acronym: a
// capitalised word found in no word list, or a short all-capitals word.
// A text made only of such words has no evidence of its language.
func (t *token) nameLike() bool {
	switch {
	case t.cap == capLower:
		return false
	case t.cap == capUpper:
		return t.letters <= acronymMaxL
	}
	return !t.known
}

// isApostrophe reports whether r is used as an apostrophe inside words.
func isApostrophe(r rune) bool {
	return r == '\'' || r == '\u2019' || r == '\u02bc'
}

// isSentenceEnd reports whether r ends a sentence or clause after which a
// capital letter is expected.
func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', ':', ';', '\u2026', '\u00bf', '\u00a1', '\u3002',
		'\uff01', '\uff1f', '\uff1a', '\uff1b', '\uff61', '\u061f', '\u061b', '\u06d4', '\u0964', '\u0965':
		return true
	}
	return false
}

// scriptOf classifies a letter.
func scriptOf(r rune) script {
	if r < 0x80 {
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') {
			return scriptLatin
		}
		return scriptNone
	}
	switch {
	case r < 0x250 || (0x1e00 <= r && r <= 0x1eff):
		// Latin-1, Latin Extended-A and -B, Latin Extended Additional
		// (Vietnamese): the common case, without a table search.
		if unicode.IsLetter(r) {
			return scriptLatin
		}
		return scriptNone
	case 0x400 <= r && r <= 0x52f:
		if unicode.IsLetter(r) {
			return scriptCyrillic
		}
		return scriptNone
	}
	if !unicode.IsLetter(r) {
		return scriptNone
	}
	return blockScript(r)
}

// blockScript returns the script of a letter or mark at or above U+0250.
func blockScript(r rune) script {
	if r == 0x30fc || r == 0xff70 {
		// The prolonged sound mark, of Common script, lengthens kana.
		return scriptKatakana
	}
	for _, s := range scriptTables {
		if unicode.Is(s.table, r) {
			return s.script
		}
	}
	return scriptOther
}

// scriptTables are the Unicode scripts of scriptOf, the more frequent first.
var scriptTables = []struct {
	table  *unicode.RangeTable
	script script
}{
	{unicode.Latin, scriptLatin},
	{unicode.Cyrillic, scriptCyrillic},
	{unicode.Han, scriptHan},
	{unicode.Hiragana, scriptHiragana},
	{unicode.Katakana, scriptKatakana},
	{unicode.Hangul, scriptHangul},
	{unicode.Arabic, scriptArabic},
	{unicode.Hebrew, scriptHebrew},
	{unicode.Devanagari, scriptDevanagari},
	{unicode.Thai, scriptThai},
}

// keepsMarks reports whether the combining marks of the script are part of
// its spelling (vowel signs of Devanagari and Thai) rather than optional
// accents (stress marks, Arabic and Hebrew vowel points), which are dropped.
func keepsMarks(s script) bool {
	return s == scriptDevanagari || s == scriptThai
}

// Chunk lengths, in letters, of the runs of scripts written without spaces.
// A run is first cut where the script changes (Han, hiragana, katakana),
// which in Japanese roughly separates stems from inflections and
// particles, then into chunks of at most this many letters, word-sized
// pieces, so that a sentence gives many tokens rather than one.
const (
	hanChunk  = 2 // most Chinese words are one or two characters long
	kanaChunk = 4 // particles and inflections are one to four kana
	thaiChunk = 4 // Thai syllables are two to four letters and marks
)

// chunkLen returns the longest chunk of a run of script s.
func chunkLen(s script) int {
	switch s {
	case scriptHan:
		return hanChunk
	case scriptThai:
		return thaiChunk
	}
	return kanaChunk
}

// foldRune lowercases r and maps spelling variants onto the forms the model
// knows (Romanian cedilla letters to comma-below letters).
func foldRune(r rune) rune {
	r = unicode.ToLower(r)
	switch r {
	case 'ş':
		return 'ș'
	case 'ţ':
		return 'ț'
	case '\u2027':
		return '·'
	}
	return r
}

// isMarkerField reports whether f is a Markdown block marker that starts a
// heading, list item or quote when it opens a line.
func isMarkerField(f string) bool {
	switch f {
	case "#", "##", "###", "####", "#####", "######", "-", "*", "+", ">", "|", "•", "–", "—":
		return true
	}
	// "1." or "1)"
	n := len(f)
	if n >= 2 && (f[n-1] == '.' || f[n-1] == ')') {
		for i := 0; i < n-1; i++ {
			if f[i] < '0' || f[i] > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// stripURL removes a URL, an e-mail address or a www. address from field f,
// keeping any text before it (as in the Markdown "[text](https://...").
func stripURL(f string) string {
	if i := strings.Index(f, "://"); i >= 0 {
		j := i
		for j > 0 {
			c := f[j-1]
			if ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') || ('0' <= c && c <= '9') || c == '+' || c == '-' || c == '.' {
				j--
				continue
			}
			break
		}
		f = f[:j]
	}
	if len(f) >= 4 && strings.EqualFold(f[:4], "www.") {
		return ""
	}
	if at := strings.IndexByte(f, '@'); at > 0 && strings.IndexByte(f[at:], '.') > 0 {
		return ""
	}
	return f
}

// isCodeField reports whether f is a version number or an identifier
// rather than words: letters and digits joined by dots, hyphens,
// underscores or pluses (1.0.0-alpha.1, beta.2, x86_64, utf-8), whose
// letters are no evidence of the language of the text around them.
func isCodeField(f string) bool {
	var digit, join bool
	for i := 0; i < len(f); i++ {
		switch c := f[i]; {
		case '0' <= c && c <= '9':
			digit = true
		case c == '.' || c == '-' || c == '_' || c == '+':
			if i > 0 && i+1 < len(f) {
				join = true
			}
		}
	}
	return digit && join && strings.IndexFunc(f, unicode.IsLetter) >= 0
}

// tokenizer turns text into tokens. Its zero value, with limit set, is
// ready to use.
type tokenizer struct {
	toks     []token
	buf      []rune // the word being read, folded
	upper    int
	lower    int
	digits   bool
	letters  int
	scripts  [numScripts]int // letters of the word in each script
	last     script          // script of the last letter of the word
	run      int             // letters since the start of the current chunk of an unspaced script
	firstUp  bool
	initial  bool // the word being read started a sentence
	boundary bool // the next word starts a sentence
	read     int  // letters read so far
	limit    int  // letters to read at most (plus the rest of the last word)
	done     bool // a word ended after the limit was reached
	// known, if not nil, are words met before: a word found there takes
	// its string, which is not allocated again.
	known   map[string]*wordEntry
	scratch []byte // the word being emitted, encoded
}

// maxWordLetters is the most letters a word may have; a longer run of
// letters (no word, but a string of junk) is cut into pieces of this
// length, so that the limit on the letters read holds within a field.
const maxWordLetters = 100

// tokenize splits text into words. Numbers, URLs and identifiers are
// dropped; words of Latin script are split after an apostrophe (French
// "l'homme" → "l'", "homme"), so that elided articles and pronouns can be
// looked up as function words; in Cyrillic the apostrophe stays inside the
// word, as in Ukrainian "м'ясо". Runs of scripts written without spaces are
// cut into chunks (see chunkLen). Text is normalised to NFC and combining
// marks left over (stress accents, vowel points) are dropped, except the
// vowel signs of Devanagari and Thai.
func tokenize(text string) []token {
	return tokenizeN(text, math.MaxInt)
}

// tokenizeN is tokenize, stopping after the word in which the limit-th
// letter falls. Text after that point is not even normalised, so the cost
// is bounded by the limit and the non-letters before it.
func tokenizeN(text string, limit int) []token {
	return tokenizeKnown(text, limit, nil, nil)
}

// tokenizeKnown is tokenizeN, taking the strings of the words known
// holds from there, and appending the tokens to buf[:0].
func tokenizeKnown(text string, limit int, known map[string]*wordEntry, buf []token) []token {
	tz := tokenizer{known: known, toks: buf[:0]}
	tz.limit = limit
	tz.boundary = true
	lineStart := true
	for len(text) > 0 && !tz.done {
		// Skip white space, noting line breaks.
		r, size := utf8.DecodeRuneInString(text)
		if unicode.IsSpace(r) {
			if r == '\n' {
				lineStart = true
			}
			text = text[size:]
			continue
		}
		end := strings.IndexFunc(text, unicode.IsSpace)
		if end < 0 {
			end = len(text)
		}
		field := text[:end]
		text = text[end:]
		if !nfcStable(field) && !norm.NFC.IsNormalString(field) {
			// Normalising field by field is normalising the text: white
			// space neither composes nor decomposes.
			field = norm.NFC.String(field)
		}
		if lineStart && isMarkerField(field) {
			tz.boundary = true
			lineStart = false
			continue
		}
		lineStart = false
		field = stripURL(field)
		if isCodeField(field) {
			continue
		}
		tz.field(field)
	}
	for i := 0; i+1 < len(tz.toks); i++ {
		c := tz.toks[i+1].cap
		tz.toks[i].nextCap = c == capTitle || c == capUpper || c == capMixed
	}
	return tz.toks
}

// field reads one white-space delimited field.
func (tz *tokenizer) field(f string) {
	if !tz.plainWord(f) {
		tz.runes(f)
	}
}

// runes reads field f rune by rune.
func (tz *tokenizer) runes(f string) {
	var prev rune
	for i := 0; i < len(f); {
		if tz.done {
			return
		}
		r, size := utf8.DecodeRuneInString(f[i:])
		i += size
		switch {
		case r == utf8.RuneError && size <= 1:
			tz.flush()
		case r == '\u0640':
			// The Arabic tatweel, which only stretches a word: drop.
		case unicode.IsLetter(r):
			tz.letter(r)
		case unicode.IsDigit(r):
			if tz.last.unspaced() {
				tz.flush() // 第1章: the digits are not part of a word
			}
			tz.startIfEmpty()
			tz.digits = true
			tz.buf = append(tz.buf, r)
		case (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)) && len(tz.buf) > 0 && keepsMarks(tz.last):
			// A vowel sign or virama of Devanagari or Thai: part of the word.
			tz.buf = append(tz.buf, r)
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			// A combining mark left over after NFC (a stress accent, an
			// Arabic vowel point): drop.
		case (isApostrophe(r) || r == '·' || r == '\u2027') && len(tz.buf) > 0 && unicode.IsLetter(prev) && i < len(f) && nextIsLetter(f[i:]):
			if isApostrophe(r) {
				tz.buf = append(tz.buf, '\'')
			} else {
				tz.buf = append(tz.buf, '·')
			}
		case isSentenceEnd(r):
			tz.flush()
			tz.boundary = true
		default:
			tz.flush()
		}
		prev = r
	}
	tz.flush()
}

// plainWord reads field f as field does when it is a plain word, the
// most common field: letters of one script, Latin (ASCII or Latin-1) or
// Cyrillic (U+0400-U+045F), lower-case after the first, and perhaps one
// mark of punctuation after them (not an apostrophe, which may join
// words). It reports whether f is one. It leaves the tokenizer as field
// would: the word emitted, and the state of its last letter.
func (tz *tokenizer) plainWord(f string) bool {
	n := len(f)
	var mark byte
	if n > 1 {
		switch c := f[n-1]; c {
		case '.', ',', ';', ':', '!', '?', ')', '"':
			mark, n = c, n-1
		}
	}
	sc, letters, up := plainLetters(f[:n])
	if letters == 0 || letters > maxWordLetters {
		return false
	}
	// As letter reads each letter and flush emits the word.
	tz.initial = tz.boundary
	tz.upper, tz.lower, tz.letters = 0, letters, letters
	tz.firstUp = up
	cap := capLower
	if up {
		tz.upper, tz.lower = 1, letters-1
		cap = capTitle
	}
	tz.scripts = [numScripts]int{}
	tz.scripts[sc] = letters
	tz.last, tz.run, tz.digits = sc, letters, false
	tz.read += letters
	tz.done = tz.read >= tz.limit
	tz.boundary = false
	tz.scratch = append(tz.scratch[:0], f[:n]...)
	if up {
		lowerFirst(tz.scratch)
	}
	e, w := tz.scratchWord()
	tz.toks = append(tz.toks, token{entry: e, word: w, cap: cap, initial: tz.initial, script: sc, letters: letters})
	if mark != 0 && isSentenceEnd(rune(mark)) {
		tz.boundary = true
	}
	return true
}

// plainLetters reports the script and the number of letters of s if it
// is a plain word (see plainWord), and whether its first letter is a
// capital; 0 letters if it is not one. It reads the bytes of the
// encodings: a-z; Latin-1 lower-case U+00DF-U+00FF but ÷ (C3 9F-BF but
// B7) and capitals U+00C0-U+00DE but × (C3 80-9E but 97); Cyrillic
// lower-case U+0430-U+045F (D0 B0-BF, D1 80-9F) and capitals
// U+0400-U+042F (D0 80-AF). Each of these is a letter of its case that
// folds as lowerFirst does.
func plainLetters(s string) (sc script, letters int, up bool) {
	if s == "" {
		return 0, 0, false
	}
	sc = scriptLatin
	switch c := s[0]; {
	case c < utf8.RuneSelf:
		up = 'A' <= c && c <= 'Z'
		if !up && (c < 'a' || c > 'z') {
			return 0, 0, false
		}
		s = s[1:]
	case len(s) < 2:
		return 0, 0, false
	case c == 0xC3 && 0x80 <= s[1] && s[1] <= 0xBF && s[1] != 0x97 && s[1] != 0xB7:
		up = s[1] < 0x9F
		s = s[2:]
	case c == 0xD0 && 0x80 <= s[1] && s[1] <= 0xBF:
		sc, up = scriptCyrillic, s[1] < 0xB0
		s = s[2:]
	case c == 0xD1 && 0x80 <= s[1] && s[1] <= 0x9F:
		sc = scriptCyrillic
		s = s[2:]
	default:
		return 0, 0, false
	}
	letters = 1
	for i := 0; i < len(s); letters++ {
		c := s[i]
		if sc == scriptLatin && 'a' <= c && c <= 'z' {
			i++
			continue
		}
		if i+1 >= len(s) {
			return 0, 0, false
		}
		d := s[i+1]
		switch {
		case sc == scriptLatin && c == 0xC3 && 0x9F <= d && d <= 0xBF && d != 0xB7,
			sc == scriptCyrillic && (c == 0xD0 && 0xB0 <= d && d <= 0xBF || c == 0xD1 && 0x80 <= d && d <= 0x9F):
			i += 2
		default:
			return 0, 0, false
		}
	}
	return sc, letters, up
}

// lowerFirst lower-cases in place the capital that starts the plain word
// b (see plainLetters): A-Z, À-Þ, Ѐ-Џ (to ѐ-џ, D1 90-9F), А-П (to а-п,
// D0 B0-BF) or Р-Я (to р-я, D1 80-8F).
func lowerFirst(b []byte) {
	switch {
	case b[0] < utf8.RuneSelf:
		b[0] += 'a' - 'A'
	case b[0] == 0xC3:
		b[1] += 0x20
	case b[1] < 0x90:
		b[0], b[1] = 0xD1, b[1]+0x10
	case b[1] < 0xA0:
		b[1] += 0x20
	default:
		b[0], b[1] = 0xD1, b[1]-0x20
	}
}

// scratchWord returns the entry of the word in tz.scratch, if known, and
// the word as a string: the entry's, or a new one.
func (tz *tokenizer) scratchWord() (*wordEntry, string) {
	if e := tz.known[string(tz.scratch)]; e != nil {
		return e, e.word
	}
	return nil, string(tz.scratch)
}

// nfcStable reports whether s is in NFC by its runes alone: all of them
// ASCII, Latin below the combining marks (U+0300), or Cyrillic letters
// (U+0400-U+052F but the combining marks U+0483-U+0489). Each of those
// is a starter that NFC keeps, and no two of them compose
// (TestNFCStable checks every rune and every pair), so a text of them is
// normal and the full check (a tenth of identifying a Russian text) is
// spared.
func nfcStable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if !nfcStableRune(r) || r == utf8.RuneError && size == 1 {
			return false
		}
		i += size
	}
	return true
}

// nfcStableRune reports whether r is one of the runes nfcStable accepts.
func nfcStableRune(r rune) bool {
	return r < 0x300 || r >= 0x400 && r < 0x483 || r >= 0x48A && r < 0x530
}

func nextIsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func (tz *tokenizer) startIfEmpty() {
	if len(tz.buf) == 0 {
		tz.initial = tz.boundary
		tz.upper, tz.lower, tz.letters = 0, 0, 0
		tz.scripts = [numScripts]int{}
		tz.last, tz.run = scriptNone, 0
		tz.digits = false
		tz.firstUp = false
	}
}

func (tz *tokenizer) letter(r rune) {
	sc := scriptOf(r)
	if len(tz.buf) > 0 && (sc.unspaced() || tz.last.unspaced()) &&
		(sc != tz.last || tz.digits || tz.run >= chunkLen(sc)) {
		// A chunk of a script written without spaces ends where the
		// script changes or when it is long enough.
		tz.flush()
	}
	if len(tz.buf) > 0 && tz.letters >= maxWordLetters {
		tz.flush()
	}
	tz.startIfEmpty()
	tz.read++
	tz.last = sc
	tz.run++
	if tz.letters == 0 {
		tz.firstUp = unicode.IsUpper(r)
	}
	tz.letters++
	if unicode.IsUpper(r) {
		tz.upper++
	} else if unicode.IsLower(r) {
		tz.lower++
	}
	tz.scripts[sc]++
	tz.buf = append(tz.buf, foldRune(r))
}

// flush emits the word being read, if any.
func (tz *tokenizer) flush() {
	if len(tz.buf) == 0 {
		return
	}
	tz.done = tz.read >= tz.limit
	buf := tz.buf
	tz.buf = tz.buf[:0]
	if tz.digits || tz.letters == 0 {
		// Numbers, dates, version strings, codes: no language evidence,
		// and they do not end a sentence.
		return
	}
	// The script of the word is that of most of its letters; Latin wins
	// ties, then Cyrillic.
	sc := scriptLatin
	for s := scriptCyrillic; s < numScripts; s++ {
		if tz.scripts[s] > tz.scripts[sc] {
			sc = s
		}
	}
	cap := capMixed
	switch {
	case tz.upper == 0:
		cap = capLower
	case tz.upper == 1 && tz.firstUp:
		cap = capTitle
	case tz.lower == 0 && tz.letters >= 2:
		cap = capUpper
	}
	initial := tz.initial
	tz.boundary = false
	if sc == scriptLatin {
		// Split after apostrophes: l'homme → l' + homme.
		start := 0
		for i, r := range buf {
			if r == '\'' && i+1 < len(buf) {
				tz.emit(buf[start:i+1], cap, initial, sc)
				// The rest keeps the capitalisation class only when it
				// starts with a capital; we cannot tell from folded runes,
				// so treat it as a continuation of the same word.
				initial = false
				start = i + 1
			}
		}
		tz.emit(buf[start:], cap, initial, sc)
		return
	}
	tz.emit(buf, cap, initial, sc)
}

func (tz *tokenizer) emit(word []rune, cap capClass, initial bool, sc script) {
	n := 0
	for _, r := range word {
		if r != '\'' && r != '·' {
			n++
		}
	}
	if n == 0 {
		return
	}
	tz.scratch = tz.scratch[:0]
	for _, r := range word {
		tz.scratch = utf8.AppendRune(tz.scratch, r)
	}
	e, w := tz.scratchWord()
	tz.toks = append(tz.toks, token{
		entry:   e,
		word:    w,
		cap:     cap,
		initial: initial,
		script:  sc,
		letters: n,
	})
}
