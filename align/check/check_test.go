package check_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"testing"

	"github.com/tralign/tralign/align/check"
)

const (
	en = "The Night Ferry\n\nThe night ferry to the islands will run again from June. [1] The port authority bought two new boats for the route.\n\nTickets go on sale in May at the harbour office. Children under twelve travel free.\n\n[1] Port Authority: Annual Report 2024.\n"
	es = "El ferry nocturno\n\nEl ferry nocturno a las islas volverá a funcionar a partir de junio. [2] La autoridad portuaria compró dos barcos nuevos para la ruta.\n\nLas entradas se venden en mayo en la oficina del puerto. Los niños menores de doce años viajan gratis.\n\n[1] Port Authority: Annual Report 2024.\n"
)

// Run checks the versions of an article and returns the findings with
// their places.
func ExampleRun() {
	res, err := check.Run([]check.Input{{Name: "ferry.en.txt", Data: []byte(en)}, {Name: "ferry.es.txt", Data: []byte(es)}}, check.Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for _, f := range res.Findings {
		fmt.Printf("%s:%d %s: %s\n", f.Target.Filename, f.Target.Line, f.Rule, f.Message)
	}
	// Output:
	// ferry.es.txt:3 footnote-misnumbered: marker [2] here stands where the source has [1]
	// ferry.es.txt:3 footnote-undefined: marker [2] points to a footnote the translation does not define
}

func TestRunErrors(t *testing.T) {
	two := []check.Input{{Name: "ferry.en.txt", Data: []byte(en)}, {Name: "ferry.es.txt", Data: []byte(es)}}
	tests := []struct {
		name   string
		inputs []check.Input
		opts   check.Options
		option string // the Option of the *check.Error, "-" for another error
	}{
		{"no inputs", nil, check.Options{}, ""},
		{"one version", two[:1], check.Options{}, ""},
		{"a language per file", two, check.Options{Langs: []string{"en"}}, "Langs"},
		{"source not found", two, check.Options{Source: "fr"}, "Source"},
		{"unknown language", []check.Input{{Name: "a.txt", Data: []byte("12 34 56\n")}, two[1]}, check.Options{}, "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := check.Run(tt.inputs, tt.opts)
			if err == nil {
				t.Fatalf("no error; %d findings", len(res.Findings))
			}
			var ce *check.Error
			switch {
			case tt.option == "-" && errors.As(err, &ce):
				t.Errorf("got check.Error %v, want a reader's error", err)
			case tt.option != "-" && !errors.As(err, &ce):
				t.Errorf("got %T %v, want *check.Error", err, err)
			case tt.option != "-" && ce.Option != tt.option:
				t.Errorf("Option = %q, want %q (%v)", ce.Option, tt.option, err)
			}
		})
	}
}

// TestSourceDefectsOnce checks that a defect of the source is reported
// once, however many translations there are.
func TestSourceDefectsOnce(t *testing.T) {
	src := "A title\n\nThe first paragraph cites a note. [1] The second cites another. [3]\n\n[1] One.\n\n[3] Three.\n"
	tr := "Un título\n\nEl primer párrafo cita una nota. [1] El segundo cita otra. [3]\n\n[1] Uno.\n\n[3] Tres.\n"
	res, err := check.Run([]check.Input{{"a.en.txt", []byte(src)}, {"a.es.txt", []byte(tr)}, {"b.es.txt", []byte(tr)}, {"a.pt.txt", []byte(tr)}}, check.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, f := range res.Findings {
		if f.Rule != "footnote-sequence" {
			continue
		}
		if f.Lang != "en" || f.Target != nil {
			t.Errorf("footnote-sequence finding about a translation carried over from the source: %+v", f)
		}
		n++
	}
	if n != 2 {
		t.Errorf("%d footnote-sequence findings about the source, want 2 (the marker and the definition)", n)
	}
}

// TestParallelSameResult checks a generated book with one worker and with
// several: the findings and alignments must be the same.
func TestParallelSameResult(t *testing.T) {
	ins := book(t, 200_000)
	one, err := check.Run(ins, check.Options{Workers: 1})
	if err != nil {
		t.Fatal(err)
	}
	many, err := check.Run(ins, check.Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(one.Findings, many.Findings) || !reflect.DeepEqual(one.Versions, many.Versions) {
		t.Errorf("findings differ with 1 and 4 workers: %d and %d", len(one.Findings), len(many.Findings))
	}
	for i := range one.Pairs {
		if !reflect.DeepEqual(one.Pairs[i].Blocks, many.Pairs[i].Blocks) || !reflect.DeepEqual(one.Pairs[i].Notes, many.Pairs[i].Notes) {
			t.Errorf("alignment of translation %d differs with 1 and 4 workers", i)
		}
	}
}
