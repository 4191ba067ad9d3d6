package wordalign

import (
	"cmp"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestPairIndex checks that a pairIndex numbers keys as a map counting
// them in the order first added does, across the growth of its rows, for
// pairs with the empty word (x = 0) and for source stems met in any
// order.
func TestPairIndex(t *testing.T) {
	for _, tc := range []struct {
		name string
		keys int    // distinct stems to draw from, each side
		adds int    // keys added, with repeats
		seed uint64 // of the draws
	}{
		{"empty", 1, 0, 1},
		{"one", 1, 5, 2},
		{"few", 10, 100, 3},
		{"rows grow several times", 50, 20000, 4},
		{"many rows", 5000, 20000, 6},
		{"sparse", 1 << 16, 3000, 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(tc.seed, 0))
			var x pairIndex
			want := map[uint64]int32{}
			for range tc.adds {
				k := uint64(rng.IntN(tc.keys+1))<<32 | uint64(rng.IntN(tc.keys)+1) // x may be 0
				n, added := x.add(k)
				w, ok := want[k]
				if !ok {
					w = int32(len(want))
					want[k] = w
				}
				if n != w || added == ok {
					t.Fatalf("add(%#x) = %d, %v; want %d, %v", k, n, added, w, !ok)
				}
			}
			for k, w := range want {
				if n, ok := x.get(k); !ok || n != w {
					t.Errorf("get(%#x) = %d, %v; want %d, true", k, n, ok, w)
				}
			}
			for _, k := range []uint64{1<<63 | 7, uint64(tc.keys+1) << 32, 1<<32 | uint64(tc.keys+1), 1 << 32} {
				if _, ok := x.get(k); ok {
					t.Errorf("get(%#x), of a key never added, found it", k)
				}
			}
		})
	}
}

// refEM is Model 1 from side xs to side ys as learning ran it before
// emReverse: pairs looked up in a map and numbered as first met. It
// numbers the stems of xs in xv and of ys in yv.
func refEM(m *Model, xs, ys [][]Token, xv, yv map[string]uint64, reverse bool) map[uint64]float64 {
	id := func(v map[string]uint64, k string) uint64 {
		if i, ok := v[k]; ok {
			return i
		}
		v[k] = uint64(len(v) + 1)
		return v[k]
	}
	index := map[uint64]int32{}
	var keys []uint64
	var t []float64
	set := func(k uint64, v float64) int32 {
		n, ok := index[k]
		if !ok {
			n = int32(len(keys))
			index[k] = n
			keys = append(keys, k)
			t = append(t, 0)
		}
		t[n] = v
		return n
	}
	pairs := make([][]int32, len(xs))
	for i := range xs {
		var ps []int32
		for _, x := range xs[i] {
			id(xv, x.Key()) // the stems of xs are numbered first
		}
		for _, y := range ys[i] {
			b := id(yv, y.Key())
			ps = append(ps, set(b, 1))
			for _, x := range xs[i] {
				w := 1.0
				if refSeeded(m, x, y, reverse) {
					w = seedWeight
				}
				ps = append(ps, set(id(xv, x.Key())<<32|b, w))
			}
		}
		pairs[i] = ps
	}
	t = iterate(xs, pairs, keys, t, len(xv)+1)
	out := map[uint64]float64{}
	for n, k := range keys {
		out[k] = t[n]
	}
	return out
}

// TestEMReverse checks that emReverse learns, to the last bit, what
// Model 1 run the other way learns.
func TestEMReverse(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  []string
		dst  []string
	}{
		{"one sentence", []string{"Lavrov met Kissinger in July 2023."}, []string{"Лавров встретился с Киссинджером в июле 2023 года."}},
		{"repeated words and an empty side", []string{"the cat saw the cat", "no words here", "", "the dog ran, the cat ran"},
			[]string{"el gato vio el gato", "", "nada", "el perro corrió, el gato corrió"}},
		{"same stems, other names", []string{"Running runs run. Paris paris.", "He runs to Paris."}, []string{"Corre corriendo. París parís.", "Él corre a París."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var pairs []Pair
			for i := range tc.src {
				pairs = append(pairs, Pair{Tokenize(tc.src[i]), Tokenize(tc.dst[i])})
			}
			m := Train(pairs, Options{Dict: map[string][]string{"saw": {"vio"}}})
			var xs, ys [][]Token
			for _, p := range pairs {
				xs, ys = append(xs, cut(p.Source)), append(ys, cut(p.Target))
			}
			srcID, dstID := map[string]uint64{}, map[string]uint64{}
			st := refEM(m, xs, ys, srcID, dstID, false)
			ts := refEM(m, ys, xs, dstID, srcID, true)
			checked := 0
			for k, p := range st {
				if k>>32 == 0 {
					continue
				}
				si, ti := k>>32, k&(1<<32-1)
				n, ok := m.st.index.get(k)
				if !ok {
					t.Fatalf("pair %d-%d not learned", si, ti)
				}
				if m.st.p[n] != p {
					t.Errorf("P(%d | %d) = %v, want %v", ti, si, m.st.p[n], p)
				}
				if want := ts[ti<<32|si]; m.ts[n] != want {
					t.Errorf("P(%d | %d) = %v, want %v", si, ti, m.ts[n], want)
				}
				checked++
			}
			if checked == 0 {
				t.Fatal("no pair checked")
			}
		})
	}
}

