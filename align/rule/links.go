package rule

import (
	"fmt"
	"net/url"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/source"
)

// A link as the rules compare it: where it is and its key.
type linkRef struct {
	block int
	link  doc.Link
	key   string // the link with what localization changes taken out
	local bool   // it names a language (a language subdomain, path segment or parameter)

	anchor   bool // a link within the page ("#usage")
	resolves bool // an anchor that names a heading (or anchor) of its page
}

// langParams are query parameters that name the language of a page.
var langParams = map[string]bool{"hl": true, "lang": true, "language": true, "locale": true, "setlang": true, "uselang": true, "lng": true}

// linkKey returns the form in which two links are compared, and whether
// the link names a language. Scheme, "www." and a trailing slash are left
// out and the host lower-cased, as before; so are what localization
// changes: a language subdomain (es.wikipedia.org, es.react.dev), path
// segments that are language codes (/en/, /es-419/), and parameters that
// name the language (?hl=es). A relative link keeps its path only, so
// that "/learn/x" and "https://es.react.dev/learn/x" compare alike.
func linkKey(raw string, isLang func(string) bool) (string, bool) {
	raw = strings.TrimSpace(raw)
	if strings.HasPrefix(strings.ToLower(raw), "mailto:") {
		return strings.ToLower(raw[len("mailto:"):]), false
	}
	if !strings.Contains(raw, "://") && strings.Contains(raw, "@") && !strings.Contains(raw, "/") {
		return strings.ToLower(raw), false // an e-mail address written out
	}
	u, err := url.Parse(raw)
	if err != nil {
		return raw, false
	}
	if u.Scheme == "" && u.Host == "" && strings.HasPrefix(strings.ToLower(raw), "www.") {
		if v, err := url.Parse("https://" + raw); err == nil {
			u = v
		}
	}
	local := false
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	if labels := strings.Split(host, "."); len(labels) > 2 && isLang(labels[0]) {
		host = strings.Join(labels[1:], ".")
		local = true
	}
	var segs []string
	for _, seg := range strings.Split(u.Path, "/") {
		if seg == "" || seg == "." {
			continue
		}
		if isLang(seg) {
			local = true
			continue
		}
		segs = append(segs, seg)
	}
	q := u.Query()
	for k := range q {
		if langParams[strings.ToLower(k)] {
			q.Del(k)
			local = true
		}
	}
	key := strings.Join(segs, "/")
	if host != "" {
		key = host + "/" + key
	}
	if enc := q.Encode(); enc != "" {
		key += "?" + enc
	}
	if u.Fragment != "" {
		key += "#" + u.Fragment
	}
	return strings.TrimRight(key, "/"), local
}

// links lists the links of the blocks bs of d, leaving out those of the
// sentences in gone (sentences with no counterpart, reported as such).
func links(d *doc.Document, bs []int, isLang func(string) bool, anchors map[string]bool, gone map[bitext.Ref]bool) []linkRef {
	var out []linkRef
	for _, bi := range bs {
		b := d.Blocks[bi]
		for _, l := range b.Links {
			if inSentence(b, bi, l.Text.Start, gone) {
				continue
			}
			k, local := linkKey(l.URL, isLang)
			r := linkRef{block: bi, link: l, key: k, local: local}
			if frag, ok := strings.CutPrefix(l.URL, "#"); ok {
				r.anchor, r.resolves = true, anchors[strings.ToLower(frag)]
			}
			out = append(out, r)
		}
	}
	return out
}

// inSentence reports whether text offset off of block b (index bi) lies in
// one of the sentences of set.
func inSentence(b *doc.Block, bi, off int, set map[bitext.Ref]bool) bool {
	if len(set) == 0 {
		return false
	}
	for si, sp := range b.Sentences {
		if sp.Start <= off && off < sp.End {
			return set[bitext.Ref{Block: bi, Index: si}]
		}
	}
	return false
}

// anchorsOf returns the anchors a link within d may point to: the ids of
// its headings, as written or as docs sites derive them from the heading's
// text, and the ids of inline HTML anchors, lower-cased.
func anchorsOf(d *doc.Document) map[string]bool {
	m := map[string]bool{}
	for _, b := range d.Blocks {
		if b.ID != "" {
			m[strings.ToLower(b.ID)] = true
		}
		if b.Kind.IsHeadingLike() {
			for _, s := range slugs(b.Prose()) {
				m[s] = true
			}
		}
		for _, in := range b.Inline {
			if in.Kind == doc.InlineHTML {
				for _, id := range htmlIDRe.FindAllStringSubmatch(in.Value, -1) {
					m[strings.ToLower(id[1])] = true
				}
			}
		}
	}
	return m
}

var htmlIDRe = regexp.MustCompile(`\b(?:id|name)\s*=\s*["']([^"']+)["']`)

