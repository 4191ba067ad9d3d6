package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
)

// No schema of TMX 1.4 or XLIFF 2.0 ships in a Debian or npm package, so
// the outputs are checked here against the elements and attributes the
// specifications require (TMX 1.4b, section 3; XLIFF 2.0 core, section
// 4), parsed back with encoding/xml and compared with the alignment they
// came from, and checked for well-formedness by xmllint when it is there.

// node is a parsed XML element, kept generic for the structural checks.
type node struct {
	Name     xml.Name
	Attrs    map[string]string // by local name; xml:lang as "xml:lang"
	Children []*node
	Text     string
}

func (n *node) all(local string) []*node {
	var out []*node
	for _, c := range n.Children {
		if c.Name.Local == local {
			out = append(out, c)
		}
	}
	return out
}

func parseTree(t *testing.T, data []byte) *node {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(data))
	var stack []*node
	var root *node
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			n := &node{Name: tk.Name, Attrs: map[string]string{}}
			for _, a := range tk.Attr {
				key := a.Name.Local
				if a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
					key = "xml:" + key
				}
				if a.Name.Space == "xmlns" || key == "xmlns" {
					continue
				}
				n.Attrs[key] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].Text += string(tk)
			}
		}
	}
	if root == nil {
		t.Fatal("no root element")
	}
	return root
}

// xmllint checks well-formedness with libxml2 when xmllint is installed.
func xmllint(t *testing.T, data []byte) {
	t.Helper()
	bin, err := exec.LookPath("xmllint")
	if err != nil {
		return
	}
	path := filepath.Join(t.TempDir(), "out.xml")
	if err := os.WriteFile(path, data, 0o666); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "--noout", "--nonet", path).CombinedOutput(); err != nil {
		t.Errorf("xmllint: %v\n%s", err, out)
	}
}

// checkTMX checks the TMX 1.4 structure: a tmx of version 1.4 with a
// header holding its seven required attributes and a body; every tu with
// tuvs, every tuv with an xml:lang and one seg; every prop with a type;
// tuids unique.
func checkTMX(t *testing.T, data []byte) *node {
	t.Helper()
	root := parseTree(t, data)
	if root.Name.Local != "tmx" || root.Attrs["version"] != "1.4" {
		t.Fatalf("root is <%s version=%q>, want <tmx version=\"1.4\">", root.Name.Local, root.Attrs["version"])
	}
	if len(root.Children) != 2 || root.Children[0].Name.Local != "header" || root.Children[1].Name.Local != "body" {
		t.Fatal("tmx must hold a header, then a body")
	}
	h := root.Children[0]
	for _, a := range []string{"creationtool", "creationtoolversion", "segtype", "o-tmf", "adminlang", "srclang", "datatype"} {
		if h.Attrs[a] == "" {
			t.Errorf("header lacks %s", a)
		}
	}
	if !slices.Contains([]string{"block", "paragraph", "sentence", "phrase"}, h.Attrs["segtype"]) {
		t.Errorf("segtype %q", h.Attrs["segtype"])
	}
	ids := map[string]bool{}
	for _, tu := range root.Children[1].Children {
		if tu.Name.Local != "tu" {
			t.Errorf("body holds <%s>", tu.Name.Local)
			continue
		}
		if ids[tu.Attrs["tuid"]] {
			t.Errorf("tuid %s twice", tu.Attrs["tuid"])
		}
		ids[tu.Attrs["tuid"]] = true
		seenTUV := false
		for _, c := range tu.Children {
			switch c.Name.Local {
			case "note", "prop":
				if seenTUV {
					t.Errorf("tu %s: <%s> after a tuv", tu.Attrs["tuid"], c.Name.Local)
				}
				if c.Name.Local == "prop" && c.Attrs["type"] == "" {
					t.Errorf("tu %s: prop without type", tu.Attrs["tuid"])
				}
			case "tuv":
				seenTUV = true
				if c.Attrs["xml:lang"] == "" {
					t.Errorf("tu %s: tuv without xml:lang", tu.Attrs["tuid"])
				}
				if segs := c.all("seg"); len(segs) != 1 || c.Children[len(c.Children)-1].Name.Local != "seg" {
					t.Errorf("tu %s: a tuv must end with its one seg", tu.Attrs["tuid"])
				}
			default:
				t.Errorf("tu %s holds <%s>", tu.Attrs["tuid"], c.Name.Local)
			}
		}
		if len(tu.all("tuv")) != 2 {
			t.Errorf("tu %s has %d tuvs, want 2", tu.Attrs["tuid"], len(tu.all("tuv")))
		}
	}
	xmllint(t, data)
	return root
}

