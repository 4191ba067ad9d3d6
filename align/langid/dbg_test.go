package langid

import (
	"fmt"
	"os"
	"testing"
)

func TestDbg(t *testing.T) {
	text := os.Getenv("DBG")
	if text == "" {
		t.Skip()
	}
	m := getModel()
	for _, tk := range tokenize(text) {
		lp := m.wordLogProbs(tk.word)
		s := fmt.Sprintf("%-12q", tk.word)
		for _, c := range []string{"en", "es", "id", "pt", "ja", "zh"} {
			s += fmt.Sprintf(" %s:%.1f", c, lp[m.index[c]])
		}
		t.Log(s)
	}
	r := Identify(text, nil)
	t.Log(r.Lang, r.Confidence, topScores(r, 4))
}
