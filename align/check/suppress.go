package check

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// suppressed is one suppression comment of a version, with what it did.
type suppressed struct {
	d      *doc.Document
	lang   string // the language findings about d carry
	s      *doc.Suppression
	source bool   // it stands in the source: it silences findings about the source block
	bad    string // why it is invalid; "" when valid
	used   bool
}

// blockIndex finds the block of a version holding a file offset.
type blockIndex struct {
	d     *doc.Document
	order []int // indexes of d.Blocks by start
}

func newBlockIndex(d *doc.Document) blockIndex {
	order := make([]int, len(d.Blocks))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return d.Blocks[order[a]].Span.Start < d.Blocks[order[b]].Span.Start })
	return blockIndex{d: d, order: order}
}

// block returns the index of the block of d holding p, or -1.
func (x blockIndex) block(p *source.Position) int {
	if p == nil || p.Filename != x.d.File.Name || p.Offset < x.d.Span.Start || p.Offset >= x.d.Span.End {
		return -1
	}
	k := sort.Search(len(x.order), func(k int) bool { return x.d.Blocks[x.order[k]].Span.End > p.Offset })
	if k == len(x.order) || x.d.Blocks[x.order[k]].Span.Start > p.Offset {
		return -1
	}
	return x.order[k]
}

// suppress applies the inline suppressions of src and targets to fs, the
// findings of checking them: it leaves out each finding a valid
// suppression silences (one in a translation silences findings whose
// place in that translation is in its block; one in the source, findings
// whose source place is in its block, in every translation) and adds the
// findings of suppression-invalid and suppression-unused, when rules run
// them. langs, if not nil, are the languages findings about src and each
// target carry (in a tree, with the region the path gives); nil means
// each document's own. Its cost is linear in the findings, times the log
// of the blocks.
func suppress(fs []rule.Finding, src *doc.Document, targets []*doc.Document, langs []string, rules []*rule.Rule, cfg rule.Config) []rule.Finding {
	var all []*suppressed
	type key struct {
		d     *doc.Document
		block int
	}
	byBlock := map[key][]*suppressed{}
	known := rule.All()
	add := func(d *doc.Document, lang string, isSource bool) {
		for i := range d.Suppressions {
			s := &d.Suppressions[i]
			e := &suppressed{d: d, lang: lang, s: s, source: isSource, bad: invalid(s, known)}
			all = append(all, e)
			if e.bad == "" && s.Block >= 0 {
				byBlock[key{d, s.Block}] = append(byBlock[key{d, s.Block}], e)
			}
		}
	}
	lang := func(i int, d *doc.Document) string {
		if langs != nil {
			return langs[i]
		}
		return d.Lang
	}
	add(src, lang(0, src), true)
	for i, t := range targets {
		add(t, lang(i+1, t), false)
	}
	if len(all) == 0 {
		return fs
	}
	srcIndex := newBlockIndex(src)
	var tIndex []blockIndex
	for _, t := range targets {
		if len(t.Suppressions) > 0 {
			tIndex = append(tIndex, newBlockIndex(t))
		}
	}
	silence := func(d *doc.Document, block int, id string) bool {
		hit := false
		for _, e := range byBlock[key{d, block}] {
			for _, r := range e.s.Rules {
				if r == id {
					e.used, hit = true, true
				}
			}
		}
		return hit
	}
	out := fs[:0]
	for _, f := range fs {
		hit := false
		if f.Target != nil {
			for _, x := range tIndex {
				if b := x.block(f.Target); b >= 0 {
					hit = silence(x.d, b, f.Rule) || hit
				}
			}
		}
		if b := srcIndex.block(f.Source); b >= 0 {
			hit = silence(src, b, f.Rule) || hit
		}
		if !hit {
			out = append(out, f)
		}
	}
	return append(out, suppressionFindings(all, rules, cfg)...)
}

// invalid says why a suppression is invalid, or "" when it is valid.
func invalid(s *doc.Suppression, known []*rule.Rule) string {
	if len(s.Rules) == 0 {
		return "names no rule; write tralign-ignore RULE: reason (tralign rules lists the rules)"
	}
	for _, id := range s.Rules {
		if rule.ByID(known, id) == nil {
			if m := rule.Suggest(known, id); m != "" {
				return fmt.Sprintf("names an unknown rule %q: did you mean %s?", id, m)
			}
			return fmt.Sprintf("names an unknown rule %q; tralign rules lists them", id)
		}
	}
	if s.Reason == "" {
		return "gives no reason; say why after a colon: tralign-ignore " + strings.Join(s.Rules, ", ") + ": reason"
	}
	return ""
}

// suppressionFindings reports the invalid suppressions and the valid ones
// that silenced nothing, as far as rules run those rules.
func suppressionFindings(all []*suppressed, rules []*rule.Rule, cfg rule.Config) []rule.Finding {
	sev := func(id string) rule.Severity {
		r := rule.ByID(rules, id)
		if r == nil {
			return rule.Off
		}
		return cfg.Severity(r)
	}
	invalidSev, unusedSev := sev(rule.SuppressionInvalid), sev(rule.SuppressionUnused)
	var out []rule.Finding
	for _, e := range all {
		f := rule.Finding{Lang: e.lang}
		pos := e.d.File.Position(e.s.Span.Start)
		ev := "tralign-ignore " + e.s.Text
		if e.source {
			f.Source, f.Evidence.Source = &pos, ev
		} else {
			f.Target, f.Evidence.Target = &pos, ev
		}
		switch {
		case e.bad != "":
			if invalidSev == rule.Off {
				continue
			}
			f.Rule, f.Severity, f.Message = rule.SuppressionInvalid, invalidSev, "tralign-ignore "+e.bad
		case !e.used:
			if unusedSev == rule.Off || !anyRuns(e.s.Rules, rules, cfg) {
				continue
			}
			f.Rule, f.Severity = rule.SuppressionUnused, unusedSev
			switch {
			case e.s.Block < 0:
				f.Message = "tralign-ignore " + strings.Join(e.s.Rules, ", ") + " stands after the last block: it applies to nothing; remove it"
			case e.source:
				f.Message = "tralign-ignore " + strings.Join(e.s.Rules, ", ") + " silenced nothing in its block, in any translation; remove it"
			default:
				f.Message = "tralign-ignore " + strings.Join(e.s.Rules, ", ") + " silenced nothing in its block; remove it"
			}
		default:
			continue
		}
		out = append(out, f)
	}
	return out
}

// anyRuns reports whether one of the rules ids is among rules and not
// switched off.
func anyRuns(ids []string, rules []*rule.Rule, cfg rule.Config) bool {
	for _, id := range ids {
		if r := rule.ByID(rules, id); r != nil && cfg.Severity(r) != rule.Off {
			return true
		}
	}
	return false
}
