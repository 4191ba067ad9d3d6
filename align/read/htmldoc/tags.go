package htmldoc

import "strings"

// class says how an element takes part in the blocks of a document.
type class uint8

const (
	inline    class = iota // text flows through it: a, span, em, code, unknown elements
	container              // holds blocks; text right in it forms paragraphs of its own
	leaf                   // one block: p, h1-h6, li, pre, tr, dt, dd, figcaption
	cell                   // a table cell: part of its row's block
	skipped                // left out with everything in it
)

// set is a set of tag names.
type set map[string]bool

func newSet(names ...string) set {
	s := set{}
	for _, n := range names {
		s[n] = true
	}
	return s
}

var (
	// voids are the elements that have no content and no end tag.
	voids = newSet("area", "base", "basefont", "bgsound", "br", "col", "embed", "hr", "img", "input",
		"keygen", "link", "meta", "param", "source", "track", "wbr")

	// rawTexts are the elements whose content the tokenizer reads as text up
	// to their end tag, even when the start tag ends in "/>".
	rawTexts = newSet("iframe", "noembed", "noframes", "noscript", "plaintext", "script", "style",
		"textarea", "title", "xmp")

	// skips are left out with all they hold: scripts, styles, embedded
	// content, form controls and the page's navigation.
	skips = newSet("script", "style", "noscript", "template", "svg", "math", "iframe", "object",
		"embed", "canvas", "video", "audio", "select", "textarea", "button", "nav", "noembed",
		"noframes", "rp", "rt", "datalist", "frameset", "frame", "map", "head", "title")

	containers = newSet("html", "body", "div", "section", "article", "main", "aside", "header",
		"footer", "blockquote", "ul", "ol", "menu", "dir", "dl", "table", "thead", "tbody", "tfoot",
		"colgroup", "figure", "form", "fieldset", "details", "address", "center", "hgroup",
		"search", "dialog", "optgroup")

	leaves = newSet("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "pre", "listing",
		"xmp", "plaintext", "tr", "figcaption", "caption", "summary", "legend")

	// splitters, opened inside a block, end it and make blocks of their
	// own; the block goes on after them. Other block elements inside a
	// block (a p inside a li) only add a space to it.
	splitters = newSet("ul", "ol", "menu", "dir", "dl", "table", "blockquote", "figure", "pre",
		"listing", "xmp", "plaintext", "li", "dt", "dd", "tr")

	// pCloses are the start tags that close an open p.
	pCloses = newSet("address", "article", "aside", "blockquote", "center", "details", "dialog",
		"dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup",
		"main", "menu", "nav", "ol", "p", "search", "section", "summary", "ul", "h1", "h2", "h3",
		"h4", "h5", "h6", "pre", "listing", "form", "table", "hr", "xmp", "plaintext", "li",
		"dd", "dt")

	// specials are the HTML parser's "special" elements: a start tag of li,
	// dd or dt closes an open one only if none of these (except address,
	// div and p) stands between.
	specials = newSet("address", "applet", "area", "article", "aside", "base", "basefont",
		"bgsound", "blockquote", "body", "br", "button", "caption", "center", "col", "colgroup",
		"dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset", "figcaption", "figure",
		"footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head",
		"header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link",
		"listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript",
		"object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section",
		"select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
		"tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp")

	// scopes bound the search for an open element to close: an end tag
	// or an implied end does not reach past them.
	scopes = newSet("applet", "caption", "html", "table", "td", "th", "marquee", "object",
		"template", "button", "svg", "math")

	// headOK are the elements that may stand in head; any other start tag
	// ends the head.
	headOK = newSet("base", "basefont", "bgsound", "link", "meta", "noscript", "script", "style",
		"template", "title")

	// preElems are the code blocks.
	preElems = newSet("pre", "listing", "xmp", "plaintext")

	// codes are the inline elements whose text is code, not prose.
	codes = newSet("code", "kbd", "samp", "var", "tt")

	// tableParts are closed only from inside their own table.
	tableParts = newSet("tbody", "thead", "tfoot", "tr", "td", "th", "caption")

	// chromeRoles are ARIA roles of site chrome.
	chromeRoles = newSet("navigation", "banner", "contentinfo", "search", "dialog", "alertdialog")

	// chromeClasses are class names of text that is not shown or is not
	// part of the article: screen-reader-only text, edit links, backlink
	// bundles of wiki references, advertisements.
	chromeClasses = newSet("sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text",
		"screenreader-only", "skip-link", "skiplink", "mw-editsection", "mw-cite-backlink",
		"noprint", "ad", "ads", "ad-slot", "adsbygoogle", "advert", "advertisement", "advertising")

	// notesClasses mark a section that holds footnotes.
	notesClasses = newSet("footnotes", "footnote-list", "footnotes-list", "endnotes", "reflist",
		"mw-references-wrap")
)

// chromeWords, found in a class or id, mark cookie and consent banners.
var chromeWords = []string{"cookie", "consent", "gdpr"}

func isHeading(name string) bool {
	return len(name) == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6'
}

// hasToken reports whether the space-separated list s holds tok, compared
// in ASCII lower case; tok is lower case.
func hasToken(s, tok string) bool {
	for f := range strings.FieldsSeq(s) {
		if equalLower(f, tok) {
			return true
		}
	}
	return false
}

// anyToken reports whether the space-separated list s holds a member of
// the set, compared in ASCII lower case.
func anyToken(s string, in set) bool {
	var buf [32]byte
	for f := range strings.FieldsSeq(s) {
		if len(f) > len(buf) {
			continue
		}
		for i := 0; i < len(f); i++ {
			buf[i] = lowerASCII(f[i])
		}
		if in[string(buf[:len(f)])] {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// equalLower reports whether s equals lower, a lower-case string, in
// ASCII lower case.
func equalLower(s, lower string) bool {
	if len(s) != len(lower) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lowerASCII(s[i]) != lower[i] {
			return false
		}
	}
	return true
}

// containsLower reports whether s contains sub, a lower-case ASCII string,
// in ASCII lower case.
func containsLower(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if equalLower(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}
