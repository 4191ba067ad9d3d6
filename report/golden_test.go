package report

import (
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/baseline"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata from the actual output")

// pos returns a position in file at line and column; the offset does not
// matter to the renderers.
func pos(file string, line, column int) *source.Position {
	return &source.Position{Filename: file, Line: line, Column: column}
}

// fixture is a result built by hand, no parsing involved: findings with
// both places, with only a target and with only a source; CJK and
// right-to-left (Arabic, Hebrew) text in messages and evidence; HTML
// metacharacters and quotes that JSON must not escape and the text table
// must not mangle; every severity.
func fixture() *check.Result {
	return &check.Result{
		Source: check.Side{Lang: "en", File: "article.en.md"},
		Versions: []check.Version{
			{Lang: "es", File: "article.es.md", Blocks: 36, Aligned: 0.97},
			{Lang: "zh", File: "article.zh.md", Blocks: 35, Aligned: 1},
			{Lang: "ar", File: "article.ar.md", Blocks: 12, Aligned: 0.3333},
			{Lang: "he", File: "article.he.md", Blocks: 36, Aligned: 0},
		},
		Findings: []rule.Finding{
			{
				Rule: "footnote-misnumbered", Severity: rule.Error, Lang: "es",
				Message: "marker [6] here stands where the source has [7]",
				Source:  pos("article.en.md", 57, 812), Target: pos("article.es.md", 57, 890),
				Evidence: rule.Evidence{Source: "…of the imperialist world order. [7]", Target: "…del orden mundial imperialista. [6]"},
			},
			{
				// Only a target: the source has no place for an added paragraph.
				Rule: "paragraph-extra", Severity: rule.Warning, Lang: "es",
				Message:  `paragraph has no counterpart in the source`,
				Target:   pos("article.es.md", 61, 1),
				Evidence: rule.Evidence{Target: `<b>Nota del traductor:</b> "R&D" & 'I+D' <i>no</i> son lo mismo.`},
			},
			{
				Rule: "url-mismatch", Severity: rule.Warning, Lang: "es",
				Message: `link "example.org/a?x=1&y=<2>" of the source is missing here`,
				Source:  pos("article.en.md", 70, 12), Target: pos("article.es.md", 70, 15),
				Evidence: rule.Evidence{Source: `see <https://example.org/a?x=1&y=<2>> for "details"`, Target: "véase el sitio para más detalles"},
			},
			{
				Rule: "sentence-missing", Severity: rule.Error, Lang: "zh",
				Message: "sentence has no counterpart in the translation",
				Source:  pos("article.en.md", 9, 65), Target: pos("article.zh.md", 9, 31),
				Evidence: rule.Evidence{Source: "They also added a lane for bicycles on the northern side."},
			},
			{
				Rule: "number-mismatch", Severity: rule.Error, Lang: "zh",
				Message: "「12」of the source is missing here: 日期缺少日",
				Source:  pos("article.en.md", 7, 1), Target: pos("article.zh.md", 7, 1),
				Evidence: rule.Evidence{Source: "The bridge reopened on 12 March 2024.", Target: "这座桥于2024年3月重新开放，耗资4800万欧元。"},
			},
			{
				Rule: "length-mismatch", Severity: rule.Info, Lang: "zh",
				Message: "the translation is less than half the expected length",
				Source:  pos("article.en.md", 11, 1), Target: pos("article.zh.md", 11, 1),
				Evidence: rule.Evidence{Source: "Local shops welcomed the reopening; many had lost customers.", Target: "当地商店表示欢迎。"},
			},
			{
				Rule: "citation-duplicated", Severity: rule.Error, Lang: "ar",
				Message: "footnote [2] lists the same work twice (items 1 and 3)",
				Source:  pos("article.en.md", 17, 5), Target: pos("article.ar.md", 17, 44),
				Evidence: rule.Evidence{Target: "ماريا لوبيز: جسور الشمال، 2019؛ مكتب النقل: مسح حركة المرور 2023."},
			},
			{
				Rule: "version-truncated", Severity: rule.Error, Lang: "ar",
				Message: "the translation stops early: the last 24 of 36 source blocks have no counterpart",
				Source:  pos("article.en.md", 40, 1), Target: pos("article.ar.md", 23, 80),
				Evidence: rule.Evidence{Source: "Engineers replaced the steel cables & strengthened the piers.", Target: "استبدل المهندسون الكابلات الفولاذية."},
			},
			{
				Rule: "wrong-language", Severity: rule.Error, Lang: "he",
				Message:  "text is in Arabic, not Hebrew",
				Target:   pos("article.he.md", 5, 1),
				Evidence: rule.Evidence{Target: "الجسر القديم أعيد افتتاحه"},
			},
			{
				Rule: "untranslated", Severity: rule.Error, Lang: "he",
				Message: "text is still in English: \"the harbour bridge\"",
				Source:  pos("article.en.md", 3, 1), Target: pos("article.he.md", 3, 1),
				Evidence: rule.Evidence{Source: "the harbour bridge", Target: "הגשר (the harbour bridge) נפתח מחדש."},
			},
			{
				// Only a source: a defect of the source itself is reported
				// against the source, with no place in a translation.
				Rule: "footnote-sequence", Severity: rule.Warning, Lang: "en",
				Message:  "marker [4] follows [2]: [3] is skipped",
				Source:   pos("article.en.md", 30, 200),
				Evidence: rule.Evidence{Source: "…a Great Power deal. [4]"},
			},
		},
	}
}

