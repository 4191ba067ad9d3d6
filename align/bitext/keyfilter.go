package bitext

import "math/bits"

// keyFilter answers whether a key (a hash such as feature.Hash gives) may
// be among those added: never no for a key added, and yes for one not
// added at most once in sixteen, with two to four bytes a key. A key is
// one bit of a table of sixteen to thirty-two bits a key: the top bits of
// the key times the golden ratio, which spreads keys alike in their high
// bits. Its table is kept for the next use.
type keyFilter struct {
	bits  []uint64
	shift uint // 64 minus log2 of the table's bits
}

// reset empties f, for n keys.
func (f *keyFilter) reset(n int) {
	b := max(bits.Len(uint(16*n)), 6)
	f.bits = resize(f.bits, 1<<(b-6))
	clear(f.bits)
	f.shift = uint(64 - b)
}

// bit returns the bit of k.
func (f *keyFilter) bit(k uint64) uint64 {
	return (k * 0x9e3779b97f4a7c15) >> f.shift
}

// add adds k to f.
func (f *keyFilter) add(k uint64) {
	b := f.bit(k)
	f.bits[b>>6] |= 1 << (b & 63)
}

// mayHave reports whether k may have been added: surely not if false.
func (f *keyFilter) mayHave(k uint64) bool {
	b := f.bit(k)
	return f.bits[b>>6]&(1<<(b&63)) != 0
}
