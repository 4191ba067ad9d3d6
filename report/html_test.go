package report

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// version builds a document from its file text and the blocks in it, each
// given by kind and the text of the block as it stands in the file (the
// markup before it, "# " or "[1] ", is left out of the block's text).
// Markers "[n]", links and cited works (split at "; " in footnotes) are
// found in the text.
func version(name, lang, text string, blocks ...blockSpec) *doc.Document {
	f := source.NewFile(name, []byte(text))
	d := &doc.Document{File: f, Format: "markdown", Lang: lang, LangFrom: "name", Span: source.Span{Start: 0, End: len(text)}}
	from := 0
	for _, bs := range blocks {
		i := strings.Index(text[from:], bs.text)
		if i < 0 {
			panic("no " + bs.text + " in " + name)
		}
		i += from
		from = i + len(bs.text)
		start := i - len(bs.markup)
		b := &doc.Block{Kind: bs.kind, Span: source.Span{Start: start, End: i + len(bs.text)}, Lang: bs.lang, Number: bs.number}
		if b.Lang == "" {
			b.Lang = lang
		}
		var bld doc.Builder
		bld.Append(bs.text, i)
		bld.Finish(b)
		b.Sentences = []source.Span{{Start: 0, End: len(b.Text)}}
		if len(bs.sents) > 0 {
			b.Sentences = nil
			k := 0
			for _, sent := range bs.sents {
				j := strings.Index(b.Text[k:], sent)
				if j < 0 {
					panic("no sentence " + sent + " in " + bs.text)
				}
				b.Sentences = append(b.Sentences, source.Span{Start: k + j, End: k + j + len(sent)})
				k += j + len(sent)
			}
		}
		for k := 0; k < len(b.Text); {
			j := strings.Index(b.Text[k:], "[")
			if j < 0 {
				break
			}
			j += k
			e := strings.Index(b.Text[j:], "]")
			if e < 0 {
				break
			}
			e += j + 1
			if n := b.Text[j+1 : e-1]; n != "" && strings.Trim(n, "0123456789") == "" {
				b.Markers = append(b.Markers, doc.Marker{Number: atoi(n), Label: n, Span: source.Span{Start: i + j, End: i + e}, Text: source.Span{Start: j, End: e}})
			}
			k = e
		}
		if u := strings.Index(b.Text, "https://"); u >= 0 {
			e := u + strings.IndexAny(b.Text[u:]+" ", " >")
			b.Links = append(b.Links, doc.Link{URL: b.Text[u:e], Text: source.Span{Start: u, End: e}})
		}
		if bs.kind == doc.FootnoteDef {
			b.Label = bs.markup[1 : len(bs.markup)-2]
			b.Number = atoi(b.Label)
			k := 0
			for _, item := range strings.Split(b.Text, "; ") {
				b.Items = append(b.Items, source.Span{Start: k, End: k + len(item)})
				k += len(item) + 2
			}
			d.Footnotes = append(d.Footnotes, len(d.Blocks))
		}
		d.Blocks = append(d.Blocks, b)
	}
	return d
}

