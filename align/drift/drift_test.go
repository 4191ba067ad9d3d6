package drift

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// testRepo builds a git repository in a temporary directory, commit by
// commit, with a fixed author and one day between commits, so that hashes
// are the same on every run.
type testRepo struct {
	t      *testing.T
	dir    string
	repo   *git.Repository
	wt     *git.Worktree
	when   time.Time
	hashes []plumbing.Hash // by commit number - 1
}

func newTestRepo(t *testing.T) *testRepo {
	t.Helper()
	dir := t.TempDir()
	r, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := r.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	return &testRepo{t: t, dir: dir, repo: r, wt: wt, when: time.Date(2024, 1, 10, 12, 0, 0, 0, time.UTC)}
}

var commitRef = regexp.MustCompile(`\{\{(commit|short) (\d+)\}\}`)

// write writes a file of the work tree; "{{commit N}}" in the text becomes
// the hash of commit N, "{{short N}}" its first 7 digits. Text "-" deletes
// the file.
func (r *testRepo) write(name, text string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	if strings.TrimSpace(text) == "-" {
		if err := os.Remove(p); err != nil {
			r.t.Fatal(err)
		}
		return
	}
	text = commitRef.ReplaceAllStringFunc(text, func(m string) string {
		sm := commitRef.FindStringSubmatch(m)
		n, _ := strconv.Atoi(sm[2])
		if n < 1 || n > len(r.hashes) {
			r.t.Fatalf("%s: no commit %d yet", name, n)
		}
		if sm[1] == "short" {
			return r.hashes[n-1].String()[:7]
		}
		return r.hashes[n-1].String()
	})
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit stages every change of the work tree and commits it.
func (r *testRepo) commit(msg string) plumbing.Hash {
	r.t.Helper()
	if err := r.wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		r.t.Fatal(err)
	}
	sig := &object.Signature{Name: "Ana Autora", Email: "ana@example.org", When: r.when}
	h, err := r.wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig})
	if err != nil {
		r.t.Fatal(err)
	}
	r.when = r.when.Add(24 * time.Hour)
	r.hashes = append(r.hashes, h)
	return h
}

