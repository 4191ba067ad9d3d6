package wordalign

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unsafe"

	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/internal/chunk"
)

func TestSeedsLinkNamesAndNumbers(t *testing.T) {
	pairs := []Pair{
		{Tokenize("Lavrov met Kissinger in July 2023."), Tokenize("Лавров встретился с Киссинджером в июле 2023 года.")},
		{Tokenize("Lavrov spoke."), Tokenize("Лавров говорил.")},
	}
	m := Train(pairs, Options{Dict: map[string][]string{"met": {"встретился"}}})
	a := m.Align(pairs[0].Source, pairs[0].Target)
	want := map[string]string{"Lavrov": "Лавров", "Kissinger": "Киссинджером", "2023": "2023", "met": "встретился"}
	for i, s := range a.Source {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		j := a.SrcLink[i]
		if j < 0 || a.Target[j].Text != w {
			t.Errorf("%s linked to %v, want %s", s.Text, j, w)
		}
	}
}

func TestTokenizeSpans(t *testing.T) {
	text := "Pröbsting’s text, 1,5 km"
	for _, tok := range Tokenize(text) {
		if text[tok.Span().Start:tok.Span().End] != tok.Text {
			t.Errorf("span %v is %q, not %q", tok.Span(), text[tok.Span().Start:tok.Span().End], tok.Text)
		}
	}
}

// tokenPattern is what Tokenize finds as a regular expression: the
// tokeniser must find the same spans.
var tokenPattern = regexp.MustCompile(`\p{L}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*|\d+(?:[.,]\d+)*`)

// splitScripts cuts a word the pattern found where its letters pass from
// Chinese, Japanese or Korean writing to another script or back, a hyphen
// at a cut left out.
func splitScripts(w string) []string {
	var out []string
	start, last := 0, -1 // last: the class of the last letter, -1 before any
	for i, r := range w {
		if !unicode.IsLetter(r) {
			continue
		}
		c := 0
		if feature.IsCJK(r) {
			c = 1
		}
		if last >= 0 && c != last {
			out = append(out, strings.TrimRight(w[start:i], "-"))
			start = i
		}
		last = c
	}
	return append(out, w[start:])
}

func TestTokenizeMatchesPattern(t *testing.T) {
	texts := []string{
		"",
		"Pröbsting’s text, 1,5 km",
		"mid-May -word word- a--b a-1 x-y-z 3.14.15 1,000,000. 2.x ,5 1.. 1.,2",
		"l'été aujourd’hui rock'n'roll '' ’’ it’s’ don't-stop",
		"नमस्ते दुनिया", "ไทย ภาษา", "日本語のテキスト", "Лавров-Киссинджер 2023-го",
		"e\u0301te\u0301 \u0301x", "\xff\xfeabc\xc3", "٣٤٥ 12٣",
		"Subversionなどのバージョン", "Heroku에서 a-日 日-a a'日",
	}
	rng := rand.New(rand.NewPCG(7, 11))
	alphabet := []rune("aZé-'’.,0 9\u0301жЖ日\xff")
	for range 2000 {
		var b strings.Builder
		for range rng.IntN(20) {
			b.WriteRune(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		var want []string
		for _, m := range tokenPattern.FindAllStringIndex(text, -1) {
			for _, w := range splitScripts(text[m[0]:m[1]]) {
				want = append(want, strings.TrimRight(w, "'’"))
			}
		}
		var got []string
		for _, tok := range Tokenize(text) {
			got = append(got, tok.Text)
			if text[tok.Span().Start:tok.Span().End] != tok.Text {
				t.Errorf("%q: span %v is not %q", text, tok.Span(), tok.Text)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("Tokenize(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSpansTempIsTokenizeWithoutKeys checks that SpansTemp finds the
// tokens Tokenize finds, of the same kinds, texts and spans.
func TestSpansTempIsTokenizeWithoutKeys(t *testing.T) {
	texts := []string{
		"",
		"Pröbsting’s text, 1,5 km in May 2023",
		"mid-May 3.14.15 l'été Лавров-Киссинджер 2023-го ٣٤٥ 12٣ Subversionなどの",
	}
	var tk Tokenizer
	for _, text := range texts {
		want := Tokenize(text)
		for i := range want {
			want[i].keys = nil
		}
		if got := tk.SpansTemp(text); !slices.Equal(got, want) {
			t.Errorf("SpansTemp(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestTokenSize checks that a Token stays as small as its doc says: a
// check holds every token of its documents.
func TestTokenSize(t *testing.T) {
	if s := unsafe.Sizeof(Token{}); s > 32 {
		t.Errorf("a Token takes %d bytes, more than 32", s)
	}
}

// TestTokenizeResultsAreTheirOwn checks that the results of one
// Tokenizer, cut from shared chunks, stay as they were made whatever is
// tokenised or appended after them.
func TestTokenizeResultsAreTheirOwn(t *testing.T) {
	var tk Tokenizer
	var texts []string
	for i := range 3 * chunk.MaxChunk / 10 {
		texts = append(texts, strings.Repeat("Lavrov met Kissinger 19 times ", i%7+1))
	}
	var got [][]Token
	for _, text := range texts {
		ts := tk.Tokenize(text)
		if len(ts) != cap(ts) {
			t.Fatalf("Tokenize(%q) has capacity %d for %d tokens: an append would write into the next result", text, cap(ts), len(ts))
		}
		_ = append(ts, Token{Text: "added"})
		got = append(got, ts)
	}
	for i, text := range texts {
		same := func(a, b Token) bool {
			return a.Text == b.Text && a.Span() == b.Span() && a.Block() == b.Block() && a.Key() == b.Key() && a.Name() == b.Name()
		}
		if want := Tokenize(text); !slices.EqualFunc(got[i], want, same) {
			t.Errorf("result %d of one Tokenizer = %v, want %v", i, got[i], want)
		}
	}
}
