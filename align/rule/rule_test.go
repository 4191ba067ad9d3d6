package rule_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*/*.txtar")

// TestValidate checks every rule's declaration, and that the rules and
// the folders of testdata name each other: a rule is added by declaring it
// in one file and giving it cases in testdata/<id>/.
func TestValidate(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rule.All() {
		if err := r.Validate(); err != nil {
			t.Error(err)
		}
		if seen[r.ID] {
			t.Errorf("rule %s declared twice", r.ID)
		}
		seen[r.ID] = true
		if fs, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*.txtar")); len(fs) == 0 {
			t.Errorf("rule %s has no cases in testdata/%s", r.ID, r.ID)
		}
	}
	dirs, err := os.ReadDir("testdata")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if d.IsDir() && d.Name() != "fuzz" && !seen[d.Name()] {
			t.Errorf("testdata/%s names no rule", d.Name())
		}
	}
}

func parse(t testing.TB, name, text, lang string) *doc.Document {
	t.Helper()
	docs, err := read.Source(source.NewFile(name, []byte(text)), read.Options{Lang: lang})
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return docs[0]
}

// runCited checks dst against src with the rules given, cited being a
// document the source quotes ("" for none), and returns one line per
// finding: severity, rule, places and message. The extension of the file
// names picks the reader.
func runCited(t testing.TB, srcName, src, dstName, dst string, dstLang, cited string, rules []*rule.Rule) []string {
	s := parse(t, srcName, src, "en")
	d := parse(t, dstName, dst, dstLang)
	var cs []*doc.Document
	if cited != "" {
		cs = append(cs, parse(t, "cited.txt", cited, "en"))
	}
	fs := append(rule.CheckSourceCited(s, cs, rules, nil), rule.CheckCited(bitext.Align(s, d, bitext.Options{}), cs, rules, nil)...)
	var out []string
	for _, f := range fs {
		out = append(out, format(f))
	}
	return out
}

func format(f rule.Finding) string {
	pos := func(p *source.Position) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%d:%d", p.Line, p.Column)
	}
	return fmt.Sprintf("%s %s %s src %s dst %s: %s", f.Severity, f.Rule, f.Lang, pos(f.Source), pos(f.Target), f.Message)
}

// TestExamples runs each rule on its documented example: it must report.
// Rules reported by a driver have no example: their cases in testdata are
// run through the driver (see TestRules).
func TestExamples(t *testing.T) {
	for _, r := range rule.All() {
		if r.Driver != "" {
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			lang := r.Example.TargetLang
			if lang == "" {
				lang = "es"
			}
			name := "x.txt"
			if r.Example.Markdown {
				name = "x.md"
			}
			got := runCited(t, "src."+name, r.Example.Source, "dst."+name, r.Example.Target, lang, r.Example.Cited, []*rule.Rule{r})
			found := false
			for _, g := range got {
				if strings.Contains(g, " "+r.ID+" ") {
					found = true
				}
			}
			if !found {
				t.Errorf("the example of %s reports nothing under its id; got %q", r.ID, got)
			}
		})
	}
}

// runPair checks the pair of a case with rule r alone.
func runPair(t *testing.T, file string, ar *txtar.Archive, sections map[string]int, r *rule.Rule) []string {
	t.Helper()
	srcName, dstName := "src.txt", "dst.txt"
	if _, ok := sections["src.md"]; ok {
		srcName, dstName = "src.md", "dst.md"
	}
	si, ok1 := sections[srcName]
	di, ok2 := sections[dstName]
	if !ok1 || !ok2 {
		t.Fatalf("%s: needs src.txt and dst.txt (or src.md and dst.md) sections", file)
	}
	lang := "es"
	if m := langRe.FindSubmatch(ar.Comment); m != nil {
		lang = string(m[1])
	}
	cited := ""
	if ci, ok := sections["cited.txt"]; ok {
		cited = string(ar.Files[ci].Data)
	}
	return runCited(t, srcName, string(ar.Files[si].Data), dstName, string(ar.Files[di].Data), lang, cited, []*rule.Rule{r})
}

var langRe = regexp.MustCompile(`(?m)^lang: *([a-z]{2})$`)

// TestRules runs each rule alone on the cases of testdata/<id>/*.txtar,
// and compares the findings, one per line, with the case's want section.
// How a case is run depends on what reports the rule's findings:
//
//   - a rule run on a Pass: sections src.txt and dst.txt (or src.md and
//     dst.md, read as Markdown; the comment may say "lang: ru" for the
//     target's language) are checked as a pair, with cited.txt as a
//     document the source quotes if there is one;
//   - a rule of the tree driver: every other section is a file of a tree,
//     checked as check.Tree checks one (see runTree);
//   - a rule of the drift driver: the sections build a git history, whose
//     tree is checked with drift (see runDrift);
//   - a rule about suppressions: the pair is checked with every rule (see
//     runSuppress).
func TestRules(t *testing.T) {
	for _, r := range rule.All() {
		t.Run(r.ID, func(t *testing.T) {
			files, _ := filepath.Glob(filepath.Join("testdata", r.ID, "*.txtar"))
			if len(files) == 0 {
				t.Fatalf("found no tests in testdata/%s", r.ID)
			}
			for i, file := range files {
				// Drift cases run from the repository they build.
				abs, err := filepath.Abs(file)
				if err != nil {
					t.Fatal(err)
				}
				files[i] = abs
			}
			for _, file := range files {
				ar, err := txtar.ParseFile(file)
				if err != nil {
					t.Fatal(err)
				}
				sections := map[string]int{}
				for i, f := range ar.Files {
					sections[f.Name] = i
				}
				var lines []string
				switch r.Driver {
				case rule.DriverTree:
					lines = runTree(t, ar, r)
				case rule.DriverDrift:
					lines = runDrift(t, ar, r)
				case rule.DriverSuppress:
					lines = runSuppress(t, ar, r)
				default:
					lines = runPair(t, file, ar, sections, r)
				}
				got := strings.Join(lines, "\n")
				if got != "" {
					got += "\n"
				}
				wi, ok := sections["want"]
				if *update {
					if !ok {
						ar.Files = append(ar.Files, txtar.File{Name: "want"})
						wi = len(ar.Files) - 1
					}
					ar.Files[wi].Data = []byte(got)
					if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
						t.Fatal(err)
					}
					continue
				}
				if !ok {
					t.Fatalf("%s: no want section; run go test -update", file)
				}
				if want := string(ar.Files[wi].Data); got != want {
					t.Errorf("%s:\ngot:\n%s\nwant:\n%s", file, got, want)
				}
			}
		})
	}
}
