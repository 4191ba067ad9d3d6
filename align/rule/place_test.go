package rule_test

import (
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/rule"
)

// A number that differs in the second target sentence of a pairing that
// spans two target blocks (one source paragraph split in two) is placed
// where it stands, not at the end of the first block.
func TestNumberMismatchPlaceAcrossBlocks(t *testing.T) {
	src := parse(t, "s", "Lavrov met Kissinger in Moscow and they talked about the war for a whole day in 1999.\n\nAnother paragraph about Washington.\n", "en")
	dst := parse(t, "d", "Lavrov se reunió con Kissinger en Moscú.\n\nY hablaron de la guerra durante todo un día en 1998.\n\nOtro párrafo sobre Washington.\n", "es")
	p := bitext.Align(src, dst, bitext.Options{})
	n := rule.ByID(rule.All(), "number-mismatch")
	fs := rule.Check(p, []*rule.Rule{n}, nil)
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1: %+v", len(fs), fs)
	}
	if got := fs[0].Target; got == nil || got.Line != 3 || got.Column != 48 {
		t.Errorf("target at %v, want d:3:48 (the 1998)", got)
	}
}

// A source paragraph break inside one pairing of sentences, a name at the
// end of the first paragraph: the rules must read each token in its own
// block (this once panicked slicing the first block with offsets of the
// second).
func TestNameBeforeParagraphBreak(t *testing.T) {
	src := parse(t, "s", "The Report\n\nThe report was written last year by Maria Lopez\n\nThe office agreed with it in every detail.\n\nThe city published it in May.\n", "en")
	dst := parse(t, "d", "El informe\n\nEl informe fue escrito el año pasado por Maria Lopez y la oficina estuvo de acuerdo en cada detalle.\n\nLa ciudad lo publicó en mayo.\n", "es")
	p := bitext.Align(src, dst, bitext.Options{})
	for _, f := range rule.Check(p, rule.All(), nil) {
		if f.Rule == "name-inconsistent" {
			t.Errorf("a name kept as it is reported: %+v", f)
		}
	}
}
