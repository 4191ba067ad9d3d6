// Package feature extracts from a span of text what survives translation
// unchanged: footnote markers, numbers and dates (with their values
// normalised across locales and month names), links and e-mail addresses,
// names and cognates after transliteration, and the words and stems that a
// learned lexicon pairs. The aligner scores pairings with these features,
// and the rules compare them between aligned texts; both use this one
// definition, so that what the aligner matched and what a rule reports agree.
//
// Multisets of strings are kept as sorted slices: [Common], [Diff] and
// [MergeSorted] work on them in linear time.
package feature

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Features are what survives translation unchanged in a piece of text:
// footnote markers, numbers and dates, URLs, names and cognates, and marks
// such as "!" and "?". The aligner scores a pairing by how many of them the
// two sides share.
type Features struct {
	Len      int      // letters and digits, in runes
	Markers  []int    // footnote numbers, in order
	Numbers  []string // normalised numbers and months ("2023", "1.5", "m7"), sorted
	URLs     []string // normalised links and e-mail addresses, sorted
	Names    []string // keys of capitalised words and long words after transliteration, sorted, unique
	Bangs    int      // "!" and "¡"
	Question int      // "?" and "¿"
}

// trimURLs is the punctuation a link written in running text does not
// end with.
const trimURLs = ".,;:!?)]}'’"

// URLs returns the links and e-mail addresses in text, normalised: scheme
// and "www." removed, trailing punctuation and slash removed, lower-cased
// host.
func URLs(text string) []string {
	sps := linkSpans(text)
	if len(sps) == 0 {
		return nil
	}
	out := make([]string, len(sps))
	for i, sp := range sps {
		out[i] = normURL(text[sp.lo:sp.hi])
	}
	sort.Strings(out)
	return out
}

// RawURLs returns the links and e-mail addresses in text as written,
// without trailing punctuation.
func RawURLs(text string) []string {
	sps := linkSpans(text)
	if len(sps) == 0 {
		return nil
	}
	out := make([]string, len(sps))
	for i, sp := range sps {
		out[i] = strings.TrimRight(text[sp.lo:sp.hi], trimURLs)
	}
	return out
}

func normURL(u string) string {
	u = strings.TrimRight(u, trimURLs)
	low := strings.ToLower(u)
	for _, p := range []string{"https://", "http://"} {
		if strings.HasPrefix(low, p) {
			u, low = u[len(p):], low[len(p):]
		}
	}
	if strings.HasPrefix(low, "www.") {
		u, low = u[4:], low[4:]
	}
	if i := strings.IndexByte(u, '/'); i >= 0 {
		u = low[:i] + u[i:]
	} else {
		u = low
	}
	return strings.TrimRight(u, "/")
}

