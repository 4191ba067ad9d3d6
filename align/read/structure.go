package read

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

var (
	// A footnote marker in running text: "[7]" or "[^7]", not a Markdown
	// link "[7](…)" nor a reference definition "[7]:".
	markerRe = regexp.MustCompile(`\[\^?(\d{1,3})\]`)
	// A named Markdown footnote marker: "[^siphash]".
	namedMarkerRe = regexp.MustCompile(`\[\^([^\]\s\d][^\]\s]{0,39}|\d+[^\]\s\d][^\]\s]{0,38})\]`)
	yearRe        = regexp.MustCompile(`\b(1[6-9]\d\d|20\d\d)\b`)
	// The words are case-insensitive, the name after them is not: under
	// (?i), \p{Lu} would match any letter ("Por lo tanto, …").
	bylineRe = regexp.MustCompile(`^(?i:by|por|par|von|di|de|door|przez|от|автор|авторы|від|автор:)\s+\p{Lu}`)
)

// superDigit returns the value of the superscript digit r, or -1 if r
// is none.
func superDigit(r rune) int {
	switch {
	case r == '⁰':
		return 0
	case r == '¹':
		return 1
	case r == '²' || r == '³':
		return int(r-'²') + 2
	case '⁴' <= r && r <= '⁹':
		return int(r-'⁴') + 4
	}
	return -1
}

// superRuns returns the spans of the runs of superscript digits of t. All
// of them are written with a lead byte of 0xC2 (¹²³) or 0xE2, which no
// other byte of a rune is, so the scan looks at those bytes only: a
// pattern of digit classes has no prefix to skip by, and scanned a book
// on one line a rune at a time.
func superRuns(t string) []source.Span {
	var out []source.Span
	for i := 0; i < len(t); i++ {
		if c := t[i]; c != 0xC2 && c != 0xE2 {
			continue
		}
		j := i
		for j < len(t) {
			r, n := utf8.DecodeRuneInString(t[j:])
			if superDigit(r) < 0 {
				break
			}
			j += n
		}
		if j > i {
			out = append(out, source.Span{Start: i, End: j})
			i = j - 1
		}
	}
	return out
}

// findMarkers records the footnote markers of a block.
func findMarkers(rb *rawBlock, f *source.File) {
	if !rb.Kind.IsProse() {
		return
	}
	t := rb.Text
	for _, m := range markerRe.FindAllStringSubmatchIndex(t, -1) {
		if m[1] < len(t) && (t[m[1]] == '(' || t[m[1]] == ':') {
			continue // a link or a reference definition
		}
		n, _ := strconv.Atoi(t[m[2]:m[3]])
		if n == 0 {
			continue
		}
		ts := source.Span{Start: m[0], End: m[1]}
		rb.Markers = append(rb.Markers, doc.Marker{Number: n, Text: ts, Span: markerSpan(rb.Block, ts)})
	}
	if strings.Contains(t, "[^") {
		for _, m := range namedMarkerRe.FindAllStringSubmatchIndex(t, -1) {
			if m[1] < len(t) && (t[m[1]] == '(' || t[m[1]] == ':') {
				continue
			}
			ts := source.Span{Start: m[0], End: m[1]}
			rb.Markers = append(rb.Markers, doc.Marker{Label: t[m[2]:m[3]], Text: ts, Span: markerSpan(rb.Block, ts)})
		}
	}
	for _, ts := range superRuns(t) {
		if ts.Start == 0 {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(t[:ts.Start])
		if !(unicode.IsLetter(prev) || strings.ContainsRune(".,;:)”\"»’'", prev)) {
			continue
		}
		if unitBefore(t[:ts.Start]) {
			continue // m², km³
		}
		n := 0
		for _, r := range t[ts.Start:ts.End] {
			if n = n*10 + superDigit(r); n > 999 {
				break
			}
		}
		if n == 0 || n > 999 {
			continue
		}
		rb.Markers = append(rb.Markers, doc.Marker{Number: n, Text: ts, Span: markerSpan(rb.Block, ts)})
	}
	if len(rb.Markers) > 1 {
		sortMarkers(rb.Markers)
	}
}

// markerSpan maps the span ts of a marker in b.Text to the file. A marker
// has no white space, so its bytes are contiguous in the file: its end is
// its start plus its length. (Block.SourceSpan maps an end that falls
// where the line ends to the start of the next line, so that a marker at
// the end of a line would take in the line break.)
func markerSpan(b *doc.Block, ts source.Span) source.Span {
	start := b.FileOffset(ts.Start)
	if n := ts.End - ts.Start; n > 0 && b.FileOffset(ts.End-1) == start+n-1 {
		return source.Span{Start: start, End: start + n}
	}
	return b.SourceSpan(ts)
}

func sortMarkers(ms []doc.Marker) {
	for i := 1; i < len(ms); i++ {
		for j := i; j > 0 && ms[j].Text.Start < ms[j-1].Text.Start; j-- {
			ms[j], ms[j-1] = ms[j-1], ms[j]
		}
	}
}

// unitBefore reports whether s ends with a unit of measure that takes a
// superscript power.
func unitBefore(s string) bool {
	i := len(s)
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsLetter(r) {
			break
		}
		i -= n
	}
	switch s[i:] {
	case "m", "cm", "mm", "km", "dm", "ft", "in", "м", "см", "мм", "км":
		return true
	}
	return false
}

