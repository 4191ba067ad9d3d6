package drift

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// Op says what an [Edit] does.
type Op int8

// Edit operations.
const (
	Equal  Op = iota // text both versions have
	Insert           // text only the newer version has
	Delete           // text only the older version has
)

// Edit is one run of a word diff.
type Edit struct {
	Op   Op
	Text string // the words, with a space before each that the version has white space before (so a run may start with one)
}

// token is a word, a number or one other character of a text, with
// whether white space came before it.
type token struct {
	text  string
	space bool
}

func tokenize(s string) []token {
	var out []token
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsNumber(r) || r == '\'' || r == '’':
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !(unicode.IsLetter(r2) || unicode.IsNumber(r2) || unicode.IsMark(r2) || r2 == '\'' || r2 == '’' || r2 == '-' && j+n2 < len(s) && isWordRune(s[j+n2:])) {
					break
				}
				j += n2
			}
			out = append(out, token{s[i:j], space && len(out) > 0})
			i = j
		default:
			out = append(out, token{s[i : i+n], space && len(out) > 0})
			i += n
		}
		space = false
	}
	return out
}

func isWordRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// wordDiff returns the word diff from a to b. White space is not a word:
// texts that differ only in spacing or line wrapping give one Equal edit.
// The diff is deterministic: go-diff runs without a time limit.
func wordDiff(a, b string) []Edit {
	ta, tb := tokenize(a), tokenize(b)
	ids := make(map[string]rune)
	var words []string
	encode := func(ts []token) []rune {
		rs := make([]rune, len(ts))
		for i, t := range ts {
			id, ok := ids[t.text]
			if !ok {
				// Code points from 1 on, skipping the surrogates, which
				// do not survive go-diff's conversions to strings.
				id = rune(len(words) + 1)
				if id >= 0xD800 {
					id += 0x800
				}
				ids[t.text] = id
				words = append(words, t.text)
			}
			rs[i] = id
		}
		return rs
	}
	ra, rb := encode(ta), encode(tb)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(ra, rb, false)
	diffs = dmp.DiffCleanupSemantic(diffs)

	// Map the runes back to tokens, taking the spacing from the side the
	// run comes from.
	var out []Edit
	ia, ib := 0, 0
	for _, d := range diffs {
		n := utf8.RuneCountInString(d.Text)
		var ts []token
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			ts = tb[ib : ib+n]
			ia += n
			ib += n
		case diffmatchpatch.DiffDelete:
			ts = ta[ia : ia+n]
			ia += n
		case diffmatchpatch.DiffInsert:
			ts = tb[ib : ib+n]
			ib += n
		}
		var sb strings.Builder
		for _, t := range ts {
			if t.space {
				sb.WriteByte(' ')
			}
			sb.WriteString(t.text)
		}
		op := map[diffmatchpatch.Operation]Op{diffmatchpatch.DiffEqual: Equal, diffmatchpatch.DiffInsert: Insert, diffmatchpatch.DiffDelete: Delete}[d.Type]
		if len(ts) > 0 {
			out = append(out, Edit{Op: op, Text: sb.String()})
		}
	}
	return out
}

// Limits of the short forms of a diff in messages and evidence.
const (
	maxShownEdits = 4  // edits listed in a message; the rest are counted
	maxEditLen    = 60 // bytes of one edit shown in a message, at most
	contextWords  = 6  // words of unchanged text kept on each side of a change in evidence
)

// Summary lists the insertions and deletions of a diff the way messages
// show them: +"and logs" -"logs".
func Summary(edits []Edit) string {
	var parts []string
	n := 0
	for _, e := range edits {
		if e.Op == Equal {
			continue
		}
		n++
		if n > maxShownEdits {
			continue
		}
		sign := "+"
		if e.Op == Delete {
			sign = "-"
		}
		parts = append(parts, sign+strconv.Quote(clip(strings.TrimSpace(e.Text), maxEditLen)))
	}
	if n > maxShownEdits {
		parts = append(parts, "and "+strconv.Itoa(n-maxShownEdits)+" more")
	}
	return strings.Join(parts, " ")
}

// Inline writes a diff in the notation of git's --word-diff: unchanged
// text as is, [-deleted-] and {+inserted+}, with long unchanged stretches
// cut down to a few words around each change.
func Inline(edits []Edit) string {
	var sb strings.Builder
	for i, e := range edits {
		text := strings.TrimLeft(e.Text, " ")
		if len(text) < len(e.Text) && sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		switch e.Op {
		case Insert:
			sb.WriteString("{+" + text + "+}")
		case Delete:
			sb.WriteString("[-" + text + "-]")
		default:
			w := strings.Fields(text)
			first, last := i == 0, i == len(edits)-1
			switch {
			case first && last || len(w) <= 2*contextWords:
				sb.WriteString(text)
			case first:
				sb.WriteString("… " + strings.Join(w[len(w)-contextWords:], " "))
			case last:
				sb.WriteString(strings.Join(w[:contextWords], " ") + " …")
			default:
				sb.WriteString(strings.Join(w[:contextWords], " ") + " … " + strings.Join(w[len(w)-contextWords:], " "))
			}
		}
	}
	return sb.String()
}

// clip shortens s to at most n bytes, on a rune boundary, marking the cut
// with "…".
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut]) + "…"
}
