package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
)

// AlignRow is one link of an alignment as align shows it.
type AlignRow struct {
	Level      string   `json:"level"` // "block", "footnote", "sentence" or "item"
	Type       string   `json:"type"`  // "1-1", "1-0", "0-1", "2-1"...
	Source     []string `json:"src"`   // places, "line" for blocks or "line.sentence"
	Target     []string `json:"dst"`
	Score      float64  `json:"score"` // the aligner's cost; lower is surer
	SourceText string   `json:"src_text"`
	TargetText string   `json:"dst_text"`
}

// AlignPair is the alignment of one translation.
type AlignPair struct {
	Source  check.Side `json:"source"`
	Target  check.Side `json:"target"`
	Ratio   float64    `json:"ratio"`
	Lexicon int        `json:"lexicon"` // word pairs learned
	Rows    []AlignRow `json:"links"`
}

// Alignment describes pairs as rows; sentences adds the sentence links
// inside each pair of blocks and the cited works inside footnotes.
func Alignment(pairs []*bitext.Pair, sentences bool) []AlignPair {
	var out []AlignPair
	for _, p := range pairs {
		ap := AlignPair{
			Source: check.Side{Lang: p.Source.Lang, File: p.Source.File.Name}, Target: check.Side{Lang: p.Target.Lang, File: p.Target.File.Name},
			Ratio: p.Ratio, Lexicon: p.Lexicon.Size(), Rows: []AlignRow{},
		}
		add := func(level string, links []bitext.Link) {
			for _, l := range links {
				ap.Rows = append(ap.Rows, AlignRow{
					Level: level, Type: fmt.Sprintf("%d-%d", len(l.Source), len(l.Target)),
					Source: blockPlaces(p.Source, l.Source), Target: blockPlaces(p.Target, l.Target), Score: round(l.Cost),
					SourceText: blockText(p.Source, l.Source), TargetText: blockText(p.Target, l.Target),
				})
				if !sentences {
					continue
				}
				sub, subLevel := l.Sents, "sentence"
				if level == "footnote" {
					sub, subLevel = l.Items, "item"
				}
				for _, s := range sub {
					ap.Rows = append(ap.Rows, AlignRow{
						Level: subLevel, Type: fmt.Sprintf("%d-%d", len(s.Source), len(s.Target)),
						Source: refPlaces(p.Source, s.Source), Target: refPlaces(p.Target, s.Target), Score: round(s.Cost),
						SourceText: refText(p.Source, s.Source, subLevel == "item"), TargetText: refText(p.Target, s.Target, subLevel == "item"),
					})
				}
			}
		}
		add("block", p.Blocks)
		add("footnote", p.Notes)
		out = append(out, ap)
	}
	return out
}

func round(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 2, 64), 64)
	return v
}

func blockPlaces(d *doc.Document, bs []int) []string {
	out := []string{}
	for _, bi := range bs {
		out = append(out, strconv.Itoa(d.File.Line(d.Blocks[bi].Span.Start)))
	}
	return out
}

func blockText(d *doc.Document, bs []int) string {
	var parts []string
	for _, bi := range bs {
		parts = append(parts, d.Blocks[bi].Text)
	}
	return strings.Join(parts, " ¶ ")
}

func refPlaces(d *doc.Document, rs []bitext.Ref) []string {
	out := []string{}
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%d.%d", d.File.Line(d.Blocks[r.Block].Span.Start), r.Index+1))
	}
	return out
}

func refText(d *doc.Document, rs []bitext.Ref, items bool) string {
	var parts []string
	for _, r := range rs {
		b := d.Blocks[r.Block]
		if items {
			parts = append(parts, strings.TrimSpace(b.ItemText(r.Index)))
		} else {
			parts = append(parts, strings.TrimSpace(b.SentenceText(r.Index)))
		}
	}
	return strings.Join(parts, " ")
}

var (
	_ = register(Format{Command: CommandAlign, Name: "text", Write: func(w io.Writer, in *Input, o Options) error {
		return alignText(w, Alignment(in.Pairs, o.Verbose), o)
	}})
	_ = register(Format{Command: CommandAlign, Name: "json", Write: func(w io.Writer, in *Input, _ Options) error {
		return alignJSON(w, Alignment(in.Pairs, true))
	}})
	_ = register(Format{Command: CommandAlign, Name: "beads", Write: beads})
)

// alignJSON writes the alignment of pairs as JSON: {"pairs": [...]}.
func alignJSON(w io.Writer, pairs []AlignPair) error {
	return writeJSON(w, struct {
		Pairs []AlignPair `json:"pairs"`
	}{pairs})
}

// alignText writes the alignment of pairs as tables: source | target |
// type | score.
func alignText(w io.Writer, pairs []AlignPair, opts Options) error {
	for i, p := range pairs {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s) -> %s (%s): length ratio %.2f, %d word pairs learned\n", p.Source.File, p.Source.Lang, p.Target.File, p.Target.Lang, p.Ratio, p.Lexicon)
		t := &table{header: []string{"source", "target", "type", "score"}, flex: map[int]int{0: 0, 1: 0}}
		for _, r := range p.Rows {
			indent := ""
			if r.Level == "sentence" || r.Level == "item" {
				indent = "  "
			}
			t.add(indent+place2(r.Source, r.SourceText), indent+place2(r.Target, r.TargetText), r.Level+" "+r.Type, strconv.FormatFloat(r.Score, 'f', 2, 64))
		}
		if err := t.render(w, opts.Width); err != nil {
			return err
		}
	}
	return nil
}

func place2(places []string, text string) string {
	if len(places) == 0 {
		return "—"
	}
	return strings.Join(places, "+") + ": " + head(text, 70)
}

// beads writes sentence links one per line in the gold format of
// sentence-alignment test sets: "[0]:[0, 1]", "[3]:[]", with 0-based
// sentence numbers: the links of in.Beads, or those of the body of each
// pair of in.Pairs, under a "# en -> es" line when there are several.
func beads(w io.Writer, in *Input, _ Options) error {
	if in.Beads != nil {
		return writeBeads(w, in.Beads)
	}
	for i, p := range in.Pairs {
		if len(in.Pairs) > 1 {
			if i > 0 {
				fmt.Fprintln(w)
			}
			fmt.Fprintf(w, "# %s -> %s\n", p.Source.Lang, p.Target.Lang)
		}
		if err := writeBeads(w, p.Beads()); err != nil {
			return err
		}
	}
	return nil
}

func writeBeads(w io.Writer, links [][2][]int) error {
	for _, l := range links {
		if _, err := fmt.Fprintf(w, "%s:%s\n", beadSide(l[0]), beadSide(l[1])); err != nil {
			return err
		}
	}
	return nil
}

func beadSide(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = strconv.Itoa(n)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
