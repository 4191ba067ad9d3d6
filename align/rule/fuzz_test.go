package rule_test

import (
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/source"
)

// FuzzCheck reads two texts, aligns them and runs every rule: whatever the
// input, nothing panics and every place is inside its file.
func FuzzCheck(f *testing.F) {
	for _, r := range rule.All() {
		f.Add(r.Example.Source, r.Example.Target, false)
	}
	f.Add("# T\n\n1. a [1]\n1. b\n\n[^1]: n", "# T\n\n2. a [2]\n\n[^2]: n; n", true)
	// Pairings of sentences that run over a paragraph break, on either
	// side: the tokens past the break have offsets into the next block.
	f.Add("The Report\n\nThe report was written last year by Maria Lopez\n\nThe office agreed with it in every detail.\n\nThe city published it in May.\n",
		"El informe\n\nEl informe fue escrito el año pasado por Maria Lopez y la oficina estuvo de acuerdo en cada detalle.\n\nLa ciudad lo publicó en mayo.\n", false)
	f.Add("Lavrov met Kissinger in Moscow and they talked about the war for a whole day in 1999.\n\nAnother paragraph about Washington.\n",
		"Lavrov se reunió con Kissinger en Moscú.\n\nY hablaron de la guerra durante todo un día en 1998.\n\nOtro párrafo sobre Washington.\n", false)
	f.Fuzz(func(t *testing.T, src, dst string, md bool) {
		format := "plain"
		if md {
			format = "markdown"
		}
		s, err := read.Source(source.NewFile("src", []byte(src)), read.Options{Lang: "en", Format: format})
		if err != nil || len(s) == 0 {
			return
		}
		d, err := read.Source(source.NewFile("dst", []byte(dst)), read.Options{Lang: "es", Format: format})
		if err != nil || len(d) == 0 {
			return
		}
		p := bitext.Align(s[0], d[0], bitext.Options{})
		for _, fd := range rule.Check(p, rule.All(), nil) {
			for _, pos := range []*source.Position{fd.Source, fd.Target} {
				if pos == nil {
					continue
				}
				n := len(src)
				if pos.Filename == "dst" {
					n = len(dst)
				}
				if pos.Offset < 0 || pos.Offset > n || pos.Line < 1 || pos.Column < 1 {
					t.Fatalf("%s: place %+v out of the file", fd.Rule, *pos)
				}
			}
		}
	})
}