// TestGolden builds the repository of each testdata/*.txtar archive,
// runs Drift on it and compares a dump of the result and its findings
// with the want section.
//
// Sections named "N/path" hold the files of commit N ("-" deletes one);
// section "commits" holds the message of each commit, one a line, in
// order; sections "work/path" change the work tree after the last commit;
// section "run" says "source PATH", "translation PATH" and optionally
// "since REV" and "others PATH..."; "want" holds the dump. With -update the want sections are
// rewritten; review the diff by eye.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("found no tests in testdata/*.txtar")
	}
	for _, file := range files {
		// The cases run from the repository they build.
		file, err := filepath.Abs(file)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			r, run, want := buildRepo(t, a)
			have := runCase(t, r, run)
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

func buildRepo(t *testing.T, a *txtar.Archive) (*testRepo, map[string]string, *txtar.File) {
	t.Helper()
	r := newTestRepo(t)
	var msgs []string
	byCommit := map[int][]txtar.File{}
	var work []txtar.File
	run := map[string]string{}
	var want *txtar.File
	for i, f := range a.Files {
		switch {
		case f.Name == "commits":
			for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				msgs = append(msgs, strings.TrimSpace(l))
			}
		case f.Name == "run":
			for _, l := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
				k, v, _ := strings.Cut(l, " ")
				run[k] = strings.TrimSpace(v)
			}
		case f.Name == "want":
			want = &a.Files[i]
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
	if want == nil || run["source"] == "" || run["translation"] == "" {
		t.Fatal("need run (source, translation) and want sections")
	}
	for k := 1; k <= len(msgs); k++ {
		for _, f := range byCommit[k] {
			r.write(f.Name, string(f.Data))
		}
		r.commit(msgs[k-1])
	}
	for _, f := range work {
		r.write(f.Name, string(f.Data))
	}
	return r, run, want
}

func runCase(t *testing.T, tr *testRepo, run map[string]string) string {
	t.Helper()
	repo, err := Open(filepath.Join(tr.dir, filepath.FromSlash(run["source"])))
	if err != nil {
		t.Fatal(err)
	}
	since := commitRef.ReplaceAllStringFunc(run["since"], func(m string) string {
		n, _ := strconv.Atoi(commitRef.FindStringSubmatch(m)[2])
		return tr.hashes[n-1].String()
	})
	// Run from the repository's directory so that the file names in
	// positions are the relative paths.
	t.Chdir(tr.dir)
	opts := Options{Since: since, SourceLang: "en", Lang: run["lang"], Others: strings.Fields(run["others"])}
	res, err := repo.Drift(run["source"], run["translation"], opts)
	if err != nil {
		return "error: " + scrub(tr, err.Error()) + "\n"
	}
	return scrub(tr, dumpResult(res))
}

// scrub replaces the hashes of the commits with @N, their numbers.
func scrub(tr *testRepo, s string) string {
	for i, h := range tr.hashes {
		s = strings.ReplaceAll(s, h.String(), "@"+strconv.Itoa(i+1))
		s = strings.ReplaceAll(s, h.String()[:7], "@"+strconv.Itoa(i+1))
	}
	return s
}

func dumpResult(res *Result) string {
	var b strings.Builder
	c := res.Base.Commit
	fmt.Fprintf(&b, "base: %s %s %q (from %s)\n", c.Hash, c.When.Format("2006-01-02"), c.Subject, res.Base.From)
	fmt.Fprintf(&b, "source at base: %s\n", res.SourceAtBase)
	var cs []string
	for _, c := range res.Commits {
		cs = append(cs, c.Hash)
	}
	fmt.Fprintf(&b, "commits: %s\n", strings.Join(cs, " "))
	if res.Uncommitted {
		fmt.Fprintf(&b, "uncommitted\n")
	}
	for _, ch := range res.Changes {
		fmt.Fprintf(&b, "%s old %v new %v", ch.Kind, ch.Old, ch.New)
		if len(ch.Target) > 0 {
			fmt.Fprintf(&b, " -> trans %v", ch.Target)
		} else {
			fmt.Fprintf(&b, " -> after trans %d", ch.InsertAfter)
		}
		if ch.Kind == Removed {
			fmt.Fprintf(&b, " at %d", ch.At)
		}
		var hs []string
		for _, c := range ch.Commits {
			hs = append(hs, c.Hash)
		}
		fmt.Fprintf(&b, " commits [%s]", strings.Join(hs, " "))
		if ch.Uncommitted {
			fmt.Fprintf(&b, " and the work tree")
		}
		fmt.Fprintf(&b, "\n")
		if len(ch.Diff) > 0 {
			fmt.Fprintf(&b, "  diff: %s\n", Inline(ch.Diff))
		}
	}
	var added []string
	for i := range res.New.Blocks {
		if res.Added(i) {
			added = append(added, strconv.Itoa(i))
		}
	}
	sort.Strings(added)
	fmt.Fprintf(&b, "added blocks: %s\n", strings.Join(added, " "))
	total, translated, current := res.Words()
	fmt.Fprintf(&b, "words: %d translated %d current %d\n", total, translated, current)
	for _, f := range Findings(res) {
		fmt.Fprintf(&b, "finding %s %s %s -> %s: %s\n", f.Rule, f.Severity, f.Source, f.Target, f.Message)
		if f.Evidence.Source != "" {
			fmt.Fprintf(&b, "  source: %s\n", f.Evidence.Source)
		}
		if f.Evidence.Target != "" {
			fmt.Fprintf(&b, "  target: %s\n", f.Evidence.Target)
		}
	}
	return b.String()
}
