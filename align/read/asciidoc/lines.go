package asciidoc

import (
	"strconv"
	"strings"
)

// line is one line of the file.
type line struct {
	start int // byte offset of the first byte, starting at 0
	end   int // byte offset just past the last byte that is not a trailing blank or a line break
}

// splitLines cuts s into lines at "\n", "\r\n" and lone "\r", as
// source.File counts them, trimming trailing blanks as AsciiDoc does. A
// byte order mark at the start is skipped.
func splitLines(s string) []line {
	out := make([]line, 0, strings.Count(s, "\n")+1)
	start := 0
	if strings.HasPrefix(s, "\uFEFF") {
		start = len("\uFEFF")
	}
	for i := start; i < len(s); i++ {
		switch s[i] {
		case '\n':
			out = append(out, line{start, rtrim(s, start, i)})
			start = i + 1
		case '\r':
			out = append(out, line{start, rtrim(s, start, i)})
			if i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, line{start, rtrim(s, start, len(s))})
	}
	return out
}

// rtrim returns the end of s[start:end] without its trailing blanks.
func rtrim(s string, start, end int) int {
	for end > start && isBlank(s[end-1]) {
		end--
	}
	return end
}

// ltrim returns the start of s[start:end] without its leading blanks.
func ltrim(s string, start, end int) int {
	for start < end && isBlank(s[start]) {
		start++
	}
	return start
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' }

// delimKind is the kind of a delimited block, named by its delimiter line.
type delimKind uint8

const (
	notDelim delimKind = iota
	dListing           // ----
	dLiteral           // ....
	dPass              // ++++
	dComment           // ////
	dSidebar           // ****
	dExample           // ====
	dQuote             // ____
	dOpen              // --
	dTable             // |===, ,===, :===, !===
	dFenced            // ``` (Markdown-style fenced code)
)

var delimNames = [...]string{"", "listing", "literal", "passthrough", "comment", "sidebar", "example", "quote", "open", "table", "fenced code"}

// delimiter reports whether t (a line without trailing blanks) is a block
// delimiter line, and its kind. For a fenced code line the language is
// returned too. key is what a closing line must be.
func delimiter(t string) (kind delimKind, key, lang string) {
	if len(t) < 2 {
		return notDelim, "", ""
	}
	if t == "--" {
		return dOpen, t, ""
	}
	if strings.HasPrefix(t, "```") {
		lang = strings.TrimSpace(t[3:])
		if strings.ContainsRune(lang, '`') {
			return notDelim, "", ""
		}
		if i := strings.IndexByte(lang, ','); i >= 0 {
			lang = strings.TrimSpace(lang[:i])
		}
		return dFenced, "```", lang
	}
	if len(t) < 4 {
		return notDelim, "", ""
	}
	if strings.IndexByte("|,:!", t[0]) >= 0 && repeated(t[1:], '=') {
		return dTable, t, ""
	}
	if !repeated(t, t[0]) {
		return notDelim, "", ""
	}
	switch t[0] {
	case '-':
		kind = dListing
	case '.':
		kind = dLiteral
	case '+':
		kind = dPass
	case '/':
		kind = dComment
	case '*':
		kind = dSidebar
	case '=':
		kind = dExample
	case '_':
		kind = dQuote
	default:
		return notDelim, "", ""
	}
	return kind, t, ""
}

// repeated reports whether s is c repeated at least three times.
func repeated(s string, c byte) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			return false
		}
	}
	return true
}

// isComment reports whether t is a line comment: "//" not followed by
// another slash.
func isComment(t string) bool {
	return strings.HasPrefix(t, "//") && (len(t) == 2 || t[2] != '/')
}

// isBreak reports whether t is a thematic break or a page break.
func isBreak(t string) bool {
	switch t {
	case "---", "***", "___", "- - -", "* * *", "_ _ _":
		return true
	}
	return len(t) >= 3 && (repeated(t, '\'') || repeated(t, '<'))
}

// sectionTitle reports whether t is a section title ("== Title" or
// "## Title"), its level (the number of markers) and the span of its text
// in t, without a closing run of markers.
func sectionTitle(t string) (level, lo, hi int, ok bool) {
	if t == "" || (t[0] != '=' && t[0] != '#') {
		return 0, 0, 0, false
	}
	c := t[0]
	for level < len(t) && t[level] == c {
		level++
	}
	if level > 6 || level >= len(t) || !isBlank(t[level]) {
		return 0, 0, 0, false
	}
	lo = ltrim(t, level, len(t))
	hi = len(t)
	if lo == hi {
		return 0, 0, 0, false
	}
	// "== Title ==": a closing run as long as the opening one.
	if k := hi - level; k > lo && isBlank(t[k-1]) && strings.Count(t[k:], string(c)) == level {
		hi = rtrim(t, lo, k)
	}
	return level, lo, hi, true
}

