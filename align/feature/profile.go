package feature

import (
	"slices"
	"unicode"
	"unicode/utf8"
)

// Profile holds the features of a text as integer keys, for an aligner
// that compares each text with many others: numbers, links and names as
// sorted keys that two texts share when their strings are equal (hashes
// of 64 bits; names are packed exactly), the stems of the words for a
// lexicon, and the sequence of words as one key. The profile of two texts
// read one after the other is the [Profile.Merge] of their profiles, so
// the profile of a paragraph is made from those of its sentences.
type Profile struct {
	Len      int      // letters and digits, in runes
	Bangs    int      // "!" and "¡"
	Question int      // "?" and "¿"
	Markers  []int    // footnote numbers, in order
	Numbers  []uint64 // keys of the numbers (see Numbers), sorted, repeats kept
	URLs     []uint64 // keys of the links (see URLs), sorted, repeats kept
	Names    []uint64 // keys of the names (see Names), sorted, unique
	Stems    []uint64 // keys of the distinct stems of the words (see Stem), in order of first use, at most MaxStems
	Words    int      // number of words (see Words)
	Seq      uint64   // key of the sequence of words: texts with the same words in the same order have the same
	pow      uint64   // seqBase to the power Words, to merge Seq
}

// MaxStems is the most stems a profile keeps: a lexicon looks at the
// first 64 distinct words of a text (a mask of 64 bits).
const MaxStems = 64

// seqBase is the base of the polynomial hash of a sequence of words.
const seqBase = 0x9e3779b97f4a7c15

// NewProfile computes the profile of text; markers are given by the
// reader.
func NewProfile(text string, markers []int) Profile {
	p := Profile{Markers: markers, pow: 1}
	p.Len, p.Bangs, p.Question = counts(text)
	links := linkSpans(text)
	for _, sp := range links {
		p.URLs = append(p.URLs, Hash(normURL(text[sp.lo:sp.hi])))
	}
	slices.Sort(p.URLs)
	unlinked := blank(text, links)
	if hasDigit(text) {
		nt := unlinked
		if t := withoutMarkers(text); t != text {
			nt = numberText(text)
		}
		for _, n := range numbersOf(nt) {
			p.Numbers = append(p.Numbers, Hash(n))
		}
		slices.Sort(p.Numbers)
	}
	// Names and stems are gathered on the stack and kept at their length:
	// a book has a profile for every sentence and every paragraph.
	var keys [MaxStems]uint64
	p.Names = exact(nameKeys(unlinked, keys[:0]))
	p.Stems = exact(p.words(text, keys[:0]))
	return p
}

// exact returns a copy of keys of its length, nil if it is empty.
func exact(keys []uint64) []uint64 {
	if len(keys) == 0 {
		return nil
	}
	return append(make([]uint64, 0, len(keys)), keys...)
}

// words sets the sequence of words of p from text, and appends the stems
// of the words to stems (see Profile.Stems).
func (p *Profile) words(text string, stems []uint64) []uint64 {
	var buf [64]byte
	for f := nextField(text, 0); f.lo >= 0; f = nextField(text, f.hi) {
		w := trimApostrophes(text[f.lo:f.hi])
		if len(w) < 2 || len(w) < 4 && utf8.RuneCountInString(w) < 2 {
			continue
		}
		lw := lowerInto(buf[:0], w)
		p.Words++
		p.Seq = p.Seq*seqBase + HashBytes(lw)
		p.pow *= seqBase
		if len(stems) == MaxStems {
			continue
		}
		s := HashBytes(stemOf(lw))
		if !slices.Contains(stems, s) {
			stems = append(stems, s)
		}
	}
	return stems
}

// lowerInto appends w lower-cased to dst.
func lowerInto(dst []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
		i += n
	}
	return dst
}

// stemOf returns the first StemLen runes of w.
func stemOf(w []byte) []byte {
	n := 0
	for i := 0; i < len(w); {
		if n == StemLen {
			return w[:i]
		}
		_, size := utf8.DecodeRune(w[i:])
		i += size
		n++
	}
	return w
}

// Merge returns the profile of the texts of p and q read one after the
// other. The stems of q that p has no room for are left out.
func (p Profile) Merge(q Profile) Profile {
	m := Profile{
		Len:      p.Len + q.Len,
		Bangs:    p.Bangs + q.Bangs,
		Question: p.Question + q.Question,
		Markers:  concat(p.Markers, q.Markers),
		Numbers:  mergeKeys(p.Numbers, q.Numbers, false),
		URLs:     mergeKeys(p.URLs, q.URLs, false),
		Names:    mergeKeys(p.Names, q.Names, true),
		Words:    p.Words + q.Words,
		Seq:      p.Seq*q.pow + q.Seq,
		pow:      p.pow * q.pow,
	}
	m.Stems = slices.Clip(p.Stems)
	for _, s := range q.Stems {
		if len(m.Stems) == MaxStems {
			break
		}
		if !slices.Contains(p.Stems, s) {
			m.Stems = append(m.Stems, s)
		}
	}
	return m
}

// MergeProfiles returns the profile of the texts of ps read one after
// the other, as Merge of each with the next would, in time O(n log n) in
// the keys of all of them.
func MergeProfiles(ps []Profile) Profile {
	if len(ps) == 0 {
		return Profile{pow: 1}
	}
	m := Profile{pow: 1}
	// The keys are counted first, so that each list is made once at its
	// length, and left nil when empty, as Merge leaves them.
	var nm, nn, nu, na, ns int
	for _, p := range ps {
		nm, nn, nu, na, ns = nm+len(p.Markers), nn+len(p.Numbers), nu+len(p.URLs), na+len(p.Names), ns+len(p.Stems)
	}
	var markers []int
	if nm > 0 {
		markers = make([]int, 0, nm)
	}
	m.Numbers, m.URLs, m.Names = room(nn), room(nu), room(na)
	m.Stems = room(min(ns, MaxStems))
	for _, p := range ps {
		m.Len += p.Len
		m.Bangs += p.Bangs
		m.Question += p.Question
		markers = append(markers, p.Markers...)
		m.Numbers = append(m.Numbers, p.Numbers...)
		m.URLs = append(m.URLs, p.URLs...)
		m.Names = append(m.Names, p.Names...)
		m.Words += p.Words
		m.Seq = m.Seq*p.pow + p.Seq
		m.pow *= p.pow
		for _, st := range p.Stems {
			if len(m.Stems) == MaxStems {
				break
			}
			if !slices.Contains(m.Stems, st) {
				m.Stems = append(m.Stems, st)
			}
		}
	}
	m.Markers = markers
	slices.Sort(m.Numbers)
	slices.Sort(m.URLs)
	slices.Sort(m.Names)
	m.Names = slices.Compact(m.Names)
	return m
}

// room returns an empty slice with room for n keys, nil if n is 0.
func room(n int) []uint64 {
	if n == 0 {
		return nil
	}
	return make([]uint64, 0, n)
}

func concat[T any](a, b []T) []T {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	return append(slices.Clip(a), b...)
}

// mergeKeys returns the sorted union of sorted a and b, as multisets, or
// as sets when unique.
func mergeKeys(a, b []uint64, unique bool) []uint64 {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 {
		return b
	}
	out := make([]uint64, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case unique && a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case b[j] < a[i]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
		}
	}
	return append(append(out, a[i:]...), b[j:]...)
}

// Hash returns the key of a string: FNV-1a of 64 bits.
func Hash(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// HashBytes is Hash of the string b.
func HashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)
