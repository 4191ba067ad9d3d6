package read_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"github.com/rogpeppe/go-internal/txtar"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
)

var update = flag.Bool("update", false, "rewrite the .want sections of testdata/*.txt")

// TestGolden reads each input section of testdata/*.txt and compares a dump
// of the documents read (see dump) with the section that follows it.
//
// An archive holds pairs of sections: "N.txt" (plain text) or "N.md"
// (Markdown) followed by "N.want". The input's name is the file name given
// to the reader, so "N.es.md" names the language. A section named
// "options" holds read.Options as JSON and applies to the pairs after it.
// In inputs, ^M stands for a carriage return, ^J at the end of a line for
// nothing (it marks trailing white space), ^D at the end of the file for
// "no final newline", ^@ for a NUL byte and ^B for a UTF-8 byte order mark
// (see decode). With -update the want sections are rewritten.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("found no tests in testdata/*.txt")
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txt"), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var opts read.Options
			changed := false
			for i := 0; i < len(a.Files); {
				if a.Files[i].Name == "options" {
					opts = read.Options{}
					if err := json.Unmarshal(a.Files[i].Data, &opts); err != nil {
						t.Fatalf("options: %v", err)
					}
					i++
					continue
				}
				if i+1 >= len(a.Files) {
					t.Fatalf("section %s has no .want section after it", a.Files[i].Name)
				}
				in, want := a.Files[i], &a.Files[i+1]
				i += 2
				name := caseName(in.Name)
				if want.Name != name+".want" {
					t.Fatalf("mismatched pair: %s and %s", in.Name, want.Name)
				}
				t.Run(name, func(t *testing.T) {
					data := []byte(decode(string(in.Data)))
					docs, err := read.File(in.Name, data, opts)
					checkInvariants(t, data, docs, err)
					have := dump(docs, err)
					if *update {
						if have != string(want.Data) {
							want.Data = []byte(have)
							changed = true
						}
						return
					}
					if have != string(want.Data) {
						t.Errorf("input %q\nhave:\n%s\nwant:\n%s\n(run go test -update and review the diff if the change is right)", data, have, want.Data)
					}
				})
			}
			if changed {
				if err := os.WriteFile(file, txtar.Format(a), 0o666); err != nil {
					t.Fatal(err)
				}
			}
		})
	}
}

// caseName returns the name of a case: the section name up to its first dot.
func caseName(s string) string {
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return s[:i]
	}
	return s
}

// decode turns the visible encoding of a txtar input section into the bytes
// it stands for, as rsc/markdown's md_test.go does, plus ^B for a byte
// order mark.
func decode(s string) string {
	s = strings.ReplaceAll(s, "^J\n", "\n")
	s = strings.ReplaceAll(s, "^M", "\r")
	s = strings.ReplaceAll(s, "^D\n", "")
	s = strings.ReplaceAll(s, "^@", "\x00")
	s = strings.ReplaceAll(s, "^B", "\ufeff")
	return s
}

// encode makes invisible characters of s visible (the inverse of decode for
// ^M, ^J, ^D and ^@). The result always ends in a newline.
func encode(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "^M\n")
	s = strings.ReplaceAll(s, "\r", "^M^D\n")
	s = strings.ReplaceAll(s, " \n", " ^J\n")
	s = strings.ReplaceAll(s, "\t\n", "\t^J\n")
	s = strings.ReplaceAll(s, "\x00", "^@")
	s = strings.ReplaceAll(s, "\ufeff", "^B")
	if !strings.HasSuffix(s, "\n") {
		s += "^D\n"
	}
	return s
}

// dump prints documents in a stable, readable form: each version with its
// language and lines, then each block with its kind, level, number, span
// (line:col of start and of end, the end exclusive), language, sentence
// and item counts, markers and text. The text is printed with encode,
// each line indented by a tab.
func dump(docs []*doc.Document, err error) string {
	var sb strings.Builder
	for vi, d := range docs {
		f := d.File
		fmt.Fprintf(&sb, "version %d lang=%s from=%s encoding=%s lines=%d-%d blocks=%d footnotes=%d markers=%d\n",
			vi+1, orNone(d.Lang), d.LangFrom, f.Encoding, d.FirstLine(), d.LastLine(), len(d.Blocks), len(d.Footnotes), d.Markers())
		for bi, b := range d.Blocks {
			s, e := f.Position(b.Span.Start), f.Position(b.Span.End)
			fmt.Fprintf(&sb, "block %d %s level=%d number=%d %d:%d-%d:%d lang=%s sentences=%d items=%d\n",
				bi+1, b.Kind, b.Level, b.Number, s.Line, s.Column, e.Line, e.Column, orNone(b.Lang), len(b.Sentences), len(b.Items))
			for _, m := range b.Markers {
				ms, me := f.Position(m.Span.Start), f.Position(m.Span.End)
				fmt.Fprintf(&sb, "\tmarker %d %d:%d-%d:%d %q\n", m.Number, ms.Line, ms.Column, me.Line, me.Column, f.Text(m.Span))
			}
			for _, l := range strings.SplitAfter(strings.TrimSuffix(encode(b.Text), "\n"), "\n") {
				sb.WriteString("\t| " + l)
			}
			sb.WriteString("\n")
		}
	}
	if err != nil {
		var list read.ErrorList
		var one *read.Error
		switch {
		case errors.As(err, &list):
			for _, e := range list {
				fmt.Fprintf(&sb, "error %s\n", e)
			}
		case errors.As(err, &one):
			fmt.Fprintf(&sb, "error %s\n", one)
		default:
			fmt.Fprintf(&sb, "error (%T) %s\n", err, err)
		}
	}
	return sb.String()
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