// classifyShort marks plain-text blocks of one short line without final
// punctuation as headings.
func classifyShort(rb *rawBlock, format string) {
	if rb.Kind != doc.Paragraph || rb.lines != 1 {
		return
	}
	t := strings.TrimSpace(rb.Text)
	words := 0
	for range strings.FieldsSeq(t) {
		words++
	}
	// A line that ends with punctuation and then a footnote marker
	// ("…since then.[2]") ends like running text.
	rb.shortLine = len(t) <= 300 && !strings.ContainsAny(lastRune(trimTrailingMarkers(t)), ".,;:"+fullStops)
	if format == "plain" && isHeadingText(t, words) {
		rb.Kind = doc.Heading
	}
}

// trimTrailingMarkers returns t without the footnote markers ("[12]",
// "[^3]", "²") and the white space (ASCII, as \s of a regular expression)
// at its end, stripped from the end one at a time: each ends in a way that
// tells what it is and where it starts.
func trimTrailingMarkers(t string) string {
	for len(t) > 0 {
		switch c := t[len(t)-1]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r':
			t = t[:len(t)-1]
		case c == ']':
			// One to three ASCII digits, after "[" or "[^".
			i := len(t) - 1
			for i > 0 && len(t)-1-i <= 3 && '0' <= t[i-1] && t[i-1] <= '9' {
				i--
			}
			digits := len(t) - 1 - i
			if digits >= 1 && digits <= 3 && i > 0 && t[i-1] == '^' {
				i--
			}
			if digits < 1 || digits > 3 || i == 0 || t[i-1] != '[' {
				return t
			}
			t = t[:i-1]
		default:
			r, n := utf8.DecodeLastRuneInString(t)
			if !strings.ContainsRune("⁰¹²³⁴⁵⁶⁷⁸⁹", r) || r == utf8.RuneError {
				return t
			}
			t = t[:len(t)-n]
		}
	}
	return t
}

// fullStops are the ideographic and full-width stops, commas, semicolons
// and colons that end running text in Chinese and Japanese.
const fullStops = "。．，、；："

func lastRune(s string) string {
	r, _ := utf8.DecodeLastRuneInString(s)
	return string(r)
}

// isHeadingText: short, with letters, not ending like running text.
func isHeadingText(t string, words int) bool {
	if words == 0 || words > 12 || utf8.RuneCountInString(t) > 120 {
		return false
	}
	if !strings.ContainsFunc(t, unicode.IsLetter) {
		return false
	}
	last := lastRune(t)
	if strings.ContainsAny(last, ".,;:…"+fullStops) {
		return false
	}
	if markerRe.MatchString(t) {
		return false
	}
	return true
}

