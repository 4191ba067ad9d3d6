// Package align computes a minimum-cost monotone alignment between two
// sequences by dynamic programming. It knows only lengths and a cost function.
//
// The caller has two sequences x and y of nx and ny items (blocks, sentences,
// the cited works of a footnote) and a [CostFunc] that scores pairing a run of
// items of x with a run of items of y. [Sequences] returns a [Script]: steps
// that together consume both sequences completely and in order, each step
// pairing x[X.Lo:X.Hi] with y[Y.Lo:Y.Hi], with the least total cost. This is
// the programme of Gale and Church (1993), "A program for aligning sentences
// in bilingual corpora", with the scoring left to the caller.
//
// A script is written in a compact notation, one X-count:Y-count pair per
// step: "1:1 1:0 2:1 1:1" pairs x0 with y0, leaves x1 without a counterpart,
// pairs x2+x3 with y1 and x4 with y2 (see [Script.String]).
//
// # Moves
//
// The shapes a step may take are [Move] values, by default 1:1, 1:0, 0:1, 2:1
// and 1:2 ([DefaultMoves]); [Options.Moves] replaces the list. The gap moves
// 1:0 and 0:1 are always available, so a script always exists: when the cost
// function forbids one of them, the programme may still take it as a forced
// step ([Step.Forced]). It minimises the number of forced steps first and the
// sum of the costs second, so forced steps appear only when no script made of
// permitted steps exists, and then as few as possible.
//
// # Ties
//
// Ties are broken deterministically. Moves are ranked by preference: 1:1
// first, then 1:0, then 0:1, then the other moves in the order
// [Options.Moves] lists them. Of all scripts with the fewest forced steps
// and the least cost, Sequences returns the first in reading order when
// steps are compared by that rank:
// with a tie between "1:1 1:0" and "1:0 1:1" it returns "1:1 1:0", so the
// items that match come first and the gaps after them. Costs are compared
// exactly, with no tolerance, and added in a fixed order (from the last step
// back to the first, the order [Script.Cost] uses), so the same input always
// yields the same Script.
//
// # Band
//
// A cell (i, j) of the programme stands for the first i items of x and the
// first j items of y having been aligned. Sequences explores only the cells
// near the diagonal of the nx×ny rectangle: those with
//
//	|j − i·ny/nx| ≤ band
//
// so the band half-width is counted in items of y along each row. The band
// is never narrower than ⌈ny/nx⌉ (so that neighbouring rows overlap and a
// path through the band exists), it always contains (0, 0) and (nx, ny), and
// a band of ny or more is the full rectangle. [Options.Band] sets the first
// half-width; the default is 20.
//
// If the best script found inside the band touches the band's edge — at some
// cell of its path, a move that would stay inside the rectangle would leave
// the band — the band may have cut off a cheaper script, so Sequences doubles
// the half-width and runs again, until the script keeps clear of the edge,
// the band reaches [Options.MaxBand], or the band is the full rectangle. The
// edge is a heuristic: a script that keeps clear of it is the best inside the
// band, not necessarily the best overall, but a long run of insertions or
// deletions, which pushes the best path away from the diagonal, is caught.
//
// For a fixed band each pass takes time and memory linear in nx+ny: about
// (nx+1)·(2·band+1) cells, one callback per cell and move, one byte per cell
// for the path and a few rows of costs. Widening can reach the full
// rectangle, (nx+1)·(ny+1) cells, when the two sequences do not correspond;
// set [Options.MaxBand] to bound that.
//
// # Guided band
//
// A band around the diagonal fits two sequences that correspond evenly. When
// one side lost or gained a long run of items, or the lengths of the two
// drift apart, the best path strays from the diagonal and the band must be
// wide to hold it. [Options.Guide] centres the band on a path found by a
// cheaper first pass instead: points the best script is expected to pass
// near, such as anchors both sequences share or the path of an earlier
// script. Each row of a guided band spans the columns the guide crosses,
// [Options.Band] items more on each side, and between two guide points whose
// columns are at most [Options.Reach] apart, the whole rectangle they span.
// A guided band is explored once and never widened, so its cost is linear in
// nx+ny whatever the path: a pass over the band, one callback per cell and
// move.
package align
