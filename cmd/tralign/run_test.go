package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/rule"
)

// articles writes the files of a script in testdata/script to a temporary
// directory and returns the paths of the named ones.
func articles(t *testing.T, script string, names ...string) []string {
	t.Helper()
	ar, err := txtar.ParseFile(filepath.Join("..", "..", "testdata", "script", script))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	var paths []string
	for _, name := range names {
		found := false
		for _, f := range ar.Files {
			if f.Name == name {
				p := filepath.Join(dir, name)
				if err := os.WriteFile(p, f.Data, 0o666); err != nil {
					t.Fatal(err)
				}
				paths = append(paths, p)
				found = true
			}
		}
		if !found {
			t.Fatalf("%s has no file %s", script, name)
		}
	}
	return paths
}

// TestColour checks that check colours severities only on a terminal and
// only when neither NO_COLOR nor --no-color says otherwise. The scripts
// cannot test this: their stdout is never a terminal.
func TestColour(t *testing.T) {
	files := articles(t, "check-article-text.txtar", "article.en.txt", "article.es.txt")
	tests := []struct {
		desc     string
		terminal bool
		noColor  string // NO_COLOR
		flags    []string
		want     bool // escape codes expected
	}{
		{desc: "terminal", terminal: true, want: true},
		{desc: "terminal with NO_COLOR", terminal: true, noColor: "1"},
		{desc: "terminal with --no-color", terminal: true, flags: []string{"--no-color"}},
		{desc: "not a terminal", terminal: false},
		{desc: "terminal, -o file", terminal: true, flags: []string{"-o", filepath.Join(t.TempDir(), "out.txt")}},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			t.Setenv("NO_COLOR", tt.noColor)
			out, err := os.CreateTemp(t.TempDir(), "stdout")
			if err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			var stderr bytes.Buffer
			e := env{terminal: func(*os.File) bool { return tt.terminal }}
			args := append(append([]string{"check"}, tt.flags...), files...)
			if code := run(args, out, &stderr, e); code != 1 {
				t.Fatalf("exit status %d, want 1; stderr:\n%s", code, stderr.String())
			}
			data, err := os.ReadFile(out.Name())
			if err != nil {
				t.Fatal(err)
			}
			if len(tt.flags) > 0 && tt.flags[0] == "-o" {
				if len(data) > 0 {
					t.Fatalf("stdout is not empty with -o:\n%s", data)
				}
				if data, err = os.ReadFile(tt.flags[1]); err != nil {
					t.Fatal(err)
				}
			}
			if got := bytes.Contains(data, []byte("\x1b[")); got != tt.want {
				t.Errorf("escape codes in output: %v, want %v\n%s", got, tt.want, data)
			}
			if tt.want && !bytes.Contains(data, []byte("\x1b[31merror\x1b[0m")) {
				t.Errorf("errors are not red:\n%q", data)
			}
			if strings.Contains(stderr.String(), "\x1b[") {
				t.Errorf("escape codes on stderr: %q", stderr.String())
			}
		})
	}
}

// TestRulesListsEveryRule checks that tralign rules lists every rule the
// checker runs, with its default severity and doc.
func TestRulesListsEveryRule(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"rules", "-format", "json"}, &stdout, &stderr, env{}); code != 0 {
		t.Fatalf("exit status %d; stderr:\n%s", code, stderr.String())
	}
	var listed []struct{ ID, Severity, Doc string }
	if err := json.Unmarshal(stdout.Bytes(), &listed); err != nil {
		t.Fatal(err)
	}
	all := rule.All()
	if len(listed) != len(all) {
		t.Errorf("rules lists %d rules, the checker has %d", len(listed), len(all))
	}
	for i, r := range all {
		if i >= len(listed) {
			break
		}
		l := listed[i]
		if l.ID != r.ID || l.Severity != r.Severity.String() || l.Doc != r.Doc {
			t.Errorf("rule %d: listed as %s (%s), want %s (%s)", i, l.ID, l.Severity, r.ID, r.Severity)
		}
	}
}

// TestProgress checks that check shows its progress on stderr only when
// stderr is a terminal, and erases it before the output.
func TestProgress(t *testing.T) {
	files := articles(t, "check-article-text.txtar", "article.en.txt", "article.es.txt")
	for _, terminal := range []bool{true, false} {
		errf, err := os.CreateTemp(t.TempDir(), "stderr")
		if err != nil {
			t.Fatal(err)
		}
		var stdout bytes.Buffer
		e := env{terminal: func(*os.File) bool { return terminal }}
		run(append([]string{"check", "--fail-on", "none"}, files...), &stdout, errf, e)
		errf.Close()
		got, err := os.ReadFile(errf.Name())
		if err != nil {
			t.Fatal(err)
		}
		shown := strings.Contains(string(got), "checking es against en (1 of 1)…")
		if shown != terminal {
			t.Errorf("terminal=%v: progress shown=%v, stderr %q", terminal, shown, got)
		}
		if terminal && !strings.HasSuffix(string(got), "\r\x1b[K") {
			t.Errorf("progress line not erased: %q", got)
		}
	}
}

