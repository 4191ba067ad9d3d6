package feature

import (
	"slices"
	"strings"
	"testing"
)

// TestProfile checks the keys of a profile against the strings of the
// functions they stand for.
func TestProfile(t *testing.T) {
	for _, s := range append(scanSamples, seedTexts(t)...) {
		p := NewProfile(s, []int{3})
		f := Extract(s, []int{3})
		keys := func(ss []string) []uint64 {
			var out []uint64
			for _, x := range ss {
				out = append(out, Hash(x))
			}
			slices.Sort(out)
			return out
		}
		words := Words(s)
		stems := keys(nil)
		for _, st := range Stems(words, MaxStems) {
			stems = append(stems, Hash(st))
		}
		var names []uint64
		for _, n := range f.Names {
			names = append(names, packName([]byte(n)))
		}
		switch {
		case p.Len != f.Len || p.Bangs != f.Bangs || p.Question != f.Question:
			t.Errorf("NewProfile(%q): counts %d %d %d, want %d %d %d", s, p.Len, p.Bangs, p.Question, f.Len, f.Bangs, f.Question)
		case !slices.Equal(p.Numbers, keys(f.Numbers)):
			t.Errorf("NewProfile(%q): numbers differ from %q", s, f.Numbers)
		case !slices.Equal(p.URLs, keys(f.URLs)):
			t.Errorf("NewProfile(%q): links differ from %q", s, f.URLs)
		case !slices.Equal(p.Names, names):
			t.Errorf("NewProfile(%q): names differ from %q", s, f.Names)
		case !slices.Equal(p.Stems, stems) || p.Words != len(words):
			t.Errorf("NewProfile(%q): %d words and stems %v, want %q", s, p.Words, p.Stems, words)
		}
	}
}

// TestProfileMerge checks that the profile of sentences merged is the
// profile of the paragraph they make.
func TestProfileMerge(t *testing.T) {
	sents := []string{
		"Lavrov met Kissinger in Geneva on 10 August 2021. [1] ",
		"The talks lasted three days! ",
		"Did Washington know? See https://example.com/a and mail a@b.org. ",
		"Lavrov met Kissinger in Geneva on 10 August 2021. [1] ",
	}
	var m Profile
	for i, s := range sents {
		p := NewProfile(s, []int{i})
		if i == 0 {
			m = p
		} else {
			m = m.Merge(p)
		}
	}
	whole := NewProfile(strings.Join(sents, ""), []int{0, 1, 2, 3})
	if !profilesEqual(m, whole) {
		t.Errorf("merged %+v\nwhole  %+v", m, whole)
	}
	var ps []Profile
	for i, s := range sents {
		ps = append(ps, NewProfile(s, []int{i}))
	}
	if all := MergeProfiles(ps); !profilesEqual(all, whole) {
		t.Errorf("MergeProfiles %+v\nwhole  %+v", all, whole)
	}
	a, b := NewProfile(sents[0], nil), NewProfile(sents[3], nil)
	if a.Seq != b.Seq || a.Seq == NewProfile(sents[1], nil).Seq {
		t.Error("the key of a sequence of words does not tell equal sentences from others")
	}
}

func profilesEqual(a, b Profile) bool {
	return a.Len == b.Len && a.Bangs == b.Bangs && a.Question == b.Question && slices.Equal(a.Markers, b.Markers) &&
		slices.Equal(a.Numbers, b.Numbers) && slices.Equal(a.URLs, b.URLs) && slices.Equal(a.Names, b.Names) &&
		slices.Equal(a.Stems, b.Stems) && a.Words == b.Words && a.Seq == b.Seq && a.pow == b.pow
}
