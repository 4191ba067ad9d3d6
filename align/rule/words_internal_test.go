package rule

import (
	"slices"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/langid"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/source"
	"github.com/tralign/tralign/align/wordalign"
)

// TestWordsMarked checks, on every rule's example, that a rule asks for
// the word alignment exactly when it says so: a check with spare
// processors learns it ahead for the rules marked, and would learn it for
// nothing, or late, if the marks were wrong.
func TestWordsMarked(t *testing.T) {
	for _, r := range All() {
		if r.Run == nil || r.Example.Cited != "" {
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			ext, lang := ".txt", r.Example.TargetLang
			if r.Example.Markdown {
				ext = ".md"
			}
			if lang == "" {
				lang = "es"
			}
			src, err := read.Source(source.NewFile("s"+ext, []byte(r.Example.Source)), read.Options{Lang: "en"})
			if err != nil {
				t.Fatal(err)
			}
			dst, err := read.Source(source.NewFile("d"+ext, []byte(r.Example.Target)), read.Options{Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			pair := bitext.Align(src[0], dst[0], bitext.Options{})
			ws := &lazyWords{}
			var out []Finding
			r.Run(&Pass{Pair: pair, facts: newFacts(pair), words: ws, lane: &lane{ids: new(langid.Identifier), tk: new(wordalign.Tokenizer)}, rule: r, out: &out, cover: &cover{}})
			if asked := ws.doc != nil; asked != r.words {
				t.Errorf("asked for the word alignment: %v; marked words: %v", asked, r.words)
			}
		})
	}
}

// TestAlignsWordsRules checks which rules read the word alignment: the
// README names them, for a user who would switch them off to check a
// large book faster.
func TestAlignsWordsRules(t *testing.T) {
	var ids []string
	for _, r := range All() {
		if r.AlignsWords() {
			ids = append(ids, r.ID)
		}
	}
	want := []string{"name-inconsistent", "content-added", "content-missing"}
	slices.Sort(ids)
	slices.Sort(want)
	if !slices.Equal(ids, want) {
		t.Errorf("rules that read the word alignment: %v, want %v (and the README's list of them)", ids, want)
	}
}
