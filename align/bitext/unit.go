package bitext

import (
	"slices"
	"sort"
	"strconv"
	"sync"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/par"
	"github.com/tralign/tralign/align/source"
)

// unit is one thing to align: a block, a sentence or a cited work.
type unit struct {
	kind doc.Kind
	num  int // footnote number for footnote definitions, 0 otherwise
	// What the cost reads of the unit's profile (see feature.Profile):
	// the keys of its distinct stems, in order of first use; its number
	// of words, and the key of their sequence.
	stems []uint64
	words int
	seq   uint64
	f     feats

	lx    lexUnit  // the lexicon's view, for lxLex
	lxLex *Lexicon // the lexicon lx was computed with
	lxSrc bool     // whether lx is the view of a source unit
}

// feats are the features the cost compares, as sorted keys.
type feats struct {
	len, bangs, question int
	markers              []uint64 // footnote numbers, sorted
	numbers, urls, names []uint64
	// The number of names a run knows the other side lacks (see
	// run.splitNames), which names leaves out; none in a unit's own
	// features.
	lone int
}

// nameCount returns the number of f's names.
func (f *feats) nameCount() int { return len(f.names) + f.lone }

func newUnit(p feature.Profile, kind doc.Kind) *unit {
	u := &unit{kind: kind, stems: p.Stems, words: p.Words, seq: p.Seq}
	u.f = feats{len: p.Len, bangs: p.Bangs, question: p.Question, numbers: p.Numbers, urls: p.URLs, names: p.Names}
	if len(p.Markers) > 0 {
		u.f.markers = make([]uint64, len(p.Markers))
		for i, m := range p.Markers {
			u.f.markers[i] = uint64(m)
		}
		slices.Sort(u.f.markers)
	}
	return u
}

// textUnit is the unit of a text of kind kind with its markers.
func textUnit(text string, kind doc.Kind, markers []doc.Marker) *unit {
	return newUnit(feature.NewProfile(text, markerNumbers(markers)), kind)
}

func markerNumbers(ms []doc.Marker) []int {
	if len(ms) == 0 {
		return nil
	}
	out := make([]int, len(ms))
	for i, m := range ms {
		out[i] = m.Number
	}
	return out
}

// docProfiles holds the profiles of the sentences of a document and of its
// blocks, computed once and shared by every pass of the alignment.
type docProfiles struct {
	d     *doc.Document
	sents [][]feature.Profile // per block, per sentence
	block []feature.Profile   // per block: its sentences merged
	// Per block, its letters and those of them in a script that marks no
	// end of sentence (see unpunctuated), counted once when prepared.
	letters, noStops []int
	// Per block, its cited works if it has any (a footnote definition
	// with items): the profile of each, which the aligner reads for every
	// translation, and which earlier one each repeats (see
	// feature.Duplicates), which the citation rules read too; nil for a
	// block without works.
	workProfiles [][]feature.Profile
	workDups     [][]int
}

// worksOf returns the profiles of the cited works of block bi and
// which earlier one each repeats; none for a block without works.
func (dp *docProfiles) worksOf(bi int) ([]feature.Profile, []int) {
	return dp.workProfiles[bi], dp.workDups[bi]
}

// emptyProfiles returns the profiles of d with room for every block,
// none profiled yet.
func emptyProfiles(d *doc.Document) *docProfiles {
	n := len(d.Blocks)
	return &docProfiles{d: d, sents: make([][]feature.Profile, n), block: make([]feature.Profile, n),
		letters: make([]int, n), noStops: make([]int, n), workProfiles: make([][]feature.Profile, n), workDups: make([][]int, n)}
}

