package check

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestMemo checks that a check given what reading learned of its words
// (Options.Memo) finds what one without it finds, that only a version read
// alone from its file is carried, and that the check takes each.
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
				if opts.Memo != nil {
					kept = len(opts.Memo.byDoc)
				}
				src, targets, err := Pick(docs, "")
				if err != nil {
					t.Fatal(err)
				}
				return Documents(src, targets, opts), kept
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
