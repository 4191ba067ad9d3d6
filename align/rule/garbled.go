package rule

import (
	"fmt"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// maxRepeatWords is the longest phrase (in words) checked for being
// written twice in a row. Principle: longer doublings are whole clauses,
// which sentence-extra and content-added see.
const maxRepeatWords = 3

// strayBack is how many words before a stray fragment are searched for
// the word it repeats. Principle: about one clause.
const strayBack = 12

// maxWordBytes bounds the bytes of a word with the space after it, for
// reading the last words before a place from a window of the text: longer
// words are rare enough that a window of strayBack of them is wide.
const maxWordBytes = 40

var (
	// A fragment of one to three lower-case words closed by a full stop
	// after a sentence that ended with a closing quote: `…tácticas”. armas.”`
	// It is matched only where it can start (see strayFragments).
	strayAtRe = regexp.MustCompile(`^(?:[.!?…]["”»]|["”»][.!?])\s+(\p{Ll}[\p{L}\p{M}-]*(?:\s+\p{Ll}[\p{L}\p{M}-]*){0,2})[.!?]["”»]?`)
	// A closing parenthesis after a label that opens a list item ("a)").
	labelParenRe = regexp.MustCompile(`(?:^|\s)[\p{L}\d]{1,2}\)`)
)

var _ = register(&Rule{
	ID:       "text-garbled",
	Group:    GroupWords,
	Title:    "Doubled words, stray fragments or unbalanced marks in the translation",
	Severity: Warning,
	Doc: "Reports, at the exact column, what slips of editing leave in a translation: a word or a phrase of up to three words " +
		"written twice in a row, a fragment of a few lower-case words left after a closing quote that repeats a word just " +
		"before it (\"…tácticas”. armas.”\"), punctuation or a quote mark doubled (\",,\", \"””\"), and parentheses, square " +
		"brackets or double quotes left unclosed (or closed without being opened) where the aligned source paragraph has " +
		"them balanced. What the source has too at the aligned place is not reported; code, links and inline markup are " +
		"not looked at.",
	Example: Example{
		Source: "He said that “it would resort to tactical nuclear weapons.” Russia declined the offer.\n",
		Target: "Dijo que “recurriría a armas nucleares tácticas”. armas.” Rusia rechazó la la oferta.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			var src strings.Builder
			for _, bi := range l.Source {
				src.WriteString(p.Pair.Source.Blocks[bi].Prose())
				src.WriteByte('\n')
			}
			for _, bi := range l.Target {
				garbled(p, l.Source[0], bi, src.String())
			}
		}
		for _, l := range p.Pair.Notes {
			if len(l.Source) == 1 && len(l.Target) == 1 {
				garbled(p, l.Source[0], l.Target[0], p.Pair.Source.Blocks[l.Source[0]].Prose())
			}
		}
	},
})

// strayFragments returns the first n stray fragments of text (all if n
// is negative), with the spans of strayAtRe's match and group, as
// FindAllStringSubmatchIndex gives them. A fragment starts at a closing
// quote or at the stop just before one, so the pattern is tried there
// only, anchored: unanchored, it read a book on one line rune by rune.
func strayFragments(text string, n int) [][]int {
	var out [][]int
	end := 0 // where the last fragment ended: fragments do not overlap
	for i := 0; i < len(text) && n != 0; i++ {
		q := closingQuoteAt(text, i)
		if q == 0 {
			continue
		}
		starts := [2]int{-1, i}
		if r, size := utf8.DecodeLastRuneInString(text[:i]); strings.ContainsRune(".!?…", r) {
			starts[0] = i - size
		}
		for _, s := range starts {
			if s < end {
				continue
			}
			if m := strayAtRe.FindStringSubmatchIndex(text[s:]); m != nil {
				for k := range m {
					m[k] += s
				}
				out = append(out, m)
				end = m[1]
				n--
				break
			}
		}
		i += q - 1
	}
	return out
}

// closingQuoteAt returns the bytes of the closing quote (", ” or ») text
// starts with at i, or 0 if there is none.
func closingQuoteAt(text string, i int) int {
	switch c := text[i]; {
	case c == '"':
		return 1
	case c == 0xE2 && strings.HasPrefix(text[i:], "”"):
		return len("”")
	case c == 0xC2 && strings.HasPrefix(text[i:], "»"):
		return len("»")
	}
	return 0
}

