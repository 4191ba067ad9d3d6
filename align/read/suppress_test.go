package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/doc"
)

func TestParseSuppression(t *testing.T) {
	tests := []struct {
		in     string
		ok     bool
		rules  string
		reason string
	}{
		{in: " tralign-ignore number-mismatch: the 2024 figure ", ok: true, rules: "number-mismatch", reason: "the 2024 figure"},
		{in: "tralign-ignore a, b ,c: why: because", ok: true, rules: "a|b|c", reason: "why: because"},
		{in: "tralign-ignore number-mismatch", ok: true, rules: "number-mismatch"},
		{in: "tralign-ignore: no rule", ok: true, reason: "no rule"},
		{in: "tralign-ignore", ok: true},
		{in: "tralign-ignored x: y"},
		{in: "see tralign-ignore x: y"},
	}
	for _, tt := range tests {
		rules, reason, _, ok := ParseSuppression(tt.in)
		if ok != tt.ok || strings.Join(rules, "|") != tt.rules || reason != tt.reason {
			t.Errorf("%q: got %q %q %v, want %q %q %v", tt.in, rules, reason, ok, tt.rules, tt.reason, tt.ok)
		}
	}
}

// TestSuppressions reads each format and checks which block each
// suppression applies to, and that the comment is neither a block nor
// text.
func TestSuppressions(t *testing.T) {
	tests := []struct {
		desc, name, text string
		want             []string // "line rules|reason -> text of the block" ("-" for none)
	}{
		{
			desc: "markdown block comment",
			name: "a.md",
			text: "# Title\n\n<!-- tralign-ignore number-mismatch: the 2024 figure -->\nFirst paragraph 12.\n\nSecond.\n",
			want: []string{"3 number-mismatch|the 2024 figure -> First paragraph 12."},
		},
		{
			desc: "markdown inline comment applies to its block",
			name: "a.md",
			text: "First paragraph 12 <!-- tralign-ignore a,b: why --> more.\n\nSecond.\n",
			want: []string{"1 a b|why -> First paragraph 12  more."},
		},
		{
			desc: "markdown comment in code is text",
			name: "a.md",
			text: "Use it so:\n\n```\n<!-- tralign-ignore a: why -->\n```\n\nAnd `<!-- tralign-ignore b: why -->` inline.\n\nEnd.\n",
		},
		{
			desc: "markdown comment at the end",
			name: "a.md",
			text: "Text.\n\n<!-- tralign-ignore a -->\n",
			want: []string{"3 a| -> -"},
		},
		{
			desc: "other comments are left alone",
			name: "a.md",
			text: "<!-- a note -->\nText.\n",
		},
		{
			desc: "html",
			name: "a.html",
			text: "<html><body><h1>Title</h1>\n<!-- tralign-ignore url-mismatch: old link -->\n<p>One.</p><p>Two.</p></body></html>\n",
			want: []string{"2 url-mismatch|old link -> One."},
		},
		{
			desc: "asciidoc",
			name: "a.adoc",
			text: "= Title\n\n// tralign-ignore untranslated: a name\nA paragraph.\n\n//// \n// tralign-ignore x: in a block comment\n////\n\nOther.\n",
			want: []string{"3 untranslated|a name -> A paragraph."},
		},
		{
			desc: "plain text line, not joined to the paragraph",
			name: "a.txt",
			text: "Title\n\ntralign-ignore paragraph-extra: translator's note\nA note of the translator.\nSecond line.\n\nEnd of it.\n",
			want: []string{"3 paragraph-extra|translator's note -> A note of the translator. Second line."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			ds, err := File(tt.name, []byte(tt.text), Options{Lang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			d := ds[0]
			var got []string
			for _, s := range d.Suppressions {
				b := "-"
				if s.Block >= 0 {
					b = d.Blocks[s.Block].Text
				}
				got = append(got, fmt.Sprintf("%d %s|%s -> %s", s.Line, strings.Join(s.Rules, " "), s.Reason, b))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			for _, b := range d.Blocks {
				if strings.Contains(b.Text, ignoreWord) && b.Kind != doc.Code && !strings.Contains(tt.desc, "code") {
					t.Errorf("the comment became text: %q", b.Text)
				}
			}
		})
	}
}

// TestSuppressionsCombined checks that in a file holding several versions
// each suppression goes to the version it stands in.
func TestSuppressionsCombined(t *testing.T) {
	en := "The Bridge Reopens\n\nAfter two years of repairs, the old harbour bridge reopened to traffic on 12 March 2024. The council said the work cost 48 million euros.\n\nEngineers replaced the steel cables and strengthened the piers of the bridge.\n"
	es := "El puente reabre\n\ntralign-ignore number-mismatch: cifra corregida\nTras dos años de obras, el viejo puente del puerto reabrió al tráfico el 12 de marzo de 2024. El ayuntamiento dijo que la obra costó 45 millones de euros.\n\nLos ingenieros sustituyeron los cables de acero y reforzaron los pilares del puente.\n"
	ds, err := File("a.txt", []byte(en+"\n\n"+es), Options{Split: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 2 {
		t.Fatalf("%d versions", len(ds))
	}
	if len(ds[0].Suppressions) != 0 || len(ds[1].Suppressions) != 1 {
		t.Fatalf("suppressions %d and %d, want 0 and 1", len(ds[0].Suppressions), len(ds[1].Suppressions))
	}
	s := ds[1].Suppressions[0]
	if !strings.HasPrefix(ds[1].Blocks[s.Block].Text, "Tras dos años") {
		t.Errorf("applies to %q", ds[1].Blocks[s.Block].Text)
	}
}