// Months by name in the languages tralign knows, for comparing dates
// across languages: "10 August 2021" = "10 de agosto de 2021" =
// "10 августа 2021 г.". Keys are lower-case stems.
var monthStems = []struct {
	stem  string
	month int
}{
	{"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"june", 6}, {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
	{"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6}, {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11}, {"diciembre", 12},
	{"январ", 1}, {"феврал", 2}, {"март", 3}, {"апрел", 4}, {"мая", 5}, {"май", 5}, {"июн", 6}, {"июл", 7}, {"август", 8}, {"сентябр", 9}, {"октябр", 10}, {"ноябр", 11}, {"декабр", 12},
	{"січ", 1}, {"лют", 2}, {"берез", 3}, {"квіт", 4}, {"травн", 5}, {"черв", 6}, {"лип", 7}, {"серп", 8}, {"верес", 9}, {"жовт", 10}, {"листопад", 11}, {"груд", 12},
	{"januar", 1}, {"februar", 2}, {"märz", 3}, {"juni", 6}, {"juli", 7}, {"oktober", 10}, {"dezember", 12},
	{"janvier", 1}, {"février", 2}, {"mars", 3}, {"avril", 4}, {"juin", 6}, {"juillet", 7}, {"août", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11}, {"décembre", 12},
	{"gennaio", 1}, {"febbraio", 2}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6}, {"luglio", 7}, {"settembre", 9}, {"ottobre", 10}, {"dicembre", 12},
	{"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"maio", 5}, {"junho", 6}, {"julho", 7}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
}

// monthInitials holds the first letters of the month names, lower-case.
var monthInitials = func() map[rune]bool {
	m := map[rune]bool{'m': true} // "may", "mai"
	for _, ms := range monthStems {
		r, _ := utf8.DecodeRuneInString(ms.stem)
		m[r] = true
	}
	return m
}()

// month returns the month a word names (only when a number stands next
// to it, which the caller checks), or 0.
func month(w string) int {
	if r, _ := utf8.DecodeRuneInString(w); !monthInitials[unicode.ToLower(r)] {
		return 0 // no month starts so: spare lower-casing the word
	}
	w = strings.ToLower(w)
	if w == "may" || w == "mai" || w == "march" {
		// "may" is mostly the verb in English: a month only next to a day or year.
		if w == "march" {
			return 3
		}
		return 5
	}
	for _, m := range monthStems {
		if strings.HasPrefix(w, m.stem) && len(w) <= len(m.stem)+4 {
			return m.month
		}
	}
	return 0
}

// monthKeys are the keys of the months, "m1" to "m12", at their number.
var monthKeys = [...]string{"", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9", "m10", "m11", "m12"}

// Numbers returns the numbers of text as normalised strings, sorted:
// thousands separators removed, decimal commas made points, footnote
// markers and URLs left out; a month name next to a number counts as
// "m<N>", so that dates compare across languages.
func Numbers(text string) []string {
	if !hasDigit(text) {
		return nil
	}
	return numbersOf(numberText(text))
}

// hasDigit reports whether s holds an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// numberText returns text as numbers are read in it: footnote markers
// and links replaced by a space each.
func numberText(text string) string {
	t := withoutMarkers(text)
	return blank(t, linkSpans(t))
}

// numbersOf returns the numbers of t, which has no markers or links left
// (see numberText).
func numbersOf(t string) []string {
	locs := numberSpans(t)
	if len(locs) == 0 {
		return nil
	}
	var out []string
	tokEnd := -1 // the end of the last code read, whose numbers are in it
	for _, l := range locs {
		if l.lo < tokEnd {
			continue
		}
		if lo, hi := codeAround(t, l); hi > lo {
			out = append(out, strings.ToLower(t[lo:hi]))
			tokEnd = hi
			continue
		}
		out = appendNumber(out, t[l.lo:l.hi])
	}
	// A month name counts when a number stands within a few bytes (a
	// preposition such as "de") before or after it. Words and numbers
	// come in order and never overlap, so the closest number before a
	// word is the last that ends before it and the closest after is the
	// next.
	p := 0
	for w := nextWord(t, 0); w.lo >= 0; w = nextWord(t, w.hi) {
		for p < len(locs) && locs[p].hi <= w.lo {
			p++
		}
		near := p > 0 && w.lo-locs[p-1].hi <= nearBytes || p < len(locs) && locs[p].lo-w.hi <= nearBytes
		if !near {
			continue
		}
		if m := month(t[w.lo:w.hi]); m > 0 {
			out = append(out, monthKeys[m])
		}
	}
	sort.Strings(out)
	return out
}

// nearBytes is how far (in bytes) a number may stand from a month name
// for the two to make a date: room for a preposition such as "de".
const nearBytes = 5

// appendNumber appends the normalised values of the number s (digit
// groups and separators, as numberSpans finds them) to out.
func appendNumber(out []string, s string) []string {
	// Split groups on separators.
	var groupBuf [8]string
	var sepBuf [8]rune
	groups, seps := groupBuf[:0], sepBuf[:0]
	start := 0
	for i, r := range s {
		if r >= '0' && r <= '9' {
			continue
		}
		groups = append(groups, s[start:i])
		seps = append(seps, r)
		start = i + utf8.RuneLen(r)
	}
	groups = append(groups, s[start:])
	if len(groups) == 1 {
		return append(out, trimZeros(groups[0]))
	}
	// Thousands grouping: every group after the first has 3 digits and
	// the first has 1-3, with one kind of separator.
	thousands := len(groups[0]) <= 3
	for i, g := range groups[1:] {
		if len(g) != 3 || seps[i] != seps[0] {
			thousands = false
		}
	}
	if thousands && groups[0] != "" && groups[0] != "0" {
		// "1,000", "1.000", "1 000" are one number; "1.5" is not (a group
		// of one digit).
		return append(out, trimZeros(strings.Join(groups, "")))
	}
	// Thousands grouping then a decimal part: "12,345.67", "12.345,67",
	// "12 345,67".
	if n := len(seps); n >= 2 && (seps[n-1] == '.' || seps[n-1] == ',') && seps[n-1] != seps[0] && len(groups[0]) <= 3 && groups[0] != "" {
		ok := true
		for i, g := range groups[1:n] {
			if len(g) != 3 || seps[i] != seps[0] {
				ok = false
			}
		}
		if ok && groups[n] != "" {
			return append(out, trimZeros(strings.Join(groups[:n], ""))+"."+groups[n])
		}
	}
	if len(groups) == 2 && (seps[0] == '.' || seps[0] == ',') {
		return append(out, trimZeros(groups[0])+"."+groups[1])
	}
	// A version ("0.1.117", "2.0.0"): one token. A date written with dots
	// ("31.07.2023") is not one: its numbers compare with a date written
	// otherwise.
	if len(seps) >= 2 && !strings.ContainsFunc(string(seps), func(r rune) bool { return r != '.' }) && !dottedDate(groups) {
		parts := make([]string, len(groups))
		for i, g := range groups {
			parts[i] = trimZeros(g)
		}
		return append(out, strings.Join(parts, "."))
	}
	// A list of numbers ("31.07.2023", "1 2"): each on its own.
	for _, g := range groups {
		if g != "" {
			out = append(out, trimZeros(g))
		}
	}
	return out
}

// dottedDate reports whether the digit groups of a number written with
// dots are a day, a month and a year (in either order of day and month,
// or the year first).
func dottedDate(groups []string) bool {
	if len(groups) != 3 {
		return false
	}
	short := func(g string) bool { return len(g) >= 1 && len(g) <= 2 }
	return short(groups[0]) && short(groups[1]) && (len(groups[2]) == 4 || len(groups[2]) == 2) ||
		len(groups[0]) == 4 && short(groups[1]) && short(groups[2])
}

// codeAround returns the code the number at l stands in, when it is glued
// to ASCII letters on both sides or alternates with them three times or
// more ("5114f85", "21AF26D3", "x86_64"): an identifier, a hash, written
// alike in every language, compared whole. It returns lo == hi otherwise:
// "mp3", "CO2", "5km" and "v2" keep their number.
func codeAround(t string, l span) (lo, hi int) {
	for i := l.lo; i < l.hi; i++ {
		if !isDigit(t[i]) {
			return 0, 0 // groups with separators: a number
		}
	}
	lo, hi = l.lo, l.hi
	for lo > 0 && isCodeByte(t[lo-1]) {
		lo--
	}
	for hi < len(t) && isCodeByte(t[hi]) {
		hi++
	}
	if lo == l.lo && hi == l.hi {
		return 0, 0
	}
	runs := 0
	for i := lo; i < hi; i++ {
		if i == lo || isDigit(t[i]) != isDigit(t[i-1]) {
			runs++
		}
	}
	if runs < 3 {
		return 0, 0
	}
	return lo, hi
}

// isCodeByte reports whether c is an ASCII letter, digit or underscore.
func isCodeByte(c byte) bool {
	return isDigit(c) || c == '_' || 'a' <= c|0x20 && c|0x20 <= 'z'
}

func trimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" {
		return "0"
	}
	return t
}

// Names returns the keys of the names and cognates of text: capitalised
// words and words of seven letters or more, transliterated to Latin
// letters, folded (w→v, c→k, doubled letters once...) and cut to their
// first five letters, so that Лавров ~ Lavrov and Киссинджер ~ Kissinger.
func Names(text string) []string {
	return nameStrings(nameKeys(blank(text, linkSpans(text)), nil))
}

// nameKeys appends the keys of the names of t (links already blanked) to
// keys, packed (see packName), sorted and without repeats.
func nameKeys(t string, keys []uint64) []uint64 {
	var buf [nameKeyLen]byte
	n0 := len(keys)
	for w := nextWord(t, 0); w.lo >= 0; w = nextWord(t, w.hi) {
		word := t[w.lo:w.hi]
		if len(word) < 4 {
			continue // fewer than four letters
		}
		r, _ := utf8.DecodeRuneInString(word)
		n := utf8.RuneCountInString(word)
		if n < 4 || (!unicode.IsUpper(r) && n < 7) {
			continue
		}
		k := appendNameKey(buf[:0], word)
		if len(k) < 4 {
			continue
		}
		keys = append(keys, packName(k))
	}
	s := keys[n0:]
	slices.Sort(s)
	return append(keys[:n0], slices.Compact(s)...)
}

// nameStrings returns packed name keys as strings.
func nameStrings(keys []uint64) []string {
	if len(keys) == 0 {
		return nil
	}
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = unpackName(k)
	}
	return out
}