// fixtureRules describes the rules of the fixture's findings, by hand, so
// that the renderers are tested apart from the rules' own docs.
func fixtureRules() []*rule.Rule {
	var out []*rule.Rule
	for _, id := range []string{"paragraph-extra", "version-truncated", "footnote-misnumbered", "footnote-sequence",
		"citation-duplicated", "sentence-missing", "length-mismatch", "number-mismatch", "url-mismatch", "untranslated", "wrong-language"} {
		out = append(out, &rule.Rule{ID: id, Title: "The title of " + id, Severity: rule.Warning,
			Doc: "What " + id + " reports, and when it stays silent: <b>\"quoted\"</b> & more."})
	}
	return out
}

// empty is a result with one version and no finding.
func empty() *check.Result {
	return &check.Result{
		Source:   check.Side{Lang: "en", File: "ferry.en.txt"},
		Versions: []check.Version{{Lang: "es", File: "ferry.es.txt", Blocks: 4, Aligned: 1}},
	}
}

// tool is the program every fixture is rendered as.
var tool = Options{Tool: Tool{Name: "tralign", Version: "0.1.0"}}

// render writes in with format name of command.
func render(t *testing.T, command, name string, in *Input, o Options) []byte {
	t.Helper()
	f, err := Lookup(command, name)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf, in, o); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// golden compares got with testdata/<format>/<name>.golden, or rewrites
// the file when -update is given.
func golden(t *testing.T, format, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", format, name+".golden")
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o666); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run go test ./report -update and review the diff)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

func TestTextGolden(t *testing.T) {
	tests := []struct {
		name string
		r    *check.Result
		opts Options
	}{
		{"findings", fixture(), Options{}},
		{"findings-wide", fixture(), Options{Width: 240}},
		{"findings-80", withRussian(fixture()), Options{Width: 80}},
		{"findings-50", withRussian(fixture()), Options{Width: 50}},
		{"findings-colour", fixture(), Options{Color: true}},
		{"findings-quiet", fixture(), Options{Quiet: true}},
		{"baseline", withBaseline(fixture()), Options{}},
		{"empty", empty(), Options{}},
		{"empty-quiet", empty(), Options{Quiet: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			golden(t, "text", tt.name, render(t, CommandCheck, "text", &Input{Check: tt.r}, tt.opts))
		})
	}
	t.Run("only", func(t *testing.T) {
		// What check --only error gives the renderer: the errors, and a
		// count of what was left out.
		r := fixture()
		var errs []rule.Finding
		hidden := Summary{}
		for _, f := range r.Findings {
			switch f.Severity {
			case rule.Error:
				errs = append(errs, f)
			case rule.Warning:
				hidden.Warnings++
			case rule.Info:
				hidden.Infos++
			}
		}
		r.Findings = errs
		golden(t, "text", "only-error", render(t, CommandCheck, "text", &Input{Check: r, Hidden: &hidden}, Options{Width: 80}))
	})
}

