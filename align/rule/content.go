package rule

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/source"
)

// numberKeys returns the numbers of text for comparison: month names count
// as their number, so "31 July 2023" = "31.07.2023".
func numberKeys(text string) []string {
	ns := feature.Numbers(text)
	for i, n := range ns {
		if strings.HasPrefix(n, "m") {
			ns[i] = n[1:]
		}
	}
	sort.Strings(ns)
	return ns
}

func singleDigit(ns []string) bool {
	for _, n := range ns {
		if len(n) > 1 {
			return false
		}
	}
	return true
}

// numberContext holds the numbers of a pair of aligned blocks (or
// footnotes), counted once for all the sentences (or cited works) inside.
type numberContext struct {
	src, dst map[string]int // number -> times it occurs in the source, target text
}

// newNumberContext counts the numbers of the aligned texts sCtx and dCtx.
func newNumberContext(sCtx, dCtx string) *numberContext {
	return &numberContext{src: countKeys(numberKeys(sCtx)), dst: countKeys(numberKeys(dCtx))}
}

func countKeys(ns []string) map[string]int {
	m := make(map[string]int, len(ns))
	for _, n := range ns {
		m[n]++
	}
	return m
}

// numberDiff returns the numbers of the source text missing from the
// translation and those the translation adds, leaving out what an editor
// should not act on: numbers found on the other side elsewhere in the
// block pair (ctx, nil for none) moved, single digits dropped alone were
// probably written out in words.
func numberDiff(st, dt string, ctx *numberContext) (missing, extra []string) {
	st, dt = dropListLabel(st), dropListLabel(dt)
	sn, dn := numberKeys(st), numberKeys(dt)
	// Values, not occurrences: a translation may say a number twice where
	// the source says it once ("from -(2^53-1) to (2^53-1)" for
	// "±(2^53-1)"); what matters is a value one side has and the other not.
	us, ud := uniqSorted(sn), uniqSorted(dn)
	missing = feature.Diff(us, ud)
	extra = feature.Diff(ud, us)
	if ctx != nil {
		// Moved to a neighbouring sentence of the same block pair: the
		// numbers of the other side's blocks less its own sentence's.
		missing = withoutMoved(missing, ctx.dst, dn)
		extra = withoutMoved(extra, ctx.src, sn)
	}
	// A number the other side writes out in words ("twelve" for "12").
	if len(missing) > 0 {
		missing = feature.Diff(missing, feature.SpelledNumbers(dt))
	}
	if len(extra) > 0 {
		extra = feature.Diff(extra, feature.SpelledNumbers(st))
	}
	if len(extra) == 0 && singleDigit(missing) {
		missing = nil // "two" for "2"
	}
	if len(missing) == 0 && singleDigit(extra) {
		extra = nil
	}
	return missing, extra
}

// uniqSorted returns sorted s without repeats.
func uniqSorted(s []string) []string {
	var out []string
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}

// withoutMoved returns sorted ns less, value by value, the numbers that
// ctx counts beyond those of sorted own: the multiset difference
// ns − (ctx − own), in the order of ns. It takes time in the size of ns,
// not of ctx.
func withoutMoved(ns []string, ctx map[string]int, own []string) []string {
	var out []string
	for i := 0; i < len(ns); {
		j := i + 1
		for j < len(ns) && ns[j] == ns[i] {
			j++
		}
		lo := sort.SearchStrings(own, ns[i])
		hi := lo
		for hi < len(own) && own[hi] == ns[i] {
			hi++
		}
		elsewhere := max(0, ctx[ns[i]]-(hi-lo))
		for range max(0, j-i-elsewhere) {
			out = append(out, ns[i])
		}
		i = j
	}
	return out
}

// piece is one part of a text joined from parts with " " (sentences or
// cited works): its block, where it starts in the block's text and its
// length.
type piece struct{ block, start, n int }

// placeIn maps a byte offset of the joined text back to a block and an
// offset in that block's text.
func placeIn(ps []piece, off int) (int, int) {
	for _, pc := range ps {
		if off <= pc.n {
			return pc.block, pc.start + off
		}
		off -= pc.n + 1
	}
	last := ps[len(ps)-1]
	return last.block, last.start + last.n
}

