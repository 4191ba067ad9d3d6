package check

import (
	"strings"
	"testing"
)

// The versions of a small article: the Spanish and Russian ones give 45
// for 48 million.
const (
	supEN = "The Bridge Reopens\n\n%sAfter two years of repairs, the old harbour bridge reopened to traffic on 12 March 2024. The city council said the work cost 48 million euros.\n\nEngineers replaced the steel cables and strengthened the piers of the old bridge.\n"
	supES = "El puente reabre\n\n%sTras dos años de obras, el viejo puente del puerto reabrió al tráfico el 12 de marzo de 2024. El ayuntamiento dijo que la obra costó 45 millones de euros.\n\nLos ingenieros sustituyeron los cables de acero y reforzaron los pilares del viejo puente.\n"
	supRU = "Мост снова открыт\n\n%sПосле двух лет ремонта старый мост в гавани снова открылся для движения 12 марта 2024 года. Городской совет сообщил, что работы стоили 45 миллионов евро.\n\nИнженеры заменили стальные тросы и укрепили опоры старого моста.\n"
)

func TestSuppress(t *testing.T) {
	const ignore = "tralign-ignore number-mismatch: the figure was corrected\n"
	fill := func(f, sup string) []byte { return []byte(strings.Replace(f, "%s", sup, 1)) }
	tests := []struct {
		desc       string
		en, es, ru string // suppression lines put before the first paragraph
		combined   bool   // one file holding the three versions
		want       string // the rules found, in order, with languages
	}{
		{desc: "none", want: "es number-mismatch, ru number-mismatch"},
		{desc: "in one translation", es: ignore, want: "ru number-mismatch"},
		{desc: "in the source, for every translation", en: ignore, want: ""},
		{desc: "unused in the source", en: "tralign-ignore url-mismatch: no link here\n", want: "en suppression-unused, es number-mismatch, ru number-mismatch"},
		{desc: "invalid", es: "tralign-ignore number-mismatch\n", want: "es suppression-invalid, es number-mismatch, ru number-mismatch"},
		{desc: "combined file", ru: ignore, combined: true, want: "es number-mismatch"},
	}
	for _, tt := range tests {
		t.Run(tt.desc, func(t *testing.T) {
			in := []Input{{Name: "a.en.txt", Data: fill(supEN, tt.en)}, {Name: "a.es.txt", Data: fill(supES, tt.es)}, {Name: "a.ru.txt", Data: fill(supRU, tt.ru)}}
			if tt.combined {
				all := append(append(append(append(in[0].Data, "\n\n"...), in[1].Data...), "\n\n"...), in[2].Data...)
				in = []Input{{Name: "a.txt", Data: all}}
			}
			res, err := Run(in, Options{Workers: 1})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range res.Findings {
				got = append(got, f.Lang+" "+f.Rule)
			}
			if g := strings.Join(got, ", "); g != tt.want {
				t.Errorf("got %q, want %q", g, tt.want)
			}
		})
	}
}