// withRussian adds a Russian version to r with a finding whose message and
// evidence are Cyrillic, to show that wrapping and widths count Cyrillic
// letters as one column each.
func withRussian(r *check.Result) *check.Result {
	r.Versions = append(r.Versions, check.Version{Lang: "ru", File: "article.ru.md", Blocks: 36, Aligned: 1})
	r.Findings = append(r.Findings, rule.Finding{
		Rule: "name-inconsistent", Severity: rule.Warning, Lang: "ru",
		Message:  `"Pröbsting" is written "Прёбстинг" (line 226, 316, 322, 325) and "Перебстинг" (line 310)`,
		Target:   pos("article.ru.md", 310, 7),
		Evidence: rule.Evidence{Target: "Михаэль Перебстинг: Русский империализм и его монополии"},
	})
	return r
}

// withBaseline says that a baseline hid findings of r and that some it
// knew are fixed.
func withBaseline(r *check.Result) *check.Result {
	r.Baseline = &baseline.Stats{Hidden: 4, Fixed: 1}
	return r
}

// TestTextWrapsAtSpaces checks that, at every width, a word no wider than
// the narrowest column is never split across lines.
func TestTextWrapsAtSpaces(t *testing.T) {
	r := withRussian(fixture())
	for _, width := range []int{40, 50, 60, 72, 80, 100, 160} {
		out := string(render(t, CommandCheck, "text", &Input{Check: r}, Options{Width: width}))
		for _, f := range r.Findings {
			for _, word := range strings.Fields(f.Message + " " + f.Evidence.Source + " " + f.Evidence.Target) {
				if displayWidth(word) <= minReadable && !strings.Contains(out, word) {
					t.Errorf("width %d: the word %q is split", width, word)
				}
			}
		}
	}
}

// TestTextWidth checks that tables keep within the width asked for, CJK
// characters counting two columns, unless even the narrowest layout does
// not fit.
func TestTextWidth(t *testing.T) {
	for _, width := range []int{50, 60, 80, 100, 120, 160, 240} {
		out := render(t, CommandCheck, "text", &Input{Check: withRussian(fixture())}, Options{Width: width})
		for _, line := range strings.Split(string(out), "\n") {
			if w := displayWidth(line); w > width {
				t.Errorf("width %d: line is %d columns wide: %s", width, w, line)
			}
		}
	}
}

// displayWidth counts East Asian wide and fullwidth runes as two columns,
// written out here rather than taken from the library under test.
func displayWidth(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case r >= 0x1100 && r <= 0x115F, r >= 0x2E80 && r <= 0xA4CF && r != 0x303F,
			r >= 0xAC00 && r <= 0xD7A3, r >= 0xF900 && r <= 0xFAFF, r >= 0xFE30 && r <= 0xFE4F,
			r >= 0xFF00 && r <= 0xFF60, r >= 0xFFE0 && r <= 0xFFE6:
			n += 2
		default:
			n++
		}
	}
	return n
}

// TestFormatGolden renders the fixture and an empty result in each
// machine-readable format and compares with testdata/<format>/<case>.golden.
func TestFormatGolden(t *testing.T) {
	formats := []struct {
		name  string
		check func(*testing.T, []byte, *check.Result) // extra structural check, or nil
	}{
		{"json", nil},
		{"junit", checkJUnit},
		{"github", nil},
		{"sarif", nil},
	}
	for _, f := range formats {
		for name, r := range map[string]*check.Result{"findings": fixture(), "empty": empty()} {
			t.Run(f.name+"/"+name, func(t *testing.T) {
				out := render(t, CommandCheck, f.name, &Input{Check: r, Rules: fixtureRules()}, tool)
				if f.check != nil {
					f.check(t, out, r)
				}
				golden(t, f.name, name, out)
			})
		}
	}
}

// checkJUnit checks that the report is XML with one failure per finding.
func checkJUnit(t *testing.T, out []byte, r *check.Result) {
	var parsed struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
	}
	if err := xml.Unmarshal(out, &parsed); err != nil {
		t.Fatalf("not XML: %v", err)
	}
	if parsed.Failures != len(r.Findings) {
		t.Errorf("failures = %d, want one per finding (%d)", parsed.Failures, len(r.Findings))
	}
}

