package main

import (
	"encoding/hex"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

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
			"exits":   exits,
			"hexfile": hexfile,
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
