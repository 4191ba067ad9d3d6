package align_test

import (
	"fmt"
	"math"

	"github.com/tralign/tralign/align"
)

func ExampleSequences() {
	// Lengths in characters of the sentences of a paragraph and of its
	// translation. The translator joined sentences 1 and 2 and left out
	// sentence 4.
	src := []int{42, 18, 25, 60, 70, 51}
	dst := []int{45, 46, 63, 55}

	total := func(lengths []int, r align.Range) (n int) {
		for _, v := range lengths[r.Lo:r.Hi] {
			n += v
		}
		return n
	}
	cost := func(xr, yr align.Range) (float64, bool) {
		if xr.Len() == 0 || yr.Len() == 0 {
			return 10, true // a sentence without a counterpart
		}
		sx, sy := float64(total(src, xr)), float64(total(dst, yr))
		c := 40 * math.Abs(sx-sy) / (sx + sy) // relative length difference
		if xr.Len()+yr.Len() > 2 {
			c += 3 // merges and splits are rarer than 1:1
		}
		return c, true
	}

	s := align.Sequences(len(src), len(dst), cost, nil)
	fmt.Println(s)
	for _, st := range s {
		fmt.Printf("src[%d:%d] ↔ dst[%d:%d]  cost %5.2f\n", st.X.Lo, st.X.Hi, st.Y.Lo, st.Y.Hi, st.Cost)
	}
	// Output:
	// 1:1 2:1 1:1 1:0 1:1
	// src[0:1] ↔ dst[0:1]  cost  1.38
	// src[1:3] ↔ dst[1:2]  cost  4.35
	// src[3:4] ↔ dst[2:3]  cost  0.98
	// src[4:5] ↔ dst[3:3]  cost 10.00
	// src[5:6] ↔ dst[3:4]  cost  1.51
}