// twoVersions is a hand-built source and translation: a title, a
// paragraph with a footnote marker and a footnote with two cited works.
func twoVersions() []*doc.Document {
	build := func(name, lang, from, text string, blocks []*doc.Block) *doc.Document {
		f := source.NewFile(name, []byte(text))
		d := &doc.Document{File: f, Lang: lang, LangFrom: from, Span: source.Span{Start: 0, End: len(text)}, Blocks: blocks}
		for i, b := range blocks {
			if b.Kind == doc.FootnoteDef {
				d.Footnotes = append(d.Footnotes, i)
			}
		}
		return d
	}
	// span returns the span of s in text.
	span := func(text, s string) source.Span {
		i := strings.Index(text, s)
		if i < 0 {
			panic(s)
		}
		return source.Span{Start: i, End: i + len(s)}
	}
	whole := func(s string) []source.Span { return []source.Span{{Start: 0, End: len(s)}} }

	en := "The Bridge & the <Harbour>\n\nThe bridge reopened on 12 March. Shops welcomed it. [1]\n\n[1] Lopez: Bridges, 2019; Office: Survey, 2023.\n"
	enP := "The bridge reopened on 12 March. Shops welcomed it. [1]"
	enN := "Lopez: Bridges, 2019; Office: Survey, 2023."
	zh := "桥与“港口”\n\n大桥于3月12日重新开放。商店表示欢迎。[1]\n\n[1] Lopez: Bridges, 2019; Office: Survey, 2023.\n"
	zhP := "大桥于3月12日重新开放。商店表示欢迎。[1]"
	return []*doc.Document{
		build("bridge.en.txt", "en", "name", en, []*doc.Block{
			{Kind: doc.Title, Span: span(en, "The Bridge & the <Harbour>"), Text: "The Bridge & the <Harbour>", Lang: "en", Sentences: whole("The Bridge & the <Harbour>")},
			{Kind: doc.Paragraph, Span: span(en, enP), Text: enP, Lang: "en",
				Markers:   []doc.Marker{{Number: 1, Span: span(en, "[1]"), Text: span(enP, "[1]")}},
				Sentences: []source.Span{{Start: 0, End: 33}, {Start: 33, End: len(enP)}}},
			{Kind: doc.FootnoteDef, Number: 1, Span: span(en, "[1] "+enN), Text: enN, Lang: "en",
				Sentences: whole(enN), Items: []source.Span{{Start: 0, End: 20}, {Start: 21, End: len(enN)}}},
		}),
		build("bridge.zh.txt", "zh", "detected", zh, []*doc.Block{
			{Kind: doc.Title, Span: span(zh, "桥与“港口”"), Text: "桥与“港口”", Lang: "zh", Sentences: whole("桥与“港口”")},
			{Kind: doc.Paragraph, Span: span(zh, zhP), Text: zhP, Lang: "zh",
				Markers:   []doc.Marker{{Number: 1, Span: span(zh, "[1]"), Text: span(zhP, "[1]")}},
				Sentences: []source.Span{span(zhP, "大桥于3月12日重新开放。"), {Start: len("大桥于3月12日重新开放。"), End: len(zhP)}}},
			{Kind: doc.FootnoteDef, Number: 1, Span: span(zh, "[1] "+enN), Text: enN, Lang: "en",
				Sentences: whole(enN), Items: []source.Span{{Start: 0, End: 20}, {Start: 21, End: len(enN)}}},
		}),
	}
}

func TestInspectGolden(t *testing.T) {
	golden(t, "inspect-text", "blocks", render(t, CommandInspect, "text", &Input{Docs: twoVersions()}, Options{Verbose: true}))
	golden(t, "inspect-json", "versions", render(t, CommandInspect, "json", &Input{Docs: twoVersions()}, Options{}))
}