// slugs returns the ids docs sites derive from a heading's text: GitHub's
// and goldmark's (letters and digits of any script kept, spaces to "-"),
// and an ASCII-only one as Python-Markdown's default gives.
func slugs(text string) []string {
	var uni, ascii strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ' || r == '-':
			uni.WriteByte('-')
			ascii.WriteByte('-')
		case r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			uni.WriteRune(r)
			if r < utf8.RuneSelf {
				ascii.WriteRune(r)
			}
		}
	}
	return []string{uni.String(), strings.Trim(collapseDashes(ascii.String()), "-")}
}

func collapseDashes(s string) string {
	for strings.Contains(s, "--") {
		s = strings.ReplaceAll(s, "--", "-")
	}
	return s
}

// sameLink reports whether a source link and a target link are the same
// link: the same key, the same key once a relative link is compared by its
// path, or links to the localized versions of one site (both name a
// language, the site is the same: a translated page may have a translated
// address).
func sameLink(s, t linkRef) bool {
	if s.key == t.key {
		return true
	}
	if s.anchor && t.anchor {
		// Headings are translated, and so are the ids derived from
		// them: two anchors that each name a heading of their page are
		// the same link.
		return s.resolves && t.resolves
	}
	sp, tp := pathOf(s.key), pathOf(t.key)
	if (isRelative(s.link.URL) || isRelative(t.link.URL)) && sp == tp && sp != "" {
		return true
	}
	// A link to another page of the same site, to a heading of it: the
	// heading is translated there, and so is its anchor.
	if isRelative(s.link.URL) && isRelative(t.link.URL) {
		if sp, _, ok := strings.Cut(s.key, "#"); ok {
			if tp, _, ok := strings.Cut(t.key, "#"); ok && sp == tp && sp != "" {
				return true
			}
		}
	}
	return s.local && t.local && hostOf(s.key) == hostOf(t.key)
}

func isRelative(u string) bool {
	return !strings.Contains(u, "://") && !strings.HasPrefix(strings.ToLower(u), "www.") && !strings.HasPrefix(strings.ToLower(u), "mailto:")
}

func hostOf(key string) string {
	if i := strings.IndexByte(key, '/'); i >= 0 {
		return key[:i]
	}
	return key
}

func pathOf(key string) string {
	if i := strings.IndexByte(key, '/'); i >= 0 && strings.Contains(key[:i], ".") {
		return key[i+1:]
	}
	return key
}

// linkChange is a link of the source missing from the translation at the
// aligned place, a link the translation adds, or one that became another.
type linkChange struct {
	source, target *linkRef
}

// diffLinks matches the links of an aligned pair of blocks and returns
// what changed: links are matched as sameLink says, first in order; a
// missing and an added link left in the same pair are one changed link
// when each side has as many left.
func diffLinks(src, tgt []linkRef) []linkChange {
	used := make([]bool, len(tgt))
	var missing []int
	for i := range src {
		found := false
		for j := range tgt {
			if !used[j] && sameLink(src[i], tgt[j]) {
				used[j], found = true, true
				break
			}
		}
		if !found {
			missing = append(missing, i)
		}
	}
	var extra []int
	for j := range tgt {
		if !used[j] {
			extra = append(extra, j)
		}
	}
	var out []linkChange
	if len(missing) == len(extra) {
		for k := range missing {
			out = append(out, linkChange{&src[missing[k]], &tgt[extra[k]]})
		}
		return out
	}
	// Unequal counts: a link that changed is the one most like it, when
	// they share most of their address; the rest are missing or added.
	pairedT := map[int]bool{}
	for _, i := range missing {
		best, bestSim := -1, minChangedLinkSimilarity
		for _, j := range extra {
			if pairedT[j] {
				continue
			}
			if sim := prefixSimilarity(src[i].key, tgt[j].key); sim >= bestSim {
				best, bestSim = j, sim
			}
		}
		if best >= 0 {
			pairedT[best] = true
			out = append(out, linkChange{&src[i], &tgt[best]})
		} else {
			out = append(out, linkChange{source: &src[i]})
		}
	}
	for _, j := range extra {
		if !pairedT[j] {
			out = append(out, linkChange{target: &tgt[j]})
		}
	}
	return out
}

// minChangedLinkSimilarity is the share of the longer address that two
// addresses must have in common from their start for a missing link and
// an added one to be taken as one link changed. A principle: most of the
// address the same (the host and most of the path) is one link edited.
const minChangedLinkSimilarity = 0.5

// prefixSimilarity is the length of the common prefix of a and b over the
// length of the longer.
func prefixSimilarity(a, b string) float64 {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	if m := max(len(a), len(b)); m > 0 {
		return float64(n) / float64(m)
	}
	return 0
}

