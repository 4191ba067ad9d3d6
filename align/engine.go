package align

import (
	"fmt"
	"math"
	"sync"
)

// CostFunc returns the cost of one step that pairs x[xr.Lo:xr.Hi] with
// y[yr.Lo:yr.Hi], or ok == false to forbid that step. For a gap one of the
// ranges is empty: xr is empty for an insertion (0:1), yr for a deletion
// (1:0).
//
// The cost may be any finite number, negative ones included: [Sequences]
// minimises the sum of the costs of the steps, so a lower cost makes a step
// more attractive and a negative cost rewards it. A cost that is NaN or
// infinite counts as ok == false. Forbidding a 1:0 or 0:1 step does not
// remove it: see [Step.Forced].
//
// Sequences calls the function from the caller's goroutine (and each
// function [Options.Fork] returns from a goroutine of its own), in an
// unspecified order, only with ranges inside [0, nx] and [0, ny] whose
// lengths are one of the moves, and possibly more than once with the same
// ranges. It must return the same answer for the same ranges every time.
type CostFunc func(xr, yr Range) (cost float64, ok bool)

// Options tunes [Sequences]. The zero value (or a nil *Options) gives the
// default moves and an automatic band.
type Options struct {
	// Moves lists the shapes a step may take. Nil means DefaultMoves();
	// an empty non-nil list leaves only 1:0 and 0:1. Whatever the list,
	// 1:0 and 0:1 are always available, and 1:1 is available only if
	// listed. The order of the list breaks ties between the moves other
	// than 1:1, 1:0 and 0:1 (see the package documentation); duplicates
	// are ignored. A move with a negative count or with X+Y == 0, or more
	// than 255 distinct moves, is a programmer error and makes Sequences
	// panic.
	Moves []Move

	// Band is the half-width of the band around the diagonal that the first
	// pass explores, in items of y per row (see the package documentation).
	// 0 means the default, 20. A negative Band explores the full rectangle
	// at once: set it for small inputs or to get a reference result. The
	// band is widened automatically when the best path touches its edge.
	Band int

	// MaxBand stops the widening once the half-width reaches it, in items;
	// 0 or negative means no limit (widening may reach the full rectangle,
	// which takes memory proportional to nx·ny). Set it when the sequences
	// may be long and unrelated. The result is then the best script inside
	// the band, which may not be the best overall.
	MaxBand int

	// Guide, when not empty, centres the band on paths instead of the
	// diagonal. Each path is cells (i, j) that a first, cheaper pass
	// expects the best script to pass near (anchors, or the path of an
	// earlier script), non-decreasing in both coordinates; (0, 0) and
	// (nx, ny) are added when missing. Between two consecutive points a
	// path runs straight; each row of its band spans the columns the path
	// crosses in that row, Band items more on each side, and the whole of
	// the rectangle between two consecutive points whose columns are at
	// most Reach apart, where the script may take any shape. The band is
	// the union of the bands of the paths. A guided band is explored once,
	// never widened: the cost stays linear in nx+ny, and the script is the
	// best inside the band. A point outside the rectangle or out of order
	// is a programmer error and makes Sequences panic.
	Guide [][]Point

	// Reach is, for a guided band, the widest gap (in items of y) between
	// consecutive guide points whose rectangle the band takes in whole;
	// 0 takes none.
	Reach int

	// Fork, when set with Workers above one, lets a large pass price its
	// cells on Workers goroutines: each extra goroutine prices with a cost
	// function Fork returns, which must give the same answers as the one
	// Sequences was given and may run beside it (a copy with its own
	// caches, say). Fork is called from the caller's goroutine. The
	// script is the same with or without it.
	Fork    func() CostFunc
	Workers int
}

// Point is a cell of the programme: the first I items of x and the first J
// items of y aligned with each other.
type Point struct{ I, J int }

const (
	defaultBand = 20  // band half-width when Options.Band is 0, in items
	noMove      = 255 // backpointer of the final cell
)