func newDocProfiles(d *doc.Document, workers int) *docProfiles {
	dp := emptyProfiles(d)
	// The blocks are profiled apart: a long document in as many runs of
	// blocks, of about the same length, as there are workers.
	total := 0
	for _, b := range d.Blocks {
		total += len(b.Text)
	}
	if workers < 2 || total < parallelProfileBytes {
		dp.profile(0, len(d.Blocks), nil)
		return dp
	}
	// A block longer than a worker's share (a book written on one line)
	// would keep one worker busy while the others idle: its sentences
	// are profiled on all the workers, before the runs of the others.
	var big []bool
	rest := total // the text of the other blocks
	for bi, b := range d.Blocks {
		if len(b.Text) > total/workers && len(b.Sentences) >= 2*workers {
			if big == nil {
				big = make([]bool, len(d.Blocks))
			}
			big[bi] = true
			dp.profileBlock(bi, workers)
			rest -= len(b.Text)
		}
	}
	var wg sync.WaitGroup
	lo, done := 0, 0
	for w := 1; w <= workers; w++ {
		hi := lo
		for hi < len(d.Blocks) && (w == workers || done < rest*w/workers) {
			if big == nil || !big[hi] {
				done += len(d.Blocks[hi].Text)
			}
			hi++
		}
		from := lo
		wg.Go(func() { dp.profile(from, hi, big) })
		lo = hi
	}
	wg.Wait()
	return dp
}

// parallelProfileBytes is the least text whose blocks newDocProfiles
// profiles on several processors: below it, starting them costs more
// than it saves. A principle of cost (about a millisecond of work), not
// fitted.
const parallelProfileBytes = 64 << 10

// profile profiles blocks [lo, hi) of the document, but for those done
// says are profiled already (done nil for none).
func (dp *docProfiles) profile(lo, hi int, done []bool) {
	for bi := lo; bi < hi; bi++ {
		if done == nil || !done[bi] {
			dp.profileBlock(bi, 1)
		}
	}
}

// profileBlock profiles block bi, its sentences on up to workers
// goroutines.
func (dp *docProfiles) profileBlock(bi, workers int) {
	b := dp.d.Blocks[bi]
	dp.letters[bi], dp.noStops[bi] = countNoStops(b.Text)
	if len(b.Items) > 0 {
		texts := make([]string, len(b.Items))
		ps := make([]feature.Profile, len(b.Items))
		for i := range b.Items {
			texts[i] = b.ItemText(i)
			ps[i] = feature.NewProfile(texts[i], nil)
		}
		dp.workProfiles[bi], dp.workDups[bi] = ps, feature.Duplicates(texts)
	}
	if len(b.Sentences) == 0 {
		dp.block[bi] = feature.NewProfile(b.Text, markerNumbers(b.Markers))
		return
	}
	ps := make([]feature.Profile, len(b.Sentences))
	sorted := slices.IsSortedFunc(b.Markers, func(x, y doc.Marker) int { return x.Text.Start - y.Text.Start })
	if workers < 2 || !inOrder(b.Sentences) {
		sentenceProfiles(b, ps, 0, len(ps), sorted)
	} else {
		// In runs of sentences, each of which finds its markers as the
		// whole loop would have (see sentenceProfiles).
		runs := workers * profileRunsPerWorker
		par.Each(runs, workers, func(r int) {
			sentenceProfiles(b, ps, len(ps)*r/runs, len(ps)*(r+1)/runs, sorted)
		})
	}
	dp.sents[bi] = ps
	p := feature.MergeProfiles(ps)
	// The block's markers, whichever sentence holds them.
	p.Markers = markerNumbers(b.Markers)
	dp.block[bi] = p
}

// profileRunsPerWorker is how many runs of a long block's sentences
// each worker profiles, so that one slower run does not hold the others
// up: a principle of balance, not fitted.
const profileRunsPerWorker = 4

// inOrder reports whether spans come one after another, none
// overlapping the next.
func inOrder(spans []source.Span) bool {
	for i, sp := range spans {
		if sp.End < sp.Start || i > 0 && sp.Start < spans[i-1].End {
			return false
		}
	}
	return true
}