// blockTitle reports whether t is a block title (".Title") and where its
// text starts.
func blockTitle(t string) (lo int, ok bool) {
	if len(t) < 2 || t[0] != '.' || isBlank(t[1]) || t[1] == '.' {
		return 0, false
	}
	return 1, true
}

// admonitions are the labels of admonition paragraphs and styles.
var admonitions = map[string]string{"NOTE": "note", "TIP": "tip", "IMPORTANT": "important", "WARNING": "warning", "CAUTION": "caution"}

// admonitionLabel reports whether t starts with an admonition label
// ("NOTE: "), its info name and where the text after it starts.
func admonitionLabel(t string) (info string, lo int, ok bool) {
	i := strings.IndexByte(t, ':')
	if i < 3 || i+1 >= len(t) || !isBlank(t[i+1]) {
		return "", 0, false
	}
	info, ok = admonitions[t[:i]]
	if !ok {
		return "", 0, false
	}
	return info, ltrim(t, i+1, len(t)), true
}

// attrEntry reports whether t is an attribute entry (":name: value"),
// with its name in lower case, its value and whether it unsets the name
// (":name!:" or ":!name:").
func attrEntry(t string) (name, value string, unset, ok bool) {
	if len(t) < 3 || t[0] != ':' {
		return "", "", false, false
	}
	k := strings.IndexByte(t[1:], ':') + 1
	if k < 2 {
		return "", "", false, false
	}
	name = t[1:k]
	if k+1 < len(t) && !isBlank(t[k+1]) {
		return "", "", false, false
	}
	if strings.HasPrefix(name, "!") {
		name, unset = name[1:], true
	} else if strings.HasSuffix(name, "!") {
		name, unset = name[:len(name)-1], true
	}
	if name == "" || !isWordByte(name[0]) || strings.ContainsAny(name, " \t") {
		return "", "", false, false
	}
	return strings.ToLower(name), strings.TrimSpace(t[k+1:]), unset, true
}

// blockAnchor reports whether t is a block anchor line ("[[id]]" or
// "[[id, reftext]]") and its id.
func blockAnchor(t string) (id string, ok bool) {
	if len(t) < 5 || !strings.HasPrefix(t, "[[") || !strings.HasSuffix(t, "]]") || t[2] == '[' {
		return "", false
	}
	in := t[2 : len(t)-2]
	if strings.ContainsAny(in, "[]") {
		return "", false
	}
	if i := strings.IndexByte(in, ','); i >= 0 {
		in = in[:i]
	}
	in = strings.TrimSpace(in)
	return in, in != ""
}

// isAttrLine reports whether t is a block attribute line ("[source,ruby]",
// "[NOTE]", "[#id.role]", "[]").
func isAttrLine(t string) bool {
	if len(t) < 2 || t[0] != '[' || t[len(t)-1] != ']' {
		return false
	}
	if len(t) == 2 {
		return true
	}
	c := t[1]
	return isWordByte(c) || c >= 0x80 || strings.IndexByte(".#%{,\"'", c) >= 0
}

// attrs are the block attributes, anchor and title waiting for the next
// block.
type attrs struct {
	style    string // the first positional attribute without its shorthands: "source", "NOTE", "quote"
	lang     string // the second positional attribute of a source block
	id       string // from [[id]], [#id] or id=
	title    *line  // a ".Title" line
	cols     int    // number of table columns from cols=; 0 if not given
	header   bool   // options include header
	noheader bool   // options include noheader
	format   string // table format: "psv", "csv", "dsv"; "" if not given
	sep      string // table separator; "" if not given
	start    int    // first number of an ordered list; 0 if not given
}