// Sequences returns a minimum-cost monotone alignment of two sequences of nx
// and ny items under cost, as a [Script] of steps whose shapes are the moves
// of opts (nil opts means the defaults). Every index of x and of y is
// consumed by exactly one step, in order. The package documentation
// describes the order of preference between scripts of equal cost, and the
// band that keeps the programme linear in nx+ny: the script is the best
// inside the band, which is widened when the script touches its edge.
//
// If nx and ny are both 0 the script is empty; if one is 0 the script is all
// gaps. Negative lengths, a nil cost and invalid moves are programmer errors
// and make Sequences panic.
func Sequences(nx, ny int, cost CostFunc, opts *Options) Script {
	if nx < 0 || ny < 0 {
		panic(fmt.Sprintf("align: negative sequence length (nx=%d, ny=%d)", nx, ny))
	}
	if cost == nil {
		panic("align: nil CostFunc")
	}
	var o Options
	if opts != nil {
		o = *opts
	}
	p := newProgramme(nx, ny, preferenceOrder(o.Moves), cost)
	if o.Fork != nil && o.Workers > 1 {
		p.fork, p.workers = o.Fork, o.Workers
	}
	if nx == 0 && ny == 0 {
		return Script{}
	}
	if len(o.Guide) > 0 && o.Band >= 0 {
		b := o.Band
		if b == 0 {
			b = defaultBand
		}
		p.guide(o.Guide, b, max(o.Reach, 0))
		s, _ := p.run()
		return s
	}

	// The band: at least ⌈ny/nx⌉ so that neighbouring rows overlap and a
	// path exists, and ny at most, which is already the full rectangle.
	b := o.Band
	if b == 0 {
		b = defaultBand
	}
	if b < 0 || b > ny {
		b = ny
	}
	if nx > 0 {
		b = max(b, (ny+nx-1)/nx, 1)
	}
	for {
		p.setBand(b)
		s, touched := p.run()
		if !touched || (o.MaxBand > 0 && b >= o.MaxBand) {
			return s
		}
		b = min(2*b, ny)
		if o.MaxBand > 0 {
			b = min(b, o.MaxBand)
		}
	}
}

// preferenceOrder returns the moves of the programme in order of
// preference: 1:1 if listed (or if list is nil), 1:0, 0:1, then the other
// listed moves in their order, without duplicates.
func preferenceOrder(list []Move) []Move {
	if list == nil {
		list = DefaultMoves()
	}
	for _, m := range list {
		if m.X < 0 || m.Y < 0 || m.X+m.Y == 0 {
			panic(fmt.Sprintf("align: invalid move %d:%d", m.X, m.Y))
		}
	}
	moves := make([]Move, 0, len(list)+2)
	for _, m := range list {
		if m == (Move{1, 1}) {
			moves = append(moves, m)
			break
		}
	}
	moves = append(moves, Move{1, 0}, Move{0, 1})
outer:
	for _, m := range list {
		for _, seen := range moves {
			if m == seen {
				continue outer
			}
		}
		moves = append(moves, m)
	}
	if len(moves) > noMove {
		panic(fmt.Sprintf("align: %d distinct moves, at most %d allowed", len(moves), noMove))
	}
	return moves
}

// programme holds the state of [Sequences] across the passes of widening,
// so that the arrays of one pass can be reused by the next.
type programme struct {
	nx, ny int
	moves  []Move
	gap    []bool // gap[k]: moves[k] is 1:0 or 0:1, which may be forced
	maxX   int    // largest X of any move
	cost   CostFunc

	// Pricing on more goroutines (see Options.Fork): the cost functions
	// of the extra goroutines, made on the first large pass, and the
	// costs of the rows being filled (see price).
	fork    func() CostFunc
	workers int
	costs   []CostFunc
	table   prices

	// The band of the current pass: row i holds the cells (i, j) for
	// lo[i] <= j <= hi[i], stored from start[i] on in path.
	full   bool
	lo, hi []int
	start  []int
	path   []uint8 // path[start[i]+j-lo[i]]: index of the move the best script takes from (i, j)

	// Rows i .. i+maxX of the cost-to-go, row i at index i%len(rows): the
	// number of forced steps and the sum of the costs of the best script
	// from (i, j) to (nx, ny), stored at j-lo[i].
	forced [][]int32
	sum    [][]float64
}

func newProgramme(nx, ny int, moves []Move, cost CostFunc) *programme {
	p := &programme{nx: nx, ny: ny, moves: moves, cost: cost}
	p.gap = make([]bool, len(moves))
	for k, m := range moves {
		p.gap[k] = m.X+m.Y == 1
		p.maxX = max(p.maxX, m.X)
	}
	return p
}

