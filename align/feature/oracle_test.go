package feature

// The implementation of this package as it was with regular expressions,
// kept as the reference the scanners are tested against.

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// oldFeatures are what survives translation unchanged in a piece of text:
// footnote markers, numbers and dates, oldURLs, names and cognates, and marks
// such as "!" and "?". The aligner scores a pairing by how many of them the
// two sides share.
type oldFeatures struct {
	Len      int      // letters and digits, in runes
	Markers  []int    // footnote numbers, in order
	Numbers  []string // normalised numbers and months ("2023", "1.5", "m7"), sorted
	URLs     []string // normalised links and e-mail addresses, sorted
	Names    []string // keys of capitalised words and long words after transliteration, sorted, unique
	Bangs    int      // "!" and "¡"
	Question int      // "?" and "¿"
}

var (
	oldUrlRe    = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s<>"“”«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+`)
	oldNumRe    = regexp.MustCompile(`\d+(?:[.,\x{00a0}\x{202f} ]\d+)*`)
	oldMarkRe   = regexp.MustCompile(`\[\^?\d{1,3}\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]+`)
	oldWordRe   = regexp.MustCompile(`[\p{L}][\p{L}\p{M}'’-]*`)
	oldTrimURLs = ".,;:!?)]}'’"
)

// oldURLs returns the links and e-mail addresses in text, normalised: scheme
// and "www." removed, trailing punctuation and slash removed, lower-cased
// host.
func oldURLs(text string) []string {
	var out []string
	for _, l := range oldURLLocs(text) {
		out = append(out, oldNormURL(text[l[0]:l[1]]))
	}
	sort.Strings(out)
	return out
}

// oldURLLocs returns where oldUrlRe matches in text, a web address cut
// where a letter of Chinese, Japanese or Korean writing follows an ASCII
// letter, digit or underscore in it (the search goes on from the cut).
func oldURLLocs(text string) [][]int {
	var out [][]int
	for p := 0; p < len(text); {
		m := oldUrlRe.FindStringIndex(text[p:])
		if m == nil {
			break
		}
		lo, hi := p+m[0], p+m[1]
		if u := strings.ToLower(text[lo:hi]); strings.HasPrefix(u, "http") || strings.HasPrefix(u, "www.") {
			for i := lo; i < hi; {
				r, n := utf8.DecodeRuneInString(text[i:hi])
				if i > lo && unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) && oldWordByte(text[i-1]) {
					hi = i
					break
				}
				i += n
			}
		}
		out = append(out, []int{lo, hi})
		p = hi
	}
	return out
}

// oldWordByte reports whether c is an ASCII letter, digit or underscore.
func oldWordByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'z'
}

// oldRawURLs returns the links and e-mail addresses in text as written,
// without trailing punctuation.
func oldRawURLs(text string) []string {
	var out []string
	for _, l := range oldURLLocs(text) {
		out = append(out, strings.TrimRight(text[l[0]:l[1]], oldTrimURLs))
	}
	return out
}

