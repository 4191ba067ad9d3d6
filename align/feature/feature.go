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
	"regexp"
	"sort"
	"strconv"
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

var (
	urlRe    = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"“”«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	numRe    = regexp.MustCompile(`\d+(?:[.,\x{00a0}\x{202f} ]\d+)*`)
	markRe   = regexp.MustCompile(`\[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+`)
	wordRe   = regexp.MustCompile(`[\p{L}][\p{L}\p{M}'’-]*`)
	trimURLs = ".,;:!?)]}'’"

	// nameFolds folds the spellings transliteration leaves apart.
	nameFolds = strings.NewReplacer("dzh", "g", "ph", "f", "th", "t", "kh", "h", "x", "ks", "w", "v", "c", "k", "q", "k", "y", "i", "j", "i", "zh", "g", "ts", "s")
)

// mayHaveURL reports whether text holds what every match of urlRe holds:
// "://", "www." in any case, or "@". Most text has none, and the test is
// much cheaper than the expression.
func mayHaveURL(text string) bool {
	if strings.Contains(text, "://") || strings.IndexByte(text, '@') >= 0 {
		return true
	}
	for i := strings.IndexByte(text, '.'); i >= 0; {
		if i >= 3 && strings.EqualFold(text[i-3:i], "www") {
			return true
		}
		j := strings.IndexByte(text[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// mayHaveMark reports whether text holds what every match of markRe
// holds: "[" or a superscript digit.
func mayHaveMark(text string) bool {
	return strings.ContainsAny(text, "[⁰¹²³⁴⁵⁶⁷⁸⁹")
}

// URLs returns the links and e-mail addresses in text, normalised: scheme
// and "www." removed, trailing punctuation and slash removed, lower-cased
// host.
func URLs(text string) []string {
	if !mayHaveURL(text) {
		return nil
	}
	var out []string
	for _, u := range urlRe.FindAllString(text, -1) {
		out = append(out, normURL(u))
	}
	sort.Strings(out)
	return out
}

// RawURLs returns the links and e-mail addresses in text as written,
// without trailing punctuation.
func RawURLs(text string) []string {
	if !mayHaveURL(text) {
		return nil
	}
	var out []string
	for _, u := range urlRe.FindAllString(text, -1) {
		out = append(out, strings.TrimRight(u, trimURLs))
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

// month returns the month a word names (only when a number stands next
// to it, which the caller checks), or 0.
func month(w string) int {
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

// Numbers returns the numbers of text as normalised strings, sorted:
// thousands separators removed, decimal commas made points, footnote
// markers and URLs left out; a month name next to a number counts as
// "m<N>", so that dates compare across languages.
func Numbers(text string) []string {
	if !strings.ContainsAny(text, "0123456789") {
		return nil // every match of numRe starts with an ASCII digit
	}
	if mayHaveMark(text) {
		text = markRe.ReplaceAllString(text, " ")
	}
	if mayHaveURL(text) {
		text = urlRe.ReplaceAllString(text, " ")
	}
	var out []string
	locs := numRe.FindAllStringIndex(text, -1)
	for _, loc := range locs {
		out = append(out, normNumber(text[loc[0]:loc[1]])...)
	}
	if len(locs) > 0 {
		for _, wl := range wordRe.FindAllStringIndex(text, -1) {
			m := month(text[wl[0]:wl[1]])
			if m == 0 {
				continue
			}
			if nearNumber(text, wl[0], wl[1], locs) {
				out = append(out, "m"+strconv.Itoa(m))
			}
		}
	}
	sort.Strings(out)
	return out
}

// nearNumber reports whether a number stands within a few bytes (a
// preposition such as "de") of the word at [lo, hi).
func nearNumber(text string, lo, hi int, locs [][]int) bool {
	for _, l := range locs {
		if (l[1] <= lo && lo-l[1] <= 5) || (l[0] >= hi && l[0]-hi <= 5) {
			return true
		}
	}
	return false
}

func normNumber(s string) []string {
	// Split groups on separators.
	var groups []string
	var seps []rune
	cur := strings.Builder{}
	for _, r := range s {
		if r >= '0' && r <= '9' {
			cur.WriteRune(r)
			continue
		}
		groups = append(groups, cur.String())
		seps = append(seps, r)
		cur.Reset()
	}
	groups = append(groups, cur.String())
	if len(groups) == 1 {
		return []string{trimZeros(groups[0])}
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
		return []string{trimZeros(strings.Join(groups, ""))}
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
			return []string{trimZeros(strings.Join(groups[:n], "")) + "." + groups[n]}
		}
	}
	if len(groups) == 2 && (seps[0] == '.' || seps[0] == ',') {
		return []string{trimZeros(groups[0]) + "." + groups[1]}
	}
	// A list of numbers ("2.0.0", "31.07.2023", "1 2"): each on its own.
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		if g != "" {
			out = append(out, trimZeros(g))
		}
	}
	return out
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
	if mayHaveURL(text) {
		text = urlRe.ReplaceAllString(text, " ")
	}
	seen := map[string]bool{}
	var out []string
	for _, w := range wordRe.FindAllString(text, -1) {
		r, _ := utf8.DecodeRuneInString(w)
		n := utf8.RuneCountInString(w)
		if n < 4 || (!unicode.IsUpper(r) && n < 7) {
			continue
		}
		k := NameKey(w)
		if len(k) < 4 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var translit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "e", 'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
	'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "i", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
}

// NameKey folds a word into a key that a name keeps across Latin and
// Cyrillic spellings.
func NameKey(w string) string {
	w = strings.ToLower(w)
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if t, ok := translit[r]; ok {
			b.WriteString(t)
			continue
		}
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	s = nameFolds.Replace(s)
	// Doubled letters once.
	var out []byte
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	if len(out) > 5 {
		out = out[:5]
	}
	return string(out)
}

// Letters returns the number of letters and digits of text, in runes: the
// length that length ratios compare.
func Letters(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// Extract computes the features of text; markers are given by the reader.
func Extract(text string, markers []int) Features {
	f := Features{Markers: markers}
	for _, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			f.Len++
		case r == '!' || r == '¡':
			f.Bangs++
		case r == '?' || r == '¿':
			f.Question++
		}
	}
	f.Numbers = Numbers(text)
	f.URLs = URLs(text)
	f.Names = Names(text)
	return f
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

// Common counts the elements two sorted multisets share.
func Common(a, b []string) int {
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
	fs := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' })
	out := fs[:0]
	for _, w := range fs {
		w = strings.Trim(w, "'’")
		if len([]rune(w)) >= 2 {
			out = append(out, w)
		}
	}
	return out
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