// setBand lays out the band of half-width b around the diagonal for the
// next pass.
func (p *programme) setBand(b int) {
	nx, ny := p.nx, p.ny
	p.full = nx == 0 || b >= ny
	p.alloc()
	for i := 0; i <= nx; i++ {
		lo, hi := 0, ny
		if !p.full {
			// |j - i·ny/nx| <= b  <=>  i·ny - b·nx <= j·nx <= i·ny + b·nx
			c, w := int64(i)*int64(ny), int64(b)*int64(nx)
			lo = max(0, int(ceilDiv(c-w, int64(nx))))
			hi = min(ny, int(floorDiv(c+w, int64(nx))))
		}
		p.lo[i], p.hi[i] = lo, hi
	}
	p.layout()
}

func (p *programme) alloc() {
	if p.lo == nil {
		p.lo = make([]int, p.nx+1)
		p.hi = make([]int, p.nx+1)
		p.start = make([]int, p.nx+2)
	}
}

// guide lays out the band of half-width b around the guide paths (see
// Options.Guide), taking in whole the rectangles at most reach wide.
func (p *programme) guide(paths [][]Point, b, reach int) {
	nx, ny := p.nx, p.ny
	p.full = false
	p.alloc()
	lo, hi := p.lo, p.hi
	for i := range lo {
		lo[i], hi[i] = ny+1, -1
	}
	for _, path := range paths {
		p.cover(path, reach)
	}
	for i := range lo {
		lo[i], hi[i] = max(0, lo[i]-b), min(ny, hi[i]+b)
	}
	// A path must exist: both ends in the band, and from every cell a
	// step right or down that stays in it.
	lo[0], hi[nx] = 0, ny
	for i := 1; i <= nx; i++ {
		hi[i] = max(hi[i], hi[i-1])
	}
	for i := nx - 1; i >= 0; i-- {
		lo[i] = min(lo[i], lo[i+1])
	}
	for i := 0; i < nx; i++ {
		hi[i] = max(hi[i], lo[i+1])
	}
	p.layout()
}

// cover widens the rows of the band to take in the columns the guide path
// points crosses, and the rectangles at most reach wide between its
// points.
func (p *programme) cover(points []Point, reach int) {
	nx, ny := p.nx, p.ny
	pts := make([]Point, 0, len(points)+2)
	if len(points) == 0 || points[0] != (Point{}) {
		pts = append(pts, Point{})
	}
	pts = append(pts, points...)
	if pts[len(pts)-1] != (Point{nx, ny}) {
		pts = append(pts, Point{nx, ny})
	}
	for k, pt := range pts {
		if pt.I < 0 || pt.J < 0 || pt.I > nx || pt.J > ny || k > 0 && (pt.I < pts[k-1].I || pt.J < pts[k-1].J) {
			panic(fmt.Sprintf("align: guide point (%d, %d) out of the rectangle or out of order", pt.I, pt.J))
		}
	}
	lo, hi := p.lo, p.hi
	cover := func(i, a, c int) {
		lo[i] = min(lo[i], a)
		hi[i] = max(hi[i], c)
	}
	for k := 1; k < len(pts); k++ {
		a, c := pts[k-1], pts[k]
		di, dj := c.I-a.I, c.J-a.J
		if dj <= reach {
			for i := a.I; i <= c.I; i++ {
				cover(i, a.J, c.J)
			}
			continue
		}
		if di == 0 {
			cover(a.I, a.J, c.J)
			continue
		}
		// Row i holds the columns the straight line crosses from row i
		// to row i+1.
		for i := a.I; i <= c.I; i++ {
			j0 := a.J + int(floorDiv(int64(i-a.I)*int64(dj), int64(di)))
			j1 := a.J + int(ceilDiv(int64(min(i+1, c.I)-a.I)*int64(dj), int64(di)))
			cover(i, j0, j1)
		}
	}
}

// layout places the rows of the band lo..hi in the arrays of the pass.
func (p *programme) layout() {
	nx := p.nx
	width := 0
	for i := 0; i <= nx; i++ {
		p.start[i+1] = p.start[i] + p.hi[i] - p.lo[i] + 1
		width = max(width, p.hi[i]-p.lo[i]+1)
	}
	n := p.start[nx+1]
	if cap(p.path) < n {
		p.path = make([]uint8, n)
	}
	p.path = p.path[:n]
	rows := min(p.maxX, nx) + 1
	if len(p.sum) == 0 || len(p.sum[0]) < width {
		p.forced = make([][]int32, rows)
		p.sum = make([][]float64, rows)
		fb, sb := make([]int32, rows*width), make([]float64, rows*width)
		for r := range rows {
			p.forced[r] = fb[r*width : (r+1)*width]
			p.sum[r] = sb[r*width : (r+1)*width]
		}
	}
}

