package align

import (
	"math"
	"testing"
)

// FuzzSequences runs Sequences on fuzzed lengths, options and costs. The
// script must be valid, use only the available moves, be the same on a
// second run and, for small inputs over the full rectangle, agree with the
// brute-force oracle.
func FuzzSequences(f *testing.F) {
	f.Add(uint8(0), uint8(0), uint8(0), []byte(nil))
	f.Add(uint8(4), uint8(3), uint8(0), []byte{40, 44, 48, 0xff, 60})
	f.Add(uint8(5), uint8(5), uint8(0x18), []byte{0xfe, 0xfd, 0xfc, 0xff, 1, 2, 3})
	f.Add(uint8(40), uint8(7), uint8(0x82), []byte("the quick brown fox"))
	f.Add(uint8(13), uint8(40), uint8(0x4b), []byte{0xff, 0xff, 0xff, 0x00})
	f.Fuzz(func(t *testing.T, nxb, nyb, flags uint8, data []byte) {
		nx, ny := int(nxb)%41, int(nyb)%41
		opts := &Options{Band: int(flags%8) - 1} // -1 (full) to 6
		switch flags / 8 % 4 {
		case 1:
			opts.Moves = []Move{}
		case 2:
			opts.Moves = []Move{{1, 1}}
		case 3:
			opts.Moves = []Move{{2, 2}, {1, 1}, {0, 2}, {3, 1}, {2, 2}}
		}
		if flags&0x80 != 0 {
			opts.MaxBand = opts.Band
		}
		moves := documentedOrder(opts.Moves)
		cost := func(xr, yr Range) (float64, bool) {
			if xr.Lo < 0 || xr.Hi > nx || yr.Lo < 0 || yr.Hi > ny {
				t.Fatalf("callback with x %v y %v outside nx=%d ny=%d", xr, yr, nx, ny)
			}
			if len(data) == 0 {
				return 1, true
			}
			h := uint64(0)
			for _, v := range []int{xr.Lo, xr.Hi, yr.Lo, yr.Hi} {
				h = mix(h + uint64(v) + 1)
			}
			switch b := data[h%uint64(len(data))]; {
			case b == 0xfe:
				return math.NaN(), true
			case b == 0xfd:
				return math.Inf(1), true
			case b == 0xfc:
				return math.Inf(-1), true
			case b >= 0xf0:
				return 0, false
			default:
				return float64(int(b)-40) / 4, true // exact sums: ties are real ties
			}
		}

		got := Sequences(nx, ny, cost, opts)
		if err := got.Validate(nx, ny); err != nil {
			t.Fatalf("%+v: %v", opts, err)
		}
		for _, st := range got {
			m := Move{st.X.Len(), st.Y.Len()}
			found := false
			for _, a := range moves {
				found = found || a == m
			}
			if !found {
				t.Fatalf("%+v: script %q uses %v, not one of %v", opts, got, m, moves)
			}
		}
		if again := Sequences(nx, ny, cost, opts); again.String() != got.String() || again.Cost() != got.Cost() {
			t.Fatalf("%+v: second run gave %q, first %q", opts, again, got)
		}
		if nx <= 5 && ny <= 5 && (opts.Band == -1 || opts.Band == 0) {
			all := func(i, j int) bool { return true }
			o := &oracle{nx: nx, ny: ny, moves: moves, cost: cost, inBand: all}
			want, wantF, wantS := o.solve()
			if got.String() != want || forcedSteps(got) != wantF || got.Cost() != wantS {
				t.Fatalf("%+v:\ngot  %q (%d forced, cost %v)\nwant %q (%d forced, cost %v)", opts, got, forcedSteps(got), got.Cost(), want, wantF, wantS)
			}
		}
	})
}
