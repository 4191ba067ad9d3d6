package drift

import (
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	for _, tc := range []struct {
		a, b, inline, summary string
	}{
		{"the app's logs", "the app's logs and metrics", "the app's logs {+and metrics+}", `+"and metrics"`},
		{"one  two\nthree", "one two three", "one two three", ""},
		{"store config in the code.", "store config in the environment.", "store config in the [-code-] {+environment+}.", `-"code" +"environment"`},
		{"a b", "", "[-a b-]", `-"a b"`},
		{"Сервисы", "Сторонние сервисы", "[-Сервисы-]{+Сторонние сервисы+}", `-"Сервисы" +"Сторонние сервисы"`},
	} {
		d := wordDiff(tc.a, tc.b)
		if got := Inline(d); got != tc.inline {
			t.Errorf("Inline(%q -> %q) = %q, want %q", tc.a, tc.b, got, tc.inline)
		}
		if got := Summary(d); got != tc.summary {
			t.Errorf("Summary(%q -> %q) = %q, want %q", tc.a, tc.b, got, tc.summary)
		}
	}
}

// FuzzWordDiff checks that a word diff never panics and that its runs
// give back the words of both texts.
func FuzzWordDiff(f *testing.F) {
	f.Add("the app's logs", "the app's logs and metrics")
	f.Add("Сервисы, как база", "Сторонние сервисы")
	f.Add("a\u00a0b-c", "a b -c")
	f.Fuzz(func(t *testing.T, a, b string) {
		var ra, rb []string
		for _, e := range wordDiff(a, b) {
			if e.Op != Insert {
				ra = append(ra, e.Text)
			}
			if e.Op != Delete {
				rb = append(rb, e.Text)
			}
		}
		if got, want := tokensOf(strings.Join(ra, " ")), tokensOf(a); got != want {
			t.Errorf("old side %q, want %q", got, want)
		}
		if got, want := tokensOf(strings.Join(rb, " ")), tokensOf(b); got != want {
			t.Errorf("new side %q, want %q", got, want)
		}
		_ = Inline(wordDiff(a, b))
		_ = Summary(wordDiff(a, b))
	})
}

func tokensOf(s string) string {
	var parts []string
	for _, t := range tokenize(s) {
		parts = append(parts, t.text)
	}
	return strings.Join(parts, "\x00")
}

func TestFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want map[string]string
	}{
		{"---\ntitle: Hola\nsource_commit: abc1234 # the English\n---\nText", map[string]string{"title": "Hola", "source_commit": "abc1234"}},
		{"---\r\nSource_Commit: 'abc1234'\r\ntags:\r\n  - a\r\n---\r\n", map[string]string{"source_commit": "abc1234"}},
		{"+++\ntitle = \"Hola\"\ntranslation_of = \"abc1234\"\n[params]\nsource_commit = \"x\"\n+++\n", map[string]string{"title": "Hola", "translation_of": "abc1234"}},
		{"---\ntitle: no end\n", nil},
		{"title: not front matter\n", nil},
	} {
		got := frontMatter([]byte(tc.in))
		if len(got) != len(tc.want) {
			t.Errorf("frontMatter(%q) = %v, want %v", tc.in, got, tc.want)
			continue
		}
		for k, v := range tc.want {
			if got[k] != v {
				t.Errorf("frontMatter(%q)[%q] = %q, want %q", tc.in, k, got[k], v)
			}
		}
	}
}

// FuzzFrontMatter checks that no input makes the front matter reader
// panic.
func FuzzFrontMatter(f *testing.F) {
	f.Add("---\ntitle: Hola\nsource_commit: abc1234\n---\n")
	f.Add("+++\ntitle = \"x\"\n[a]\nb = 1\n+++\n")
	f.Add("---\n\"\n---")
	f.Fuzz(func(t *testing.T, s string) {
		for k := range frontMatter([]byte(s)) {
			if k != strings.ToLower(k) {
				t.Errorf("key %q not lower-case", k)
			}
		}
	})
}