func oldNormURL(u string) string {
	u = strings.TrimRight(u, oldTrimURLs)
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
var oldMonthStems = []struct {
	stem     string
	oldMonth int
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

// oldMonth returns the oldMonth a word names (only when a number stands next
// to it, which the caller checks), or 0.
func oldMonth(w string) int {
	w = strings.ToLower(w)
	if w == "may" || w == "mai" || w == "march" {
		// "may" is mostly the verb in English: a oldMonth only next to a day or year.
		if w == "march" {
			return 3
		}
		return 5
	}
	for _, m := range oldMonthStems {
		if strings.HasPrefix(w, m.stem) && len(w) <= len(m.stem)+4 {
			return m.oldMonth
		}
	}
	return 0
}

// oldNumbers returns the numbers of text as normalised strings, sorted:
// thousands separators removed, decimal commas made points, footnote
// markers and oldURLs left out; a oldMonth name next to a number counts as
// "m<N>", so that dates compare across languages.
func oldNumbers(text string) []string {
	text = oldMarkRe.ReplaceAllString(text, " ")
	var b strings.Builder
	p := 0
	for _, l := range oldURLLocs(text) {
		b.WriteString(text[p:l[0]])
		b.WriteString(" ")
		p = l[1]
	}
	b.WriteString(text[p:])
	text = b.String()
	var out []string
	locs := oldNumRe.FindAllStringIndex(text, -1)
	codes := oldCodeRe.FindAllStringIndex(text, -1)
	codeEnd := -1
	for _, loc := range locs {
		if loc[0] < codeEnd {
			continue // inside a code already read
		}
		if c := oldCode(text, loc, codes); c != nil {
			out = append(out, strings.ToLower(text[c[0]:c[1]]))
			codeEnd = c[1]
			continue
		}
		out = append(out, oldNormNumber(text[loc[0]:loc[1]])...)
	}
	if len(locs) > 0 {
		for _, wl := range oldWordRe.FindAllStringIndex(text, -1) {
			m := oldMonth(text[wl[0]:wl[1]])
			if m == 0 {
				continue
			}
			if oldNearNumber(text, wl[0], wl[1], locs) {
				out = append(out, "m"+strconv.Itoa(m))
			}
		}
	}
	sort.Strings(out)
	return out
}

var oldCodeRe = regexp.MustCompile(`[A-Za-z0-9_]+`)

// oldCode returns the run of ASCII letters, digits and underscores around
// the number at loc when the number is digits alone and the run passes
// from digits to other characters and back three times or more (a hash,
// an identifier); nil otherwise.
func oldCode(text string, loc []int, codes [][]int) []int {
	for i := loc[0]; i < loc[1]; i++ {
		if text[i] < '0' || text[i] > '9' {
			return nil
		}
	}
	for _, c := range codes {
		if c[0] <= loc[0] && loc[1] <= c[1] {
			runs := 0
			for i := c[0]; i < c[1]; i++ {
				d := '0' <= text[i] && text[i] <= '9'
				if i == c[0] || d != ('0' <= text[i-1] && text[i-1] <= '9') {
					runs++
				}
			}
			if runs >= 3 {
				return c
			}
			return nil
		}
	}
	return nil
}

// oldNearNumber reports whether a number stands within a few bytes (a
// preposition such as "de") of the word at [lo, hi).
func oldNearNumber(text string, lo, hi int, locs [][]int) bool {
	for _, l := range locs {
		if (l[1] <= lo && lo-l[1] <= 5) || (l[0] >= hi && l[0]-hi <= 5) {
			return true
		}
	}
	return false
}

func oldNormNumber(s string) []string {
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
		return []string{oldTrimZeros(groups[0])}
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
		return []string{oldTrimZeros(strings.Join(groups, ""))}
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
			return []string{oldTrimZeros(strings.Join(groups[:n], "")) + "." + groups[n]}
		}
	}
	if len(groups) == 2 && (seps[0] == '.' || seps[0] == ',') {
		return []string{oldTrimZeros(groups[0]) + "." + groups[1]}
	}
	// A version ("2.0.0"): one number; a date written with dots
	// ("31.07.2023", "2023.07.31") is three.
	dots := len(seps) >= 2
	for _, r := range seps {
		dots = dots && r == '.'
	}
	short := func(g string) bool { return len(g) == 1 || len(g) == 2 }
	date := len(groups) == 3 && (short(groups[0]) && short(groups[1]) && (len(groups[2]) == 4 || len(groups[2]) == 2) ||
		len(groups[0]) == 4 && short(groups[1]) && short(groups[2]))
	if dots && !date {
		parts := make([]string, len(groups))
		for i, g := range groups {
			parts[i] = oldTrimZeros(g)
		}
		return []string{strings.Join(parts, ".")}
	}
	// A list of numbers ("31.07.2023", "1 2"): each on its own.
	out := make([]string, 0, len(groups))
	for _, g := range groups {
		if g != "" {
			out = append(out, oldTrimZeros(g))
		}
	}
	return out
}

func oldTrimZeros(s string) string {
	t := strings.TrimLeft(s, "0")
	if t == "" {
		return "0"
	}
	return t
}

