package bitext

import "github.com/tralign/tralign/align/doc"

// Beads returns the sentence alignment of the body of the pair as beads
// over the sentences of each version numbered from 0 in reading order
// (footnotes left out): the sentences of blocks with no counterpart come
// as beads with an empty side.
func (p *Pair) Beads() [][2][]int {
	sIdx := sentenceNumbers(p.Source)
	dIdx := sentenceNumbers(p.Target)
	var out [][2][]int
	for _, l := range p.Blocks {
		if len(l.Source) == 0 || len(l.Target) == 0 {
			for _, bi := range l.Source {
				for k := range p.Source.Blocks[bi].Sentences {
					out = append(out, [2][]int{{sIdx[bi] + k}, {}})
				}
			}
			for _, bi := range l.Target {
				for k := range p.Target.Blocks[bi].Sentences {
					out = append(out, [2][]int{{}, {dIdx[bi] + k}})
				}
			}
			continue
		}
		for _, s := range l.Sents {
			var b [2][]int
			b[0], b[1] = []int{}, []int{}
			for _, r := range s.Source {
				b[0] = append(b[0], sIdx[r.Block]+r.Index)
			}
			for _, r := range s.Target {
				b[1] = append(b[1], dIdx[r.Block]+r.Index)
			}
			out = append(out, b)
		}
	}
	return out
}

// sentenceNumbers returns the number of the first sentence of each body
// block, counting from 0 in reading order.
func sentenceNumbers(d *doc.Document) map[int]int {
	m := map[int]int{}
	n := 0
	for i, b := range d.Blocks {
		if b.Kind == doc.FootnoteDef {
			continue
		}
		m[i] = n
		n += len(b.Sentences)
	}
	return m
}
