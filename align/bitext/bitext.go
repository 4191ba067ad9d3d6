// Package bitext pairs two language versions of a document: blocks, then
// footnote definitions, then the sentences inside each pair of blocks and
// the cited works inside each pair of footnotes.
//
// Every level uses the same dynamic programme (package align) with a cost
// that combines the Gale & Church length model, calibrated on the pair of
// documents itself, with what survives translation unchanged: footnote
// markers, numbers and dates, links, names and cognates after
// transliteration, "!" and "?", block kind and, for footnotes, their
// number. A second pass adds a word-translation lexicon learned from the
// confident sentence pairs of the first (as hunalign's realign does).
package bitext

import (
	"math"
	"sort"
	"strconv"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// Ref names one sentence or cited work: the index of its block in
// Document.Blocks and its index among the block's sentences (or items).
type Ref struct {
	Block int // index into Document.Blocks
	Index int // index into Block.Sentences or Block.Items
}

// SentLink pairs sentences (or cited works) of the source with those of
// the target. One side may be empty: a sentence with no counterpart.
type SentLink struct {
	Source, Target []Ref
	Cost           float64 // cost the aligner gave the pairing; lower is surer
}

// Link pairs blocks of the source with blocks of the target. One side may
// be empty: a block with no counterpart.
type Link struct {
	Source, Target []int      // indexes into Document.Blocks
	Cost           float64    // cost the aligner gave the pairing; lower is surer
	Sents          []SentLink // the sentences inside, when both sides have blocks
	Items          []SentLink // the cited works inside, for footnote definitions
}

// Pair is the alignment of a target version against the source.
type Pair struct {
	Source, Target *doc.Document
	Ratio          float64 // target length per source length, letters and digits
	Blocks         []Link  // body blocks, in order
	Notes          []Link  // footnote definitions, in order
	Lexicon        *Lexicon
}

// Aligned returns the share of source body blocks that have a counterpart.
func (p *Pair) Aligned() float64 {
	n, m := 0, 0
	for _, l := range p.Blocks {
		n += len(l.Source)
		if len(l.Target) > 0 {
			m += len(l.Source)
		}
	}
	if n == 0 {
		return 1
	}
	return float64(m) / float64(n)
}

// Options control the alignment.
type Options struct {
	NoLexicon bool  // skip the second pass with a learned lexicon
	Dict      *Dict // a bilingual dictionary to seed the lexicon, or nil
}

// Align aligns dst against src.
func Align(src, dst *doc.Document, opts Options) *Pair {
	p := &Pair{Source: src, Target: dst}
	sb, su := bodyUnits(src)
	db, du := bodyUnits(dst)
	p.Ratio = calibrate(su, du)
	sn, snu := noteUnits(src)
	dn, dnu := noteUnits(dst)

	sc := &scorer{ratio: p.Ratio, level: levelBlock}
	p.Blocks = links(sc.align(su, du), sb, db)
	if r := recalibrate(p.Blocks, su, du, sb, db, p.Ratio); math.Abs(r-p.Ratio) > recalibrateShare*p.Ratio {
		p.Ratio, sc.ratio = r, r
		p.Blocks = links(sc.align(su, du), sb, db)
	}
	p.Blocks = absorbRuns(p.Blocks, sb, db, unitLens(sb, su), unitLens(db, du), p.Ratio)
	p.sentences(sc.ratio, nil)
	if !opts.NoLexicon {
		p.Lexicon = learnLexicon(p, opts.Dict)
		if p.Lexicon.Size() > 0 {
			sc.lex = p.Lexicon
			p.Blocks = links(sc.align(su, du), sb, db)
			p.Blocks = absorbRuns(p.Blocks, sb, db, unitLens(sb, su), unitLens(db, du), p.Ratio)
			p.sentences(sc.ratio, p.Lexicon)
		}
	}
	nc := &scorer{ratio: p.Ratio, level: levelNote, lex: p.Lexicon}
	p.Notes = links(nc.align(snu, dnu), sn, dn)
	ic := &scorer{ratio: p.Ratio, level: levelItem}
	for i := range p.Notes {
		l := &p.Notes[i]
		if len(l.Source) == 1 && len(l.Target) == 1 {
			l.Items = alignItems(ic, src, dst, l.Source[0], l.Target[0])
		}
	}
	return p
}

// AlignSentences aligns two lists of sentences (one sentence per element,
// as sentence aligners take them) and returns the links; Ref.Block is 0.
func AlignSentences(src, dst []string, opts Options) []SentLink {
	xs := make([]*unit, len(src))
	for i, s := range src {
		xs[i] = newUnit(s, doc.Paragraph, nil)
	}
	ys := make([]*unit, len(dst))
	for i, s := range dst {
		ys[i] = newUnit(s, doc.Paragraph, nil)
	}
	sc := &scorer{ratio: calibrate(xs, ys), level: levelSentence, wide: true}
	script := sc.align(xs, ys)
	if !opts.NoLexicon {
		// A second pass with the words the first pass shows to translate
		// each other (more passes feed on their own mistakes).
		if lex := learnScript(script, xs, ys, opts.Dict); lex.Size() > 0 {
			sc.lex = lex
			script = sc.align(xs, ys)
		}
	}
	out := make([]SentLink, len(script))
	for i, st := range script {
		for k := st.X.Lo; k < st.X.Hi; k++ {
			out[i].Source = append(out[i].Source, Ref{Index: k})
		}
		for k := st.Y.Lo; k < st.Y.Hi; k++ {
			out[i].Target = append(out[i].Target, Ref{Index: k})
		}
		out[i].Cost = st.Cost
	}
	return out
}

func newUnit(text string, kind doc.Kind, markers []doc.Marker) *unit {
	nums := make([]int, len(markers))
	for i, m := range markers {
		nums[i] = m.Number
	}
	return &unit{text: text, kind: kind, f: feature.Extract(text, nums), words: feature.Words(text)}
}

// bodyUnits returns the indexes and units of the blocks that are not
// footnote definitions.
func bodyUnits(d *doc.Document) ([]int, []*unit) {
	var idx []int
	var us []*unit
	for i, b := range d.Blocks {
		if b.Kind == doc.FootnoteDef {
			continue
		}
		idx = append(idx, i)
		u := newUnit(b.Text, b.Kind, b.Markers)
		if b.Kind == doc.ListItem && b.Number > 0 {
			// The number of a numbered item is an anchor like any other:
			// the number it shows, when the reader knows it.
			n := b.Number
			if b.Ordinal > 0 {
				n = b.Ordinal
			}
			u.f.Numbers = feature.MergeSorted(u.f.Numbers, []string{strconv.Itoa(n)})
		}
		addMarkup(u, b, 0, len(b.Text))
		us = append(us, u)
	}
	return idx, us
}

func noteUnits(d *doc.Document) ([]int, []*unit) {
	var us []*unit
	for _, i := range d.Footnotes {
		b := d.Blocks[i]
		u := newUnit(b.Text, b.Kind, b.Markers)
		u.num = b.Number
		us = append(us, u)
	}
	return append([]int(nil), d.Footnotes...), us
}

// calibrate returns the ratio of target to source length, the Gale &
// Church c estimated from the pair itself. It compares the first k units
// of each side, k the length of the shorter, so that a translation that
// stops early (or a source with a passage the translation lacks) does not
// skew it.
func calibrate(xs, ys []*unit) float64 {
	k := min(len(xs), len(ys))
	lx, ly := 0, 0
	for _, u := range xs[:k] {
		lx += u.f.Len
	}
	for _, u := range ys[:k] {
		ly += u.f.Len
	}
	if lx == 0 || ly == 0 {
		return 1
	}
	r := float64(ly) / float64(lx)
	return math.Max(minRatio, math.Min(r, maxRatio))
}

// recalibrate returns the length ratio measured on the one-to-one links of
// a first alignment, or r when there are too few.
func recalibrate(ls []Link, xs, ys []*unit, xi, yi []int, r float64) float64 {
	xu := map[int]*unit{}
	for k, i := range xi {
		xu[i] = xs[k]
	}
	yu := map[int]*unit{}
	for k, i := range yi {
		yu[i] = ys[k]
	}
	lx, ly, n := 0, 0, 0
	for _, l := range ls {
		if len(l.Source) == 1 && len(l.Target) == 1 {
			lx += xu[l.Source[0]].f.Len
			ly += yu[l.Target[0]].f.Len
			n++
		}
	}
	if n < recalibrateMinLinks || lx == 0 || ly == 0 {
		return r
	}
	return math.Max(minRatio, math.Min(float64(ly)/float64(lx), maxRatio))
}

// links turns a script over unit indexes into links over block indexes.
func links(s align.Script, xi, yi []int) []Link {
	out := make([]Link, len(s))
	for i, st := range s {
		for k := st.X.Lo; k < st.X.Hi; k++ {
			out[i].Source = append(out[i].Source, xi[k])
		}
		for k := st.Y.Lo; k < st.Y.Hi; k++ {
			out[i].Target = append(out[i].Target, yi[k])
		}
		out[i].Cost = st.Cost
	}
	return out
}

// sentences aligns the sentences inside every link with blocks on both
// sides.
func (p *Pair) sentences(ratio float64, lex *Lexicon) {
	sc := &scorer{ratio: ratio, level: levelSentence, lex: lex}
	for i := range p.Blocks {
		l := &p.Blocks[i]
		if len(l.Source) == 0 || len(l.Target) == 0 {
			continue
		}
		xr, xs := sentUnits(p.Source, l.Source)
		yr, ys := sentUnits(p.Target, l.Target)
		l.Sents = sentLinks(sc.align(xs, ys), xr, yr)
	}
}

func sentUnits(d *doc.Document, blocks []int) ([]Ref, []*unit) {
	var refs []Ref
	var us []*unit
	for _, bi := range blocks {
		b := d.Blocks[bi]
		for si, sp := range b.Sentences {
			refs = append(refs, Ref{Block: bi, Index: si})
			u := newUnit(b.Text[sp.Start:sp.End], b.Kind, markersIn(b, sp.Start, sp.End))
			addMarkup(u, b, sp.Start, sp.End)
			us = append(us, u)
		}
	}
	return refs, us
}

// addMarkup adds to u what the markup of b's text [lo, hi) says: the
// links whose address is not written in the text (a Markdown link shows
// its text only) are anchors like links written out, and a markup block
// (a component, a shortcode) is known by its name.
func addMarkup(u *unit, b *doc.Block, lo, hi int) {
	var urls []string
	for _, l := range b.Links {
		if l.Text.Start < lo || l.Text.Start > hi || (l.Text.Start == hi && hi > lo) {
			continue
		}
		if b.Text[l.Text.Start:l.Text.End] == l.URL {
			continue // written out: already a feature of the text
		}
		urls = append(urls, feature.URLs(l.URL)...)
	}
	if len(urls) > 0 {
		sort.Strings(urls)
		u.f.URLs = feature.MergeSorted(u.f.URLs, urls)
	}
	if b.Kind == doc.Markup && b.Info != "" && lo == 0 {
		u.f.Names = feature.MergeSorted(u.f.Names, []string{"\x00" + b.Info})
	}
}

// markersIn returns the markers of b whose text lies in [lo, hi).
func markersIn(b *doc.Block, lo, hi int) []doc.Marker {
	var out []doc.Marker
	for _, m := range b.Markers {
		if m.Text.Start >= lo && m.Text.Start < hi {
			out = append(out, m)
		}
	}
	return out
}

func sentLinks(s align.Script, xr, yr []Ref) []SentLink {
	out := make([]SentLink, len(s))
	for i, st := range s {
		out[i].Source = append([]Ref(nil), xr[st.X.Lo:st.X.Hi]...)
		out[i].Target = append([]Ref(nil), yr[st.Y.Lo:st.Y.Hi]...)
		out[i].Cost = st.Cost
	}
	return out
}

// alignItems aligns the cited works of two footnotes. A work the
// translation lists twice where the source lists it once is left out of
// the programme (it would pair with the neighbour of the original) and
// comes back as an item with no counterpart, right after its first
// listing's link.
func alignItems(sc *scorer, src, dst *doc.Document, sb, db int) []SentLink {
	var xr, yr []Ref
	var xs, ys []*unit
	b := src.Blocks[sb]
	srcDup := false
	var stexts []string
	for i, sp := range b.Items {
		stexts = append(stexts, b.Text[sp.Start:sp.End])
		xr = append(xr, Ref{Block: sb, Index: i})
		xs = append(xs, newUnit(b.Text[sp.Start:sp.End], doc.FootnoteDef, nil))
	}
	for _, d := range feature.Duplicates(stexts) {
		if d >= 0 {
			srcDup = true
		}
	}
	b = dst.Blocks[db]
	var dtexts []string
	for _, sp := range b.Items {
		dtexts = append(dtexts, b.Text[sp.Start:sp.End])
	}
	dups := feature.Duplicates(dtexts)
	var extra []Ref
	for i, sp := range b.Items {
		if dups[i] >= 0 && !srcDup {
			extra = append(extra, Ref{Block: db, Index: i})
			continue
		}
		yr = append(yr, Ref{Block: db, Index: i})
		ys = append(ys, newUnit(b.Text[sp.Start:sp.End], doc.FootnoteDef, nil))
	}
	out := sentLinks(sc.align(xs, ys), xr, yr)
	for _, e := range extra {
		// Insert after the last link whose target item comes before it.
		at := len(out)
		for k, l := range out {
			if len(l.Target) > 0 && l.Target[0].Index > e.Index {
				at = k
				break
			}
		}
		out = append(out[:at], append([]SentLink{{Target: []Ref{e}}}, out[at:]...)...)
	}
	return out
}

// sortedKeys returns the keys of m in order.
func sortedKeys(m map[string]float64) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// unitLens maps block indexes to the lengths of their units.
func unitLens(idx []int, us []*unit) map[int]int {
	m := make(map[int]int, len(idx))
	for k, i := range idx {
		m[i] = us[k].f.Len
	}
	return m
}