// TestSortCands checks that sortCands orders candidates, few and many,
// as the comparison it stands for: the strongest first, then the nearest
// the diagonal, then by place. The values tie, or differ in the last bit
// of their mantissa only, or not at all; sortCandsByCompare, which takes
// over for more candidates than sortCands's keys can index, gives the
// same order.
func TestSortCands(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 9))
	near := []float64{MinLink, 0.5, math.Nextafter(0.5, 1), math.Nextafter(0.5, 0), 0.5 + 1e-9, 1}
	values := map[string]func() float64{
		"ties":     func() float64 { return []float64{MinLink, 0.5, 1}[rng.IntN(3)] },
		"near":     func() float64 { return near[rng.IntN(len(near))] },
		"distinct": func() float64 { return MinLink + (1-MinLink)*rng.Float64() },
	}
	for name, value := range values {
		for _, n := range []int{0, 1, 2, 5, maxInsertionSort, maxInsertionSort + 1, 200, 1500} {
			var cs []cand
			seen := map[[2]int32]bool{}
			for len(cs) < n {
				c := cand{s: rng.Int32N(60), t: rng.Int32N(60), v: value(), d: rng.IntN(4)}
				if !seen[[2]int32{c.s, c.t}] {
					seen[[2]int32{c.s, c.t}] = true
					cs = append(cs, c)
				}
			}
			want := slices.Clone(cs)
			slices.SortFunc(want, func(x, y cand) int {
				if c := cmp.Compare(y.v, x.v); c != 0 {
					return c
				}
				if c := cmp.Compare(x.d, y.d); c != 0 {
					return c
				}
				if c := cmp.Compare(x.s, y.s); c != 0 {
					return c
				}
				return cmp.Compare(x.t, y.t)
			})
			for sorter, sort := range map[string]func([]cand, []uint64) []uint64{"sortCands": sortCands, "sortCandsByCompare": sortCandsByCompare} {
				var got []cand
				for _, k := range sort(cs, nil) {
					got = append(got, cs[k])
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s, %s, %d candidates: sorted %v, want %v", sorter, name, n, got, want)
				}
			}
		}
	}
}

// refSeeded is seededNums as written on the tokens' texts, which
// learning compared before it numbered keys and names: it reports
// whether x and y are known to translate each other without learning.
// reverse says x is of the target side.
func refSeeded(m *Model, x, y Token, reverse bool) bool {
	if x.Key() == y.Key() {
		return true
	}
	if x.Kind() == Word && y.Kind() == Word && x.Name() != "" && x.Name() == y.Name() {
		return true
	}
	if len(m.seed) == 0 {
		return false // no dictionary: hashing the pair would find nothing
	}
	if reverse {
		x, y = y, x
	}
	return m.seed[[2]string{x.Key(), y.Key()}]
}

// TestAlignReadsLearntPairs checks that aligning the pairs learning
// numbered, reading their word pairs' numbers from learning, links what
// looking each word pair up links, and that the number read for each
// word pair is the one looking it up finds: with
// sentences longer than learning cuts, seeds by key, name and
// dictionary, and a pair learning never saw.
func TestAlignReadsLearntPairs(t *testing.T) {
	rng := rand.New(rand.NewPCG(10, 11))
	src := strings.Fields("the cat Lavrov saw 2023 dog ran quickly home garden Moscow and")
	dst := strings.Fields("el gato Лавров vio 2023 perro corrió rápido casa jardín Москва y")
	sentence := func(words []string, n int) string {
		var b strings.Builder
		for range n {
			b.WriteString(words[rng.IntN(len(words))] + " ")
		}
		return b.String()
	}
	var pairs []Pair
	for _, n := range []int{1, 3, 8, 20, 40, MaxTokens, MaxTokens + 30} {
		for range 3 {
			pairs = append(pairs, Pair{Tokenize(sentence(src, n)), Tokenize(sentence(dst, n+rng.IntN(5)))})
		}
	}
	m, learnt := train(pairs, Options{Dict: map[string][]string{"saw": {"vio"}}})
	unseen := Pair{Tokenize(sentence(src, 12) + " zebra"), Tokenize(sentence(dst, 12) + " cebra")}
	all := append(slices.Clone(pairs), unseen)
	learnt = append(learnt, nil)
	for k, p := range pairs {
		ls, ld := min(len(p.Source), MaxTokens), min(len(p.Target), MaxTokens)
		for i, s := range p.Source[:ls] {
			for j, d := range p.Target[:ld] {
				if want := m.Association(s, d); want < 1 {
					if got := m.learned(learnt[k][j*(ls+1)+1+i]); got != want {
						t.Fatalf("pair %d, words %q and %q: learnt number gives %v, looking up %v", k, s.Text, d.Text, got, want)
					}
				}
			}
		}
	}
	got, want := m.alignAll(all, learnt), m.AlignAll(all)
	for i := range all {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("pair %d: reading learnt numbers links %v, looking up links %v", i, got[i].SrcLink, want[i].SrcLink)
		}
	}
}