// oldNames returns the keys of the names and cognates of text: capitalised
// words and words of seven letters or more, transliterated to Latin
// letters, folded (w→v, c→k, doubled letters once...) and cut to their
// first five letters, so that Лавров ~ Lavrov and Киссинджер ~ Kissinger.
func oldNames(text string) []string {
	text = oldUrlRe.ReplaceAllString(text, " ")
	seen := map[string]bool{}
	var out []string
	for _, w := range oldWordRe.FindAllString(text, -1) {
		r, _ := utf8.DecodeRuneInString(w)
		n := utf8.RuneCountInString(w)
		if n < 4 || (!unicode.IsUpper(r) && n < 7) {
			continue
		}
		k := oldNameKey(w)
		if len(k) < 4 || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var oldTranslit = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'ґ': "g", 'д': "d", 'е': "e", 'ё': "e", 'є': "e", 'ж': "zh", 'з': "z", 'и': "i", 'і': "i", 'ї': "i",
	'й': "i", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ў': "u", 'ф': "f",
	'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "sh", 'ъ': "", 'ы': "i", 'ь': "", 'э': "e", 'ю': "iu", 'я': "ia",
}

// oldNameKey folds a word into a key that a name keeps across Latin and
// Cyrillic spellings.
func oldNameKey(w string) string {
	w = strings.ToLower(w)
	var b strings.Builder
	for _, r := range norm.NFD.String(w) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		if t, ok := oldTranslit[r]; ok {
			b.WriteString(t)
			continue
		}
		if r < utf8.RuneSelf && unicode.IsLetter(r) {
			b.WriteRune(r)
		}
	}
	s := b.String()
	s = strings.NewReplacer("dzh", "g", "ph", "f", "th", "t", "kh", "h", "x", "ks", "w", "v", "c", "k", "q", "k", "y", "i", "j", "i", "zh", "g", "ts", "s").Replace(s)
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

// oldLetters returns the number of letters and digits of text, in runes: the
// length that length ratios compare.
func oldLetters(text string) int {
	n := 0
	for _, r := range text {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// oldExtract computes the features of text; markers are given by the reader.
func oldExtract(text string, markers []int) oldFeatures {
	f := oldFeatures{Markers: markers}
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
	f.Numbers = oldNumbers(text)
	f.URLs = oldURLs(text)
	f.Names = oldNames(text)
	return f
}

// oldWords returns the lower-cased words of text (letters only, two or more).
func oldWords(text string) []string {
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

// oldNormCitation folds a cited work for comparison: lower case, letters and
// digits only, single spaces.
func oldNormCitation(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			space = false
		} else {
			space = true
		}
	}
	return b.String()
}

// Two cited works are the same work when, folded to lower-case letters and
// digits, both are at least oldMinWorkLetters long and share at least
// oldMinWorkDice of their character oldTrigrams (Dice coefficient). The folding
// takes out what copying a reference changes (case, punctuation, spacing);
// the trigram threshold leaves room for a typo or a changed access date.
// Both were set on the seed article, whose Spanish footnote 8 lists one
// work twice, with the rcit, udhr and semver cases of the development
// benchmark as a check that distinct works of one author (same name, same
// site) stay apart.
const (
	oldMinWorkLetters = 12  // bytes of the folded text, letters and digits
	oldMinWorkDice    = 0.9 // share of character oldTrigrams, in [0, 1]
)

// oldSameWork reports whether two cited works (items of a footnote) are the
// same work written twice.
func oldSameWork(a, b string) bool {
	x, y := oldNormCitation(a), oldNormCitation(b)
	if len(x) < oldMinWorkLetters || len(y) < oldMinWorkLetters {
		return false
	}
	if x == y {
		return true
	}
	return oldTrigramDice(x, y) >= oldMinWorkDice
}

func oldTrigramDice(x, y string) float64 {
	tx, ty := oldTrigrams(x), oldTrigrams(y)
	if len(tx) == 0 || len(ty) == 0 {
		return 0
	}
	n := 0
	for g, c := range tx {
		n += min(c, ty[g])
	}
	total := 0
	for _, c := range tx {
		total += c
	}
	for _, c := range ty {
		total += c
	}
	return 2 * float64(n) / float64(total)
}

func oldTrigrams(s string) map[string]int {
	r := []rune(s)
	m := map[string]int{}
	for i := 0; i+3 <= len(r); i++ {
		m[string(r[i:i+3])]++
	}
	return m
}

// oldDuplicates returns, for each item of a footnote, the index of an earlier
// item it repeats, or -1.
func oldDuplicates(items []string) []int {
	out := make([]int, len(items))
	for i := range items {
		out[i] = -1
		for j := 0; j < i; j++ {
			if oldSameWork(items[i], items[j]) {
				out[i] = j
				break
			}
		}
	}
	return out
}
