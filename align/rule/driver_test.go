package rule_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/tree"
)

// treeOptions reads the options of a tree case from the archive's comment:
// "langs: es,ru" keeps those languages, "layout: PATTERN" names the layout.
func treeOptions(ar *txtar.Archive) tree.Options {
	var o tree.Options
	for _, l := range strings.Split(string(ar.Comment), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		v = strings.TrimSpace(v)
		switch strings.TrimSpace(k) {
		case "langs":
			o.Langs = strings.Split(v, ",")
		case "layout":
			o.Layout = v
		}
	}
	return o
}

// runTree checks the tree of a case (every section but want is one of its
// files) with rule r alone, through check.Tree.
func runTree(t *testing.T, ar *txtar.Archive, r *rule.Rule) []string {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range ar.Files {
		if f.Name != "want" {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	res, err := check.Tree(check.Options{Rules: []*rule.Rule{r}}, check.TreeOptions{FS: fsys, Tree: treeOptions(ar), Workers: 2})
	if err != nil {
		return []string{"error: " + err.Error()}
	}
	return formatAll(res.Findings)
}

// runDrift builds the git history of a case and checks its tree with drift
// and rule r alone, through check.Tree. Sections "N/path" hold the files
// of commit N ("-" deletes one), section "commits" the message of each
// commit, one a line; "work/path" changes the work tree after the last
// commit. The comment takes the options of a tree case, and "since: N"
// to compare from commit N. Commit hashes in findings read @N.
func runDrift(t *testing.T, ar *txtar.Archive, r *rule.Rule) []string {
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
	write := func(name string, data []byte) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if strings.TrimSpace(string(data)) == "-" {
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			return
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var msgs []string
	byCommit := map[int][]txtar.File{}
	var work []txtar.File
	for _, f := range ar.Files {
		switch {
		case f.Name == "want":
		case f.Name == "commits":
			for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				msgs = append(msgs, strings.TrimSpace(l))
			}
		case strings.HasPrefix(f.Name, "work/"):
			work = append(work, txtar.File{Name: strings.TrimPrefix(f.Name, "work/"), Data: f.Data})
		default:
			n, name, ok := strings.Cut(f.Name, "/")
			k, err := strconv.Atoi(n)
			if !ok || err != nil {
				t.Fatalf("unknown section %q", f.Name)
			}
			byCommit[k] = append(byCommit[k], txtar.File{Name: name, Data: f.Data})
		}
	}
	when := time.Date(2024, 1, 10, 12, 0, 0, 0, time.UTC)
	var hashes []string
	for k := 1; k <= len(msgs); k++ {
		for _, f := range byCommit[k] {
			write(f.Name, f.Data)
		}
		if err := wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
			t.Fatal(err)
		}
		sig := &object.Signature{Name: "Ana Autora", Email: "ana@example.org", When: when}
		h, err := wt.Commit(msgs[k-1], &git.CommitOptions{Author: sig, Committer: sig})
		if err != nil {
			t.Fatal(err)
		}
		hashes = append(hashes, h.String())
		when = when.Add(24 * time.Hour)
	}
	for _, f := range work {
		write(f.Name, f.Data)
	}
	since := ""
	for _, l := range strings.Split(string(ar.Comment), "\n") {
		if v, ok := strings.CutPrefix(l, "since:"); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < 1 || n > len(hashes) {
				t.Fatalf("since: %q names no commit", v)
			}
			since = hashes[n-1]
		}
	}
	t.Chdir(dir) // so that the files are named by their paths in the repository
	res, err := check.Tree(check.Options{Rules: []*rule.Rule{r}, Drift: true, Since: since}, check.TreeOptions{Dir: ".", Tree: treeOptions(ar), Workers: 2})
	var out []string
	if err != nil {
		out = []string{"error: " + err.Error()}
	} else {
		out = formatAll(res.Findings)
		for _, e := range res.Skipped {
			out = append(out, "skipped: "+e.Error())
		}
	}
	for i := range out {
		for n, h := range hashes {
			out[i] = strings.ReplaceAll(out[i], h[:7], "@"+strconv.Itoa(n+1))
		}
	}
	return out
}

// formatAll writes findings of a tree one a line, with their files.
func formatAll(fs []rule.Finding) []string {
	pos := func(p *source.Position) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprintf("%s:%d:%d", filepath.ToSlash(p.Filename), p.Line, p.Column)
	}
	var out []string
	for _, f := range fs {
		out = append(out, fmt.Sprintf("%s %s %s src %s dst %s: %s", f.Severity, f.Rule, f.Lang, pos(f.Source), pos(f.Target), f.Message))
	}
	return out
}
