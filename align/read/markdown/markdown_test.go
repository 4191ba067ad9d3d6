package markdown

import (
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/tralign/tralign/align/source"
)

var update = flag.Bool("update", false, "rewrite the want sections of testdata/*.txtar")

// TestGolden reads each input.md of testdata/*.txtar and compares the
// dump of its blocks with the want section.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no testdata")
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var in []byte
			wi := -1
			for i, f := range ar.Files {
				switch f.Name {
				case "input.md":
					in = f.Data
				case "want":
					wi = i
				}
			}
			f := source.NewFile("input.md", in)
			blocks, meta, problems := Blocks(f)
			got := dump(f, blocks, meta, problems)
			if *update {
				if wi < 0 {
					ar.Files = append(ar.Files, txtar.File{Name: "want"})
					wi = len(ar.Files) - 1
				}
				ar.Files[wi].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o666); err != nil {
					t.Fatal(err)
				}
				return
			}
			if wi < 0 {
				t.Fatal("no want section; run go test -update")
			}
			if want := string(ar.Files[wi].Data); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			checkMapping(t, f, blocks)
		})
	}
}

// TestBlocksConcurrently reads the inputs of testdata/*.txtar on several
// goroutines at once, as a tree check does with the one parser they
// share, and compares each dump with that of a read alone.
func TestBlocksConcurrently(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	var ins []*source.File
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if f.Name == "input.md" {
				ins = append(ins, source.NewFile(file, f.Data))
			}
		}
	}
	if len(ins) == 0 {
		t.Fatal("no testdata")
	}
	want := make([]string, len(ins))
	for i, f := range ins {
		want[i] = readDump(f)
	}
	const goroutines, rounds = 4, 5
	got := make([][]string, goroutines)
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for range rounds {
				for i := range ins {
					f := ins[(i+g)%len(ins)]
					got[g] = append(got[g], readDump(f))
				}
			}
		})
	}
	wg.Wait()
	for g := range goroutines {
		for k, d := range got[g] {
			if i := (k%len(ins) + g) % len(ins); d != want[i] {
				t.Errorf("goroutine %d read %s as\n%s\nwant\n%s", g, ins[i].Name, d, want[i])
			}
		}
	}
}

// readDump reads f and returns the dump of what it read.
func readDump(f *source.File) string {
	blocks, meta, problems := Blocks(f)
	return dump(f, blocks, meta, problems)
}