// checkXLIFF checks the XLIFF 2.0 core structure: the namespace, version
// 2.0, srcLang; files with unique ids, each with optional notes then one
// or more units; units with unique ids, optional notes, then one or more
// segments; segments with one source, at most one target, a state among
// the four of the specification; notes with priorities 1 to 10 and ids
// unique within their notes.
func checkXLIFF(t *testing.T, data []byte) *node {
	t.Helper()
	root := parseTree(t, data)
	if root.Name.Space != XLIFFNamespace || root.Name.Local != "xliff" || root.Attrs["version"] != "2.0" || root.Attrs["srcLang"] == "" {
		t.Fatalf("root is {%s}%s version=%q srcLang=%q", root.Name.Space, root.Name.Local, root.Attrs["version"], root.Attrs["srcLang"])
	}
	checkNotes := func(where string, n *node) {
		ids := map[string]bool{}
		for _, note := range n.Children {
			if note.Name.Local != "note" {
				t.Errorf("%s: notes hold <%s>", where, note.Name.Local)
			}
			if id := note.Attrs["id"]; id != "" {
				if ids[id] {
					t.Errorf("%s: note id %s twice", where, id)
				}
				ids[id] = true
			}
			if p := note.Attrs["priority"]; p != "" {
				if n, err := strconv.Atoi(p); err != nil || n < 1 || n > 10 {
					t.Errorf("%s: note priority %q", where, p)
				}
			}
			if a := note.Attrs["appliesTo"]; a != "" && a != "source" && a != "target" {
				t.Errorf("%s: appliesTo %q", where, a)
			}
		}
	}
	files := map[string]bool{}
	if len(root.Children) == 0 {
		t.Fatal("no file")
	}
	for _, f := range root.Children {
		if f.Name.Local != "file" || f.Attrs["id"] == "" || files[f.Attrs["id"]] {
			t.Fatalf("<%s id=%q>: want files with unique ids", f.Name.Local, f.Attrs["id"])
		}
		files[f.Attrs["id"]] = true
		units := map[string]bool{}
		for k, c := range f.Children {
			switch c.Name.Local {
			case "notes":
				if k != 0 {
					t.Errorf("file %s: notes after a unit", f.Attrs["id"])
				}
				checkNotes("file "+f.Attrs["id"], c)
			case "unit":
				id := c.Attrs["id"]
				if id == "" || units[id] {
					t.Errorf("file %s: unit id %q missing or twice", f.Attrs["id"], id)
				}
				units[id] = true
				if tr := c.Attrs["translate"]; tr != "" && tr != "yes" && tr != "no" {
					t.Errorf("unit %s: translate %q", id, tr)
				}
				segs := map[string]bool{}
				for j, s := range c.Children {
					switch s.Name.Local {
					case "notes":
						if j != 0 {
							t.Errorf("unit %s: notes after a segment", id)
						}
						checkNotes("unit "+id, s)
					case "segment":
						if segs[s.Attrs["id"]] {
							t.Errorf("unit %s: segment id %s twice", id, s.Attrs["id"])
						}
						segs[s.Attrs["id"]] = true
						if !slices.Contains([]string{"initial", "translated", "reviewed", "final"}, s.Attrs["state"]) {
							t.Errorf("unit %s: state %q", id, s.Attrs["state"])
						}
						if len(s.all("source")) != 1 || len(s.all("target")) > 1 || s.Children[0].Name.Local != "source" {
							t.Errorf("unit %s: a segment holds one source, then at most one target", id)
						}
						if s.Attrs["state"] != "initial" && len(s.all("target")) == 0 {
							t.Errorf("unit %s: state %s without a target", id, s.Attrs["state"])
						}
						for _, tg := range s.all("target") {
							if l := tg.Attrs["xml:lang"]; l != "" && l != root.Attrs["trgLang"] {
								t.Errorf("unit %s: target in %s, the document's is %s", id, l, root.Attrs["trgLang"])
							}
						}
					default:
						t.Errorf("unit %s holds <%s>", id, s.Name.Local)
					}
				}
				if len(segs) == 0 {
					t.Errorf("unit %s has no segment", id)
				}
			default:
				t.Errorf("file %s holds <%s>", f.Attrs["id"], c.Name.Local)
			}
		}
		if len(units) == 0 {
			t.Errorf("file %s has no unit", f.Attrs["id"])
		}
	}
	xmllint(t, data)
	return root
}

