package rule

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/tralign/tralign/align/feature"
)

// TestWithoutMoved checks the counted difference against the difference
// of sorted multisets it replaces: ns − (ctx − own).
func TestWithoutMoved(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	keys := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = strconv.Itoa(rng.IntN(6))
		}
		sort.Strings(out)
		return out
	}
	for range 2000 {
		ns, ctx, own := keys(rng.IntN(6)), keys(rng.IntN(12)), keys(rng.IntN(6))
		want := feature.Diff(ns, feature.Diff(ctx, own))
		if have := withoutMoved(ns, countKeys(ctx), own); !slices.Equal(have, want) {
			t.Fatalf("withoutMoved(%q, %q, %q) = %q, want %q", ns, ctx, own, have, want)
		}
	}
}