// inBand reports whether the cell (i, j), which must lie inside the
// rectangle, lies inside the band.
func (p *programme) inBand(i, j int) bool { return p.lo[i] <= j && j <= p.hi[i] }

// successor describes, while the programme fills row i, the row that one
// move leads to.
type successor struct {
	dx, dy int     // the move
	gap    bool    // the move is 1:0 or 0:1, which may be forced
	valid  bool    // row i+dx exists
	lo, hi int     // the band of row i+dx
	forced []int32 // the cost-to-go of row i+dx, stored at j-lo
	sum    []float64
}

// maxStackMoves is the most moves whose successors run keeps on the
// stack: the aligners of tralign allow at most 12.
const maxStackMoves = 16

// run makes one pass over the band laid out. It returns the best script
// inside the band and whether its path touches the band's edge.
func (p *programme) run() (Script, bool) {
	nx, ny, cost := p.nx, p.ny, p.cost
	rows := len(p.sum)
	// On the stack for the moves a script allows: a check runs a
	// programme for every pair of paragraphs.
	var room [maxStackMoves]successor
	succ := room[:0]
	if len(p.moves) > len(room) {
		succ = make([]successor, 0, len(p.moves))
	}
	succ = succ[:len(p.moves)]
	for k, m := range p.moves {
		succ[k] = successor{dx: m.X, dy: m.Y, gap: p.gap[k]}
	}
	par := p.parallel()
	for i := nx; i >= 0; i-- {
		if par && (i == nx || i < p.table.lo) {
			p.price(max(0, i-p.table.rows+1), i)
		}
		for k := range succ {
			sc := &succ[k]
			si := i + sc.dx
			sc.valid = si <= nx
			if sc.valid {
				sc.lo, sc.hi = p.lo[si], p.hi[si]
				sc.forced, sc.sum = p.forced[si%rows], p.sum[si%rows]
			}
		}
		lo, hi := p.lo[i], p.hi[i]
		rowF, rowS := p.forced[i%rows], p.sum[i%rows]
		base := p.start[i] - lo // path[base+j] is the cell (i, j)
		for j := hi; j >= lo; j-- {
			if i == nx && j == ny {
				rowF[j-lo], rowS[j-lo], p.path[base+j] = 0, 0, noMove
				continue
			}
			best := noMove
			var bestF int32
			var bestS float64
			for k := range succ {
				sc := &succ[k]
				sj := j + sc.dy
				if !sc.valid || sj < sc.lo || sj > sc.hi {
					continue
				}
				var c float64
				ok := true
				if par {
					c = p.table.c[(base+j-p.table.base)*len(succ)+k]
				} else {
					c, ok = cost(Range{i, i + sc.dx}, Range{j, sj})
				}
				var f int32
				if !ok || c-c != 0 { // forbidden, NaN or ±Inf
					if !sc.gap {
						continue
					}
					c, f = 0, 1
				}
				f += sc.forced[sj-sc.lo]
				s := c + sc.sum[sj-sc.lo]
				if best == noMove || f < bestF || f == bestF && s < bestS {
					best, bestF, bestS = k, f, s
				}
			}
			// Every cell of the band other than (nx, ny) has a successor in
			// the band through 1:0 or 0:1, so best is set.
			rowF[j-lo], rowS[j-lo], p.path[base+j] = bestF, bestS, uint8(best)
		}
	}
	return p.trace()
}

// prices holds the costs of the moves from the cells of rows lo..hi of
// the band, priced ahead of a pass on more goroutines: the cost of move k
// from (i, j) is c[(start[i]+j-lo[i]-base)*len(moves)+k], NaN when it is
// forbidden.
type prices struct {
	lo, base int
	rows     int // rows priced at a time
	c        []float64
}