// nameKeyLen is the most letters a name key keeps.
const nameKeyLen = 5

// packName packs a name key (at most eight bytes, none of them zero) into
// an integer, first byte highest, so that packed keys sort as the keys do.
func packName(k []byte) uint64 {
	var v uint64
	for i := range 8 {
		v <<= 8
		if i < len(k) {
			v |= uint64(k[i])
		}
	}
	return v
}

func unpackName(v uint64) string {
	var b [8]byte
	n := 0
	for i := range 8 {
		c := byte(v >> (56 - 8*i))
		if c == 0 {
			break
		}
		b[n] = c
		n++
	}
	return string(b[:n])
}

var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "e", 'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
	'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "i", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
}

// cyrillic is translit as a table over the Cyrillic block (U+0400 to
// U+04FF): the Latin letters of each letter, and whether it has any.
var cyrillic = func() (t [256]struct {
	latin string
	ok    bool
}) {
	for r, s := range translit {
		t[r-0x400].latin, t[r-0x400].ok = s, true
	}
	return t
}()

// NameKey folds a word into a key that a name keeps across Latin and
// Cyrillic spellings.
func NameKey(w string) string {
	var buf [nameKeyLen]byte
	return string(appendNameKey(buf[:0], w))
}

// appendNameKey appends the name key of w to dst: its letters lower-cased,
// without diacritics, Cyrillic ones transliterated and others than Latin
// left out; then dzh→g, ph→f, th→t, kh→h, x→ks, w→v, c→k, q→k, y→i, j→i,
// zh→g, ts→s from left to right, doubled letters once, and the first
// nameKeyLen letters kept.
func appendNameKey(dst []byte, w string) []byte {
	var lb [64]byte
	l := lb[:0]
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if 'a' <= c && c <= 'z' {
				l = append(l, c)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		i += n
		l = appendFolded(l, unicode.ToLower(r))
	}
	start := len(dst)
	for i := 0; i < len(l) && len(dst)-start < nameKeyLen; {
		rep, adv := l[i:i+1], 1
		next := byte(0)
		if i+1 < len(l) {
			next = l[i+1]
		}
		switch l[i] {
		case 'd':
			if next == 'z' && i+2 < len(l) && l[i+2] == 'h' {
				rep, adv = []byte("g"), 3
			}
		case 'p':
			if next == 'h' {
				rep, adv = []byte("f"), 2
			}
		case 't':
			if next == 'h' {
				rep, adv = []byte("t"), 2
			} else if next == 's' {
				rep, adv = []byte("s"), 2
			}
		case 'k':
			if next == 'h' {
				rep, adv = []byte("h"), 2
			}
		case 'z':
			if next == 'h' {
				rep, adv = []byte("g"), 2
			}
		case 'x':
			rep = []byte("ks")
		case 'w':
			rep = []byte("v")
		case 'c', 'q':
			rep = []byte("k")
		case 'y', 'j':
			rep = []byte("i")
		}
		for _, b := range rep {
			if len(dst) > start && dst[len(dst)-1] == b || len(dst)-start == nameKeyLen {
				continue
			}
			dst = append(dst, b)
		}
		i += adv
	}
	return dst
}