// garbled checks target block db against the text of its aligned source
// (block sb first).
func garbled(p *Pass, sb, db int, src string) {
	// Prose, with code and markup blanked; links stay, for a link's
	// parentheses pair with the text's.
	text := p.Pair.Target.Blocks[db].Prose()
	report := func(off int, msg string) {
		p.Report(Finding{
			Message:  msg,
			Source:   p.SourcePos(sb, source.Span{}),
			Target:   p.TargetPos(db, source.Span{Start: off, End: off}),
			Evidence: Evidence{Target: around2(text, off)},
		})
	}
	// A doubling the source has too ("very very", "muy muy") is style.
	// The source is read only when the translation has one: most have none.
	if rep := repeats(text); len(rep) > 0 {
		if srcRep := repeats(src); len(rep) > len(srcRep) {
			for _, r := range rep[len(srcRep):] {
				report(r.off, fmt.Sprintf("%q is written twice in a row", r.phrase))
			}
		}
	}
	var strays []source.Span
	srcStray := -1 // whether the source has such a fragment: -1 not yet known
	for _, m := range strayFragments(text, -1) {
		frag := text[m[2]:m[3]]
		// The last strayBack words before the fragment, read from a
		// window of the text before it, not from its start: a block
		// may be a whole book on one line.
		lo := max(0, m[0]-strayBack*maxWordBytes)
		before := p.tokenize(text[lo:m[0]])
		if lo > 0 && len(before) > 0 {
			before = before[1:] // perhaps cut by the window
		}
		if len(before) > strayBack {
			before = before[len(before)-strayBack:]
		}
		repeated := false
		for _, w := range strings.Fields(frag) {
			for _, t := range before {
				if strings.EqualFold(t.Text, w) {
					repeated = true
				}
			}
		}
		if repeated && srcStray < 0 {
			srcStray = 0
			if len(strayFragments(src, 1)) > 0 {
				srcStray = 1
			}
		}
		if repeated && srcStray == 0 {
			strays = append(strays, source.Span{Start: m[2], End: m[1]})
			report(m[2], fmt.Sprintf("stray fragment %q after the closing quote repeats a word of the quote", text[m[2]:m[1]]))
		}
	}
	srcPunct := map[string]int{}
	for _, m := range doubledPunct(src) {
		srcPunct[strings.Join(strings.Fields(src[m[0]:m[1]]), "")]++
	}
	for _, m := range doubledPunct(text) {
		k := strings.Join(strings.Fields(text[m[0]:m[1]]), "")
		if srcPunct[k] > 0 {
			srcPunct[k]--
			continue
		}
		report(m[0], fmt.Sprintf("punctuation doubled: %q", strings.TrimSpace(text[m[0]:m[1]])))
	}
	for _, fam := range bracketFamilies {
		if len(unbalanced(src, fam)) > 0 {
			continue // the source has them unbalanced too
		}
		for _, off := range unbalanced(text, fam) {
			if inSpans(strays, off) {
				continue // the mark of a stray fragment, reported as such
			}
			r, _ := utf8.DecodeRuneInString(text[off:])
			report(off, fmt.Sprintf("%q has no counterpart here; the source's %s are balanced", string(r), fam.name))
			break
		}
	}
}

// doubledPunct returns the spans of punctuation written twice in s: ",,",
// ";;", "::" (white space between allowed), ",." before white space or
// the end, a quote mark doubled (“ “, ” ”, « «, » »). They are the
// leftmost-first matches of the regular expression
// `,\s*,|;\s*;|:\s*:|,\.(?:\s|$)|“\s*“|”\s*”|«\s*«|»\s*»`, found by a
// scanner: the expression took a tenth of the rules' time.
func doubledPunct(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); {
		var mark string
		switch c := s[i]; {
		case c == ',' || c == ';' || c == ':':
			mark = s[i : i+1]
		case c == 0xC2 || c == 0xE2: // the lead bytes of « » and “ ”
			for _, q := range [...]string{"“", "”", "«", "»"} {
				if strings.HasPrefix(s[i:], q) {
					mark = q
					break
				}
			}
		}
		if mark == "" {
			i++
			continue
		}
		j := i + len(mark)
		k := j
		for k < len(s) && asciiSpace(s[k]) {
			k++
		}
		if strings.HasPrefix(s[k:], mark) {
			out = append(out, [2]int{i, k + len(mark)})
			i = k + len(mark)
			continue
		}
		if mark == "," && j < len(s) && s[j] == '.' && (j+1 == len(s) || asciiSpace(s[j+1])) {
			end := min(j+2, len(s))
			out = append(out, [2]int{i, end})
			i = end
			continue
		}
		i++
	}
	return out
}

