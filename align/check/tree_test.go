package check_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/tree"
)

func mapFS(files map[string][]byte) fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range files {
		fsys[name] = &fstest.MapFile{Data: data}
	}
	return fsys
}

// TestTreeDeterministic checks a generated tree with one worker and, twice,
// with four: the results must be the same, findings sorted by file and
// place. Run it with -race.
func TestTreeDeterministic(t *testing.T) {
	fsys := mapFS(genTree(60, []string{"en", "es", "ru", "de"}))
	var results []*check.Result
	for _, workers := range []int{1, 4, 4} {
		calls, last := 0, -1
		res, err := check.Tree(check.Options{}, check.TreeOptions{Dir: "docs", FS: fsys, Workers: workers, Progress: func(done, total int) {
			calls++
			if done != last+1 || total != 60 {
				t.Errorf("progress %d of %d after %d", done, total, last)
			}
			last = done
		}})
		if err != nil {
			t.Fatal(err)
		}
		if calls != 61 {
			t.Errorf("%d progress calls, want 61", calls)
		}
		results = append(results, res)
	}
	r := results[0]
	if len(r.Findings) == 0 || len(r.Versions) == 0 {
		t.Fatalf("%d findings in %d versions; the generated tree has defects", len(r.Findings), len(r.Versions))
	}
	for i, other := range results[1:] {
		if !reflect.DeepEqual(r, other) {
			t.Errorf("run %d differs from the first", i+2)
		}
	}
	for i := 1; i < len(r.Findings); i++ {
		a, b := check.FileOf(&r.Findings[i-1]), check.FileOf(&r.Findings[i])
		if a > b {
			t.Fatalf("findings not sorted by file: %s before %s", a, b)
		}
	}
	// Every finding carries its files, named under the tree's directory.
	for _, f := range r.Findings {
		if f.Source == nil && f.Target == nil {
			t.Errorf("finding without a place: %+v", f)
		}
		if !strings.HasPrefix(check.FileOf(&f), "docs/content/") {
			t.Errorf("finding in %s, not under docs/content/", check.FileOf(&f))
		}
	}
}

