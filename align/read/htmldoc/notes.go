package htmldoc

import (
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// target is what the first marker pointing to an id says.
type target struct {
	number int
	label  string
}

var (
	// noteRefClasses mark a link as a footnote marker.
	noteRefClasses = newSet("footnote-ref", "footnote-reference", "footnoteref", "fnref", "noteref",
		"footnote", "footnote-link", "fn-ref")
	// backClasses mark a link as the backlink of a footnote.
	backClasses = newSet("footnote-back", "footnote-backref", "footnote-backlink", "footnotebackref",
		"reversefootnote", "fn-backref", "backlink", "backref", "data-footnote-backref")
	// backIDParts, found in the id a link points to, mark a backlink.
	backIDParts = []string{"fnref", "cite_ref", "ftnref", "ednref", "footnote-ref", "noteref", "backref"}

	// defNumbered and defNamed match the ids that footnote definitions
	// are given: "fn1", "fn:1", "footnote-2", "_ftn3", "cite_note-4",
	// "fn:siphash".
	defNumbered = regexp.MustCompile(`^(?i:fn|footnote|endnote|note|ftn|_ftn|edn|_edn)[-_:.]?\d+$`)
	defNamed    = regexp.MustCompile(`^(?i:fn|footnote|endnote|cite_note|user-content-fn)[-_:.].+$`)
)

// defID reports whether id is shaped like the id of a footnote definition
// of element name.
func defID(name, id string) bool {
	if defNumbered.MatchString(id) {
		return true
	}
	// A div or section with a named id ("footnote-list") is more often
	// the section of notes than a note.
	return name != "div" && name != "section" && defNamed.MatchString(id)
}

// closeInline ends the record of inline element e in block b; its end tag
// ends at file offset end.
func (r *reader) closeInline(e *elem, b *blockState, end int) {
	rc := e.rec
	b.close(rc)
	switch rc.kind {
	case recLink:
		r.closeLink(e, rc, b, end)
	case recSup:
		r.closeSup(e, rc, b, end)
	}
}

func (r *reader) closeLink(e *elem, rc *rec, b *blockState, end int) {
	a := &e.a
	rc.url = a.href
	if e.note && r.isBacklink(e, rc, b) {
		b.drop(r.src, rc)
		return
	}
	if r.marker(e, rc, b, end) {
		return
	}
	if b.kind == doc.Heading && strings.HasPrefix(a.href, "#") {
		// A permalink of the heading ("¶", "#") is not part of its
		// text; a link of the heading's text to itself is not a link.
		if txt, ok := b.textOf(r.src, rc.start, rc.end, maxLabel); ok && !hasWord(txt) {
			b.drop(r.src, rc)
			return
		}
		if b.id != "" && a.href[1:] == b.id {
			rc.kind = recNone
		}
		return
	}
	if a.href == "#" || len(a.href) >= len("javascript:") && strings.EqualFold(a.href[:len("javascript:")], "javascript:") {
		rc.kind = recNone
	}
}

// isBacklink reports whether link e in a footnote definition leads back
// to the marker.
func (r *reader) isBacklink(e *elem, rc *rec, b *blockState) bool {
	a := &e.a
	if a.backRef || a.role == "doc-backlink" || anyToken(a.class, backClasses) {
		return true
	}
	frag, _ := fragment(a.href)
	if frag == "" {
		return false
	}
	if r.markerIDs[frag] {
		return true
	}
	lf := strings.ToLower(frag)
	for _, p := range backIDParts {
		if strings.Contains(lf, p) {
			return true
		}
	}
	txt, ok := b.textOf(r.src, rc.start, rc.end, maxLabel)
	return ok && isArrows(txt)
}

// marker reads link e, which ends at file offset end, as a footnote marker
// if it is one, and reports whether it was.
func (r *reader) marker(e *elem, rc *rec, b *blockState, end int) bool {
	a := &e.a
	frag, local := fragment(a.href)
	if frag == "" {
		return false
	}
	hinted := a.noteRef || a.role == "doc-noteref" || hasToken(a.epubType, "noteref") ||
		hasToken(a.rel, "footnote") || anyToken(a.class, noteRefClasses)
	if !local && !hinted {
		return false
	}
	if rc.end-rc.start > maxPieces {
		return false
	}
	txt, ok := b.textOf(r.src, rc.start, rc.end, maxLabel)
	if !ok {
		return false
	}
	label, bracketed, ok := parseLabel(txt)
	if !ok {
		return false
	}
	parent := r.top()
	wrapped := parent != nil && parent.name == "sup" && parent.rec != nil && parent.recBlk == b &&
		parent.rec.end < 0 && parent.rec.started && parent.rec.start == rc.start
	n := number(label)
	if !hinted && !wrapped && !e.containsSup && !r.defIDs[frag] && !(n > 0 && defNumbered.MatchString(frag)) {
		return false
	}
	b.recs = b.recs[:rc.idx+1]
	rc.kind = recMarker
	if !bracketed {
		b.bracket(r.src, rc)
	}
	b.markers = append(b.markers, marker{
		number: n, label: label, target: frag,
		span:  source.Span{Start: e.start, End: max(end, e.start)},
		start: rc.start, end: rc.end,
	})
	for _, id := range []string{a.id, strings.TrimSpace(a.name)} {
		if id != "" {
			r.markerIDs[id] = true
		}
	}
	if wrapped {
		parent.wrapped = len(b.markers)
		if parent.a.id != "" {
			r.markerIDs[parent.a.id] = true
		}
	}
	if _, ok := r.targets[frag]; !ok {
		r.targets[frag] = target{number: n, label: label}
	}
	return true
}

// closeSup ends a sup element: one that wraps a marker makes the marker's
// span; one that opens a footnote definition holds its label, which is
// not part of the text.
func (r *reader) closeSup(e *elem, rc *rec, b *blockState, end int) {
	if e.wrapped > 0 {
		if e.wrapped <= len(b.markers) {
			if m := &b.markers[e.wrapped-1]; m.start == rc.start && m.end == rc.end {
				m.span = source.Span{Start: e.start, End: max(end, e.start)}
			}
		}
		return
	}
	if !b.def || rc.start != 0 || len(b.markers) > 0 {
		return
	}
	txt, ok := b.textOf(r.src, rc.start, rc.end, maxLabel)
	if !ok {
		return
	}
	if label, bracketed, ok := parseLabel(txt); ok && (bracketed || number(label) > 0) {
		b.defLabel = label
		b.drop(r.src, rc)
	}
}

// resolve numbers and labels the footnote definitions after the markers
// that point to them, and makes a definition of a paragraph or list item
// that a marker points to.
func (r *reader) resolve() {
	for _, b := range r.blocks {
		t, marked := r.targets[b.elemID]
		marked = marked && b.elemID != ""
		for _, id := range b.aliases {
			if !marked {
				t, marked = r.targets[id]
			}
		}
		if !b.def {
			if !marked || b.kind != doc.Paragraph && b.kind != doc.ListItem {
				continue
			}
			b.def, b.kind, b.level, b.number, b.info = true, doc.FootnoteDef, 0, 0, ""
		}
		if marked {
			b.number, b.label = t.number, t.label
			continue
		}
		switch {
		case b.defLabel != "":
			b.label, b.number = b.defLabel, number(b.defLabel)
		case b.ordinal > 0:
			b.number = b.ordinal
		default:
			b.number = trailingNumber(b.elemID)
		}
		if b.label == "" && b.number > 0 {
			b.label = strconv.Itoa(b.number)
		}
	}
}

// fragment returns the fragment of href, unescaped, and whether href is
// only a fragment (a link inside the page).
func fragment(href string) (string, bool) {
	i := strings.IndexByte(href, '#')
	if i < 0 {
		return "", false
	}
	f := href[i+1:]
	if strings.IndexByte(f, '%') >= 0 {
		if u, err := url.PathUnescape(f); err == nil {
			f = u
		}
	}
	return f, i == 0
}

// parseLabel reads the text of a marker: a short label, bare ("1", "a",
// "*") or in brackets ("[3]", "[note 1]"). It returns the label without
// brackets.
func parseLabel(s string) (label string, bracketed, ok bool) {
	const maxRunes = 20 // a longer text is a link, not a label
	s = strings.TrimSpace(s)
	if n := len(s); n >= 3 && s[0] == '[' && s[n-1] == ']' {
		in := strings.TrimSpace(s[1 : n-1])
		if in == "" || utf8.RuneCountInString(in) > maxRunes || strings.ContainsAny(in, "[]") || !labelish(in) {
			return "", false, false
		}
		return in, true, true
	}
	if s == "" || utf8.RuneCountInString(s) > maxRunes/2 || strings.ContainsAny(s, "[]()") ||
		strings.IndexFunc(s, unicode.IsSpace) >= 0 || !labelish(s) {
		return "", false, false
	}
	return s, false, true
}

// labelish reports whether s can be a footnote label: it has a letter or
// digit, or is made of footnote symbols.
func labelish(s string) bool {
	if hasWord(s) {
		return true
	}
	for _, c := range s {
		if !strings.ContainsRune("*†‡§¶#", c) {
			return false
		}
	}
	return true
}

func hasWord(s string) bool {
	return strings.IndexFunc(s, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) >= 0
}

// isArrows reports whether s is the text of a backlink: arrows or a caret.
func isArrows(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, c := range s {
		if !strings.ContainsRune("↩↪↑⤴⬆^\ufe0e\ufe0f ", c) {
			return false
		}
	}
	return true
}

const superDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹"

// number returns the number a label writes in digits (ASCII or
// superscript), or 0.
func number(label string) int {
	const maxDigits = 6
	n, k := 0, 0
	for _, c := range label {
		d := -1
		if c >= '0' && c <= '9' {
			d = int(c - '0')
		} else if i := strings.IndexRune(superDigits, c); i >= 0 {
			d = utf8.RuneCountInString(superDigits[:i])
		}
		if d < 0 || k == maxDigits {
			return 0
		}
		n, k = n*10+d, k+1
	}
	return n
}

// trailingNumber returns the number ending id ("fn3", "cite_note-12"), or 0.
func trailingNumber(id string) int {
	i := len(id)
	for i > 0 && id[i-1] >= '0' && id[i-1] <= '9' {
		i--
	}
	return number(id[i:])
}