// asciiSpace reports whether c is white space as \s of a regular
// expression: tab, newline, form feed, carriage return or space.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// around2 returns the text around off, for evidence.
func around2(text string, off int) string {
	lo := max(0, off-markerWidth)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	hi := min(len(text), off+markerWidth)
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	s := strings.TrimSpace(text[lo:hi])
	if lo > 0 {
		s = "…" + s
	}
	if hi < len(text) {
		s += "…"
	}
	return s
}

type repeat struct {
	phrase string
	off    int // of the second copy
}

// repeats finds phrases of one to maxRepeatWords words written twice in a
// row, with nothing but spaces between. It reads the tokens of text
// through a window of 2*maxRepeatWords of them, for a block may be a whole
// book on one line.
func repeats(text string) []repeat {
	sc := wordalign.NewSpans(text)
	var win tokenWindow
	var out []repeat
	for {
		for win.n < len(win.ring) {
			t, ok := sc.Next()
			if !ok {
				break
			}
			win.push(t)
		}
		if win.n == 0 {
			return out
		}
		step := 1
		for n := 1; n <= maxRepeatWords && 2*n <= win.n; n++ {
			same := true
			for k := 0; k < n && same; k++ {
				a, b := win.at(k), win.at(n+k)
				// Case aside for words of two letters or more ("The the");
				// one letter must match exactly ("X, Y y Z").
				same = a.Kind() == wordalign.Word && (a.Text == b.Text || (strings.EqualFold(a.Text, b.Text) && utf8.RuneCountInString(a.Text) > 1))
			}
			for k := 0; k < 2*n-1 && same; k++ {
				// Only spaces between: blanked code or markup is no space.
				gap := text[win.at(k).Span().End:win.at(k+1).Span().Start]
				same = strings.TrimSpace(gap) == "" && !strings.Contains(gap, "  ")
			}
			if same {
				out = append(out, repeat{strings.ToLower(text[win.at(0).Span().Start:win.at(n-1).Span().End]), win.at(n).Span().Start})
				step = 2 * n
				break
			}
		}
		win.drop(step)
	}
}

// tokenWindow holds the next tokens of a text, up to twice the longest
// phrase repeats looks for.
type tokenWindow struct {
	ring  [2 * maxRepeatWords]wordalign.Token
	first int // the place in ring of the first token held
	n     int // tokens held
}

func (w *tokenWindow) push(t wordalign.Token) {
	w.ring[(w.first+w.n)%len(w.ring)] = t
	w.n++
}

// at returns the k-th token held.
func (w *tokenWindow) at(k int) *wordalign.Token {
	return &w.ring[(w.first+k)%len(w.ring)]
}

// drop lets go of the first k tokens held.
func (w *tokenWindow) drop(k int) {
	w.first = (w.first + k) % len(w.ring)
	w.n -= k
}

// bracketFamily is a kind of paired marks.
type bracketFamily struct {
	name        string
	open, close string
	quotes      bool
}

var bracketFamilies = []bracketFamily{
	{name: "parentheses", open: "(", close: ")"},
	{name: "square brackets", open: "[", close: "]"},
	{name: "quotation marks", quotes: true},
}

// unbalanced returns the offsets of the marks of family f in text that
// have no counterpart.
func unbalanced(text string, f bracketFamily) []int {
	if f.quotes {
		var out []int
		var stack []int
		var stackR []rune
		for i, r := range text {
			switch {
			case r == '"':
				if len(stackR) > 0 && stackR[len(stackR)-1] == '"' {
					stack, stackR = stack[:len(stack)-1], stackR[:len(stackR)-1]
				} else {
					stack, stackR = append(stack, i), append(stackR, r)
				}
			case isCloseQuote(r) && len(stackR) > 0 && closes(stackR[len(stackR)-1], r):
				stack, stackR = stack[:len(stack)-1], stackR[:len(stackR)-1]
			case isOpenQuote(r):
				stack, stackR = append(stack, i), append(stackR, r)
			case isCloseQuote(r):
				out = append(out, i)
			}
		}
		return append(out, stack...)
	}
	if !strings.ContainsAny(text, f.open+f.close) {
		return nil
	}
	// Each mark of a family of brackets is one rune.
	openMark, _ := utf8.DecodeRuneInString(f.open)
	closeMark, _ := utf8.DecodeRuneInString(f.close)
	var out, stack []int
	for i, r := range text {
		switch r {
		case openMark:
			stack = append(stack, i)
		case closeMark:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			} else if f.close != ")" || !labelParenRe.MatchString(text[max(0, i-3):i+1]) {
				out = append(out, i)
			}
		}
	}
	return append(out, stack...)
}