type blockSpec struct {
	kind   doc.Kind
	markup string // the markup before the text in the file: "# ", "[1] "
	text   string
	lang   string // the block's language when it is not the version's
	number int
	sents  []string // the sentences of the text; nil for one
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// link pairs source blocks with target blocks.
func link(src, dst []int, items ...bitext.SentLink) bitext.Link {
	return bitext.Link{Source: src, Target: dst, Items: items}
}

// sents sets the sentence links of l.
func sents(l bitext.Link, s ...bitext.SentLink) bitext.Link {
	l.Sents = s
	return l
}

// sent links sentence si of source block sb with sentence ti of target
// block tb; -1 leaves a side empty.
func sent(sb, si, tb, ti int) bitext.SentLink {
	var l bitext.SentLink
	if si >= 0 {
		l.Source = []bitext.Ref{{Block: sb, Index: si}}
	}
	if ti >= 0 {
		l.Target = []bitext.Ref{{Block: tb, Index: ti}}
	}
	return l
}

func item(src, dst []int, block [2]int) bitext.SentLink {
	var l bitext.SentLink
	for _, i := range src {
		l.Source = append(l.Source, bitext.Ref{Block: block[0], Index: i})
	}
	for _, i := range dst {
		l.Target = append(l.Target, bitext.Ref{Block: block[1], Index: i})
	}
	return l
}

// position returns the place of the first s (after the first after, if
// given) in d's file.
func position(d *doc.Document, s string, after ...string) *source.Position {
	from := 0
	for _, a := range after {
		from += strings.Index(string(d.File.Content[from:]), a) + len(a)
	}
	i := strings.Index(string(d.File.Content[from:]), s)
	if i < 0 {
		panic("no " + s + " in " + d.File.Name)
	}
	p := d.File.Position(from + i)
	return &p
}

// reviewFixture is a result built by hand, with its alignment, for the
// review page: two documents, the first with a Russian and a Hebrew
// translation, the second with a Spanish one that stops early; a finding
// in Cyrillic, HTML metacharacters in text, messages and evidence, a
// finding with only a source place, one with only a target place, a
// defect of the source itself, a merge, a block with no counterpart on
// each side, a cited work listed twice, and a finding in a file that was
// not aligned (an orphan translation of a tree).
func reviewFixture() *check.Result {
	enText := "# The Ferry & the <Harbour>\n\nThe ferry sails at 7:30 from pier 4. See https://example.org/ferry?a=1&b=2 for \"times\". [1]\n\nTickets cost 12 euros; children travel free.\n\nThe the harbour office opens at 8.\n\n[1] Port Office: Timetable, 2024; Lopez: Ferries, 2019.\n"
	en := version("ferry.en.md", "en", enText,
		blockSpec{kind: doc.Title, markup: "# ", text: "The Ferry & the <Harbour>"},
		blockSpec{kind: doc.Paragraph, text: "The ferry sails at 7:30 from pier 4. See https://example.org/ferry?a=1&b=2 for \"times\". [1]",
			sents: []string{"The ferry sails at 7:30 from pier 4. ", "See https://example.org/ferry?a=1&b=2 for \"times\". [1]"}},
		blockSpec{kind: doc.Paragraph, text: "Tickets cost 12 euros; children travel free."},
		blockSpec{kind: doc.Paragraph, text: "The the harbour office opens at 8."},
		blockSpec{kind: doc.FootnoteDef, markup: "[1] ", text: "Port Office: Timetable, 2024; Lopez: Ferries, 2019."},
	)
	ruText := "# Паром и «Гавань»\n\nПаром отходит в 7:30 от причала 5. См. https://example.org/ferry?a=1&b=2. [1]\n\nПримечание переводчика: <i>R&D</i>.\n\nБилеты стоят 12 евро, дети бесплатно. Офис открывается в 8.\n\n[1] Port Office: Timetable, 2024; Port Office: Timetable, 2024.\n"
	ru := version("ferry.ru.md", "ru", ruText,
		blockSpec{kind: doc.Title, markup: "# ", text: "Паром и «Гавань»"},
		blockSpec{kind: doc.Paragraph, text: "Паром отходит в 7:30 от причала 5. См. https://example.org/ferry?a=1&b=2. [1]",
			sents: []string{"Паром отходит в 7:30 от причала 5. ", "См. https://example.org/ferry?a=1&b=2. [1]"}},
		blockSpec{kind: doc.Paragraph, text: "Примечание переводчика: <i>R&D</i>."},
		blockSpec{kind: doc.Paragraph, text: "Билеты стоят 12 евро, дети бесплатно. Офис открывается в 8.",
			sents: []string{"Билеты стоят 12 евро, дети бесплатно. ", "Офис открывается в 8."}},
		blockSpec{kind: doc.FootnoteDef, markup: "[1] ", text: "Port Office: Timetable, 2024; Port Office: Timetable, 2024.", lang: "en"},
	)
	heText := "# המעבורת והנמל\n\nהמעבורת יוצאת ב-7:30 מרציף 4. [1]\n\nהכרטיסים עולים 12 אירו.\n\nמשרד הנמל נפתח ב-8.\n\n[1] Port Office: Timetable, 2024; Lopez: Ferries, 2019.\n"
	he := version("ferry.he.md", "he", heText,
		blockSpec{kind: doc.Title, markup: "# ", text: "המעבורת והנמל"},
		blockSpec{kind: doc.Paragraph, text: "המעבורת יוצאת ב-7:30 מרציף 4. [1]"},
		blockSpec{kind: doc.Paragraph, text: "הכרטיסים עולים 12 אירו."},
		blockSpec{kind: doc.Paragraph, text: "משרד הנמל נפתח ב-8."},
		blockSpec{kind: doc.FootnoteDef, markup: "[1] ", text: "Port Office: Timetable, 2024; Lopez: Ferries, 2019.", lang: "en"},
	)
	ruPair := &bitext.Pair{Source: en, Target: ru, Ratio: 1.1,
		// The translator's note has no source; the last two source
		// paragraphs are one Russian paragraph.
		Blocks: []bitext.Link{link([]int{0}, []int{0}),
			sents(link([]int{1}, []int{1}), sent(1, 0, 1, 0), sent(1, 1, 1, 1)),
			link(nil, []int{2}),
			sents(link([]int{2, 3}, []int{3}), sent(2, 0, 3, 0), sent(3, 0, 3, 1))},
		Notes: []bitext.Link{link([]int{4}, []int{4},
			item([]int{0}, []int{0}, [2]int{4, 4}), item([]int{1}, nil, [2]int{4, 4}), item(nil, []int{1}, [2]int{4, 4}))},
	}
	hePair := &bitext.Pair{Source: en, Target: he, Ratio: 0.8,
		// The Hebrew paragraph leaves the link out: two source sentences
		// are one here.
		Blocks: []bitext.Link{link([]int{0}, []int{0}),
			sents(link([]int{1}, []int{1}), bitext.SentLink{Source: []bitext.Ref{{Block: 1, Index: 0}, {Block: 1, Index: 1}}, Target: []bitext.Ref{{Block: 1, Index: 0}}}),
			link([]int{2}, []int{2}), link([]int{3}, []int{3})},
		Notes: []bitext.Link{link([]int{4}, []int{4},
			item([]int{0}, []int{0}, [2]int{4, 4}), item([]int{1}, []int{1}, [2]int{4, 4}))},
	}

	introEn := "Welcome to the <guide>.\n\nIt has 3 parts.\n\nRead them in order.\n"
	ien := version("guide/intro.en.txt", "en", introEn,
		blockSpec{kind: doc.Paragraph, text: "Welcome to the <guide>."},
		blockSpec{kind: doc.Paragraph, text: "It has 3 parts."},
		blockSpec{kind: doc.Paragraph, text: "Read them in order."},
	)
	introEs := "Bienvenidos a la <guía>.\n\nTiene 3 partes.\n"
	ies := version("guide/intro.es.txt", "es", introEs,
		blockSpec{kind: doc.Paragraph, text: "Bienvenidos a la <guía>."},
		blockSpec{kind: doc.Paragraph, text: "Tiene 3 partes."},
	)
	esPair := &bitext.Pair{Source: ien, Target: ies, Ratio: 1.1,
		Blocks: []bitext.Link{link([]int{0}, []int{0}), link([]int{1}, []int{1}), link([]int{2}, nil)}}

	return &check.Result{
		Source:   check.Side{Lang: "en", File: "ferry.en.md"},
		Versions: []check.Version{{Lang: "ru", File: "ferry.ru.md", Blocks: 5, Aligned: 1}, {Lang: "he", File: "ferry.he.md", Blocks: 5, Aligned: 1}},
		Pairs:    []*bitext.Pair{ruPair, hePair, esPair},
		Findings: []rule.Finding{
			{Rule: "text-garbled", Severity: rule.Info, Lang: "en",
				Message: `"The the" is a doubled word`, Source: position(en, "The the"),
				Evidence: rule.Evidence{Source: "The the harbour office"}},
			{Rule: "number-mismatch", Severity: rule.Error, Lang: "ru",
				Message: "«4» источника здесь нет: причал 5", Source: position(en, "4."), Target: position(ru, "5."),
				Evidence: rule.Evidence{Source: "…from pier 4.", Target: "…от причала 5."}},
			{Rule: "paragraph-extra", Severity: rule.Warning, Lang: "ru",
				Message: "paragraph has no counterpart in the source", Target: position(ru, "Примечание"),
				Evidence: rule.Evidence{Target: "Примечание переводчика: <i>R&D</i>."}},
			{Rule: "paragraph-merged", Severity: rule.Warning, Lang: "ru",
				Message: "two source paragraphs are one here", Source: position(en, "Tickets"), Target: position(ru, "Билеты")},
			{Rule: "citation-duplicated", Severity: rule.Error, Lang: "ru",
				Message: "footnote [1] lists the same work twice (items 1 and 2)", Source: position(en, "Port Office"), Target: position(ru, "Port Office", "; "),
				Evidence: rule.Evidence{Target: "Port Office: Timetable, 2024"}},
			{Rule: "citation-missing", Severity: rule.Error, Lang: "ru",
				// Only a source place: the work is nowhere in the translation.
				Message: "a work cited in source footnote [1] is missing from the translation", Source: position(en, "Lopez"),
				Evidence: rule.Evidence{Source: "Lopez: Ferries, 2019."}},
			{Rule: "url-mismatch", Severity: rule.Warning, Lang: "he",
				Message: `link "example.org/ferry?a=1&b=2" of the source is missing here`, Source: position(en, "https://"), Target: position(he, "[1]"),
				Evidence: rule.Evidence{Source: `See <https://example.org/ferry?a=1&b=2> for "times".`, Target: "המעבורת יוצאת ב-7:30 מרציף 4."}},
			{Rule: "version-truncated", Severity: rule.Error, Lang: "es",
				Message: "the translation stops early: the last 1 of 3 source blocks have no counterpart", Source: position(ien, "Read"), Target: position(ies, "Tiene"),
				Evidence: rule.Evidence{Source: "Read them in order."}},
			{Rule: "translation-orphan", Severity: rule.Warning, Lang: "fr",
				Message: "guide/old.fr.txt has no source document", Target: &source.Position{Filename: "guide/old.fr.txt", Line: 1, Column: 1}},
		},
	}
}

// stripAssets replaces the inline style sheet and script, which are the
// files review.css and review.js as they are, so that the golden files
// hold what the result made.
func stripAssets(t *testing.T, page []byte) []byte {
	t.Helper()
	s := string(page)
	for _, a := range []struct{ open, body, close, file string }{{"<style>\n", reviewCSS, "</style>", "review.css"}, {"<script>\n", reviewJS, "</script>", "review.js"}} {
		whole := a.open + a.body + a.close
		if strings.Count(s, whole) != 1 {
			t.Fatalf("the page does not hold %q once, verbatim", a.open)
		}
		s = strings.Replace(s, whole, a.open+"(inline copy of "+a.file+")\n"+a.close, 1)
	}
	return []byte(s)
}

func TestHTMLGolden(t *testing.T) {
	tests := []struct {
		name string
		r    *check.Result
	}{
		{"review", reviewFixture()},
		{"flat", fixture()},
		{"empty", empty()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, CommandCheck, "html", &Input{Check: tt.r, Rules: fixtureRules()}, tool)
			golden(t, "html", tt.name, stripAssets(t, out))
		})
	}
}