// sentenceProfiles sets ps[lo:hi] to the profiles of sentences [lo, hi)
// of b, each with the numbers of the markers it holds; sorted says b's
// markers are in order. With sorted markers the markers of a sentence are
// looked for from the first not before the previous sentence's end, as
// one loop over all the sentences finds them when they are in order; a
// run from lo starts there.
func sentenceProfiles(b *doc.Block, ps []feature.Profile, lo, hi int, sorted bool) {
	k := 0 // with sorted markers, the first not yet in a sentence
	if sorted && lo > 0 {
		end := b.Sentences[lo-1].End
		k = sort.Search(len(b.Markers), func(i int) bool { return b.Markers[i].Text.Start >= end })
	}
	for si := lo; si < hi; si++ {
		sp := b.Sentences[si]
		var ms []int
		if !sorted {
			k = 0
		}
		for ; k < len(b.Markers); k++ {
			m := b.Markers[k]
			if m.Text.Start >= sp.End && sorted {
				break
			}
			if m.Text.Start >= sp.Start && m.Text.Start < sp.End {
				ms = append(ms, m.Number)
			}
		}
		ps[si] = feature.NewProfile(b.Text[sp.Start:sp.End], ms)
	}
}

// blockUnit returns the unit of block bi.
func (dp *docProfiles) blockUnit(bi int) *unit {
	b := dp.d.Blocks[bi]
	u := newUnit(dp.block[bi], b.Kind)
	if b.Kind == doc.ListItem && b.Number > 0 {
		// The number of a numbered item is an anchor like any other: the
		// number it shows, when the reader knows it.
		n := b.Number
		if b.Ordinal > 0 {
			n = b.Ordinal
		}
		u.f.numbers = mergeSorted(u.f.numbers, []uint64{feature.Hash(strconv.Itoa(n))})
	}
	addMarkup(u, b, 0, len(b.Text))
	if b.Kind == doc.FootnoteDef {
		u.num = b.Number
	}
	return u
}

// sentUnit returns the unit of sentence si of block bi.
func (dp *docProfiles) sentUnit(bi, si int) *unit {
	b := dp.d.Blocks[bi]
	u := newUnit(dp.sents[bi][si], b.Kind)
	sp := b.Sentences[si]
	addMarkup(u, b, sp.Start, sp.End)
	return u
}

// addMarkup adds to u what the markup of b's text [lo, hi) says: the
// links whose address is not written in the text (a Markdown link shows
// its text only) are anchors like links written out, and a markup block
// (a component, a shortcode) is known by its name.
func addMarkup(u *unit, b *doc.Block, lo, hi int) {
	var urls []uint64
	for _, l := range b.Links {
		if l.Text.Start < lo || l.Text.Start > hi || (l.Text.Start == hi && hi > lo) {
			continue
		}
		if b.Text[l.Text.Start:l.Text.End] == l.URL {
			continue // written out: already a feature of the text
		}
		for _, n := range feature.URLs(l.URL) {
			urls = append(urls, feature.Hash(n))
		}
	}
	if len(urls) > 0 {
		slices.Sort(urls)
		u.f.urls = mergeSorted(u.f.urls, urls)
	}
	if b.Kind == doc.Markup && b.Info != "" && lo == 0 {
		u.f.names = mergeSorted(u.f.names, []uint64{feature.Hash("\x00" + b.Info)})
	}
}

// mergeSorted returns the sorted union of sorted multisets a and b.
func mergeSorted(a, b []uint64) []uint64 {
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	return append(append(out, a[i:]...), b[j:]...)
}

// appendMerged appends the sorted union of sorted multisets a and b to
// dst, which must not overlap them.
func appendMerged(dst, a, b []uint64) []uint64 {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if b[j] < a[i] {
			dst = append(dst, b[j])
			j++
		} else {
			dst = append(dst, a[i])
			i++
		}
	}
	return append(append(dst, a[i:]...), b[j:]...)
}
