package rule_test

import (
	"reflect"
	"sync"
	"testing"

	"github.com/tralign/tralign/align/bitext"
	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/rule"
)

// TestCheckSharedSameAsCheckCited checks every rule's example, and its
// translation checked twice at once against one source sharing what
// NewShared holds, as Documents checks several translations, each running
// its rules on three goroutines: the findings are those of checking each
// pair alone, its rules one after another.
func TestCheckSharedSameAsCheckCited(t *testing.T) {
	for _, r := range rule.All() {
		if r.Driver != "" || r.Example.Cited != "" {
			continue
		}
		t.Run(r.ID, func(t *testing.T) {
			ext := ".txt"
			if r.Example.Markdown {
				ext = ".md"
			}
			lang := r.Example.TargetLang
			if lang == "" {
				lang = "es"
			}
			src := parse(t, "s"+ext, r.Example.Source, "en")
			dsts := []*doc.Document{parse(t, "d"+ext, r.Example.Target, lang), parse(t, "e"+ext, r.Example.Target, lang)}
			sh := rule.NewShared(src, 3)
			got := make([][]rule.Finding, len(dsts))
			var wg sync.WaitGroup
			for i, d := range dsts {
				wg.Go(func() {
					got[i] = rule.CheckShared(bitext.Align(src, d, bitext.Options{}), nil, rule.All(), rule.Config{}, sh)
				})
			}
			wg.Wait()
			for i, d := range dsts {
				want := rule.CheckCited(bitext.Align(src, d, bitext.Options{}), nil, rule.All(), rule.Config{})
				if !reflect.DeepEqual(got[i], want) {
					t.Errorf("translation %d: shared %v\nalone %v", i, got[i], want)
				}
			}
		})
	}
}
