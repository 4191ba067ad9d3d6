package quote

import (
	"testing"

	"github.com/tralign/tralign/align/source"
)

func TestInText(t *testing.T) {
	text := "He said: “If Russia thought it might lose Crimea,” the official said, “it would resort to ‘tactical’ weapons. Putin’s aides agreed"
	qs := InText(text)
	var got []string
	for _, q := range qs {
		got = append(got, text[q.Inner.Start:q.Inner.End])
	}
	want := []string{"If Russia thought it might lose Crimea,", "it would resort to ‘tactical’ weapons. Putin’s aides agreed", "tactical"}
	if len(got) != len(want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("quote %d: got %q, want %q", i, got[i], want[i])
		}
	}
	if qs[1].Closed || !qs[0].Closed || qs[2].Depth != 2 {
		t.Errorf("closed or depth wrong: %+v", qs)
	}
}

func TestLookup(t *testing.T) {
	cited := []*Cited{NewCitedText("report", "“Putin is the major block to all progress,” the official stated. “The US administration has made at least one attempt to speak with the Kremlin but Putin himself refused.”")}
	for _, c := range []struct {
		quote       string
		found, same bool
		diff        string
	}{
		{"Putin is the major block to all progress", true, true, ""},
		{"The U.S. administration has made at least one attempt (…) but Putin [sic] himself refused.", true, true, ""},
		{"Putin is the major obstacle to all progress", true, false, "putin is the major [-obstacle-] {+block+} to all progress"},
		{"We never discussed Crimea with anyone in Moscow", false, false, ""},
	} {
		ps := Lookup(c.quote, nil, cited)
		for _, p := range ps {
			if p.Found != c.found || p.Exact != c.same || (c.diff != "" && p.Diff != c.diff) {
				t.Errorf("%q: piece %q found %v exact %v diff %q", c.quote, c.quote[p.Span.Start:p.Span.End], p.Found, p.Exact, p.Diff)
			}
		}
	}
}

func TestPiecesSkip(t *testing.T) {
	text := "During the talks it was clear. “If Russia lost Crimea,” he said."
	ps := pieces(text, []source.Span{InText(text)[0].Span})
	if len(ps) != 2 || text[ps[1].Start:ps[1].End] != " he said." {
		t.Errorf("pieces %v", ps)
	}
}

// FuzzLookup: no text makes finding or looking up quotes panic.
func FuzzLookup(f *testing.F) {
	f.Add("He said: “it would resort to [using] tactical nuclear weapons.” (…) «да» „ja“ ‘x’ \"y\"")
	f.Add("“unclosed … [ ( ‘")
	cited := []*Cited{NewCitedText("c", "it would almost certainly resort to [using] tactical nuclear weapons")}
	f.Fuzz(func(t *testing.T, s string) {
		for _, q := range InText(s) {
			if q.Inner.Start > q.Inner.End || q.Inner.End > len(s) {
				t.Fatalf("bad span %+v in %q", q, s)
			}
			var skip []source.Span
			for _, n := range q.Nested {
				skip = append(skip, source.Span{Start: n.Start - q.Inner.Start, End: n.End - q.Inner.Start})
			}
			Lookup(s[q.Inner.Start:q.Inner.End], skip, cited)
		}
		Lookup(s, nil, cited)
	})
}
