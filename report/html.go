package report

import (
	_ "embed"
	"fmt"
	"html"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// The review page: one self-contained HTML file for an editor. Each
// document is a table with one column per version (the source first) and
// one row per place of the source, following the alignment; a block of a
// translation with no counterpart in the source gets a row of its own.
// Each finding stands in its row, in the column of its version, and is
// listed above the table; inside aligned blocks the tokens that differ
// are marked (see htmldiff.go). The page needs nothing but itself: the
// style and the script that filters and moves from finding to finding are
// inline, and the same result always gives the same bytes.

//go:embed review.css
var reviewCSS string

//go:embed review.js
var reviewJS string

var _ = register(Format{Command: CommandCheck, Name: "html", Write: checkHTML})

// checkHTML writes the review page of in.Check.
func checkHTML(w io.Writer, in *Input, o Options) error {
	rv := newReview(in)
	var sb strings.Builder
	rv.render(&sb, o)
	_, err := io.WriteString(w, sb.String())
	return err
}

// review is the page: its documents and where each finding stands.
type review struct {
	docs     []*reviewDoc
	findings []rule.Finding // as given
	num      []int          // finding index -> its number on the page, from 1
	rules    map[string]*rule.Rule
	byFile   map[string][]fileCol // the aligned versions of each file
}

// fileCol names a column of a document.
type fileCol struct {
	rd *reviewDoc
	ci int
}

// reviewDoc is one document: a source and its translations.
type reviewDoc struct {
	id       int // from 1, in page order
	name     string
	src      *doc.Document // nil when the result has no alignment
	cols     []*reviewCol  // the source first
	rows     []*reviewRow
	findings []int // indexes into review.findings, in page order
}

// reviewCol is one version of a document.
type reviewCol struct {
	lang, file string
	d          *doc.Document // nil when the result has no alignment
	pair       *bitext.Pair  // nil for the source
	rowOf      []*reviewRow  // block index -> its row
	marks      map[int][]mark
	badges     map[int][]badge
	starts     []int // indexes of d.Blocks sorted by the start of their span
}

// badge is a finding's place inside a block's text.
type badge struct {
	offset  int // bytes of Block.Text
	finding int
}

// Kinds of rows.
const (
	rowBody    = "body"    // source blocks with what each translation aligned to them
	rowNote    = "note"    // footnote definitions
	rowExtra   = "extra"   // translation blocks with no counterpart in the source
	rowFinding = "finding" // a finding with no place in the aligned text
)

type reviewRow struct {
	id    int // from 1 within its document
	kind  string
	cells []*reviewCell
	ev    int // rowFinding: the finding
}

type reviewCell struct {
	blocks   []int
	findings []int
}

func newReview(in *Input) *review {
	r := in.Check
	if r == nil {
		r = &check.Result{}
	}
	rv := &review{findings: r.Findings, num: make([]int, len(r.Findings)), rules: map[string]*rule.Rule{}}
	for _, ru := range in.Rules {
		rv.rules[ru.ID] = ru
	}
	// A tree names a version's language with its region ("pt-BR"), as its
	// findings do; the documents hold the base language.
	langOf := map[string]string{}
	for _, v := range r.Versions {
		langOf[v.File] = v.Lang
	}
	bySrc := map[*doc.Document]*reviewDoc{}
	for _, p := range r.Pairs {
		rd := bySrc[p.Source]
		if rd == nil {
			rd = &reviewDoc{name: p.Source.File.Name, src: p.Source}
			rd.cols = append(rd.cols, newCol(p.Source.Lang, p.Source.File.Name, p.Source, nil))
			bySrc[p.Source] = rd
			rv.docs = append(rv.docs, rd)
		}
		lang := p.Target.Lang
		if l := langOf[p.Target.File.Name]; l != "" && langid.Base(l) == lang {
			lang = l
		}
		rd.cols = append(rd.cols, newCol(lang, p.Target.File.Name, p.Target, p))
	}
	sort.SliceStable(rv.docs, func(i, j int) bool {
		a, b := rv.docs[i], rv.docs[j]
		if a.name != b.name {
			return a.name < b.name
		}
		return a.src.Span.Start < b.src.Span.Start
	})
	for _, rd := range rv.docs {
		rd.layout()
	}
	// The aligned versions by file name, for placing findings: several
	// when one file holds several versions.
	rv.byFile = map[string][]fileCol{}
	for _, rd := range rv.docs {
		for ci, c := range rd.cols {
			rv.byFile[c.file] = append(rv.byFile[c.file], fileCol{rd, ci})
		}
	}
	for i := range rv.findings {
		rv.place(i, r)
	}
	if len(rv.docs) == 0 && r.Source.File != "" {
		// Checked, and nothing found.
		rv.looseDoc(rule.Finding{}, r)
	}
	for i, rd := range rv.docs {
		rd.id = i + 1
		rd.order(rv)
	}
	n := 0
	for _, rd := range rv.docs {
		for _, fi := range rd.findings {
			n++
			rv.num[fi] = n
		}
	}
	return rv
}

func newCol(lang, file string, d *doc.Document, p *bitext.Pair) *reviewCol {
	c := &reviewCol{lang: lang, file: file, d: d, pair: p, marks: map[int][]mark{}, badges: map[int][]badge{}}
	if d != nil {
		c.rowOf = make([]*reviewRow, len(d.Blocks))
		c.starts = make([]int, len(d.Blocks))
		for i := range c.starts {
			c.starts[i] = i
		}
		sort.SliceStable(c.starts, func(i, j int) bool { return d.Blocks[c.starts[i]].Span.Start < d.Blocks[c.starts[j]].Span.Start })
	}
	return c
}

func (rd *reviewDoc) newRow(kind string) *reviewRow {
	row := &reviewRow{kind: kind, cells: make([]*reviewCell, len(rd.cols)), ev: -1}
	for i := range row.cells {
		row.cells[i] = &reviewCell{}
	}
	return row
}

// layout builds the rows of an aligned document: the body, then the
// footnotes.
func (rd *reviewDoc) layout() {
	var body []int
	for i, b := range rd.src.Blocks {
		if b.Kind != doc.FootnoteDef {
			body = append(body, i)
		}
	}
	rd.layoutPart(body, rowBody, func(p *bitext.Pair) []bitext.Link { return p.Blocks })
	rd.layoutPart(rd.src.Footnotes, rowNote, func(p *bitext.Pair) []bitext.Link { return p.Notes })
	for _, c := range rd.cols[1:] {
		for _, links := range [][]bitext.Link{c.pair.Blocks, c.pair.Notes} {
			for _, l := range links {
				for _, m := range linkMarks(c.pair, l, c.lang) {
					side := c
					if !m.target {
						side = rd.cols[0]
					}
					side.marks[m.block] = append(side.marks[m.block], m)
				}
			}
		}
	}
}

// layoutPart adds the rows of seq, source blocks in reading order, and of
// the links of each translation over them. A row holds the source blocks
// that the translations link together: a run of source blocks that one
// translation merged into one block is one row, and every translation
// shows its blocks for the run in that row. A translation's blocks with no
// source counterpart go in the row they fall inside, or in a row of their
// own between two rows.
func (rd *reviewDoc) layoutPart(seq []int, kind string, links func(*bitext.Pair) []bitext.Link) {
	pos := make(map[int]int, len(seq))
	for k, bi := range seq {
		pos[bi] = k
	}
	span := func(l bitext.Link) (lo, hi int) {
		lo, hi = len(seq), -1
		for _, bi := range l.Source {
			if k, ok := pos[bi]; ok {
				lo, hi = min(lo, k), max(hi, k)
			}
		}
		return lo, hi
	}
	reach := make([]int, len(seq))
	for k := range reach {
		reach[k] = k
	}
	for _, c := range rd.cols[1:] {
		for _, l := range links(c.pair) {
			if lo, hi := span(l); hi >= 0 {
				reach[lo] = max(reach[lo], hi)
			}
		}
	}
	rowAt := make([]int, len(seq)) // position in seq -> index into base
	var base []*reviewRow
	for k := 0; k < len(seq); {
		end, j := reach[k], k
		for ; j <= end; j++ {
			end = max(end, reach[j])
		}
		row := rd.newRow(kind)
		for m := k; m < j; m++ {
			rowAt[m] = len(base)
			row.cells[0].blocks = append(row.cells[0].blocks, seq[m])
			rd.cols[0].rowOf[seq[m]] = row
		}
		base = append(base, row)
		k = j
	}
	extras := map[int]*reviewRow{} // index into base of the row before (-1: before the first)
	for ci, c := range rd.cols {
		if ci == 0 {
			continue
		}
		last := -1
		for _, l := range links(c.pair) {
			var row *reviewRow
			if lo, hi := span(l); hi >= 0 {
				row = base[rowAt[lo]]
				last = max(last, hi)
			} else if last >= 0 && last+1 < len(seq) && rowAt[last+1] == rowAt[last] {
				row = base[rowAt[last]]
			} else {
				key := -1
				if last >= 0 {
					key = rowAt[last]
				}
				if extras[key] == nil {
					extras[key] = rd.newRow(rowExtra)
				}
				row = extras[key]
			}
			row.cells[ci].blocks = append(row.cells[ci].blocks, l.Target...)
			for _, bi := range l.Target {
				c.rowOf[bi] = row
			}
		}
	}
	if r := extras[-1]; r != nil {
		rd.rows = append(rd.rows, r)
	}
	for i, r := range base {
		rd.rows = append(rd.rows, r)
		if x := extras[i]; x != nil {
			rd.rows = append(rd.rows, x)
		}
	}
}

// fileOffset returns the byte offset of p in f, from its line and column.
func fileOffset(f *source.File, p *source.Position) (int, bool) {
	if p.Line < 1 || p.Line > f.LineCount() {
		return 0, false
	}
	off := f.LineStart(p.Line)
	for col := 1; col < p.Column && off < len(f.Content); col++ {
		if c := f.Content[off]; c == '\n' || c == '\r' {
			break
		}
		_, n := utf8.DecodeRune(f.Content[off:])
		off += n
	}
	return off, true
}

// locate finds the block of c that holds p and the place in its text:
// the last block that starts at or before p (or the first block).
func (c *reviewCol) locate(p *source.Position) (block, text int, ok bool) {
	if c.d == nil || p == nil || p.Filename != c.d.File.Name || len(c.d.Blocks) == 0 {
		return 0, 0, false
	}
	off, ok := fileOffset(c.d.File, p)
	if !ok || off < c.d.Span.Start || off > c.d.Span.End || off == c.d.Span.End && off < len(c.d.File.Content) {
		return 0, 0, false
	}
	k := sort.Search(len(c.starts), func(k int) bool { return c.d.Blocks[c.starts[k]].Span.Start > off }) - 1
	if k < 0 {
		k = 0
	}
	b := c.d.Blocks[c.starts[k]]
	// The text offset whose file offset is the last at or before off.
	t := sort.Search(len(b.Text)+1, func(t int) bool { return b.FileOffset(t) > off }) - 1
	t = max(0, t)
	for t > 0 && t < len(b.Text) && !utf8.RuneStart(b.Text[t]) {
		t--
	}
	return c.starts[k], t, true
}

// place puts finding i in its document, row and column.
func (rv *review) place(i int, r *check.Result) {
	f := rv.findings[i]
	type hit struct {
		rd          *reviewDoc
		ci          int
		block, text int
	}
	find := func(p *source.Position, target bool) (hit, bool) {
		if p == nil {
			return hit{}, false
		}
		for _, fc := range rv.byFile[p.Filename] {
			if (fc.ci > 0) != target {
				continue
			}
			if b, t, ok := fc.rd.cols[fc.ci].locate(p); ok {
				return hit{fc.rd, fc.ci, b, t}, true
			}
		}
		return hit{}, false
	}
	th, tok := find(f.Target, true)
	sh, sok := find(f.Source, false)
	if tok && sok && sh.rd != th.rd {
		sok = false
	}
	rd := th.rd
	if !tok {
		rd = sh.rd
	}
	if !tok && !sok {
		rd = rv.looseDoc(f, r)
	}
	ci := 0
	switch {
	case tok:
		ci = th.ci
	case f.Lang != rd.cols[0].lang || f.Source == nil && rd.cols[0].file == "":
		file := ""
		if f.Target != nil {
			file = f.Target.Filename
		}
		ci = rd.col(f.Lang, file)
	}
	var row *reviewRow
	if tok {
		row = rd.cols[th.ci].rowOf[th.block]
		rd.cols[th.ci].badges[th.block] = append(rd.cols[th.ci].badges[th.block], badge{th.text, i})
	}
	if sok {
		if row == nil {
			row = rd.cols[0].rowOf[sh.block]
		}
		rd.cols[0].badges[sh.block] = append(rd.cols[0].badges[sh.block], badge{sh.text, i})
	}
	if row == nil {
		row = rd.newRow(rowFinding)
		row.ev = i
		rd.rows = append(rd.rows, row)
	}
	row.cells[ci].findings = append(row.cells[ci].findings, i)
}

// col returns the column of the translation in lang, adding one (of
// file) to a document without alignment.
func (rd *reviewDoc) col(lang, file string) int {
	for ci, c := range rd.cols {
		if ci > 0 && c.lang == lang {
			return ci
		}
	}
	if rd.src != nil {
		return 0
	}
	rd.cols = append(rd.cols, &reviewCol{lang: lang, file: file})
	for _, row := range rd.rows {
		row.cells = append(row.cells, &reviewCell{})
	}
	return len(rd.cols) - 1
}

// looseDoc returns the document of a finding that has no place in any
// aligned document, made when needed: the result's own document when the
// finding is in its source or one of its versions, else a document named
// after the finding's source file or, with no source place, its file.
func (rv *review) looseDoc(f rule.Finding, r *check.Result) *reviewDoc {
	name, srcFile := r.Source.File, r.Source.File
	switch {
	case f.Source != nil:
		name, srcFile = f.Source.Filename, f.Source.Filename
	case f.Target != nil:
		name, srcFile = f.Target.Filename, ""
		for _, v := range r.Versions {
			if v.File == f.Target.Filename {
				name, srcFile = r.Source.File, r.Source.File
			}
		}
	}
	for _, rd := range rv.docs {
		if rd.src == nil && rd.name == name {
			return rd
		}
	}
	rd := &reviewDoc{name: name}
	rd.cols = []*reviewCol{{file: srcFile}}
	if srcFile != "" && srcFile == r.Source.File {
		rd.cols[0].lang = r.Source.Lang
		for _, v := range r.Versions {
			rd.cols = append(rd.cols, &reviewCol{lang: v.Lang, file: v.File})
		}
	}
	// Keep documents in name order; the new one goes after those of its
	// name that have an alignment.
	k := sort.Search(len(rv.docs), func(k int) bool { return rv.docs[k].name > name })
	rv.docs = append(rv.docs[:k], append([]*reviewDoc{rd}, rv.docs[k:]...)...)
	return rd
}

// order numbers the rows of rd, rows of findings without a place first,
// and lists its findings in page order: by row, then column.
func (rd *reviewDoc) order(rv *review) {
	var loose, rest []*reviewRow
	for _, row := range rd.rows {
		if row.kind == rowFinding {
			loose = append(loose, row)
		} else {
			rest = append(rest, row)
		}
	}
	rd.rows = append(loose, rest...)
	for k, row := range rd.rows {
		row.id = k + 1
		for _, cell := range row.cells {
			rd.findings = append(rd.findings, cell.findings...)
		}
	}
}

// Right-to-left languages: their columns and evidence are set right to
// left.
var rtlLangs = map[string]bool{"ar": true, "he": true, "fa": true, "ur": true, "yi": true, "ps": true, "dv": true, "sd": true, "ug": true, "ckb": true, "syr": true, "iw": true}

func dir(lang string) string {
	base, _, _ := strings.Cut(strings.ToLower(lang), "-")
	if rtlLangs[base] {
		return "rtl"
	}
	return "ltr"
}

var esc = html.EscapeString

func langName(lang string) string {
	if lang == "" {
		return "language unknown"
	}
	if n := langid.Name(lang); n != "" && n != lang {
		return n + " (" + lang + ")"
	}
	return lang
}

func sevClass(s rule.Severity) string { return s.String() }

// counts returns the findings of rd by severity.
func (rv *review) counts(fs []int) Summary {
	var s Summary
	for _, i := range fs {
		switch rv.findings[i].Severity {
		case rule.Error:
			s.Errors++
		case rule.Warning:
			s.Warnings++
		case rule.Info:
			s.Infos++
		}
	}
	return s
}

func (rv *review) render(sb *strings.Builder, o Options) {
	title := "review"
	if len(rv.docs) == 1 {
		title = rv.docs[0].name
	} else if len(rv.docs) > 1 {
		title = strconv.Itoa(len(rv.docs)) + " documents"
	}
	all := make([]int, 0, len(rv.findings))
	for _, rd := range rv.docs {
		all = append(all, rd.findings...)
	}
	total := rv.counts(all)
	sb.WriteString("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
	sb.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	fmt.Fprintf(sb, "<title>%s: %s</title>\n", esc(toolName(o)), esc(title))
	sb.WriteString("<style>\n" + reviewCSS + "</style>\n</head>\n<body>\n")

	// The bar: counts, filters and the keys.
	sb.WriteString("<header class=\"bar\" id=\"bar\">\n")
	fmt.Fprintf(sb, "<div class=\"top\"><strong>%s</strong> <span class=\"ttl\">%s</span> <span class=\"sum\">%s</span> <span id=\"shown\" class=\"shown\"></span></div>\n",
		esc(toolLabel(o)), esc(title), esc(summaryText(total)))
	sb.WriteString("<form class=\"filters\" id=\"filters\" onsubmit=\"return false\">\n")
	if len(rv.docs) > 1 {
		sb.WriteString("<label>document <select id=\"fdoc\"><option value=\"\">all documents</option>")
		for _, rd := range rv.docs {
			s := rv.counts(rd.findings)
			fmt.Fprintf(sb, "<option value=\"%d\">%s (%d)</option>", rd.id, esc(rd.name), s.Errors+s.Warnings+s.Infos)
		}
		sb.WriteString("</select></label>\n")
	}
	sb.WriteString("<fieldset><legend>severity</legend>")
	for _, s := range []rule.Severity{rule.Error, rule.Warning, rule.Info} {
		n := 0
		for _, i := range all {
			if rv.findings[i].Severity == s {
				n++
			}
		}
		fmt.Fprintf(sb, "<label class=\"sv %s\"><input type=\"checkbox\" name=\"sev\" value=\"%s\" checked> %s <span class=\"n\">%d</span></label>", sevClass(s), s, s, n)
	}
	sb.WriteString("</fieldset>\n<fieldset><legend>language</legend>")
	for _, l := range rv.langs() {
		fmt.Fprintf(sb, "<label title=\"%s\"><input type=\"checkbox\" name=\"lang\" value=\"%s\" checked> %s</label>", esc(langName(l)), esc(l), esc(orUnknown(l)))
	}
	sb.WriteString("</fieldset>\n")
	ruleIDs := rv.ruleIDs()
	fmt.Fprintf(sb, "<details class=\"rules\"><summary>rules <span id=\"nrules\">%d of %d</span></summary><div class=\"rl\">", len(ruleIDs), len(ruleIDs))
	for _, id := range ruleIDs {
		t := ""
		if ru := rv.rules[id]; ru != nil {
			t = ru.Title
		}
		n := 0
		for _, f := range rv.findings {
			if f.Rule == id {
				n++
			}
		}
		fmt.Fprintf(sb, "<label title=\"%s\"><input type=\"checkbox\" name=\"rule\" value=\"%s\" checked> %s <span class=\"n\">%d</span></label>", esc(t), esc(id), esc(id), n)
	}
	sb.WriteString("</div></details>\n")
	sb.WriteString("<label><input type=\"checkbox\" id=\"frows\"> only rows with findings</label>\n")
	sb.WriteString("</form>\n")
	sb.WriteString("<p class=\"keys\" id=\"keys\"><kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous · a finding in a list jumps to its row · <mark class=\"del\">in the source only</mark> <mark class=\"ins\">in the translation only</mark> <mark class=\"item\">cited work with no counterpart</mark> <mark class=\"dup\">cited twice</mark></p>\n")
	sb.WriteString("</header>\n<main>\n")

	if len(rv.docs) > 1 {
		rv.renderIndex(sb)
	}
	if len(rv.docs) == 0 {
		sb.WriteString("<p class=\"none\">Nothing was checked.</p>\n")
	}
	for _, rd := range rv.docs {
		rv.renderDoc(sb, rd)
	}
	sb.WriteString("</main>\n<pre id=\"selftest\" hidden></pre>\n")
	sb.WriteString("<script>\n" + reviewJS + "</script>\n</body>\n</html>\n")
}

func toolName(o Options) string {
	if o.Tool.Name == "" {
		return "tralign"
	}
	return o.Tool.Name
}

func toolLabel(o Options) string {
	if o.Tool.Version == "" {
		return toolName(o)
	}
	return toolName(o) + " " + o.Tool.Version
}

func orUnknown(l string) string {
	if l == "" {
		return "?"
	}
	return l
}

func summaryText(s Summary) string {
	return fmt.Sprintf("%s, %s, %s", plural(s.Errors, "error"), plural(s.Warnings, "warning"), plural(s.Infos, "info"))
}

// langs lists the languages of every column, sorted.
func (rv *review) langs() []string {
	seen := map[string]bool{}
	var out []string
	add := func(l string) {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	for _, rd := range rv.docs {
		for _, c := range rd.cols[1:] {
			add(c.lang)
		}
	}
	for _, f := range rv.findings {
		add(f.Lang)
	}
	sort.Strings(out)
	return out
}

func (rv *review) ruleIDs() []string {
	seen := map[string]bool{}
	var out []string
	for _, f := range rv.findings {
		if !seen[f.Rule] {
			seen[f.Rule] = true
			out = append(out, f.Rule)
		}
	}
	sort.Strings(out)
	return out
}

func (rv *review) renderIndex(sb *strings.Builder) {
	sb.WriteString("<section class=\"index\" id=\"index\">\n<h2>Documents</h2>\n<table class=\"idx\"><thead><tr><th>document</th><th>versions</th><th>errors</th><th>warnings</th><th>infos</th></tr></thead>\n<tbody>\n")
	for _, rd := range rv.docs {
		s := rv.counts(rd.findings)
		var langs []string
		for ci, c := range rd.cols {
			if ci == 0 && c.file == "" {
				langs = append(langs, "no source")
			} else {
				langs = append(langs, orUnknown(c.lang))
			}
		}
		fmt.Fprintf(sb, "<tr data-doc=\"%d\"><td><a href=\"#d%d\">%s</a></td><td>%s</td>%s%s%s</tr>\n",
			rd.id, rd.id, esc(rd.name), esc(strings.Join(langs, ", ")), countCell("error", s.Errors), countCell("warning", s.Warnings), countCell("info", s.Infos))
	}
	sb.WriteString("</tbody></table>\n</section>\n")
}

// countCell is a cell of the index with a count of findings, coloured by
// severity unless it is 0.
func countCell(sev string, n int) string {
	if n == 0 {
		return "<td class=\"n\">0</td>"
	}
	return fmt.Sprintf("<td class=\"n %s\">%d</td>", sev, n)
}

func (rv *review) renderDoc(sb *strings.Builder, rd *reviewDoc) {
	fmt.Fprintf(sb, "<section class=\"doc\" id=\"d%d\" data-doc=\"%d\">\n", rd.id, rd.id)
	s := rv.counts(rd.findings)
	fmt.Fprintf(sb, "<h2>%s <span class=\"sum\">%s</span></h2>\n", esc(rd.name), esc(summaryText(s)))

	// The list of findings.
	if len(rd.findings) > 0 {
		fmt.Fprintf(sb, "<details class=\"flist\" open><summary>findings (%d)</summary>\n<ol>\n", len(rd.findings))
		for _, i := range rd.findings {
			f := rv.findings[i]
			fmt.Fprintf(sb, "<li %s><a href=\"#f%d\"><span class=\"no\">%d</span> <span class=\"sev %s\">%s</span> <span class=\"lg\">%s</span> <code>%s</code> <span class=\"msg\">%s</span> <span class=\"at\">%s</span></a></li>\n",
				rv.dataAttrs(i, rd), rv.num[i], rv.num[i], sevClass(f.Severity), f.Severity, esc(orUnknown(f.Lang)), esc(f.Rule), esc(f.Message), esc(shortPlace(f)))
		}
		sb.WriteString("</ol>\n</details>\n")
	} else {
		sb.WriteString("<p class=\"none\">No findings.</p>\n")
	}

	// The versions side by side.
	sb.WriteString("<div class=\"wrap\"><table class=\"al\">\n<thead><tr><th class=\"g\">#</th>")
	for ci, c := range rd.cols {
		role := "translation"
		if ci == 0 {
			role = "source"
		}
		aligned := ""
		if c.pair != nil {
			aligned = fmt.Sprintf(" · %.0f%% of the source aligned", 100*c.pair.Aligned())
		}
		name := langName(c.lang)
		if ci == 0 && c.file == "" {
			name, role = "no source", "document"
		}
		fmt.Fprintf(sb, "<th %s>%s <small>%s</small><br><small class=\"file\">%s%s</small></th>", colAttrs(ci, c), esc(name), role, esc(c.file), esc(aligned))
	}
	sb.WriteString("</tr></thead>\n<tbody>\n")
	for _, row := range rd.rows {
		rv.renderRow(sb, rd, row)
	}
	sb.WriteString("</tbody></table></div>\n</section>\n")
}

// colAttrs are the attributes of a cell of column c: its language, so the
// language filter can hide the column, and its direction.
func colAttrs(ci int, c *reviewCol) string {
	cls := "c"
	if ci == 0 {
		cls = "c src"
	}
	lang := c.lang
	if lang == "" {
		lang = "und"
	}
	return fmt.Sprintf("class=\"%s\" data-l=\"%s\" lang=\"%s\" dir=\"%s\"", cls, esc(c.lang), esc(lang), dir(c.lang))
}

// dataAttrs are the attributes every element of finding i carries, for
// the filters.
func (rv *review) dataAttrs(i int, rd *reviewDoc) string {
	f := rv.findings[i]
	return fmt.Sprintf("data-f=\"%d\" data-sev=\"%s\" data-lang=\"%s\" data-rule=\"%s\" data-doc=\"%d\"", rv.num[i], f.Severity, esc(f.Lang), esc(f.Rule), rd.id)
}

func (rv *review) renderRow(sb *strings.Builder, rd *reviewDoc, row *reviewRow) {
	cls := "r " + row.kind
	for _, cell := range row.cells {
		if len(cell.findings) > 0 {
			cls += " hf"
			break
		}
	}
	fmt.Fprintf(sb, "<tr id=\"d%dr%d\" class=\"%s\"><th class=\"g\"><a href=\"#d%dr%d\">%d</a></th>", rd.id, row.id, cls, rd.id, row.id, row.id)
	for ci, c := range rd.cols {
		cell := row.cells[ci]
		fmt.Fprintf(sb, "<td %s>", colAttrs(ci, c))
		switch {
		case row.kind == rowFinding:
			f := rv.findings[row.ev]
			ev, lang := f.Evidence.Target, f.Lang
			if ci == 0 {
				ev, lang = f.Evidence.Source, c.lang
			}
			if ev != "" && (ci == 0 || len(cell.findings) > 0) {
				fmt.Fprintf(sb, "<div class=\"b ev\" lang=\"%s\" dir=\"%s\">%s</div>", esc(lang), dir(lang), esc(ev))
			}
		case len(cell.blocks) == 0:
			what := "no counterpart"
			if ci == 0 {
				what = "no counterpart in the source"
			}
			fmt.Fprintf(sb, "<div class=\"gap\">%s</div>", what)
		default:
			for _, bi := range cell.blocks {
				rv.renderBlock(sb, rd, c, bi)
			}
		}
		for _, i := range cell.findings {
			// A row of its own shows the evidence in its cells already.
			rv.renderFinding(sb, rd, i, row.kind != rowFinding)
		}
		sb.WriteString("</td>")
	}
	sb.WriteString("</tr>\n")
}

func (rv *review) renderBlock(sb *strings.Builder, rd *reviewDoc, c *reviewCol, bi int) {
	b := c.d.Blocks[bi]
	p := c.d.File.Position(b.Span.Start)
	tag := "div"
	if b.Kind == doc.Code {
		tag = "pre"
	}
	fmt.Fprintf(sb, "<%s class=\"b k-%s\"", tag, b.Kind)
	if b.Lang != "" && b.Lang != c.lang {
		// A block the reader found to be in another language.
		fmt.Fprintf(sb, " lang=\"%s\" dir=\"%s\" title=\"%s\"", esc(b.Lang), dir(b.Lang), esc("this block reads as "+langName(b.Lang)))
	}
	fmt.Fprintf(sb, "><span class=\"ln\" title=\"%s\">%d</span> ", esc(p.String()), p.Line)
	switch b.Kind {
	case doc.FootnoteDef:
		fmt.Fprintf(sb, "<span class=\"fl\">[%s]</span> ", esc(b.Label))
	case doc.ListItem:
		if b.Number > 0 {
			fmt.Fprintf(sb, "<span class=\"fl\">%d.</span> ", b.Number)
		} else {
			sb.WriteString("<span class=\"fl\">•</span> ")
		}
	}
	rv.renderText(sb, rd, b.Text, c.marks[bi], c.badges[bi])
	fmt.Fprintf(sb, "</%s>", tag)
}

// renderText writes text with its marks (which may overlap; each stretch
// is marked with every mark over it) and the badges of the findings
// placed in it.
func (rv *review) renderText(sb *strings.Builder, rd *reviewDoc, text string, marks []mark, badges []badge) {
	snap := func(k int) int {
		k = max(0, min(k, len(text)))
		for k > 0 && k < len(text) && !utf8.RuneStart(text[k]) {
			k--
		}
		return k
	}
	bounds := []int{0, len(text)}
	for i := range marks {
		marks[i].start, marks[i].end = snap(marks[i].start), snap(marks[i].end)
		bounds = append(bounds, marks[i].start, marks[i].end)
	}
	for i := range badges {
		badges[i].offset = snap(badges[i].offset)
		bounds = append(bounds, badges[i].offset)
	}
	sort.Ints(bounds)
	sort.SliceStable(marks, func(i, j int) bool { return marks[i].start < marks[j].start })
	sort.SliceStable(badges, func(i, j int) bool { return badges[i].offset < badges[j].offset })
	var active []mark
	next, nb := 0, 0
	for k, at := range bounds {
		if k > 0 && at == bounds[k-1] {
			continue
		}
		for nb < len(badges) && badges[nb].offset == at {
			i := badges[nb].finding
			f := rv.findings[i]
			fmt.Fprintf(sb, "<a class=\"bd %s\" href=\"#f%d\" %s title=\"%s\">%d</a>", sevClass(f.Severity), rv.num[i], rv.dataAttrs(i, rd), esc(f.Rule+": "+f.Message), rv.num[i])
			nb++
		}
		if at == len(text) {
			break
		}
		end := len(text)
		for _, b := range bounds[k+1:] {
			if b > at {
				end = b
				break
			}
		}
		kept := active[:0]
		for _, m := range active {
			if m.end > at {
				kept = append(kept, m)
			}
		}
		active = kept
		for next < len(marks) && marks[next].start <= at {
			if marks[next].end > at {
				active = append(active, marks[next])
			}
			next++
		}
		seg := esc(text[at:end])
		if len(active) == 0 {
			sb.WriteString(seg)
			continue
		}
		var langs, titles []string
		class := active[0].class
		for _, m := range active {
			langs = appendNew(langs, m.lang)
			titles = appendNew(titles, m.title)
			if markRank[m.class] > markRank[class] {
				class = m.class
			}
		}
		sort.Strings(langs)
		fmt.Fprintf(sb, "<mark class=\"%s\" data-ml=\"%s\" title=\"%s\">%s</mark>", class, esc(strings.Join(langs, " ")), esc(strings.Join(titles, "; ")), seg)
	}
}

// markRank orders the kinds of marks: where marks overlap, the stretch
// shows the highest.
var markRank = map[string]int{markDel: 1, markIns: 1, markItem: 2, markDup: 3}

func appendNew(ss []string, s string) []string {
	for _, x := range ss {
		if x == s {
			return ss
		}
	}
	return append(ss, s)
}

// renderFinding writes the box of finding i: its rule, message, evidence
// (unless told not to) and places.
func (rv *review) renderFinding(sb *strings.Builder, rd *reviewDoc, i int, evidence bool) {
	f := rv.findings[i]
	fmt.Fprintf(sb, "<div class=\"fbox %s\" id=\"f%d\" %s tabindex=\"-1\" lang=\"en\" dir=\"ltr\">", sevClass(f.Severity), rv.num[i], rv.dataAttrs(i, rd))
	t := ""
	if ru := rv.rules[f.Rule]; ru != nil {
		t = ru.Title
	}
	fmt.Fprintf(sb, "<div class=\"fh\"><span class=\"no\">%d</span> <span class=\"sev %s\">%s</span> <code title=\"%s\">%s</code> <span class=\"lg\">%s</span></div>", rv.num[i], sevClass(f.Severity), f.Severity, esc(t), esc(f.Rule), esc(orUnknown(f.Lang)))
	fmt.Fprintf(sb, "<div class=\"msg\">%s</div>", esc(f.Message))
	srcLang := rd.cols[0].lang
	if evidence && f.Evidence.Source != "" {
		fmt.Fprintf(sb, "<div class=\"evd\"><span class=\"evl\">source</span> <q lang=\"%s\" dir=\"%s\">%s</q></div>", esc(srcLang), dir(srcLang), esc(f.Evidence.Source))
	}
	if evidence && f.Evidence.Target != "" {
		fmt.Fprintf(sb, "<div class=\"evd\"><span class=\"evl\">%s</span> <q lang=\"%s\" dir=\"%s\">%s</q></div>", esc(orUnknown(f.Lang)), esc(f.Lang), dir(f.Lang), esc(f.Evidence.Target))
	}
	var at []string
	if f.Target != nil {
		at = append(at, f.Target.String())
	}
	if f.Source != nil {
		at = append(at, "source "+f.Source.String())
	}
	fmt.Fprintf(sb, "<div class=\"at\">%s</div></div>", esc(strings.Join(at, " · ")))
}

// shortPlace is the line of a finding in its version, for the list.
func shortPlace(f rule.Finding) string {
	switch {
	case f.Target != nil:
		return "line " + strconv.Itoa(f.Target.Line)
	case f.Source != nil:
		return "source line " + strconv.Itoa(f.Source.Line)
	}
	return ""
}