// parseAttrLine reads a block attribute line "[...]" into a.
func parseAttrLine(t string, a *attrs) {
	for i, f := range splitAttrs(t[1 : len(t)-1]) {
		name, value, named := cutNamed(f)
		if named {
			switch name {
			case "id":
				a.id = value
			case "cols":
				a.cols = countCols(value)
			case "options", "opts":
				setOptions(a, strings.Split(value, ","))
			case "format":
				a.format = value
			case "separator":
				a.sep = value
			case "start":
				if n, err := strconv.Atoi(value); err == nil && n >= 0 && n < maxNumber {
					a.start = n
				}
			case "language":
				a.lang = value
			}
			continue
		}
		switch i {
		case 0:
			style := f
			if k := strings.IndexAny(style, "#.%"); k >= 0 {
				shorthands(style[k:], a)
				style = style[:k]
			}
			a.style = strings.TrimSpace(style)
		case 1:
			a.lang = f
			if a.style == "" {
				a.style = "source"
			}
		}
	}
}

// shorthands reads "#id.role%option" shorthands of the first positional
// attribute.
func shorthands(s string, a *attrs) {
	for s != "" {
		c := s[0]
		s = s[1:]
		k := strings.IndexAny(s, "#.%")
		if k < 0 {
			k = len(s)
		}
		v := s[:k]
		s = s[k:]
		switch c {
		case '#':
			a.id = v
		case '%':
			setOptions(a, []string{v})
		}
	}
}

func setOptions(a *attrs, opts []string) {
	for _, o := range opts {
		switch strings.TrimSpace(o) {
		case "header":
			a.header = true
		case "noheader":
			a.noheader = true
		}
	}
}

// splitAttrs splits an attribute list at commas outside quotes and trims
// each part and its quotes.
func splitAttrs(s string) []string {
	var out []string
	var quote byte
	start := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) {
			c := s[i]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
				continue
			}
			if c == '"' || c == '\'' {
				quote = c
				continue
			}
			if c != ',' {
				continue
			}
		}
		out = append(out, unquote(strings.TrimSpace(s[start:i])))
		start = i + 1
	}
	return out
}

// cutNamed splits "name=value" into its lower-case name and its value.
func cutNamed(f string) (name, value string, ok bool) {
	i := strings.IndexByte(f, '=')
	if i <= 0 {
		return "", "", false
	}
	name = strings.TrimSpace(f[:i])
	for j := 0; j < len(name); j++ {
		if !isWordByte(name[j]) && name[j] != '-' {
			return "", "", false
		}
	}
	return strings.ToLower(name), unquote(strings.TrimSpace(f[i+1:])), true
}

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// maxCols caps the number of table columns read from a cols attribute.
// AsciiDoc sets no limit; this one only keeps a hostile value from making
// the reader allocate or loop without end.
const maxCols = 1000

// maxNumber caps list numbers, spans and repeat counts read from the file,
// for the same reason.
const maxNumber = 1_000_000

// countCols returns the number of columns a cols attribute gives: "3" is
// three columns, "1,4" two, "3*" three, "2*,1" three.
func countCols(v string) int {
	v = strings.TrimSpace(v)
	if n, err := strconv.Atoi(v); err == nil {
		return max(0, min(n, maxCols))
	}
	n := 0
	for _, part := range strings.FieldsFunc(v, func(r rune) bool { return r == ',' || r == ';' }) {
		k := 1
		if i := strings.IndexByte(part, '*'); i > 0 {
			if m, err := strconv.Atoi(strings.TrimSpace(part[:i])); err == nil && m > 0 {
				k = min(m, maxCols)
			}
		}
		n = min(n+k, maxCols)
	}
	return n
}

// listMark is what starts a list item line.
type listMark struct {
	style   string // what tells lists apart: "*", "**", "-", ".", "1.", "a.", "i)", "<>", "::", ";;"
	ordered bool
	number  int // the number as written ("3." is 3, "c." is 3); 0 if the marker has none
	start   int // offset of the marker in the line text
	text    int // offset of the item text in the line text
	dlist   bool
	termEnd int // end of the term of a description list item
}

