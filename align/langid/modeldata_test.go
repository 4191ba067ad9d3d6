package langid

import (
	"bytes"
	"encoding/binary"
	"errors"
	"flag"
	"maps"
	"math"
	"os"
	"slices"
	"testing"
)

var updateModel = flag.Bool("update-model", false, "write modeldata.bin from the languages' samples")

// TestModelData checks that the tables built in advance are those
// buildModel builds from the languages' samples now, row by row and cell
// by cell, and that they encode back to the same bytes. Cells may differ
// in their last bits: a processor that fuses multiplications and
// additions (arm64) rounds some of the counting otherwise.
func TestModelData(t *testing.T) {
	built := buildModel(2)
	if *updateModel {
		enc := encodeModel(built)
		if err := os.WriteFile("modeldata.bin", enc, 0o644); err != nil {
			t.Fatal(err)
		}
		modelData = enc
	}
	read, err := decodeModel(modelData)
	if err != nil {
		t.Fatal(err)
	}
	if !sameModel(t, read, built) {
		t.Fatal("modeldata.bin is not what the languages' samples give: run go test ./align/langid -run TestModelData -update-model")
	}
	if !bytes.Equal(encodeModel(read), modelData) {
		t.Error("the tables read do not encode back to modeldata.bin")
	}
	if !bytes.Equal(encodeModel(buildModel(1)), encodeModel(built)) {
		t.Error("the encoding depends on the number of workers building the model")
	}
}

// sameModel reports whether got and want hold the same tables, whatever
// the order of their rows, with cells equal to a relative 1e-5, and says
// what differs on t.
func sameModel(t *testing.T, got, want *model) bool {
	t.Helper()
	ok := true
	fail := func(format string, args ...any) {
		t.Errorf(format, args...)
		ok = false
	}
	near := func(a, b float32) bool {
		if a == absent || b == absent {
			return a == b
		}
		return math.Abs(float64(a)-float64(b)) <= 1e-5*max(1, math.Abs(float64(b)))
	}
	nearAll := func(a, b []float32) bool {
		if len(a) != len(b) {
			return false
		}
		for i := range a {
			if !near(a[i], b[i]) {
				return false
			}
		}
		return true
	}
	if !maps.Equal(got.index, want.index) || !maps.Equal(got.alpha, want.alpha) || !maps.Equal(got.notIn, want.notIn) ||
		got.wide != want.wide || !maps.Equal(got.seen, want.seen) {
		fail("languages, alphabets or scripts differ")
	}
	if !near(got.logCharMass, want.logCharMass) || !nearAll(got.uniIn[:], want.uniIn[:]) || !nearAll(got.uniOut[:], want.uniOut[:]) ||
		!nearAll(got.foreignBase[:], want.foreignBase[:]) {
		fail("back-off weights differ")
	}
	for _, tc := range []struct {
		name   string
		gi, wi map[uint64]int32
		gc, wc []float32
	}{
		{"n-grams", got.gram, want.gram, got.gramLP, want.gramLP},
		{"contexts", got.ctx, want.ctx, got.ctxLP, want.ctxLP},
	} {
		if len(tc.gi) != len(tc.wi) || len(tc.gc) != len(tc.wc) {
			fail("%s: %d rows, want %d", tc.name, len(tc.gi), len(tc.wi))
			continue
		}
		for k, wr := range tc.wi {
			gr, found := tc.gi[k]
			if !found || !nearAll(tc.gc[gr*numLang:(gr+1)*numLang], tc.wc[wr*numLang:(wr+1)*numLang]) {
				fail("%s: row of key %#x differs", tc.name, k)
				break
			}
		}
	}
	if len(got.vocab) != len(want.vocab) {
		fail("words: %d, want %d", len(got.vocab), len(want.vocab))
	}
	for w, wr := range want.vocab {
		gr, found := got.vocab[w]
		if !found || !nearAll(got.vocabLP[gr*numLang:(gr+1)*numLang], want.vocabLP[wr*numLang:(wr+1)*numLang]) {
			fail("words: row of %q differs", w)
			break
		}
	}
	return ok
}

// TestModelDataDamaged checks that tables cut short, lengthened or of
// another version are refused, never read wrong, and that the model is
// built from the samples then.
func TestModelDataDamaged(t *testing.T) {
	good := encodeModel(buildModel(2))
	for name, data := range map[string][]byte{
		"empty":          nil,
		"other version":  append([]byte("tralign langid model\x02"), good[len(modelMagic):]...),
		"cut short":      good[:len(good)/2],
		"one byte less":  good[:len(good)-1],
		"one byte more":  append(slices.Clone(good), 0),
		"huge count":     append([]byte(modelMagic), numLang, 0xff, 0xff, 0xff, 0xff, 0x0f),
		"a key wraps":    smallModel([]uint64{5, 1 << 63, 1 << 63}, []string{"a"}, -1),
		"long varint":    append(append([]byte(modelMagic), numLang|0x80, 0), good[len(modelMagic)+1:]...),
		"a key twice":    smallModel([]uint64{5, 0}, []string{"a"}, -1),
		"words unsorted": smallModel([]uint64{5}, []string{"b", "a"}, -1),
		"a word twice":   smallModel([]uint64{5}, []string{"a", "a"}, -1),
		"a cell absent":  smallModel([]uint64{5}, []string{"a"}, absent),
	} {
		if _, err := decodeModel(data); !errors.Is(err, errModelData) {
			t.Errorf("%s: error %v, want errModelData", name, err)
		}
	}
}

// smallModel writes the tables of a model of n-grams of the keys deltas
// apart, no contexts and words, each row with one cell, of language 0, of
// value cell.
func smallModel(deltas []uint64, words []string, cell float32) []byte {
	out := append([]byte(modelMagic), numLang)
	for range 2 * numLang {
		out = binary.LittleEndian.AppendUint32(out, math.Float32bits(-1))
	}
	row := func(out []byte) []byte {
		out = binary.LittleEndian.AppendUint32(out, 1)
		return binary.LittleEndian.AppendUint32(out, math.Float32bits(cell))
	}
	out = binary.AppendUvarint(out, uint64(len(deltas)))
	for _, d := range deltas {
		out = row(binary.AppendUvarint(out, d))
	}
	out = binary.AppendUvarint(out, 0)
	out = binary.AppendUvarint(out, uint64(len(words)))
	for _, w := range words {
		out = row(append(binary.AppendUvarint(out, uint64(len(w))), w...))
	}
	return out
}

// TestSmallModel checks that smallModel writes tables decodeModel reads,
// so that TestModelDataDamaged's damage is the only thing wrong with
// them.
func TestSmallModel(t *testing.T) {
	m, err := decodeModel(smallModel([]uint64{5, 4}, []string{"a", "b"}, -1))
	if err != nil {
		t.Fatal(err)
	}
	if len(m.gram) != 2 || m.gramLP[int(m.gram[9])*numLang] != -1 || len(m.vocab) != 2 {
		t.Errorf("read %d n-grams, %d words", len(m.gram), len(m.vocab))
	}
}

// FuzzModelData reads damaged tables: never a panic, and what reads
// without an error encodes back to the same bytes.
func FuzzModelData(f *testing.F) {
	good := encodeModel(buildModel(2))
	f.Add(good[:200])
	f.Add(append([]byte(modelMagic), numLang))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := decodeModel(data)
		if err != nil {
			return
		}
		if enc := encodeModel(m); !bytes.Equal(enc, data) {
			t.Errorf("read %d bytes, wrote back %d different ones", len(data), len(enc))
		}
	})
}