// writeTree writes a generated tree of n documents in content/{en,es,ru}
// under dir, with a defect in some translations so that there are
// findings, and returns its path.
func writeTree(t *testing.T, dir string, n int) string {
	t.Helper()
	pages := map[string][3]string{
		"en": {"# Release %d", "Version %d starts faster and downloads less. The installer checks the disk before it copies anything.", "Reports are written every %d minutes. You can change the interval in the settings file."},
		"es": {"# Versión %d", "La versión %d arranca más rápido y descarga menos. El instalador comprueba el disco antes de copiar nada.", "Los informes se escriben cada %d minutos. Puede cambiar el intervalo en el archivo de ajustes."},
		"ru": {"# Выпуск %d", "Версия %d запускается быстрее и весит меньше. Установщик проверяет диск, прежде чем что-либо копировать.", "Отчёты записываются каждые %d минут. Интервал можно изменить в файле настроек."},
	}
	root := filepath.Join(dir, "content")
	for i := range n {
		for lang, p := range pages {
			num := i
			if lang == "es" && i%4 == 1 {
				num++ // a number changed in translation
			}
			text := fmt.Sprintf(p[0]+"\n\n"+p[1]+"\n\n"+p[2]+"\n", i, i, num)
			if lang == "ru" && i%5 == 2 {
				continue // a missing translation
			}
			f := filepath.Join(root, lang, fmt.Sprintf("s%d", i%3), fmt.Sprintf("page-%d.md", i))
			if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, []byte(text), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	return root
}

// TestTreeSameOutput checks a tree twice with four workers, and once with
// one, and compares the bytes written: the documents are checked in any
// order, the output must not show it. Run it with -race.
func TestTreeSameOutput(t *testing.T) {
	root := writeTree(t, t.TempDir(), 40)
	for _, format := range []string{"text", "json"} {
		var outs [][]byte
		for _, jobs := range []string{"4", "4", "1"} {
			var stdout, stderr bytes.Buffer
			code := run([]string{"check", "--jobs", jobs, "--format", format, root}, &stdout, &stderr, env{})
			if code != 1 {
				t.Fatalf("exit status %d, want 1 (findings); stderr:\n%s", code, stderr.String())
			}
			outs = append(outs, stdout.Bytes())
		}
		for i, out := range outs[1:] {
			if !bytes.Equal(out, outs[0]) {
				t.Errorf("%s: run %d differs from the first:\n%s\nfirst:\n%s", format, i+2, out, outs[0])
			}
		}
	}
}

// TestTreeProgress checks that a tree's progress bar shows on stderr only
// when stderr is a terminal: documents done of how many, and the time
// left, erased before the output.
func TestTreeProgress(t *testing.T) {
	root := writeTree(t, t.TempDir(), 6)
	for _, terminal := range []bool{true, false} {
		errf, err := os.CreateTemp(t.TempDir(), "stderr")
		if err != nil {
			t.Fatal(err)
		}
		var stdout bytes.Buffer
		e := env{terminal: func(*os.File) bool { return terminal }}
		run([]string{"check", "--fail-on", "none", root}, &stdout, errf, e)
		errf.Close()
		got, err := os.ReadFile(errf.Name())
		if err != nil {
			t.Fatal(err)
		}
		shown := strings.Contains(string(got), "checking "+root+" ▕") && strings.Contains(string(got), "6 of 6 documents")
		if shown != terminal {
			t.Errorf("terminal=%v: progress shown=%v, stderr %q", terminal, shown, got)
		}
		if terminal && !strings.HasSuffix(string(got), "\r\x1b[K") {
			t.Errorf("progress line not erased: %q", got)
		}
		if bytes.Contains(stdout.Bytes(), []byte("\x1b[")) || bytes.Contains(stdout.Bytes(), []byte("▕")) {
			t.Errorf("progress on stdout")
		}
	}
}

func TestClock(t *testing.T) {
	for _, tc := range []struct {
		d    time.Duration
		want string
	}{{0, "0:00"}, {1500 * time.Millisecond, "0:02"}, {61 * time.Second, "1:01"}, {3725 * time.Second, "1:02:05"}} {
		if got := clock(tc.d); got != tc.want {
			t.Errorf("clock(%v) = %q, want %q", tc.d, got, tc.want)
		}
	}
}