// listItem reports whether t (a line without trailing blanks) is a list
// item line.
func listItem(t string) (m listMark, ok bool) {
	i := ltrim(t, 0, len(t))
	m.start = i
	if i >= len(t) {
		return m, false
	}
	// text returns the mark with its text starting after blanks at j, if
	// the marker is followed by a blank and some text.
	text := func(j int) (listMark, bool) {
		if j >= len(t) || !isBlank(t[j]) {
			return m, false
		}
		m.text = ltrim(t, j, len(t))
		return m, m.text < len(t)
	}
	switch c := t[i]; {
	case c == '*' || c == '.':
		j := i
		for j < len(t) && t[j] == c {
			j++
		}
		if j-i > 5 {
			return m, false
		}
		m.style, m.ordered = t[i:j], c == '.'
		if r, ok := text(j); ok {
			return r, true
		}
	case c == '-':
		m.style = "-"
		if r, ok := text(i + 1); ok {
			return r, true
		}
	case c == '<' && i == 0:
		j := i + 1
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j < len(t) && t[j] == '.' && j == i+1 {
			j++
		}
		if j > i+1 && j < len(t) && t[j] == '>' {
			m.style, m.ordered = "<>", true
			m.number = atoiCap(t[i+1 : j])
			if r, ok := text(j + 1); ok {
				return r, true
			}
		}
	case c >= '0' && c <= '9':
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j < len(t) && t[j] == '.' {
			m.style, m.ordered, m.number = "1.", true, max(1, atoiCap(t[i:j]))
			if r, ok := text(j + 1); ok {
				return r, true
			}
		}
	case isASCIILetter(c):
		if i+1 < len(t) && t[i+1] == '.' {
			m.style, m.ordered = "a.", true
			if c <= 'Z' {
				m.style, m.number = "A.", int(c-'A')+1
			} else {
				m.number = int(c-'a') + 1
			}
			if r, ok := text(i + 2); ok {
				return r, true
			}
		}
		j := i
		for j < len(t) && strings.IndexByte("ivxlcdmIVXLCDM", t[j]) >= 0 {
			j++
		}
		if j > i && j < len(t) && t[j] == ')' {
			m.style, m.ordered, m.number = "i)", true, roman(t[i:j])
			if r, ok := text(j + 1); ok {
				return r, true
			}
		}
	}
	return dlistItem(t)
}

// dlistItem reports whether t is a description list item: a term, then
// "::", ":::", "::::" or ";;", then a blank and a description or nothing.
func dlistItem(t string) (m listMark, ok bool) {
	if isComment(t) {
		return m, false
	}
	lo := ltrim(t, 0, len(t))
	for i := lo + 1; i+1 < len(t); i++ {
		c := t[i]
		if (c != ':' && c != ';') || t[i+1] != c {
			continue
		}
		j := i
		for j < len(t) && t[j] == c {
			j++
		}
		n := j - i
		if (c == ':' && n <= 4) || (c == ';' && n == 2) {
			if j == len(t) || isBlank(t[j]) {
				m.style, m.dlist = t[i:j], true
				m.start, m.termEnd = lo, i
				m.text = ltrim(t, j, len(t))
				return m, true
			}
		}
		i = j - 1
	}
	return m, false
}

func atoiCap(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			break
		}
		n = n*10 + int(s[i]-'0')
		if n >= maxNumber {
			return maxNumber
		}
	}
	return n
}

// roman returns the value of a roman numeral, or 0 if s is not one.
func roman(s string) int {
	val := func(c byte) int {
		switch c | 0x20 {
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		case 'l':
			return 50
		case 'c':
			return 100
		case 'd':
			return 500
		case 'm':
			return 1000
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := val(s[i])
		if i+1 < len(s) && val(s[i+1]) > v {
			n -= v
		} else {
			n += v
		}
		if n >= maxNumber || n <= -maxNumber {
			return 0
		}
	}
	return max(n, 0)
}

// blockMacro reports whether t is a block macro line ("image::a.png[Alt]",
// "include::file.adoc[]"), its name and the span of its target in t.
func blockMacro(t string) (name string, lo, hi int, ok bool) {
	k := strings.Index(t, "::")
	if k < 1 || !strings.HasSuffix(t, "]") {
		return "", 0, 0, false
	}
	if !isASCIILetter(t[0]) {
		return "", 0, 0, false
	}
	for i := 1; i < k; i++ {
		if !isWordByte(t[i]) && t[i] != '-' {
			return "", 0, 0, false
		}
	}
	lb := strings.IndexByte(t[k+2:], '[')
	if lb < 0 {
		return "", 0, 0, false
	}
	lo, hi = k+2, k+2+lb
	if lo < hi && (isBlank(t[lo]) || isBlank(t[hi-1])) {
		return "", 0, 0, false
	}
	return t[:k], lo, hi, true
}

func isASCIILetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

func isWordByte(c byte) bool {
	return isASCIILetter(c) || (c >= '0' && c <= '9') || c == '_'
}