// appendFolded appends the Latin letters of the lower-case rune r: those
// of its canonical decomposition without its combining marks, Cyrillic
// letters transliterated; other letters have none.
func appendFolded(l []byte, r rune) []byte {
	var b [utf8.UTFMax]byte
	n := utf8.EncodeRune(b[:], r)
	d := norm.NFD.Properties(b[:n]).Decomposition()
	if d == nil {
		return appendLatin(l, r)
	}
	for len(d) > 0 {
		r, n := utf8.DecodeRune(d)
		d = d[n:]
		if !unicode.Is(unicode.Mn, r) {
			l = appendLatin(l, r)
		}
	}
	return l
}

func appendLatin(l []byte, r rune) []byte {
	if 0x400 <= r && r < 0x500 {
		if t := cyrillic[r-0x400]; t.ok {
			return append(l, t.latin...)
		}
		return l
	}
	if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
		return append(l, byte(r))
	}
	return l
}

// Letters returns the number of letters and digits of text, in runes: the
// length that length ratios compare.
func Letters(text string) int {
	n := 0
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c) {
				n++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
		i += size
	}
	return n
}

// Extract computes the features of text; markers are given by the reader.
func Extract(text string, markers []int) Features {
	f := Features{Markers: markers}
	f.Len, f.Bangs, f.Question = counts(text)
	links := linkSpans(text)
	if len(links) > 0 {
		f.URLs = make([]string, len(links))
		for i, sp := range links {
			f.URLs[i] = normURL(text[sp.lo:sp.hi])
		}
		sort.Strings(f.URLs)
	}
	unlinked := blank(text, links)
	if hasDigit(text) {
		nt := unlinked
		if t := withoutMarkers(text); t != text {
			nt = numberText(text)
		}
		f.Numbers = numbersOf(nt)
	}
	f.Names = nameStrings(nameKeys(unlinked, nil))
	return f
}