// pairsOf returns the pairs of the review fixture that translate into
// lang, with the source of each.
func pairsOf(r *check.Result, lang string) []*bitext.Pair {
	var out []*bitext.Pair
	for _, p := range r.Pairs {
		if lang == "" || p.Target.Lang == lang {
			out = append(out, p)
		}
	}
	return out
}

func TestTMX(t *testing.T) {
	r := reviewFixture()
	out := render(t, CommandAlign, "tmx", &Input{Pairs: r.Pairs}, tool)
	root := checkTMX(t, out)
	golden(t, "tmx", "pairs", out)

	// Round trip: the units read back are the units of the alignment, in
	// order.
	var back struct {
		Header struct {
			SrcLang string `xml:"srclang,attr"`
			SegType string `xml:"segtype,attr"`
		} `xml:"header"`
		TUs []struct {
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(out, &back); err != nil {
		t.Fatal(err)
	}
	if back.Header.SrcLang != "en" || back.Header.SegType != "sentence" {
		t.Errorf("header srclang %q segtype %q", back.Header.SrcLang, back.Header.SegType)
	}
	var want [][4]string
	for _, p := range r.Pairs {
		for _, u := range tmxUnits(p) {
			want = append(want, [4]string{p.Source.Lang, u.source, p.Target.Lang, u.target})
		}
	}
	var got [][4]string
	for _, tu := range back.TUs {
		got = append(got, [4]string{tu.TUVs[0].Lang, tu.TUVs[0].Seg, tu.TUVs[1].Lang, tu.TUVs[1].Seg})
	}
	if !slices.Equal(got, want) {
		t.Errorf("read back:\n%q\nwant:\n%q", got, want)
	}
	if len(root.Children[1].Children) == 0 {
		t.Fatal("no unit")
	}
	// The merge of two source sentences is one unit, and text with
	// markup reaches the file as text.
	for _, w := range []string{
		"<seg>The ferry sails at 7:30 from pier 4. See https://example.org/ferry?a=1&amp;b=2 for &#34;times&#34;. [1]</seg>",
		`<prop type="x-link">2-1</prop>`,
		"<seg>The Ferry &amp; the &lt;Harbour&gt;</seg>",
	} {
		if !strings.Contains(string(out), w) {
			t.Errorf("the TMX lacks %s", w)
		}
	}
}

func TestXLIFF(t *testing.T) {
	r := reviewFixture()
	for _, lang := range []string{"ru", "es"} {
		t.Run(lang, func(t *testing.T) {
			pairs := pairsOf(r, lang)
			var findings []rule.Finding
			for _, f := range r.Findings {
				if f.Lang == lang || f.Lang == "en" {
					findings = append(findings, f)
				}
			}
			res := &check.Result{Source: r.Source, Pairs: pairs, Findings: findings}
			out := render(t, CommandCheck, "xliff", &Input{Check: res}, tool)
			// The notes are the findings of the language and of the
			// sources translated; not a defect of another source.
			sources := map[string]bool{}
			for _, p := range pairs {
				sources[p.Source.File.Name] = true
			}
			findings = slices.DeleteFunc(findings, func(f rule.Finding) bool {
				return f.Lang != lang && (f.Source == nil || !sources[f.Source.Filename])
			})
			checkXLIFF(t, out)
			golden(t, "xliff", "check-"+lang, out)

			// Round trip: every source and target sentence comes back, in
			// order, and every finding is a note.
			var back struct {
				SrcLang string `xml:"srcLang,attr"`
				TrgLang string `xml:"trgLang,attr"`
				Files   []struct {
					Notes []string `xml:"notes>note"`
					Units []struct {
						Notes    []string `xml:"notes>note"`
						Segments []struct {
							Source string  `xml:"source"`
							Target *string `xml:"target"`
						} `xml:"segment"`
					} `xml:"unit"`
				} `xml:"file"`
			}
			if err := xml.Unmarshal(out, &back); err != nil {
				t.Fatal(err)
			}
			if back.SrcLang != "en" || back.TrgLang != lang {
				t.Errorf("srcLang %q trgLang %q", back.SrcLang, back.TrgLang)
			}
			var src, dst, notes []string
			for _, f := range back.Files {
				notes = append(notes, f.Notes...)
				for _, u := range f.Units {
					notes = append(notes, u.Notes...)
					for _, s := range u.Segments {
						src = append(src, s.Source)
						if s.Target != nil {
							dst = append(dst, *s.Target)
						}
					}
				}
			}
			if len(notes) != len(findings) {
				t.Errorf("%d notes for %d findings", len(notes), len(findings))
			}
			for _, f := range findings {
				found := false
				for _, n := range notes {
					if strings.Contains(n, f.Message) {
						found = true
					}
				}
				if !found {
					t.Errorf("no note says %q", f.Message)
				}
			}
			// Every word of the source and of the translation is in a
			// segment.
			for _, p := range pairs {
				if got, want := strings.Join(strings.Fields(strings.Join(src, " ")), " "), docWords(p.Source); got != want {
					t.Errorf("source segments:\n%s\nwant:\n%s", got, want)
				}
				if got, want := strings.Join(strings.Fields(strings.Join(dst, " ")), " "), docWords(p.Target); got != want {
					t.Errorf("target segments:\n%s\nwant:\n%s", got, want)
				}
			}
		})
	}
	t.Run("align", func(t *testing.T) {
		out := render(t, CommandAlign, "xliff", &Input{Pairs: pairsOf(r, "he")}, tool)
		checkXLIFF(t, out)
		golden(t, "xliff", "align-he", out)
	})
	t.Run("languages", func(t *testing.T) {
		f, _ := Lookup(CommandAlign, "xliff")
		var e *ErrXLIFFLangs
		if err := f.Write(io.Discard, &Input{Pairs: r.Pairs}, tool); !errors.As(err, &e) || !slices.Equal(e.Langs, []string{"es", "he", "ru"}) {
			t.Errorf("three languages in one XLIFF: %v", err)
		}
	})
	t.Run("empty", func(t *testing.T) {
		out := render(t, CommandCheck, "xliff", &Input{Check: empty()}, tool)
		checkXLIFF(t, out)
	})
}

// docWords is the text of the body blocks of d, then of its footnotes,
// words separated by single spaces.
func docWords(d *doc.Document) string {
	var parts []string
	for _, b := range d.Blocks {
		if b.Kind != doc.FootnoteDef {
			parts = append(parts, b.Text)
		}
	}
	for _, i := range d.Footnotes {
		parts = append(parts, d.Blocks[i].Text)
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}
