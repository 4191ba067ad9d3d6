package report

import (
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/tralign/tralign/align/check"
)

// treeResult checks n generated articles, each an English source and a
// Spanish translation with a defect or two of its own (a changed number,
// a dropped sentence, a shifted footnote marker, a dropped paragraph),
// and joins the results into one, as a check of a docs tree gives.
func treeResult(t testing.TB, n int) *check.Result {
	t.Helper()
	all := &check.Result{Source: check.Side{Lang: "en"}}
	for i := range n {
		en, es := article(i)
		r, err := check.Run([]check.Input{
			{Name: fmt.Sprintf("docs/page%03d.en.txt", i), Data: []byte(en)},
			{Name: fmt.Sprintf("docs/page%03d.es.txt", i), Data: []byte(es)},
		}, check.Options{})
		if err != nil {
			t.Fatal(err)
		}
		all.Versions = append(all.Versions, r.Versions...)
		all.Pairs = append(all.Pairs, r.Pairs...)
		all.Findings = append(all.Findings, r.Findings...)
	}
	return all
}

// article returns the English and Spanish versions of generated article
// i. Its numbers depend on i; which defect it has depends on i mod 5.
func article(i int) (en, es string) {
	year, km, cost := 1990+i%30, 10+i, 100+7*i
	enP := []string{
		fmt.Sprintf("Bridge %d of the Northern Line", i),
		fmt.Sprintf("The bridge was built in %d and crosses the river at its widest point. It is %d kilometres long. [1]", year, km),
		fmt.Sprintf("Repairs began last spring and cost %d million euros. The council expects the work to end next year. [2]", cost),
		"Cyclists and walkers use a separate lane on the northern side. Cars keep the two lanes in the middle.",
		"Local shops say the works have kept customers away. Some have closed for the season.",
		fmt.Sprintf("A festival on the bridge is planned for the %dth anniversary. The programme will be published in May.", 2024-year),
		"[1] Transport Office: Bridges of the North, 2019.",
		fmt.Sprintf("[2] City Council: Budget Report %d, p. %d.", 2020+i%5, 10+i%40),
	}
	esP := []string{
		fmt.Sprintf("El puente %d de la Línea Norte", i),
		fmt.Sprintf("El puente se construyó en %d y cruza el río por su punto más ancho. Mide %d kilómetros. [1]", year, km),
		fmt.Sprintf("Las obras empezaron la primavera pasada y costaron %d millones de euros. El ayuntamiento espera que terminen el año que viene. [2]", cost),
		"Los ciclistas y los peatones usan un carril separado en el lado norte. Los coches conservan los dos carriles centrales.",
		"Las tiendas de la zona dicen que las obras han alejado a los clientes. Algunas han cerrado durante la temporada.",
		fmt.Sprintf("Se prepara una fiesta sobre el puente para el %d.º aniversario. El programa se publicará en mayo.", 2024-year),
		"[1] Transport Office: Bridges of the North, 2019.",
		fmt.Sprintf("[2] City Council: Budget Report %d, p. %d.", 2020+i%5, 10+i%40),
	}
	switch i % 5 {
	case 0: // a changed number
		esP[1] = strings.Replace(esP[1], fmt.Sprint(km), fmt.Sprint(km+1), 1)
	case 1: // a dropped sentence
		esP[2] = fmt.Sprintf("Las obras empezaron la primavera pasada y costaron %d millones de euros. [2]", cost)
	case 2: // a shifted marker
		esP[1] = strings.Replace(esP[1], "[1]", "[2]", 1)
	case 3: // a dropped paragraph
		esP = append(esP[:4], esP[5:]...)
	}
	return strings.Join(enP, "\n\n") + "\n", strings.Join(esP, "\n\n") + "\n"
}

// TestHTMLTree renders a tree of 100 documents and checks that each is on
// the page, in the index and the document picker, with its findings.
func TestHTMLTree(t *testing.T) {
	r := treeResult(t, 100)
	in := &Input{Check: r}
	page := string(render(t, CommandCheck, "html", in, tool))
	if got := strings.Count(page, `<section class="doc"`); got != 100 {
		t.Errorf("%d document sections, want 100", got)
	}
	if got := strings.Count(page, `<tr data-doc=`); got != 100 {
		t.Errorf("%d rows in the index, want 100", got)
	}
	if got := strings.Count(page, `<div class="fbox`); got != len(r.Findings) {
		t.Errorf("%d findings on the page, want %d", got, len(r.Findings))
	}
	t.Logf("100 documents, %d findings: %d bytes", len(r.Findings), len(page))
}

func BenchmarkHTMLTree(b *testing.B) {
	in := &Input{Check: treeResult(b, 100)}
	f, _ := Lookup(CommandCheck, "html")
	b.ResetTimer()
	for range b.N {
		if err := f.Write(io.Discard, in, tool); err != nil {
			b.Fatal(err)
		}
	}
}
