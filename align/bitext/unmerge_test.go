package bitext

import (
	"fmt"
	"testing"
)

// TestUnmerge gives the sentence pass a block alignment that merged a
// translated paragraph into its neighbour's pairing and left that
// paragraph's source without counterpart, as a block programme led by
// lengths may: the sentences must undo the merge. A merge the sentences
// bear out must stay.
func TestUnmerge(t *testing.T) {
	src := readDocument(t, "a.en.txt", []byte(
		"The committee met in Geneva on 12 March 2021 to discuss the treaty. It adopted the report of the secretariat without a vote.\n\n"+
			"If the delegates cannot agree on the budget before 30 June, the chair will call a second session in Vienna.\n"), "en")
	dst := readDocument(t, "a.es.txt", []byte(
		"El comité se reunió en Ginebra el 12 de marzo de 2021 para debatir el tratado. Aprobó el informe de la secretaría sin votación.\n\n"+
			"Si los delegados no logran ponerse de acuerdo sobre el presupuesto antes del 30 de junio, la presidencia convocará una segunda sesión en Viena.\n"), "es")
	sp, dp := Prepare(src).p, Prepare(dst).p
	tests := []struct {
		name   string
		blocks []Link
		want   string
	}{
		{
			name:   "merge of the last target block undone",
			blocks: []Link{{Source: []int{0}, Target: []int{0, 1}}, {Source: []int{1}}},
			want:   "[0]-[0] [1]-[1]",
		},
		{
			name:   "merge of the first target block undone",
			blocks: []Link{{Target: []int{0}}, {Source: []int{0, 1}, Target: []int{1}}},
			want:   "[0]-[0] [1]-[1]",
		},
		{
			name:   "a source gap and a target gap beside it paired",
			blocks: []Link{{Source: []int{0}}, {Target: []int{0}}, {Source: []int{1}, Target: []int{1}}},
			want:   "[0]-[0] [1]-[1]",
		},
		{
			name:   "a target gap and a source gap beside it paired",
			blocks: []Link{{Source: []int{0}, Target: []int{0}}, {Target: []int{1}}, {Source: []int{1}}},
			want:   "[0]-[0] [1]-[1]",
		},
		{
			name:   "gaps that say different things stay apart",
			blocks: []Link{{Source: []int{0}}, {Target: []int{1}}, {Source: []int{1}, Target: []int{0}}},
			want:   "[0]-[] []-[1] [1]-[0]",
		},
		{
			name:   "a pairing of the right blocks stays",
			blocks: []Link{{Source: []int{0}, Target: []int{0}}, {Source: []int{1}, Target: []int{1}}},
			want:   "[0]-[0] [1]-[1]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := &Pair{Source: src, Target: dst, Ratio: 1.1, Blocks: tt.blocks}
			p.sentences(sp, dp, p.Ratio, nil, 1)
			if have := linksString(p.Blocks); have != tt.want {
				t.Errorf("blocks %s, want %s", have, tt.want)
			}
		})
	}
}

// TestUnmergeKeepsSupportedMerge keeps a merge whose blocks each carry
// sentences of the other side: a translation that joined two paragraphs.
func TestUnmergeKeepsSupportedMerge(t *testing.T) {
	src := readDocument(t, "b.en.txt", []byte(
		"The committee met in Geneva on 12 March 2021 to discuss the treaty.\n\n"+
			"It adopted the report of the secretariat without a vote on 14 March 2021.\n\n"+
			"The next session opens in Vienna on 30 June.\n"), "en")
	dst := readDocument(t, "b.es.txt", []byte(
		"El comité se reunió en Ginebra el 12 de marzo de 2021 para debatir el tratado. Aprobó el informe de la secretaría sin votación el 14 de marzo de 2021.\n\n"+
			"La próxima sesión se abre en Viena el 30 de junio.\n"), "es")
	sp, dp := Prepare(src).p, Prepare(dst).p
	p := &Pair{Source: src, Target: dst, Ratio: 1.1, Blocks: []Link{{Source: []int{0, 1}, Target: []int{0}}, {Source: []int{2}, Target: []int{1}}}}
	p.sentences(sp, dp, p.Ratio, nil, 1)
	if have, want := linksString(p.Blocks), "[0 1]-[0] [2]-[1]"; have != want {
		t.Errorf("blocks %s, want %s", have, want)
	}
}

func linksString(ls []Link) string {
	s := ""
	for i, l := range ls {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprintf("%v-%v", l.Source, l.Target)
	}
	return s
}