// numberFinding builds the finding for numbers that differ between source
// text st (block sb, at text offset so) and target text dt (block db, at
// offset do): the message quotes each number with the words around it,
// and the places point at the first differing number.
func numberFinding(p *Pass, missing, extra []string, sb int, st string, so int, dt string, dst []piece) Finding {
	f := Finding{}
	sctx, _, sok := around(st, firstOf(missing))
	dctx, doff, dok := around(dt, firstOf(extra))
	switch {
	case len(missing) == 1 && len(extra) == 1:
		f.Message = fmt.Sprintf("%s in the source (%q) is %s here (%q)", missing[0], sctx, extra[0], dctx)
	case len(extra) == 0:
		f.Message = fmt.Sprintf("%s of the source (%q) %s missing here", strings.Join(missing, ", "), sctx, isAre(len(missing)))
	case len(missing) == 0:
		f.Message = fmt.Sprintf("%s (%q) %s not in the source", strings.Join(extra, ", "), dctx, isAre(len(extra)))
	default:
		f.Message = fmt.Sprintf("%s of the source (%q) %s missing here; %s (%q) %s not in the source",
			strings.Join(missing, ", "), sctx, isAre(len(missing)), strings.Join(extra, ", "), dctx, isAre(len(extra)))
	}
	if !dok {
		doff = 0
	}
	// The source place is the start of the source text, whichever of its
	// numbers differ; the target place is the differing number itself.
	f.Source = p.SourcePos(sb, source.Span{Start: so, End: so})
	db, do := placeIn(dst, doff)
	f.Target = p.TargetPos(db, source.Span{Start: do, End: do})
	f.Evidence = Evidence{Source: head(st, evidenceWidth), Target: head(dt, evidenceWidth)}
	if sok {
		f.Evidence.Source = sctx
	}
	if dok {
		f.Evidence.Target = dctx
	}
	return f
}

var listLabel = regexp.MustCompile(`^\s*\d{1,3}[.)]\s`)

// dropListLabel removes the number of a list item that a merge brought
// into running text ("10. Metadata…"): list numbers are checked apart.
func dropListLabel(s string) string {
	if m := listLabel.FindStringIndex(s); m != nil {
		return s[m[1]:]
	}
	return s
}

func firstOf(ns []string) string {
	if len(ns) == 0 {
		return ""
	}
	return ns[0]
}

