package bitext

import (
	"reflect"
	"strings"
	"testing"
)

func TestReadDictd(t *testing.T) {
	data := "00-database-info\nA test dictionary\n" +
		"Krieg /kʁiːk/ <n, masc>\nguerre\nbewaffneter Konflikt zwischen Staaten\n" +
		"Frieden /ˈfʁiːdn̩/ <n, masc>\npaix, concorde\nZustand ohne Krieg\n"
	off := func(n int) string {
		if n == 0 {
			return "A"
		}
		s := ""
		for n > 0 {
			s = string(b64[n%64]) + s
			n /= 64
		}
		return s
	}
	i1 := strings.Index(data, "Krieg")
	i2 := strings.Index(data, "Frieden")
	index := "00databaseinfo\tA\t" + off(i1) + "\n" +
		"krieg\t" + off(i1) + "\t" + off(i2-i1) + "\n" +
		"frieden\t" + off(i2) + "\t" + off(len(data)-i2) + "\n"
	d, err := ReadDictd(strings.NewReader(index), []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"krieg": {"guerre"}, "frieden": {"paix", "concorde"}}
	if !reflect.DeepEqual(d.entries, want) {
		t.Errorf("entries = %v, want %v", d.entries, want)
	}
	if _, err := ReadDictd(strings.NewReader("krieg\tZZZZ\tB\n"), []byte(data)); err == nil {
		t.Error("an index past the data was accepted")
	}
}

func TestReadDict(t *testing.T) {
	tests := []struct {
		desc, in string
		want     map[string][]string
	}{
		{"tab list", "war\tguerra; conflicto\npeace\tpaz\n", map[string][]string{"war": {"guerra", "conflicto"}, "peace": {"paz"}}},
		{"entries", "war /wɔː/\n  guerra, lucha\n\npeace\n  paz [f]\n", map[string][]string{"war": {"guerra", "lucha"}, "peace": {"paz"}}},
		{"phrases dropped", "war\tguerra fría, guerra\n", map[string][]string{"war": {"guerra"}}},
	}
	for _, tt := range tests {
		d, err := ReadDict(strings.NewReader(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.desc, err)
		}
		if !reflect.DeepEqual(d.entries, tt.want) {
			t.Errorf("%s: entries = %v, want %v", tt.desc, d.entries, tt.want)
		}
	}
}