// TestHTMLDeterministic renders the same result twice, and a copy of it,
// and wants the same bytes.
func TestHTMLDeterministic(t *testing.T) {
	a := render(t, CommandCheck, "html", &Input{Check: reviewFixture(), Rules: fixtureRules()}, tool)
	for range 3 {
		b := render(t, CommandCheck, "html", &Input{Check: reviewFixture(), Rules: fixtureRules()}, tool)
		if !bytes.Equal(a, b) {
			t.Fatal("two renderings of one result differ")
		}
	}
}

// TestHTMLSelfContained checks that the page loads nothing: no remote
// script, style sheet, font or image.
func TestHTMLSelfContained(t *testing.T) {
	out := string(render(t, CommandCheck, "html", &Input{Check: reviewFixture(), Rules: fixtureRules()}, tool))
	for _, bad := range []string{"<link", "<img", "<iframe", "src=", "@import", "url(", "http://", "//fonts."} {
		if strings.Contains(out, bad) {
			t.Errorf("the page holds %q", bad)
		}
	}
	// The one link of the fixture's text is text and a data attribute,
	// never something the page loads.
	for _, m := range regexp.MustCompile(`https://[^\s"<&]*`).FindAllStringIndex(out, -1) {
		if pre := out[max(0, m[0]-6):m[0]]; strings.HasSuffix(pre, "href=\"") {
			t.Errorf("the page links out: %s", out[m[0]:m[1]])
		}
	}
}

