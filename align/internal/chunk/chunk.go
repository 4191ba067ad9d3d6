// Package chunk hands out many small slices cut from a few large ones,
// for the structures a check makes one of per sentence or per unit: a
// book's sentences then cost a handful of allocations, not one each.
package chunk

// Pool hands out slices cut from chunks it allocates, each chunk twice
// the last, from MinChunk elements up to MaxChunk (or the length asked,
// if longer), so that a short text takes little room and a book
// allocates seldom. The zero value is ready to use. A Pool is not safe
// for concurrent use.
type Pool[T any] struct {
	free []T
	size int // the length of the last chunk
}

// The lengths of a Pool's chunks: a principle of cost (the first holds a
// sentence's worth, the last amortises its allocation over thousands),
// not fitted.
const (
	MinChunk = 16
	MaxChunk = 4096
)

// Cut returns a slice of n zero elements. Its capacity is its length, so
// appending to it copies it and never runs into the next slice cut.
func (p *Pool[T]) Cut(n int) []T {
	if n > len(p.free) {
		p.size = min(max(2*p.size, MinChunk), MaxChunk)
		p.free = make([]T, max(n, p.size))
	}
	out := p.free[:n:n]
	p.free = p.free[n:]
	return out
}