// The parallel pricing of a pass. Principles of cost, not fitted: a pass
// of fewer than parallelPrices cost calls is not worth the goroutines, and
// rows are priced chunkPrices cost calls at a time (half a megabyte of
// costs), so that the table stays small whatever the length of the input.
const (
	parallelPrices = 1 << 15
	chunkPrices    = 1 << 16
)

// parallel reports whether the pass laid out prices its cells on more
// goroutines, and if so sets the rows it prices at a time.
func (p *programme) parallel() bool {
	if p.fork == nil {
		return false
	}
	cells := p.start[p.nx+1]
	if cells*len(p.moves) < parallelPrices {
		return false
	}
	width := max(cells/(p.nx+1), 1)
	p.table.rows = max(chunkPrices/(width*len(p.moves)), 4*p.workers)
	p.table.lo = p.nx + 1
	for len(p.costs) < p.workers-1 {
		p.costs = append(p.costs, p.fork())
	}
	return true
}

// price fills the table with the costs of the moves from rows lo..hi,
// the rows split evenly between the goroutines.
func (p *programme) price(lo, hi int) {
	t := &p.table
	t.lo, t.base = lo, p.start[lo]
	n := (p.start[hi+1] - t.base) * len(p.moves)
	if cap(t.c) < n {
		t.c = make([]float64, n)
	}
	t.c = t.c[:n]
	rows := hi - lo + 1
	var wg sync.WaitGroup
	for w := 1; w < p.workers; w++ {
		a, b := lo+rows*w/p.workers, lo+rows*(w+1)/p.workers-1
		if a <= b {
			cost := p.costs[w-1]
			wg.Go(func() { p.priceRows(a, b, cost) })
		}
	}
	p.priceRows(lo, lo+rows/p.workers-1, p.cost)
	wg.Wait()
}

// priceRows prices the moves from rows a..b into the table with cost, in
// the order a pass visits them.
func (p *programme) priceRows(a, b int, cost CostFunc) {
	t := &p.table
	nm := len(p.moves)
	for i := b; i >= a; i-- {
		lo, hi := p.lo[i], p.hi[i]
		base := p.start[i] - lo - t.base
		for j := hi; j >= lo; j-- {
			if i == p.nx && j == p.ny {
				continue
			}
			for k, m := range p.moves {
				si, sj := i+m.X, j+m.Y
				if si > p.nx || sj < p.lo[si] || sj > p.hi[si] {
					continue
				}
				c, ok := cost(Range{i, si}, Range{j, sj})
				if !ok {
					c = math.NaN()
				}
				t.c[(base+j)*nm+k] = c
			}
		}
	}
}

// trace follows the best path from (0, 0) and reports whether it touches the
// band's edge. It walks the path twice: once to count the steps, so that the
// script is allocated at its exact size, and once to build it.
func (p *programme) trace() (Script, bool) {
	n, touched := 0, false
	for i, j := 0, 0; ; n++ {
		touched = touched || p.atEdge(i, j)
		k := p.path[p.start[i]+j-p.lo[i]]
		if k == noMove {
			break
		}
		i, j = i+p.moves[k].X, j+p.moves[k].Y
	}
	s := make(Script, n)
	i, j := 0, 0
	for n := range s {
		m := p.moves[p.path[p.start[i]+j-p.lo[i]]]
		st := Step{X: Range{i, i + m.X}, Y: Range{j, j + m.Y}}
		c, ok := p.cost(st.X, st.Y)
		if !ok || c-c != 0 {
			st.Forced = true // only gap moves are ever taken when forbidden
		} else {
			st.Cost = c
		}
		s[n] = st
		i, j = st.X.Hi, st.Y.Hi
	}
	return s, touched
}

// atEdge reports whether some move from or into (i, j) stays inside the
// rectangle but leaves the band.
func (p *programme) atEdge(i, j int) bool {
	if p.full {
		return false
	}
	for _, m := range p.moves {
		if si, sj := i+m.X, j+m.Y; si <= p.nx && sj <= p.ny && !p.inBand(si, sj) {
			return true
		}
		if pi, pj := i-m.X, j-m.Y; pi >= 0 && pj >= 0 && !p.inBand(pi, pj) {
			return true
		}
	}
	return false
}

// floorDiv returns ⌊a/b⌋ for b > 0.
func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// ceilDiv returns ⌈a/b⌉ for b > 0.
func ceilDiv(a, b int64) int64 { return -floorDiv(-a, b) }
