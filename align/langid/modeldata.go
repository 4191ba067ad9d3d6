package langid

import (
	"bytes"
	_ "embed" // the model's tables
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/bits"
	"slices"
)

// The tables of the model are built in advance from the languages'
// samples and word lists and kept in modeldata.bin, so that a process
// reads them instead of counting the samples again (some 30 ms on two
// cores, most of what a check of one small page took).
// TestModelData checks that they are what buildModel builds; after a
// change to the languages, write them again with
//
//	go test ./align/langid -run TestModelData -update-model

//go:embed modeldata.bin
var modelData []byte

// modelMagic begins the tables' encoding; its last byte is the version
// of the format.
const modelMagic = "tralign langid model\x01"

// encodeModel writes the tables of m that newModel and derive do not
// make: the back-off of unseen letters, the character model's n-grams and
// contexts and the words, each table row by row in the order of its keys,
// a row as its key (a key of n-grams and contexts as what it adds to the
// one before), the bit set of the languages that have a cell and their
// cells. The encoding depends only on the model, not on the order
// of its rows.
func encodeModel(m *model) []byte {
	out := []byte(modelMagic)
	out = binary.AppendUvarint(out, numLang)
	for _, v := range [][numLang]float32{m.uniIn, m.uniOut} {
		for _, x := range v {
			out = binary.LittleEndian.AppendUint32(out, math.Float32bits(x))
		}
	}
	row := func(out []byte, cells []float32) []byte {
		var mask uint32
		for li, x := range cells {
			if x != absent {
				mask |= 1 << li
			}
		}
		out = binary.LittleEndian.AppendUint32(out, mask)
		for _, x := range cells {
			if x != absent {
				out = binary.LittleEndian.AppendUint32(out, math.Float32bits(x))
			}
		}
		return out
	}
	for _, t := range []struct {
		index map[uint64]int32
		cells []float32
	}{{m.gram, m.gramLP}, {m.ctx, m.ctxLP}} {
		keys := make([]uint64, 0, len(t.index))
		for k := range t.index {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		out = binary.AppendUvarint(out, uint64(len(keys)))
		prev := uint64(0)
		for _, k := range keys {
			r := int(t.index[k])
			out = binary.AppendUvarint(out, k-prev) // sorted: what the key adds to the one before
			prev = k
			out = row(out, t.cells[r*numLang:(r+1)*numLang])
		}
	}
	words := make([]string, 0, len(m.vocab))
	for w := range m.vocab {
		words = append(words, w)
	}
	slices.Sort(words)
	out = binary.AppendUvarint(out, uint64(len(words)))
	for _, w := range words {
		r := int(m.vocab[w])
		out = binary.AppendUvarint(out, uint64(len(w)))
		out = append(out, w...)
		out = row(out, m.vocabLP[r*numLang:(r+1)*numLang])
	}
	return out
}

// errModelData says the tables cannot be read: written by another
// version of the format or for other languages, or cut short.
var errModelData = errors.New("langid: model tables unreadable")

// decodeModel reads the model encodeModel wrote.
func decodeModel(data []byte) (*model, error) {
	d := modelDecoder{data: data}
	if !bytes.HasPrefix(data, []byte(modelMagic)) {
		return nil, fmt.Errorf("%w: not a model of this version", errModelData)
	}
	d.data = d.data[len(modelMagic):]
	if d.uvarint() != numLang {
		return nil, fmt.Errorf("%w: for another number of languages", errModelData)
	}
	m := newModel()
	for _, v := range []*[numLang]float32{&m.uniIn, &m.uniOut} {
		for li := range v {
			v[li] = d.float()
		}
	}
	for _, t := range []struct {
		index *map[uint64]int32
		cells *[]float32
	}{{&m.gram, &m.gramLP}, {&m.ctx, &m.ctxLP}} {
		n := d.count(5)
		*t.index = make(map[uint64]int32, n)
		*t.cells = absentCells(n)
		k := uint64(0)
		for r := range n {
			delta := d.uvarint()
			if delta == 0 && r > 0 || k+delta < k {
				d.err, d.data = errModelData, nil // keys are distinct and sorted
			}
			k += delta
			(*t.index)[k] = int32(r)
			d.row((*t.cells)[r*numLang : (r+1)*numLang])
		}
	}
	n := d.count(5)
	m.vocab = make(map[string]int32, n)
	m.vocabLP = absentCells(n)
	var prev []byte
	for r := range n {
		w := d.bytes(d.count(1))
		if r > 0 && bytes.Compare(w, prev) <= 0 {
			d.err, d.data = errModelData, nil // words are sorted and distinct
		}
		prev = w
		m.vocab[string(w)] = int32(r)
		d.row(m.vocabLP[r*numLang : (r+1)*numLang])
	}
	if d.err != nil || len(d.data) != 0 {
		return nil, fmt.Errorf("%w: cut short or too long", errModelData)
	}
	m.derive()
	return m, nil
}

// modelDecoder reads the encoding of a model; past its end it reads
// zeros and notes the error.
type modelDecoder struct {
	data []byte
	err  error
}

// uvarint reads a varint written as encodeModel writes it: in as few
// bytes as it takes.
func (d *modelDecoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data)
	if n <= 0 || n != len(binary.AppendUvarint(nil, v)) {
		d.err, d.data = errModelData, nil
		return 0
	}
	d.data = d.data[n:]
	return v
}

// count reads a number of things each encoded in at least size bytes:
// never more than the data left could hold.
func (d *modelDecoder) count(size int) int {
	v := d.uvarint()
	if v > uint64(len(d.data)/size) {
		d.err, d.data = errModelData, nil
		return 0
	}
	return int(v)
}

func (d *modelDecoder) bytes(n int) []byte {
	if len(d.data) < n {
		d.err, d.data = errModelData, nil
		return make([]byte, n)
	}
	b := d.data[:n]
	d.data = d.data[n:]
	return b
}

func (d *modelDecoder) float() float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(d.bytes(4)))
}

// row reads the cells of one row into cells, numLang of them.
func (d *modelDecoder) row(cells []float32) {
	mask := binary.LittleEndian.Uint32(d.bytes(4))
	if mask>>numLang != 0 {
		d.err, d.data = errModelData, nil
		return
	}
	for ; mask != 0; mask &= mask - 1 {
		x := d.float()
		if x == absent {
			d.err, d.data = errModelData, nil // a cell written is not absent
		}
		cells[bits.TrailingZeros32(mask)] = x
	}
}

// A row's languages are a 32-bit set.
var _ [32 - numLang]struct{}