// TestTreeSummary checks the table per language of a generated tree.
func TestTreeSummary(t *testing.T) {
	const n = 30
	res, err := check.Tree(check.Options{}, check.TreeOptions{FS: mapFS(genTree(n, []string{"en", "es", "ru", "de"})), Workers: 2})
	if err != nil {
		t.Fatal(err)
	}
	ti := res.Tree
	if ti == nil || ti.SourceLang != "en" || len(ti.Layouts) != 1 || ti.Layouts[0] != "content/{lang}/{path}" {
		t.Fatalf("tree info %+v", ti)
	}
	var got []string
	for _, l := range ti.Languages {
		got = append(got, fmt.Sprintf("%s source=%v documents=%d checked=%d missing=%d orphan=%d", l.Lang, l.Source, l.Documents, l.Checked, l.Missing, l.Orphan))
	}
	// Every 11th document lacks German (i%11 == 10: 10 and 21), every
	// 13th leaves an orphan in each translation language (12 and 25).
	want := []string{
		"en source=true documents=30 checked=30 missing=0 orphan=0",
		"de source=false documents=30 checked=28 missing=2 orphan=2",
		"es source=false documents=30 checked=30 missing=0 orphan=2",
		"ru source=false documents=30 checked=30 missing=0 orphan=2",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("languages:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	count := map[string]int{}
	for _, f := range res.Findings {
		count[f.Rule+" "+f.Lang]++
	}
	for k, want := range map[string]int{"translation-missing de": 2, "translation-orphan de": 2, "translation-orphan es": 2} {
		if count[k] != want {
			t.Errorf("%d findings %s, want %d (all: %v)", count[k], k, want, count)
		}
	}
	if len(res.Versions) != 30+30+28 {
		t.Errorf("%d versions, want one per translation checked", len(res.Versions))
	}
	for _, v := range res.Versions {
		if v.Source == "" || !strings.HasPrefix(v.Source, "content/en/") {
			t.Errorf("version %s checked against %q", v.File, v.Source)
		}
	}
}

func TestTreeErrors(t *testing.T) {
	page := []byte("# Page\n\nSome text of the page.\n")
	tests := []struct {
		name  string
		files map[string][]byte
		check func(t *testing.T, err error)
	}{
		{
			name:  "two layouts",
			files: map[string][]byte{"content/en/a.md": page, "content/es/a.md": page, "content/a.md": page, "content/a.es.md": page},
			check: func(t *testing.T, err error) {
				var ce *check.TreeConflictError
				if !errors.As(err, &ce) {
					t.Fatalf("got %T %v, want *check.TreeConflictError", err, err)
				}
				msg := err.Error()
				if !strings.Contains(msg, "tree/content/") || strings.Count(msg, ".md") < 2 {
					t.Errorf("message does not name both files under the tree: %s", msg)
				}
			},
		},
		{
			name:  "no documents",
			files: map[string][]byte{"notes.md": page, "more/notes.md": page},
			check: func(t *testing.T, err error) {
				var ce *check.Error
				if !errors.As(err, &ce) || !strings.Contains(err.Error(), "--layout") {
					t.Fatalf("got %T %v, want *check.Error saying to name the layout", err, err)
				}
			},
		},
		{
			name: "unreadable files",
			files: map[string][]byte{
				"en/a.md": page, "es/a.md": {0x89, 'P', 'N', 'G', 0, 0, 0, 0}, "en/b.md": page, "es/b.md": []byte(" \n"),
			},
			check: func(t *testing.T, err error) {
				var el read.ErrorList
				if !errors.As(err, &el) || len(el) != 2 {
					t.Fatalf("got %T %v, want a read.ErrorList of both files", err, err)
				}
				if el[0].Pos.Filename != "tree/es/a.md" || el[1].Pos.Filename != "tree/es/b.md" {
					t.Errorf("errors about %s and %s", el[0].Pos.Filename, el[1].Pos.Filename)
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := check.Tree(check.Options{}, check.TreeOptions{Dir: "tree", FS: mapFS(tt.files)})
			if err == nil {
				t.Fatalf("no error; %d findings", len(res.Findings))
			}
			tt.check(t, err)
		})
	}
}

// TestTreeRulesOff checks that rules switched off in the config report
// nothing, the tree's own included.
func TestTreeRulesOff(t *testing.T) {
	fsys := mapFS(genTree(30, []string{"en", "es", "ru", "de"}))
	cfg := rule.Config{"translation-missing": rule.Off, "translation-orphan": rule.Info}
	res, err := check.Tree(check.Options{Config: cfg}, check.TreeOptions{FS: fsys, Tree: tree.Options{Langs: []string{"de"}}})
	if err != nil {
		t.Fatal(err)
	}
	orphans := 0
	for _, f := range res.Findings {
		switch f.Rule {
		case "translation-missing":
			t.Errorf("translation-missing reported though off: %s", f.Message)
		case "translation-orphan":
			orphans++
			if f.Severity != rule.Info || f.Lang != "de" {
				t.Errorf("orphan %s %s, want info in de", f.Severity, f.Lang)
			}
		}
		if f.Lang != "de" && f.Lang != "en" {
			t.Errorf("finding in %s, which --translations leaves out", f.Lang)
		}
	}
	if orphans != 2 {
		t.Errorf("%d orphans, want 2", orphans)
	}
}

// TestMerge checks that a tree and an article checked in one run make one
// result with one row per language.
func TestMerge(t *testing.T) {
	tr, err := check.Tree(check.Options{}, check.TreeOptions{Dir: "docs", FS: mapFS(genTree(12, []string{"en", "es"}))})
	if err != nil {
		t.Fatal(err)
	}
	art, err := check.Run([]check.Input{{Name: "ferry.en.txt", Data: []byte(en)}, {Name: "ferry.es.txt", Data: []byte(es)}}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := check.Merge(tr, art)
	if m.Source.File != "docs, ferry.en.txt" || m.Source.Lang != "en" {
		t.Errorf("source %+v", m.Source)
	}
	if len(m.Findings) != len(tr.Findings)+len(art.Findings) || len(m.Versions) != len(tr.Versions)+1 {
		t.Errorf("%d findings and %d versions", len(m.Findings), len(m.Versions))
	}
	var rows []string
	for _, l := range m.Tree.Languages {
		rows = append(rows, fmt.Sprintf("%s %d %d %d", l.Lang, l.Documents, l.Checked, l.Errors))
	}
	es := 0
	for _, f := range m.Findings {
		if f.Lang == "es" && f.Severity == rule.Error {
			es++
		}
	}
	// The tree's document 10 has no Spanish translation.
	if want := []string{"en 13 13 0", fmt.Sprintf("es 13 12 %d", es)}; !reflect.DeepEqual(rows, want) {
		t.Errorf("rows %q, want %q", rows, want)
	}
	if m.Versions[len(m.Versions)-1].Source != "ferry.en.txt" {
		t.Errorf("the article's version has no source: %+v", m.Versions[len(m.Versions)-1])
	}
}
