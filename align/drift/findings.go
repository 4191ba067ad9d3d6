package drift

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// Rule ids of the findings of [Findings], declared in package rule.
const (
	RuleChanged = "source-changed"
	RuleAdded   = "source-added"
	RuleRemoved = "source-removed"
)

// Findings returns the findings of a result, with the default severities
// the rules source-changed, source-added and source-removed are declared
// with in package rule, sorted. A removed block that the translation
// never rendered gives no finding.
func Findings(res *Result) []rule.Finding {
	all := rule.All()
	sev := make(map[string]rule.Severity, 3)
	for _, id := range []string{RuleChanged, RuleAdded, RuleRemoved} {
		if r := rule.ByID(all, id); r != nil {
			sev[id] = r.Severity
		}
	}
	var out []rule.Finding
	for i := range res.Changes {
		c := &res.Changes[i]
		if c.Kind == Removed && len(c.Target) == 0 {
			continue
		}
		f := rule.Finding{Lang: res.Lang, Source: res.sourcePos(c), Target: res.targetPos(c)}
		what := blockNoun(res, c)
		when := res.commitNote(c)
		switch c.Kind {
		case Changed:
			f.Rule = RuleChanged
			f.Message = fmt.Sprintf("source %s changed since the translation%s: %s", what, when, Summary(c.Diff))
			f.Evidence = rule.Evidence{Source: clip(Inline(c.Diff), maxEvidence), Target: res.transText(c.Target)}
		case Added:
			f.Rule = RuleAdded
			text := blocksText(res.New, c.New)
			f.Message = fmt.Sprintf("source %s added since the translation%s: %s", what, when, strconv.Quote(clip(text, maxEditLen)))
			f.Evidence = rule.Evidence{Source: clip(text, maxEvidence)}
		case Removed:
			f.Rule = RuleRemoved
			text := blocksText(res.Old, c.Old)
			f.Message = fmt.Sprintf("source %s removed since the translation%s; the translation still has it: %s", what, when, strconv.Quote(clip(text, maxEditLen)))
			f.Evidence = rule.Evidence{Source: clip(text, maxEvidence), Target: res.transText(c.Target)}
		}
		f.Severity = sev[f.Rule]
		out = append(out, f)
	}
	rule.Sort(out)
	return out
}

// maxEvidence is the longest evidence text, in bytes.
const maxEvidence = 300

// blockNoun names the kind of the blocks of a change: "paragraph",
// "heading", "2 blocks".
func blockNoun(res *Result, c *Change) string {
	d, idx := res.New, c.New
	if c.Kind == Removed {
		d, idx = res.Old, c.Old
	}
	if len(idx) != 1 {
		return strconv.Itoa(len(idx)) + " blocks"
	}
	switch k := d.Blocks[idx[0]].Kind; k {
	case doc.Code:
		return "code block"
	case doc.Markup:
		return "markup block"
	default:
		return strings.ReplaceAll(k.String(), "-", " ")
	}
}

// commitNote says which commits made a change: ` (3 commits, last
// 2024-05-02 1a2b3c4 "Fix typos")`.
func (res *Result) commitNote(c *Change) string {
	cs, work := c.Commits, c.Uncommitted
	if !c.traced {
		cs, work = res.Commits, res.Uncommitted
	}
	var note string
	switch len(cs) {
	case 0:
	case 1:
		note = fmt.Sprintf("1 commit, %s %s %q", cs[0].When.Format("2006-01-02"), cs[0].Short(), cs[0].Subject)
	default:
		note = fmt.Sprintf("%d commits, last %s %s %q", len(cs), cs[0].When.Format("2006-01-02"), cs[0].Short(), cs[0].Subject)
	}
	switch {
	case work && note == "":
		note = "not committed yet"
	case work:
		note += ", and changes not committed yet"
	}
	if note == "" {
		return ""
	}
	return " (" + note + ")"
}

func blocksText(d *doc.Document, idx []int) string {
	parts := make([]string, 0, len(idx))
	for _, i := range idx {
		parts = append(parts, strings.Join(strings.Fields(d.Blocks[i].Text), " "))
	}
	return strings.Join(parts, " ")
}

func (res *Result) transText(idx []int) string {
	return clip(blocksText(res.Trans, idx), maxEvidence)
}

// sourcePos is where a change is in the current source: its first block,
// or for a removed block the place it stood.
func (res *Result) sourcePos(c *Change) *source.Position {
	d := res.New
	off := len(d.File.Content)
	switch {
	case len(c.New) > 0:
		off = d.Blocks[c.New[0]].Span.Start
	case c.At < len(d.Blocks):
		off = d.Blocks[c.At].Span.Start
	case len(d.Blocks) > 0:
		off = d.Blocks[len(d.Blocks)-1].Span.End
	}
	p := d.File.Position(off)
	return &p
}

// targetPos is where a change lands in the translation: its first block,
// or the end of the block after which new text belongs.
func (res *Result) targetPos(c *Change) *source.Position {
	d := res.Trans
	off := 0
	switch {
	case len(c.Target) > 0:
		off = d.Blocks[c.Target[0]].Span.Start
	case c.InsertAfter >= 0:
		off = d.Blocks[c.InsertAfter].Span.End
	case len(d.Blocks) > 0:
		off = d.Blocks[0].Span.Start
	}
	p := d.File.Position(off)
	return &p
}