// around finds number n (a normalised key) written in text and returns it
// with up to two words on each side, and its byte offset.
func around(text, n string) (string, int, bool) {
	if n == "" {
		return "", 0, false
	}
	text = strings.TrimRight(text, " \t\n")
	forms := []string{n}
	if strings.Contains(n, ".") {
		forms = append(forms, strings.Replace(n, ".", ",", 1))
	}
	// Codes and hashes are keyed in lower case ("117b344092bd"): look in
	// a copy with ASCII letters lowered, byte for byte the text's.
	folded := []byte(text)
	for k, c := range folded {
		if 'A' <= c && c <= 'Z' {
			folded[k] = c + 'a' - 'A'
		}
	}
	for _, form := range forms {
		for from := 0; from < len(text); {
			i := strings.Index(string(folded[from:]), form)
			if i < 0 {
				break
			}
			i += from
			j := i + len(form)
			if (i == 0 || !isDigit(text[i-1])) && (j == len(text) || !isDigit(text[j])) {
				lo, hi := i, j
				for k := 0; k < 3 && lo > 0; k++ {
					lo = strings.LastIndexByte(strings.TrimRight(text[:lo], " "), ' ') + 1
					if k == 2 || lo == 0 {
						break
					}
				}
				for k := 0; k < 2 && hi < len(text); k++ {
					rest := strings.TrimLeft(text[hi:], " ")
					sp := strings.IndexByte(rest, ' ')
					if sp < 0 {
						hi = len(text)
						break
					}
					hi = len(text) - len(rest) + sp
				}
				ctx := strings.TrimSpace(text[lo:hi])
				if lo > 0 {
					ctx = "…" + ctx
				}
				if hi < len(text) {
					ctx += "…"
				}
				return ctx, i, true
			}
			from = j
		}
	}
	return "", 0, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

func blockTexts(d *doc.Document, bs []int) string {
	var parts []string
	for _, bi := range bs {
		parts = append(parts, d.Blocks[bi].Text)
	}
	return strings.Join(parts, " ")
}

var _ = register(&Rule{
	ID:       "number-mismatch",
	Group:    GroupValues,
	Title:    "Numbers or dates differ",
	Severity: Error,
	Doc: "Reports numbers, years and dates that differ between aligned sentences (and between aligned footnotes): " +
		"a number changed, a day dropped from a date, a year added. Numbers are compared as values, whatever the " +
		"locale writes (1,000 = 1.000 = 1 000; 1.5 = 1,5) and month names count as their number in every language " +
		"tralign knows, so \"10 August 2021\" = \"10 de agosto de 2021\" = \"10 августа 2021 г.\". Footnote markers and " +
		"links are left out; a number found in a neighbouring sentence of the same paragraph moved and is not " +
		"reported; a single digit missing alone was probably written out in words. A list item whose number is written twice " +
		"(\"2. 2. …\") adds a number too; other list numbers are checked by list-misnumbered.",
	Example: Example{
		Source: "The talks began on 10 August 2021 in Geneva.\n",
		Target: "Las conversaciones empezaron en agosto de 2022 en Ginebra.\n",
	},
	Run: func(p *Pass) {
		for _, l := range p.Pair.Blocks {
			if len(l.Source) == 0 || len(l.Target) == 0 {
				continue
			}
			var ctx *numberContext // the numbers of the block pair, counted once
			for _, sl := range l.Sents {
				if len(sl.Source) == 0 || len(sl.Target) == 0 {
					continue
				}
				var st, dt string
				var dst []piece
				for _, r := range sl.Source {
					st += sentText(p.Pair.Source, r) + " "
				}
				for _, r := range sl.Target {
					sp := sentSpan(p.Pair.Target, r)
					dst = append(dst, piece{r.Block, sp.Start, sp.End - sp.Start})
					dt += sentText(p.Pair.Target, r) + " "
				}
				if ctx == nil {
					ctx = newNumberContext(blockTexts(p.Pair.Source, l.Source), blockTexts(p.Pair.Target, l.Target))
				}
				if missing, extra := numberDiff(st, dt, ctx); len(missing)+len(extra) > 0 {
					p.Report(numberFinding(p, missing, extra,
						sl.Source[0].Block, st, sentSpan(p.Pair.Source, sl.Source[0]).Start, dt, dst))
				}
			}
		}
		checkListLabels(p)
		for _, l := range p.Pair.Notes {
			if len(l.Source) != 1 || len(l.Target) != 1 {
				continue
			}
			sb, db := p.Pair.Source.Blocks[l.Source[0]], p.Pair.Target.Blocks[l.Target[0]]
			if len(l.Items) == 0 {
				if missing, extra := numberDiff(sb.Text, db.Text, nil); len(missing)+len(extra) > 0 {
					f := numberFinding(p, missing, extra, l.Source[0], sb.Text, 0, db.Text, []piece{{l.Target[0], 0, len(db.Text)}})
					f.Message = fmt.Sprintf("footnote %s: %s", marker(db.Number), f.Message)
					p.Report(f)
				}
				continue
			}
			ctx := newNumberContext(sb.Text, db.Text)
			for _, il := range l.Items {
				if len(il.Source) == 0 || len(il.Target) == 0 {
					continue
				}
				var st, dt string
				var dst []piece
				for _, r := range il.Source {
					st += sb.ItemText(r.Index) + " "
				}
				for _, r := range il.Target {
					sp := db.Items[r.Index]
					dst = append(dst, piece{l.Target[0], sp.Start, sp.End - sp.Start})
					dt += db.ItemText(r.Index) + " "
				}
				if missing, extra := numberDiff(st, dt, ctx); len(missing)+len(extra) > 0 {
					f := numberFinding(p, missing, extra, l.Source[0], st, sb.Items[il.Source[0].Index].Start, dt, dst)
					f.Message = fmt.Sprintf("footnote %s: %s", marker(db.Number), f.Message)
					p.Report(f)
				}
			}
		}
	},
})

// citationLike reports whether a piece of footnote text is a reference to
// a work (kept in its own language as a rule) rather than prose.
func citationLike(s string) bool {
	if len(feature.URLs(s)) > 0 {
		return true
	}
	for _, n := range feature.Numbers(s) {
		if len(n) == 4 && (n[0] == '1' || n[0] == '2') {
			return true
		}
	}
	if i := strings.IndexByte(s, ':'); i > 0 && i < citationColonWithin {
		return true
	}
	return false
}
