package align

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Range is a half-open range [Lo, Hi) of indices into one sequence.
type Range struct {
	Lo int // first index in the range, starting at 0
	Hi int // one past the last index; Hi == Lo is an empty range (a gap)
}

// Len returns the number of items in r.
func (r Range) Len() int { return r.Hi - r.Lo }

// Move is the shape of one step: how many items it consumes from each
// sequence. {1, 1} pairs one item of x with one of y, {1, 0} leaves one item
// of x without a counterpart (a deletion), {0, 1} one item of y (an
// insertion), {2, 1} pairs two items of x with one of y (a merge), {1, 2} one
// of x with two of y (a split).
type Move struct {
	X int // items of x consumed, 0 or more
	Y int // items of y consumed, 0 or more; X+Y must be at least 1
}

// String returns the move in script notation, "X:Y".
func (m Move) String() string { return strconv.Itoa(m.X) + ":" + strconv.Itoa(m.Y) }

// DefaultMoves returns the moves of Gale and Church: 1:1, 1:0, 0:1, 2:1 and
// 1:2, in that order. It returns a new slice on every call.
func DefaultMoves() []Move {
	return []Move{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}}
}

// Step is one step of a [Script]: it pairs x[X.Lo:X.Hi] with y[Y.Lo:Y.Hi].
type Step struct {
	X, Y   Range   // index ranges consumed from x and y; an empty range is a gap
	Cost   float64 // the cost the [CostFunc] returned for this step; 0 if Forced
	Forced bool    // a 1:0 or 0:1 step the CostFunc forbade, taken because no script of permitted steps exists
}

// Script is an alignment of two sequences: steps that consume both
// sequences completely and in order. The zero value is the empty script,
// the alignment of two empty sequences.
type Script []Step

// String returns the script in the notation used by tests and debugging
// output: one "X:Y" pair of item counts per step, separated by spaces, for
// example "1:1 1:1 0:1 2:1". The empty script is "".
func (s Script) String() string {
	var b strings.Builder
	for k, st := range s {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strconv.Itoa(st.X.Len()))
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(st.Y.Len()))
	}
	return b.String()
}

// Cost returns the sum of the costs of the steps. It adds them from the last
// step back to the first, the order [Sequences] uses, so that for a script
// Sequences returned it equals the minimum the programme found exactly.
func (s Script) Cost() float64 {
	sum := 0.0
	for k := len(s) - 1; k >= 0; k-- {
		sum = s[k].Cost + sum
	}
	return sum
}

// Validate reports whether s is a valid alignment of sequences of nx and ny
// items: every step starts where the previous one ended (the first at 0 and
// 0), consumes at least one item and no negative count, the last ends at nx
// and ny, every cost is finite, and every forced step is a 1:0 or 0:1 step
// with cost 0. It returns nil if so, and otherwise an error that names the
// first offending step.
func (s Script) Validate(nx, ny int) error {
	x, y := 0, 0
	for k, st := range s {
		switch {
		case st.X.Lo != x || st.Y.Lo != y:
			return fmt.Errorf("align: step %d starts at (%d, %d), want (%d, %d)", k, st.X.Lo, st.Y.Lo, x, y)
		case st.X.Hi < st.X.Lo || st.Y.Hi < st.Y.Lo:
			return fmt.Errorf("align: step %d has a reversed range (x [%d, %d), y [%d, %d))", k, st.X.Lo, st.X.Hi, st.Y.Lo, st.Y.Hi)
		case st.X.Len() == 0 && st.Y.Len() == 0:
			return fmt.Errorf("align: step %d consumes nothing", k)
		case math.IsNaN(st.Cost) || math.IsInf(st.Cost, 0):
			return fmt.Errorf("align: step %d has cost %v", k, st.Cost)
		case st.Forced && (st.X.Len()+st.Y.Len() != 1 || st.Cost != 0):
			return fmt.Errorf("align: step %d is forced but is %d:%d with cost %v, want 1:0 or 0:1 with cost 0", k, st.X.Len(), st.Y.Len(), st.Cost)
		}
		x, y = st.X.Hi, st.Y.Hi
	}
	if x != nx || y != ny {
		return fmt.Errorf("align: script ends at (%d, %d), want (%d, %d)", x, y, nx, ny)
	}
	return nil
}
