package check

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/rule"
)

// TestMemo checks that a check given what reading learned of its words
// (Options.Memo) finds what one without it finds, that only a version read
// alone from its file is carried, and that the check takes each and its
// rules use it.
func TestMemo(t *testing.T) {
	const (
		en = "The Night Ferry\n\nThe night ferry to the islands will run again from June. The port authority bought two new boats for the route.\n\nTickets go on sale in May at the harbour office. Children under twelve travel free.\n\nThe crossing takes three hours in calm weather and four when the sea is rough.\n"
		es = "El ferry nocturno\n\nEl ferry nocturno a las islas volverá a funcionar a partir de junio. La autoridad portuaria compró dos barcos nuevos para la ruta.\n\nTickets go on sale in May at the harbour office. Children under twelve travel free.\n\nLa travesía dura tres horas con buen tiempo y cuatro cuando el mar está agitado.\n"
		ru = "Ночной паром\n\nНочной паром на острова снова будет ходить с июня. Управление порта купило для маршрута две новые лодки.\n\nБилеты поступят в продажу в мае в кассе порта. Дети до двенадцати лет едут бесплатно.\n\nПереправа занимает три часа в тихую погоду.\n"
	)
	seed, err := os.ReadFile(filepath.Join("..", "..", "seeds", "000_6039fe07b589d0e9.txt"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ins  []Input
		kept int // versions carried from reading to checking
	}{
		{"a file a version", []Input{{"ferry.en.txt", []byte(en)}, {"ferry.es.txt", []byte(es)}, {"ferry.ru.txt", []byte(ru)}}, 3},
		{"one file holding the versions", []Input{{"seed.txt", seed}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check := func(opts Options) (*Result, int) {
				t.Helper()
				docs, err := Read(tc.ins, opts)
				if err != nil {
					t.Fatal(err)
				}
				kept := 0
				var carried []*rule.Memo
				if opts.Memo != nil {
					kept = len(opts.Memo.byDoc)
					for d, m := range opts.Memo.byDoc {
						if d != docs[0] {
							// Forget what reading met, so that what the
							// rules meet shows.
							m.Identifier = langid.Identifier{}
							carried = append(carried, m)
						}
					}
				}
				src, targets, err := Pick(docs, "")
				if err != nil {
					t.Fatal(err)
				}
				res := Documents(src, targets, opts)
				for _, m := range carried {
					if m.Identifier.Words() == 0 {
						t.Error("the rules of a translation did not use the memo its reading left")
					}
				}
				return res, kept
			}
			want, _ := check(Options{})
			if len(want.Findings) == 0 {
				t.Fatal("no findings: the case checks nothing")
			}
			memo := new(Memo)
			got, kept := check(Options{Memo: memo})
			if kept != tc.kept {
				t.Errorf("reading kept %d versions, want %d", kept, tc.kept)
			}
			if n := len(memo.byDoc); n != 0 {
				t.Errorf("%d versions left after the check, want none", n)
			}
			if !reflect.DeepEqual(got.Findings, want.Findings) {
				t.Errorf("findings with a memo:\n%v\nwithout:\n%v", got.Findings, want.Findings)
			}
		})
	}
}

// TestMemoReadFails checks that a Read that fails leaves nothing in the
// memo: the versions it read will not be checked.
func TestMemoReadFails(t *testing.T) {
	const (
		en = "The night ferry to the islands will run again from June.\n"
		es = "El ferry nocturno a las islas volverá a funcionar a partir de junio.\n"
		ru = "Ночной паром на острова снова будет ходить с июня.\n"
	)
	tests := []struct {
		name string
		ins  []Input
		lim  Limits
	}{
		{"an empty file", []Input{{"a.en.txt", []byte(en)}, {"a.es.txt", []byte(es)}, {"a.ru.txt", nil}}, Limits{}},
		{"too many versions", []Input{{"a.en.txt", []byte(en)}, {"a.es.txt", []byte(es)}, {"a.ru.txt", []byte(ru)}}, Limits{MaxVersions: 2}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			memo := new(Memo)
			if _, err := Read(tc.ins, Options{Memo: memo, Limits: tc.lim}); err == nil {
				t.Fatal("Read succeeded")
			}
			if n := len(memo.byDoc); n != 0 {
				t.Errorf("%d versions left by a Read that failed, want none", n)
			}
		})
	}
}