// pairs is a hand-built alignment: blocks, sentences inside them, a gap on
// each side, a merge, and CJK and RTL text.
func pairs() []AlignPair {
	return []AlignPair{
		{
			Source: check.Side{Lang: "en", File: "bridge.en.txt"}, Target: check.Side{Lang: "zh", File: "bridge.zh.txt"},
			Ratio: 0.31, Lexicon: 12,
			Rows: []AlignRow{
				{Level: "block", Type: "1-1", Source: []string{"1"}, Target: []string{"1"}, Score: 0.56, SourceText: "The Bridge & the <Harbour>", TargetText: "桥与“港口”"},
				{Level: "block", Type: "1-1", Source: []string{"3"}, Target: []string{"3"}, Score: 0.07, SourceText: "The bridge reopened on 12 March. Shops welcomed it. [1]", TargetText: "大桥于3月12日重新开放。商店表示欢迎。[1]"},
				{Level: "sentence", Type: "1-1", Source: []string{"3.1"}, Target: []string{"3.1"}, Score: -0.74, SourceText: "The bridge reopened on 12 March.", TargetText: "大桥于3月12日重新开放。"},
				{Level: "sentence", Type: "1-1", Source: []string{"3.2"}, Target: []string{"3.2"}, Score: 1.2, SourceText: "Shops welcomed it. [1]", TargetText: "商店表示欢迎。[1]"},
				{Level: "block", Type: "1-0", Source: []string{"5"}, Target: []string{}, Score: 5, SourceText: "The council plans a festival.", TargetText: ""},
				{Level: "footnote", Type: "1-1", Source: []string{"7"}, Target: []string{"7"}, Score: 0.01, SourceText: "Lopez: Bridges, 2019; Office: Survey, 2023.", TargetText: "Lopez: Bridges, 2019; Office: Survey, 2023."},
				{Level: "item", Type: "1-1", Source: []string{"7.1"}, Target: []string{"7.1"}, Score: 0, SourceText: "Lopez: Bridges, 2019", TargetText: "Lopez: Bridges, 2019"},
			},
		},
		{
			Source: check.Side{Lang: "en", File: "bridge.en.txt"}, Target: check.Side{Lang: "he", File: "bridge.he.txt"},
			Ratio: 0.82, Lexicon: 0,
			Rows: []AlignRow{
				{Level: "block", Type: "2-1", Source: []string{"1", "3"}, Target: []string{"1"}, Score: 2.5, SourceText: "The Bridge & the <Harbour> ¶ The bridge reopened on 12 March.", TargetText: "הגשר נפתח מחדש ב-12 במרץ."},
				{Level: "block", Type: "0-1", Source: []string{}, Target: []string{"3"}, Score: 5, SourceText: "", TargetText: "הערת המתרגם: \"R&D\""},
			},
		},
	}
}

func TestAlignGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := alignText(&buf, pairs(), Options{}); err != nil {
		t.Fatal(err)
	}
	golden(t, "align-text", "pairs", buf.Bytes())
	buf.Reset()
	if err := alignJSON(&buf, pairs()); err != nil {
		t.Fatal(err)
	}
	golden(t, "align-json", "pairs", buf.Bytes())
	links := [][2][]int{{{0}, {0}}, {{1, 2}, {1}}, {{3}, {}}, {{}, {2}}, {{4}, {3, 4}}}
	golden(t, "beads", "links", render(t, CommandAlign, "beads", &Input{Beads: links}, Options{}))
}

func TestRulesGolden(t *testing.T) {
	rules := []*rule.Rule{
		{ID: "footnote-misnumbered", Title: "A footnote marker carries another number than the source's", Severity: rule.Error, Doc: "Reports a footnote marker whose number differs from the source marker at the aligned place, marker by marker: when one marker was dropped and the following ones each went one lower, each shifted marker is reported where it stands."},
		{ID: "url-mismatch", Title: "Links & e-mail addresses differ", Severity: rule.Warning, Doc: `Reports links such as <https://example.org/?a=1&b=2> that differ between "aligned" blocks.`},
		{ID: "length-mismatch", Title: "Aligned text far off the expected length", Severity: rule.Info, Doc: "Short."},
	}
	golden(t, "rules-text", "rules", render(t, CommandRules, "text", &Input{Rules: rules}, Options{}))
	golden(t, "rules-json", "rules", render(t, CommandRules, "json", &Input{Rules: rules}, Options{}))
}