// structure names the first blocks of a version: the title, and in plain
// text the subtitle and the byline.
func structure(d *doc.Document, raws []*rawBlock, format string) {
	bs := d.Blocks
	if len(bs) == 0 {
		return
	}
	first := 0
	lead := 0 // markup before the title (a component, a shortcode)
	for lead < len(bs)-1 && bs[lead].Kind == doc.Markup {
		lead++
	}
	if bs[lead].Kind == doc.Heading && (format == "plain" || bs[lead].Level <= 1) {
		bs[lead].Kind = doc.Title
		first = 1
	} else if format == "plain" && bs[0].Kind == doc.Paragraph && raws[0].shortLine {
		bs[0].Kind = doc.Title
		first = 1
	}
	if first == 0 || format != "plain" {
		return
	}
	// Byline within the first blocks after the title.
	byline := -1
	for i := 1; i < len(bs) && i <= 3; i++ {
		if raws[i].lines == 1 && bs[i].Kind != doc.FootnoteDef && isByline(bs[i].Text) {
			bs[i].Kind = doc.Byline
			byline = i
			break
		}
	}
	// Subtitle: one line right after the title, before the byline or
	// without final punctuation.
	if len(bs) > 1 && raws[1].lines == 1 && (bs[1].Kind == doc.Paragraph || bs[1].Kind == doc.Heading) &&
		len(bs[1].Text) <= 400 && (byline == 2 || raws[1].shortLine) {
		bs[1].Kind = doc.Subtitle
	}
}

func isByline(t string) bool {
	if utf8.RuneCountInString(t) > 300 || len(strings.Fields(t)) > 30 {
		return false
	}
	if bylineRe.MatchString(t) {
		return true
	}
	// A line with a marker is running text that cites a note, not a byline.
	if markerRe.MatchString(t) {
		return false
	}
	return yearRe.MatchString(t) && strings.Count(t, ",") >= 1 && !strings.HasSuffix(strings.TrimSpace(t), ".")
}

// splitVersions cuts the blocks of a file holding several language versions
// one after another into versions. A new version starts where a block in
// another language follows the notes of the previous version, where a
// title-like block opens a run of blocks in a new language, or where a long
// run of blocks is in a language not seen before. Notes that continue the
// current numbering never start a version, whatever language they are in
// (translations keep the titles of cited works).
func splitVersions(raws []*rawBlock) [][]*rawBlock {
	var groups [][]*rawBlock
	startIdx := 0
	cur := runLang(raws, 0)
	seen := map[string]bool{cur: true}
	lastNote := 0
	for i := 1; i < len(raws); i++ {
		b := raws[i]
		if b.Kind == doc.FootnoteDef && lastNote > 0 && b.Number == lastNote+1 {
			lastNote = b.Number
			continue
		}
		restart := false
		lang := b.Lang
		if lang != "" && lang != cur {
			prev := raws[i-1]
			run := runLength(raws, i, lang)
			switch {
			case prev.Kind == doc.FootnoteDef && b.Kind != doc.FootnoteDef:
				restart = true
			case (b.Kind == doc.Heading || b.shortLine) && (run >= 3 || run >= 2 && i+run == len(raws)):
				// A short last version (a title and one paragraph)
				// runs to the end of the file.
				restart = true
			case b.Kind == doc.FootnoteDef && b.Number == 1 && lastNote > 0 && run >= 2:
				restart = true
			case run >= 4 && !seen[lang]:
				restart = true
			}
		}
		if restart {
			groups = append(groups, raws[startIdx:i])
			startIdx = i
			cur = runLang(raws, i)
			seen[cur] = true
			lastNote = 0
		}
		if b.Kind == doc.FootnoteDef {
			lastNote = b.Number
		}
	}
	return append(groups, raws[startIdx:])
}

// runLang is the language of the first blocks from i on.
func runLang(raws []*rawBlock, i int) string {
	for ; i < len(raws); i++ {
		if raws[i].Lang != "" {
			return raws[i].Lang
		}
	}
	return ""
}

// runLength counts the blocks from i on that are in lang or have no
// language, up to the first block in another language.
func runLength(raws []*rawBlock, i int, lang string) int {
	n := 0
	for ; i < len(raws); i++ {
		if raws[i].Lang != "" && raws[i].Lang != lang {
			if raws[i].Kind == doc.FootnoteDef {
				continue
			}
			break
		}
		n++
	}
	return n
}
