package main

import (
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/rogpeppe/go-internal/testscript"
)

var update = flag.Bool("update", false, "rewrite the expected output in testdata/script from the actual output")

// TestMain lets the test binary run as tralign when testscript execs it.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"tralign": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, env{})) },
	})
}

// TestScript runs the end-to-end scripts in testdata/script at the top of
// the module. Each script works in its own temporary directory; $SEEDS
// names the directory of the seed documents.
func TestScript(t *testing.T) {
	seeds, err := filepath.Abs(filepath.Join("..", "..", "seeds"))
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir:                 filepath.Join("..", "..", "testdata", "script"),
		UpdateScripts:       *update,
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(e *testscript.Env) error {
			e.Setenv("SEEDS", seeds)
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"exits":     exits,
			"hexfile":   hexfile,
			"gitcommit": gitcommit,
		},
	})
}

// exits runs a program like exec and fails unless it exits with the given
// status: "exits 2 tralign check a b". "! exec" only tells that a program
// failed; tralign's contract tells 1 (findings) from 2 (could not run).
func exits(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! exits; give the status wanted instead")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: exits STATUS PROGRAM [ARG...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("exits: status %q is not a number", args[0])
	}
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("exits: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// hexfile writes bytes given in hexadecimal to a file: "hexfile a.png
// 89504e47". It makes binary inputs without putting binary data in the
// scripts.
func hexfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: hexfile FILE HEX")
	}
	data, err := hex.DecodeString(args[1])
	if err != nil {
		ts.Fatalf("hexfile: %v", err)
	}
	if err := os.WriteFile(ts.MkAbs(args[0]), data, 0o666); err != nil {
		ts.Fatalf("hexfile: %v", err)
	}
}

// gitcommit commits the changes under the given paths of the working
// directory to its git repository, which it creates on first use:
// "gitcommit 'Translate the guide' content". Scripts cannot count on a git
// binary; this uses go-git. Only the paths named are committed, so that
// the expected outputs beside them in the script do not change the
// hashes. The author is fixed and the N-th commit is dated N-1 days after
// 10 January 2024, so that hashes are the same on every run.
func gitcommit(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! gitcommit")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: gitcommit MESSAGE PATH...")
	}
	dir := ts.MkAbs(".")
	repo, err := git.PlainOpenWithOptions(dir, &git.PlainOpenOptions{DetectDotGit: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		repo, err = git.PlainInit(dir, false)
	}
	ts.Check(err)
	wt, err := repo.Worktree()
	ts.Check(err)
	st, err := wt.Status()
	ts.Check(err)
	for file, fs := range st {
		under := false
		for _, p := range args[1:] {
			p = filepath.ToSlash(filepath.Clean(p))
			under = under || file == p || strings.HasPrefix(file, p+"/")
		}
		switch {
		case !under || fs.Worktree == git.Unmodified:
		case fs.Worktree == git.Deleted:
			_, err = wt.Remove(file)
			ts.Check(err)
		default:
			_, err = wt.Add(file)
			ts.Check(err)
		}
	}
	n := 0
	if head, err := repo.Head(); err == nil {
		it, err := repo.Log(&git.LogOptions{From: head.Hash()})
		ts.Check(err)
		ts.Check(it.ForEach(func(*object.Commit) error { n++; return nil }))
	}
	when := time.Date(2024, 1, 10, 12, 0, 0, 0, time.UTC).AddDate(0, 0, n)
	sig := &object.Signature{Name: "Ana Autora", Email: "ana@example.org", When: when}
	h, err := wt.Commit(args[0], &git.CommitOptions{Author: sig, Committer: sig})
	ts.Check(err)
	ts.Logf("commit %s %s", h.String()[:7], when.Format("2006-01-02"))
}