// TestHTMLEscapes checks that text from the documents and the findings
// reaches the page escaped, and that right-to-left columns are marked.
func TestHTMLEscapes(t *testing.T) {
	out := string(render(t, CommandCheck, "html", &Input{Check: reviewFixture(), Rules: fixtureRules()}, tool))
	for _, raw := range []string{"<Harbour>", "<i>R&D</i>", "<guide>", `<https://example.org`, "a=1&b=2"} {
		if strings.Contains(out, raw) {
			t.Errorf("the page holds %q unescaped", raw)
		}
	}
	for _, want := range []string{"&lt;Harbour&gt;", "&lt;i&gt;R&amp;D&lt;/i&gt;", `lang="he" dir="rtl"`, `lang="ru" dir="ltr"`, "«4» источника здесь нет: причал 5"} {
		if !strings.Contains(out, want) {
			t.Errorf("the page lacks %q", want)
		}
	}
}

// TestHTMLPlaces checks where the findings of the fixture stand: each in
// the row of its place and the column of its language.
func TestHTMLPlaces(t *testing.T) {
	rv := newReview(&Input{Check: reviewFixture()})
	if len(rv.docs) != 3 {
		t.Fatalf("%d documents, want 3 (two aligned, one orphan)", len(rv.docs))
	}
	where := map[string]string{}
	for _, rd := range rv.docs {
		for _, row := range rd.rows {
			for ci, cell := range row.cells {
				for _, i := range cell.findings {
					where[rv.findings[i].Rule] = rd.name + " " + row.kind + " " + strings.Join(blockLines(rd, row, 0), ",") + " " + rd.cols[ci].lang
				}
			}
		}
	}
	want := map[string]string{
		"text-garbled":        "ferry.en.md body 5,7 en", // the merged row of source lines 5 and 7
		"number-mismatch":     "ferry.en.md body 3 ru",
		"paragraph-extra":     "ferry.en.md extra  ru",
		"paragraph-merged":    "ferry.en.md body 5,7 ru",
		"citation-duplicated": "ferry.en.md note 9 ru",
		"citation-missing":    "ferry.en.md note 9 ru",
		"url-mismatch":        "ferry.en.md body 3 he",
		"version-truncated":   "guide/intro.en.txt body 3 es",
		"translation-orphan":  "guide/old.fr.txt finding  fr",
	}
	for rule, w := range want {
		if where[rule] != w {
			t.Errorf("%s is at %q, want %q", rule, where[rule], w)
		}
	}
}