// counts returns the letters and digits of text, and its "!" or "¡" and
// its "?" or "¿".
func counts(text string) (letters, bangs, questions int) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || isDigit(c):
				letters++
			case c == '!':
				bangs++
			case c == '?':
				questions++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case IsLetter(r) || unicode.IsDigit(r):
			letters++
		case r == '¡':
			bangs++
		case r == '¿':
			questions++
		}
		i += size
	}
	return letters, bangs, questions
}

// Merge returns the features of a and b read one after the other.
func Merge(a, b Features) Features {
	return Features{
		Len:      a.Len + b.Len,
		Markers:  append(append([]int(nil), a.Markers...), b.Markers...),
		Numbers:  MergeSorted(a.Numbers, b.Numbers),
		URLs:     MergeSorted(a.URLs, b.URLs),
		Names:    MergeSorted(a.Names, b.Names),
		Bangs:    a.Bangs + b.Bangs,
		Question: a.Question + b.Question,
	}
}

// MergeSorted returns the sorted union (as multisets) of sorted a and b.
func MergeSorted(a, b []string) []string {
	if len(a) == 0 || len(b) == 0 {
		return append(append([]string(nil), a...), b...)
	}
	out := make([]string, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(append(out, a[i:]...), b[j:]...)
	return out
}

// Common counts the elements two sorted multisets share: words, or the
// integer keys of the aligner's features.
func Common[T cmp.Ordered](a, b []T) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] == b[j]:
			n++
			i++
			j++
		case a[i] < b[j]:
			i++
		default:
			j++
		}
	}
	return n
}

// Diff returns the elements of sorted multiset a missing from b.
func Diff(a, b []string) []string {
	var out []string
	i, j := 0, 0
	for i < len(a) {
		switch {
		case j >= len(b) || a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] == b[j]:
			i++
			j++
		default:
			j++
		}
	}
	return out
}

// CommonInts counts the elements two multisets of ints share.
func CommonInts(a, b []int) int {
	cnt := map[int]int{}
	for _, x := range a {
		cnt[x]++
	}
	n := 0
	for _, y := range b {
		if cnt[y] > 0 {
			cnt[y]--
			n++
		}
	}
	return n
}

// Words returns the lower-cased words of text (letters only, two or more).
func Words(text string) []string {
	return AppendWords(nil, text)
}

// AppendWords appends the words of text, as Words returns them, to dst
// and returns the extended slice.
func AppendWords(dst []string, text string) []string {
	out := dst
	for word, i, ok := nextLowerWord(text, 0); ok; word, i, ok = nextLowerWord(text, i) {
		out = append(out, word)
	}
	return out
}

// SameWords reports whether a and b have the same Words, and how many
// words of a it compared: all of them if the words are the same. It stops
// at the first word that differs, so two different texts cost a word or
// two, not two slices of words.
func SameWords(a, b string) (n int, same bool) {
	i, j := 0, 0
	for {
		var wa, wb string
		var oka, okb bool
		wa, i, oka = nextLowerWord(a, i)
		wb, j, okb = nextLowerWord(b, j)
		if !oka || !okb || wa != wb {
			return n, !oka && !okb
		}
		n++
	}
}

