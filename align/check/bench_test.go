package check_test

import (
	"fmt"
	"runtime"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/feature"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/rule"
	"github.com/tralign/tralign/align/wordalign"
)

// measure runs f b.N times over inputs of n bytes and reports the
// throughput and the bytes allocated per input byte. What a process does
// once, whatever it checks (reading the language model), is done
// before, so that it is charged to no benchmark.
func measure(b *testing.B, n int, f func()) {
	b.Helper()
	warmUp(b)
	measureWarm(b, n, f)
}

// measureWarm is measure for a process warmed up already.
func measureWarm(b *testing.B, n int, f func()) {
	b.Helper()
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for b.Loop() {
		f()
	}
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/float64(b.N)/float64(n), "B/byte")
}

// measurePeak is measure, also reporting the peak of the heap per input
// byte (see watchHeap): "peak-live-B/byte" is the most the heap held live
// after a collection, the inputs included; "peak-heap-B/byte" the most it
// held, garbage included, about what the process takes from the system.
func measurePeak(b *testing.B, n int, f func()) {
	b.Helper()
	warmUp(b)
	runtime.GC() // the garbage of making the inputs is not the check's
	peak := watchHeap()
	measureWarm(b, n, f)
	heap, live := peak()
	b.ReportMetric(float64(live)/float64(n), "peak-live-B/byte")
	b.ReportMetric(float64(heap)/float64(n), "peak-heap-B/byte")
}

// warmUp checks a two-sentence article, which makes what a process
// makes once, the first time a check needs it.
func warmUp(b *testing.B) {
	b.Helper()
	run(b, []check.Input{
		{Name: "warm.en.txt", Data: []byte("The ferry leaves at seven. It takes two hours.\n")},
		{Name: "warm.es.txt", Data: []byte("El ferry sale a las siete. Tarda dos horas.\n")},
	})
}

func run(b *testing.B, ins []check.Input) {
	if _, err := check.Run(ins, check.Options{}); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCheck runs the whole check on generated trilingual books of
// 0.3, 3 and 30 MB: time and memory per byte should stay flat.
func BenchmarkCheck(b *testing.B) {
	for _, size := range []int{300_000, 3_000_000, 30_000_000} {
		ins := book(b, size)
		b.Run(fmt.Sprintf("MB=%.1f", float64(size)/1e6), func(b *testing.B) {
			measurePeak(b, inputBytes(ins), func() { run(b, ins) })
		})
	}
}

// BenchmarkCheckOneTranslation checks the English and Spanish versions
// of the 3 MB book, the common case of a source and one translation: the
// translation has every processor to itself.
func BenchmarkCheckOneTranslation(b *testing.B) {
	ins := book(b, 3_000_000)[:2]
	measurePeak(b, inputBytes(ins), func() { run(b, ins) })
}

// BenchmarkCheckWithoutWordRules is BenchmarkCheck on the 3 MB book with
// the rules that read a word alignment switched off (see
// rule.Rule.AlignsWords), as --disable switches them off: what those rules
// cost a check.
func BenchmarkCheckWithoutWordRules(b *testing.B) {
	var rules []*rule.Rule
	for _, r := range rule.All() {
		if !r.AlignsWords() {
			rules = append(rules, r)
		}
	}
	ins := book(b, 3_000_000)
	measurePeak(b, inputBytes(ins), func() {
		if _, err := check.Run(ins, check.Options{Rules: rules}); err != nil {
			b.Fatal(err)
		}
	})
}

// BenchmarkCheckLongParagraph checks one paragraph of 2,000 numbered
// sentences (about 140 KB in two versions), and of 500 and 8,000 to see
// the cost grow: no rule may be quadratic in the sentences of a
// paragraph, in plain text or with inline markup.
func BenchmarkCheckLongParagraph(b *testing.B) {
	for _, markdown := range []bool{false, true} {
		for _, n := range []int{500, 2000, 8000} {
			ins := numberedParagraph(n, markdown)
			b.Run(fmt.Sprintf("markdown=%v/sentences=%d", markdown, n), func(b *testing.B) {
				measurePeak(b, inputBytes(ins), func() { run(b, ins) })
			})
		}
	}
}

// BenchmarkCheckOneLine checks two versions written each on a single
// line, 24 MB in all.
func BenchmarkCheckOneLine(b *testing.B) {
	ins := oneLine(b, 24_000_000)
	measurePeak(b, inputBytes(ins), func() { run(b, ins) })
}

// stageBook returns the documents of a generated book of about size
// bytes: the source first.
func stageBook(b *testing.B, size int) ([]check.Input, []*doc.Document) {
	ins := book(b, size)
	docs, err := check.Read(ins, check.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return ins, docs
}

// BenchmarkStages measures each stage of a check on books of 1, 4 and 16
// units of 100 KB: each stage's time per byte should stay flat. The words
// stage is the word alignment of the aligned sentences, a part of the
// rules stage.
func BenchmarkStages(b *testing.B) {
	for _, x := range []int{1, 4, 16} {
		ins, docs := stageBook(b, x*100_000)
		n := inputBytes(ins)
		pairs := make([]*bitext.Pair, len(docs)-1)
		for i, d := range docs[1:] {
			pairs[i] = bitext.Align(docs[0], d, bitext.Options{})
		}
		b.Run(fmt.Sprintf("stage=read/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				for _, in := range ins {
					if _, err := read.File(in.Name, in.Data, read.Options{}); err != nil {
						b.Fatal(err)
					}
				}
			})
		})
		b.Run(fmt.Sprintf("stage=langid/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				for _, d := range docs {
					var id langid.Identifier // one per document, as reading has
					for _, bl := range d.Blocks {
						id.Identify(bl.Text, nil)
					}
				}
			})
		})
		b.Run(fmt.Sprintf("stage=features/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				for _, d := range docs {
					for _, bl := range d.Blocks {
						for k := range bl.Sentences {
							feature.Extract(bl.SentenceText(k), nil)
						}
					}
				}
			})
		})
		b.Run(fmt.Sprintf("stage=align/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				for _, d := range docs[1:] {
					bitext.Align(docs[0], d, bitext.Options{})
				}
			})
		})
		b.Run(fmt.Sprintf("stage=words/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				for _, p := range pairs {
					w := wordalign.FromPair(p, wordalign.Options{})
					var ps []wordalign.Pair
					for _, l := range p.Blocks {
						for _, sl := range l.Sents {
							ps = append(ps, w.SentencePair(sl))
						}
					}
					w.AlignAll(ps)
				}
			})
		})
		b.Run(fmt.Sprintf("stage=rules/x=%d", x), func(b *testing.B) {
			measure(b, n, func() {
				rule.CheckSource(docs[0], rule.All(), nil)
				for _, p := range pairs {
					rule.Check(p, rule.All(), nil)
				}
			})
		})
	}
}
