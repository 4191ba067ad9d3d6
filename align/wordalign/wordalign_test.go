package wordalign

import "testing"

func TestSeedsLinkNamesAndNumbers(t *testing.T) {
	pairs := []Pair{
		{Tokenize("Lavrov met Kissinger in July 2023."), Tokenize("Лавров встретился с Киссинджером в июле 2023 года.")},
		{Tokenize("Lavrov spoke."), Tokenize("Лавров говорил.")},
	}
	m := Train(pairs, Options{Dict: map[string][]string{"met": {"встретился"}}})
	a := m.Align(pairs[0].Source, pairs[0].Target)
	want := map[string]string{"Lavrov": "Лавров", "Kissinger": "Киссинджером", "2023": "2023", "met": "встретился"}
	for i, s := range a.Source {
		w, ok := want[s.Text]
		if !ok {
			continue
		}
		j := a.SrcLink[i]
		if j < 0 || a.Target[j].Text != w {
			t.Errorf("%s linked to %v, want %s", s.Text, j, w)
		}
	}
}

func TestTokenizeSpans(t *testing.T) {
	text := "Pröbsting’s text, 1,5 km"
	for _, tok := range Tokenize(text) {
		if text[tok.Span.Start:tok.Span.End] != tok.Text {
			t.Errorf("span %v is %q, not %q", tok.Span, text[tok.Span.Start:tok.Span.End], tok.Text)
		}
	}
}
