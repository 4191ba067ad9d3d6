package drift

import (
	"hash/fnv"
	"slices"
	"strings"
	"unicode"

	"github.com/tralign/tralign/align"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
)

// Costs of the block programme between two versions of the same document.
// Chosen by reasoning about the cases in testdata, not fitted.
const (
	// gapCost is the cost of a block with no counterpart (added or
	// removed), per block.
	gapCost = 0.5
	// minChangedSim is the least word overlap (Dice coefficient of the
	// two blocks' word multisets, 0 to 1) for two blocks to pair as one
	// block changed; below it they are one removed and one added. At 0.5
	// the pairing, costing 1-sim, never costs more than the two gaps.
	minChangedSim = 0.5
	// mergeCost is added to a 2:1 or 1:2 step (a block split in two or
	// two merged) so that a short block added next to an unchanged one is
	// not read as a split: the split must beat a 1:1 plus a gap by that
	// much.
	mergeCost = 0.5
	// kindCost is added to the pairing of blocks of different kinds (a
	// paragraph made a list item).
	kindCost = 0.1
)

// blockStep is one step of the alignment of two versions of a document:
// blocks Old of the older version became blocks New of the newer one.
type blockStep struct {
	Old, New align.Range
	Same     bool // the blocks are the same but for white space
}

// unit is what the block programme compares of a block.
type unit struct {
	kind  doc.Kind
	norm  string   // the text and link targets, white space collapsed
	words []uint64 // hashes of the lower-cased words, sorted
}

func newUnit(b *doc.Block) unit {
	return unit{kind: b.Kind, norm: normText(b), words: wordHashes(b.Text)}
}

// normText returns what a change of a block is judged on. For prose, the
// words of its text (letters and digits, so that re-wrapping a paragraph,
// moving a comma or the emphasis around it is no change) and the targets
// of its links, which the text does not show; for code and markup, the
// text with white space collapsed.
func normText(b *doc.Block) string {
	var sb strings.Builder
	if !b.Kind.IsProse() {
		sb.WriteString(strings.Join(strings.Fields(b.Text), " "))
	} else {
		sb.WriteString(strings.Join(strings.FieldsFunc(b.Text, notWordRune), " "))
	}
	for _, l := range b.Links {
		sb.WriteString(" <")
		sb.WriteString(l.URL)
		sb.WriteString(">")
	}
	return sb.String()
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }

func wordHashes(text string) []uint64 {
	var hs []uint64
	for _, w := range strings.FieldsFunc(text, notWordRune) {
		h := fnv.New64a()
		h.Write([]byte(strings.ToLower(w)))
		hs = append(hs, h.Sum64())
	}
	slices.Sort(hs)
	return hs
}

// dice returns the Dice coefficient of two sorted multisets.
func dice(a, b []uint64) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(feature.Common(a, b)) / float64(len(a)+len(b))
}

func mergeWords(us []unit, r align.Range) []uint64 {
	if r.Len() == 1 {
		return us[r.Lo].words
	}
	var out []uint64
	for k := r.Lo; k < r.Hi; k++ {
		out = append(out, us[k].words...)
	}
	slices.Sort(out)
	return out
}

// alignVersions aligns the blocks of two versions of one document by
// content: identical blocks pair at no cost, similar ones pair as changed,
// the rest are removed and added. The cost grows linearly with the number
// of blocks (the engine's band) times the length of a block.
func alignVersions(old, cur *doc.Document) []blockStep {
	xs := make([]unit, len(old.Blocks))
	for i, b := range old.Blocks {
		xs[i] = newUnit(b)
	}
	ys := make([]unit, len(cur.Blocks))
	for i, b := range cur.Blocks {
		ys[i] = newUnit(b)
	}
	cost := func(xr, yr align.Range) (float64, bool) {
		switch {
		case xr.Len() == 0 || yr.Len() == 0:
			return gapCost, true
		case xr.Len() == 1 && yr.Len() == 1:
			x, y := xs[xr.Lo], ys[yr.Lo]
			if x.norm == y.norm && x.kind == y.kind {
				return 0, true
			}
			sim := dice(x.words, y.words)
			if x.norm == y.norm {
				sim = 1
			}
			if sim < minChangedSim {
				return 0, false
			}
			c := 1 - sim
			if x.kind != y.kind {
				c += kindCost
			}
			return c, true
		}
		sim := dice(mergeWords(xs, xr), mergeWords(ys, yr))
		if sim < minChangedSim {
			return 0, false
		}
		return 1 - sim + mergeCost, true
	}
	script := align.Sequences(len(xs), len(ys), cost, nil)
	steps := make([]blockStep, len(script))
	for i, st := range script {
		steps[i] = blockStep{Old: st.X, New: st.Y}
		if st.X.Len() == 1 && st.Y.Len() == 1 {
			x, y := xs[st.X.Lo], ys[st.Y.Lo]
			steps[i].Same = x.norm == y.norm && x.kind == y.kind
		}
	}
	return steps
}

// versionDiff returns the alignment of two versions, cached by document.
func (r *Repo) versionDiff(old, cur *doc.Document) []blockStep {
	k := [2]*doc.Document{old, cur}
	if s, ok := r.diffs[k]; ok {
		return s
	}
	s := alignVersions(old, cur)
	r.diffs[k] = s
	return s
}