// nextLowerWord returns the next word of text at or after i, as Words
// gives it, and the index after it; ok is false if there is none.
func nextLowerWord(text string, i int) (word string, next int, ok bool) {
	for w := nextField(text, i); w.lo >= 0; w = nextField(text, w.hi) {
		if word, ok := lowerWord(text[w.lo:w.hi]); ok {
			return word, w.hi, true
		}
	}
	return "", len(text), false
}

// CountWords returns len(Words(text)) without making the words.
func CountWords(text string) int {
	n := 0
	for w := nextField(text, 0); w.lo >= 0; w = nextField(text, w.hi) {
		f := trimApostrophes(text[w.lo:w.hi])
		// More than utf8.UTFMax bytes are two runes at least.
		if len(f) >= 2 && (len(f) > utf8.UTFMax || utf8.RuneCountInString(f) >= 2) {
			n++
		}
	}
	return n
}

// nextField returns the next run of letters and apostrophes of text at or
// after i, or lo == -1 if there is none.
func nextField(text string, i int) span {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' {
				break
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if isFieldRune(r) {
			break
		}
		i += n
	}
	if i >= len(text) {
		return span{-1, -1}
	}
	j := i
	for j < len(text) {
		c := text[j]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || c == '\'' {
				j++
				continue
			}
			break
		}
		r, n := utf8.DecodeRuneInString(text[j:])
		if !isFieldRune(r) {
			break
		}
		j += n
	}
	return span{i, j}
}

// isFieldRune reports whether r, lower-cased, is part of a word: a letter
// or an apostrophe.
func isFieldRune(r rune) bool {
	if 0x400 <= r && r <= 0x4FF {
		// Cyrillic: a letter lower-cased is a letter, and the other
		// runes of the block are their own lower case.
		return IsLetter(r)
	}
	return r == '’' || unicode.IsLetter(unicode.ToLower(r))
}

// trimApostrophes returns s without the apostrophes (' and ’) at its
// ends: strings.Trim(s, "'’") without decoding the runes between.
func trimApostrophes(s string) string {
	for {
		if strings.HasPrefix(s, "'") {
			s = s[1:]
		} else if strings.HasPrefix(s, "’") {
			s = s[len("’"):]
		} else {
			break
		}
	}
	for {
		if strings.HasSuffix(s, "'") {
			s = s[:len(s)-1]
		} else if strings.HasSuffix(s, "’") {
			s = s[:len(s)-len("’")]
		} else {
			return s
		}
	}
}

// lowerWord returns the field f (see nextField) lower-cased and without
// apostrophes at its ends, and whether that is a word of two letters or
// more. It allocates only when f has upper-case letters.
func lowerWord(f string) (string, bool) {
	f = trimApostrophes(f)
	if len(f) < 2 {
		return "", false
	}
	upper := false
	for i := 0; i < len(f); i++ {
		if c := f[i]; 'A' <= c && c <= 'Z' || c >= utf8.RuneSelf {
			upper = true
			break
		}
	}
	if upper {
		lower := true
		for _, r := range f {
			if unicode.ToLower(r) != r {
				lower = false
				break
			}
		}
		if !lower {
			f = strings.ToLower(f)
		}
	}
	if len(f) <= utf8.UTFMax && utf8.RuneCountInString(f) < 2 {
		return "", false // one letter, however many bytes it takes
	}
	return f, true
}

// StemLen is the number of letters of a word that [Stem] keeps: a crude
// stem that lets the inflections of one word count together (Gipfel,
// Gipfels; expédition, expéditions). Five was chosen on the Text+Berg
// development document (German-French) with the seed article as a check;
// four merged unrelated words, six split inflections.
const StemLen = 5

// Stem returns the first StemLen letters of a lower-cased word.
func Stem(w string) string {
	n := 0
	for i := range w {
		if n == StemLen {
			return w[:i]
		}
		n++
	}
	return w
}

// Stems returns the distinct stems of words in order, at most max (all of
// them when max is 0 or less); never nil.
func Stems(words []string, max int) []string {
	seen := make(map[string]bool, len(words))
	out := []string{}
	for _, w := range words {
		if utf8.RuneCountInString(w) < 2 {
			continue
		}
		s := Stem(w)
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
		if len(out) == max {
			break
		}
	}
	return out
}
