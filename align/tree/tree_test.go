package tree

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestGolden discovers the tree listed in each testdata/*.txtar archive
// and compares a dump of it (see dump) with its want section.
//
// An archive holds "files" (one path a line), an optional "options"
// ("key: value" lines: source, langs, layout, source-dir, translation
// lang=dir, ignore, exts; repeat a key for several values) and "want".
// With -update the want sections are rewritten; review the diff by eye.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("found no tests in testdata/*.txtar")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			sec := map[string]*txtar.File{}
			for i := range a.Files {
				sec[a.Files[i].Name] = &a.Files[i]
			}
			if sec["files"] == nil || sec["want"] == nil {
				t.Fatal("need files and want sections")
			}
			fsys := fstest.MapFS{}
			for _, l := range strings.Split(string(sec["files"].Data), "\n") {
				if l = strings.TrimSpace(l); l != "" {
					fsys[l] = &fstest.MapFile{}
				}
			}
			var opts Options
			if o := sec["options"]; o != nil {
				opts = parseOptions(t, string(o.Data))
			}
			tr, err := Discover(fsys, ".", opts)
			var have string
			if err != nil {
				have = "error: " + err.Error() + "\n"
			} else {
				have = dump(tr)
			}
			want := sec["want"]
			if *update {
				if have != string(want.Data) {
					want.Data = []byte(have)
					if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
						t.Fatal(err)
					}
				}
				return
			}
			if have != string(want.Data) {
				t.Errorf("have:\n%s\nwant:\n%s", have, want.Data)
			}
		})
	}
}

func parseOptions(t *testing.T, text string) Options {
	var o Options
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			continue
		}
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			t.Fatalf("bad option line %q", l)
		}
		v = strings.TrimSpace(v)
		switch k {
		case "source":
			o.SourceLang = v
		case "langs":
			o.Langs = strings.Split(v, ",")
		case "layout":
			o.Layout = v
		case "source-dir":
			o.SourceDir = v
		case "translation":
			l, d, _ := strings.Cut(v, "=")
			if o.Translations == nil {
				o.Translations = map[string]string{}
			}
			o.Translations[l] = d
		case "ignore":
			o.Ignore = append(o.Ignore, v)
		case "exts":
			o.Exts = strings.Split(v, ",")
		default:
			t.Fatalf("unknown option %q", k)
		}
	}
	return o
}

// dump writes a tree in a stable, readable form.
func dump(t *Tree) string {
	var b strings.Builder
	fmt.Fprintf(&b, "source: %s\nlangs: %s\n", t.SourceLang, strings.Join(t.Langs, " "))
	for _, l := range t.Layouts {
		fmt.Fprintf(&b, "layout: %s\n", l)
	}
	for i := range t.Documents {
		d := &t.Documents[i]
		fmt.Fprintf(&b, "doc %s <- %s\n", d.Key, d.Source)
		for _, l := range t.Langs {
			if p, ok := d.Translations[l]; ok {
				fmt.Fprintf(&b, "  %s %s\n", l, p)
			}
		}
		if m := t.Missing(d); len(m) > 0 {
			fmt.Fprintf(&b, "  missing %s\n", strings.Join(m, " "))
		}
	}
	for _, o := range t.Orphans {
		fmt.Fprintf(&b, "orphan %s %s (key %s)\n", o.Lang, o.Path, o.Key)
	}
	return b.String()
}

func TestLangCode(t *testing.T) {
	for _, tc := range []struct {
		in, want string
	}{
		{"es", "es"}, {"ES", "es"}, {"pt-BR", "pt-BR"}, {"pt_br", "pt-BR"}, {"zh_CN", "zh-CN"},
		{"zh-TW", "zh-TW"}, {"es-419", "es-419"}, {"zh-Hans", "zh-Hans"}, {"sr_latn", "sr-Latn"},
		{"xx", ""}, {"e", ""}, {"eng", ""}, {"es-", ""}, {"es-b", ""}, {"es-12", ""}, {"docs", ""}, {"é", ""},
	} {
		got, ok := langCode(tc.in)
		if got != tc.want || ok != (tc.want != "") {
			t.Errorf("langCode(%q) = %q, %v; want %q", tc.in, got, ok, tc.want)
		}
	}
}

func TestGlob(t *testing.T) {
	for _, tc := range []struct {
		pat, name string
		want      bool
	}{
		{"docs/**", "docs/a/b.md", true},
		{"docs/**", "docs", true},
		{"**/drafts/*.md", "drafts/x.md", true},
		{"**/drafts/*.md", "a/b/drafts/x.md", true},
		{"**/drafts/*.md", "a/b/drafts/c/x.md", false},
		{"*.md", "a/x.md", false},
		{"**/*.md", "a/x.md", true},
		{"a/**/**/b", "a/b", true},
		{"content/*/old/**", "content/es/old/x.md", true},
		{"content/*/old/**", "content/es/new/x.md", false},
	} {
		g, err := compileGlob(tc.pat)
		if err != nil {
			t.Fatal(err)
		}
		if got := g.match(tc.name); got != tc.want {
			t.Errorf("%q matching %q = %v, want %v", tc.pat, tc.name, got, tc.want)
		}
	}
	if _, err := compileGlob("a/[x"); err == nil {
		t.Error("bad pattern accepted")
	}
}

func TestNameSuffix(t *testing.T) {
	for _, tc := range []struct{ in, lang, key string }{
		{"x.es.md", "es", "x.md"},
		{"a/README-es.md", "es", "a/README.md"},
		{"README_zh_CN.md", "zh-CN", "README.md"},
		{"README.zh-TW.md", "zh-TW", "README.md"},
		{"guide.pt-BR.md", "pt-BR", "guide.md"},
		{"es.md", "", ""},
		{"setup-go.md", "", ""},
	} {
		lang, key, _, _ := nameSuffix(tc.in)
		if lang != tc.lang || key != tc.key {
			t.Errorf("nameSuffix(%q) = %q, %q; want %q, %q", tc.in, lang, key, tc.lang, tc.key)
		}
	}
}