var _ = register(&Rule{
	ID:       "url-mismatch",
	Group:    GroupValues,
	Title:    "Links or e-mail addresses differ",
	Severity: Warning,
	Doc: "Reports links and e-mail addresses that differ between aligned blocks or footnotes: a link the source has " +
		"that the translation lacks, one the translation adds, or one that points elsewhere (one finding: \"now B, " +
		"the source has A\"). Links are compared without scheme, \"www.\" and a trailing slash, reference-style links " +
		"resolved; localized links are the same link: a language subdomain (es.wikipedia.org), a path segment or " +
		"parameter naming the language (/es/, ?hl=es), a relative link to the same path, and links within the page " +
		"that each name a heading of their version (headings are translated, and so are their anchors). The links " +
		"of a sentence with no counterpart are reported with the sentence. The same change repeated through the " +
		"document is reported once, with its places.",
	Example: Example{
		Source: "See https://www.thecommunists.net/theory/kissinger/ for more.\n",
		Target: "Véase https://www.thecommunists.net/theory/kisinger/ para más.\n",
	},
	Run: func(p *Pass) {
		isLang := langCode
		type group struct {
			first  Finding
			places []*source.Position
		}
		var order []string
		groups := map[string]*group{}
		report := func(key string, f Finding) {
			if g := groups[key]; g != nil {
				g.places = append(g.places, f.Target)
				return
			}
			groups[key] = &group{first: f}
			order = append(order, key)
		}
		srcAnchors, tgtAnchors := anchorsOf(p.Pair.Source), anchorsOf(p.Pair.Target)
		// The links of a sentence with no counterpart are reported with
		// the sentence.
		goneSource, goneTarget := map[bitext.Ref]bool{}, map[bitext.Ref]bool{}
		for _, l := range p.Pair.Blocks {
			for _, sl := range l.Sents {
				if len(sl.Target) == 0 {
					for _, r := range sl.Source {
						goneSource[r] = true
					}
				}
				if len(sl.Source) == 0 {
					for _, r := range sl.Target {
						goneTarget[r] = true
					}
				}
			}
		}
		check := func(ls []bitext.Link) {
			for _, l := range ls {
				if len(l.Source) == 0 || len(l.Target) == 0 {
					continue
				}
				src := links(p.Pair.Source, l.Source, isLang, srcAnchors, goneSource)
				tgt := links(p.Pair.Target, l.Target, isLang, tgtAnchors, goneTarget)
				for _, c := range diffLinks(src, tgt) {
					switch {
					case c.source != nil && c.target != nil:
						msg := fmt.Sprintf("link %q here, where the source has %q", c.target.link.URL, c.source.link.URL)
						if c.target.anchor && !c.target.resolves {
							msg += "; it names no heading of the translation"
						}
						report("c\x00"+c.source.key+"\x00"+c.target.key, Finding{
							Message:  msg,
							Source:   p.SourcePos(c.source.block, c.source.link.Text),
							Target:   p.TargetPos(c.target.block, c.target.link.Text),
							Evidence: Evidence{Source: c.source.link.URL, Target: c.target.link.URL},
						})
					case c.source != nil:
						report("m\x00"+c.source.key, Finding{
							Message:  fmt.Sprintf("link %q of the source is missing here", c.source.link.URL),
							Source:   p.SourcePos(c.source.block, c.source.link.Text),
							Target:   p.TargetPos(l.Target[0], source.Span{}),
							Evidence: Evidence{Source: c.source.link.URL},
						})
					default:
						report("e\x00"+c.target.key, Finding{
							Message:  fmt.Sprintf("link %q is not in the source", c.target.link.URL),
							Source:   p.SourcePos(l.Source[0], source.Span{}),
							Target:   p.TargetPos(c.target.block, c.target.link.Text),
							Evidence: Evidence{Target: c.target.link.URL},
						})
					}
				}
			}
		}
		check(p.Pair.Blocks)
		check(p.Pair.Notes)
		for _, key := range order {
			g := groups[key]
			f := g.first
			if len(g.places) > 0 {
				lines := make([]int, 0, len(g.places))
				for _, pl := range g.places {
					if pl != nil {
						lines = append(lines, pl.Line)
					}
				}
				sort.Ints(lines)
				f.Message += fmt.Sprintf(" (%s more: %s)", plural(len(g.places), "time"), joinLines(lines))
			}
			p.Report(f)
		}
	},
})

// plural returns "1 time", "2 times".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// joinLines returns "line 4", "lines 4, 9 and 12"; past maxListedLines
// lines, "lines 4, 9, … and 12 more" (see listLines).
func joinLines(lines []int) string {
	s, more := listLines(lines)
	switch {
	case len(s) == 0:
		return ""
	case more != "":
		return "lines " + strings.Join(s, ", ") + more
	case len(s) == 1:
		return "line " + s[0]
	}
	return "lines " + strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// maxListedLines is how many lines a message lists before it counts the
// rest: enough to find the places in an article, and a line of text
// still in a book that repeats a link or a name hundreds of times. A
// choice of reading, not fitted.
const maxListedLines = 10

// listLines returns the first maxListedLines of lines as text, and what
// counts the rest: " and 12 more", or "" when there are none.
func listLines(lines []int) ([]string, string) {
	n := min(len(lines), maxListedLines)
	s := make([]string, n)
	for i, l := range lines[:n] {
		s[i] = strconv.Itoa(l)
	}
	if n == len(lines) {
		return s, ""
	}
	return s, fmt.Sprintf(" and %d more", len(lines)-n)
}

// langCode reports whether s names a language in a link.
func langCode(s string) bool { return langid.IsCode(s) }
