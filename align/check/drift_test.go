package check_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/tree"
)

// gitTree builds a git repository in a temporary directory: each map of
// commits is written and committed in turn, a day apart. It returns the
// directory.
func gitTree(t *testing.T, commits ...map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	repo, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	when := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	for i, files := range commits {
		for name, text := range files {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
			t.Fatal(err)
		}
		sig := &object.Signature{Name: "Ana Autora", Email: "ana@example.org", When: when.Add(time.Duration(i) * 24 * time.Hour)}
		if _, err := wt.Commit("commit "+string(rune('A'+i)), &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

const (
	guideV1 = "# Jobs\n\nA job runs once for every release, before the new code takes traffic.\n\nIt reads the 12 pending migrations from the database and applies them in order.\n\nWhen all of them succeed, the release goes live in 3 minutes.\n"
	guideV2 = guideV1 + "\nA failed job rolls the release back to version 7, and the old code keeps serving.\n"
	// The translation leaves the second paragraph out from the start.
	guideES = "# Tareas\n\nUna tarea se ejecuta una vez por cada versión, antes de que el código nuevo reciba tráfico.\n\nCuando todas tienen éxito, la versión se publica en 3 minutos.\n"
)

// TestTreeDrift checks that check with Drift reports what changed since
// the translation and tells the two causes of a missing paragraph apart.
func TestTreeDrift(t *testing.T) {
	dir := gitTree(t,
		map[string]string{"content/en/jobs.md": guideV1},
		map[string]string{"content/es/jobs.md": guideES},
		map[string]string{"content/en/jobs.md": guideV2},
	)
	t.Chdir(dir)
	res, err := check.Tree(check.Options{Drift: true}, check.TreeOptions{Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	var missing []string
	added := 0
	for _, f := range res.Findings {
		switch f.Rule {
		case "paragraph-missing":
			missing = append(missing, f.Message)
		case "source-added":
			added++
			if f.Source == nil || f.Source.Line != 9 || f.Target == nil || f.Target.Filename != filepath.Join("content", "es", "jobs.md") {
				t.Errorf("source-added at %v -> %v", f.Source, f.Target)
			}
		}
	}
	if added != 1 {
		t.Errorf("%d source-added findings, want 1", added)
	}
	if len(missing) != 2 {
		t.Fatalf("paragraph-missing: %q, want the one left out and the one added", missing)
	}
	if !strings.Contains(missing[0], "the source had it when the translation was made") || !strings.Contains(missing[0], "left it out") {
		t.Errorf("the paragraph left out: %s", missing[0])
	}
	if !strings.Contains(missing[1], "the source gained it after the translation was made (2024-03-03") || !strings.Contains(missing[1], "behind") {
		t.Errorf("the paragraph added: %s", missing[1])
	}
	if len(res.Skipped) > 0 {
		t.Errorf("skipped: %v", res.Skipped)
	}
}

// TestFilesDrift checks drift on an article given as files, with the drift
// rules alone, as tralign drift runs it.
func TestFilesDrift(t *testing.T) {
	dir := gitTree(t,
		map[string]string{"jobs.en.md": guideV1},
		map[string]string{"jobs.es.md": guideES},
		map[string]string{"jobs.en.md": guideV2},
	)
	src, es := filepath.Join(dir, "jobs.en.md"), filepath.Join(dir, "jobs.es.md")
	var inputs []check.Input
	for _, name := range []string{src, es} {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, check.Input{Name: name, Data: data})
	}
	opts := check.Options{Drift: true}
	for _, r := range rule.All() {
		if r.Driver == rule.DriverDrift {
			opts.Rules = append(opts.Rules, r)
		}
	}
	docs, err := check.Read(inputs, opts)
	if err != nil {
		t.Fatal(err)
	}
	res := &check.Result{Source: check.Side{Lang: "en", File: src}}
	if err := check.Drift(res, docs[0], docs[1:], opts); err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Rule != "source-added" {
		t.Errorf("findings %+v, want one source-added", res.Findings)
	}
	if len(res.Versions) != 1 || res.Versions[0].File != es || res.Versions[0].Blocks != 3 {
		t.Errorf("versions %+v", res.Versions)
	}

	// Outside a git work tree drift cannot run.
	out := filepath.Join(t.TempDir(), "a.en.md")
	docs[0].File.Name = out
	err = check.Drift(&check.Result{}, docs[0], docs[1:], opts)
	if err == nil || !strings.Contains(err.Error(), "not in a git work tree") {
		t.Errorf("outside a repository: %v", err)
	}
}

// TestDriftSweepKeptLanguages checks that keeping some languages does not
// change what drift says of them: a commit that fixed a link in the source
// and every translation is a sweep, not a translation, however few
// languages are checked.
func TestDriftSweepKeptLanguages(t *testing.T) {
	const (
		en1 = "# Jobs\n\nA job runs once for every release, see [the guide](http://old.example.org/).\n"
		en2 = "# Jobs\n\nA job runs once for every release and must finish in ten minutes, see [the guide](http://old.example.org/).\n"
		en3 = "# Jobs\n\nA job runs once for every release and must finish in ten minutes, see [the guide](https://new.example.org/).\n"
		es1 = "# Tareas\n\nUna tarea se ejecuta una vez por versión, véase [la guía](http://old.example.org/).\n"
		es3 = "# Tareas\n\nUna tarea se ejecuta una vez por versión, véase [la guía](https://new.example.org/).\n"
		ru1 = "# Задачи\n\nЗадача запускается один раз для каждого выпуска, см. [руководство](http://old.example.org/).\n"
		ru3 = "# Задачи\n\nЗадача запускается один раз для каждого выпуска, см. [руководство](https://new.example.org/).\n"
	)
	dir := gitTree(t,
		map[string]string{"content/en/jobs.md": en1, "content/es/jobs.md": es1, "content/ru/jobs.md": ru1},
		map[string]string{"content/en/jobs.md": en2},
		map[string]string{"content/en/jobs.md": en3, "content/es/jobs.md": es3, "content/ru/jobs.md": ru3},
	)
	t.Chdir(dir)
	for _, langs := range [][]string{nil, {"es"}} {
		res, err := check.Tree(check.Options{Drift: true, Rules: driftOnly()}, check.TreeOptions{Dir: ".", Tree: tree.Options{Langs: langs}})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range res.Findings {
			if f.Lang == "es" && f.Rule == "source-changed" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("langs %v: %d source-changed findings in es, want 1 (the sweep is no translation): %+v", langs, n, res.Findings)
		}
	}
}

func driftOnly() []*rule.Rule {
	var out []*rule.Rule
	for _, r := range rule.All() {
		if r.Driver == rule.DriverDrift {
			out = append(out, r)
		}
	}
	return out
}