func blockLines(rd *reviewDoc, row *reviewRow, ci int) []string {
	var out []string
	for _, bi := range row.cells[ci].blocks {
		out = append(out, strconv.Itoa(rd.cols[ci].d.File.Line(rd.cols[ci].d.Blocks[bi].Span.Start)))
	}
	return out
}

// TestHTMLHostilePlaces gives findings places that are not in their
// files: lines and columns out of range, files not aligned, no place at
// all. Each still gets a row, and nothing panics.
func TestHTMLHostilePlaces(t *testing.T) {
	r := reviewFixture()
	bad := []*source.Position{
		{Filename: "ferry.ru.md", Line: 0, Column: 0},
		{Filename: "ferry.ru.md", Line: 9999, Column: 1},
		{Filename: "ferry.ru.md", Line: 3, Column: 1 << 30},
		{Filename: "ferry.ru.md", Line: -4, Column: -7},
		{Filename: "elsewhere.md", Line: 1, Column: 1},
		nil,
	}
	for i, p := range bad {
		for _, q := range bad {
			r.Findings = append(r.Findings, rule.Finding{Rule: "number-mismatch", Severity: rule.Warning, Lang: "ru", Message: "m" + strconv.Itoa(i), Source: q, Target: p})
		}
	}
	out := string(render(t, CommandCheck, "html", &Input{Check: r}, tool))
	if got := strings.Count(out, `<div class="fbox`); got != len(r.Findings) {
		t.Errorf("%d findings on the page, want %d", got, len(r.Findings))
	}
}
