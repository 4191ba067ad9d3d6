package drift

import (
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/tralign/tralign/align/tree"
)

// State is the state of one translation of a tree.
type State uint8

// States of a translation.
const (
	Current State = iota // the source has not changed since the translation
	Stale                // the source changed since the translation
	Missing              // the source has no translation in the language
	Orphan               // the translation's source does not exist
	Failed               // drift could not be told (see DocStatus.Err)
)

func (s State) String() string {
	return [...]string{"current", "stale", "missing", "orphan", "failed"}[s]
}

// DocStatus is the state of one document in one language.
type DocStatus struct {
	Key         string // the document's key in the tree
	Source      string // path of the source, relative to the tree root; "" for an orphan
	Translation string // path of the translation, relative to the tree root; "" if missing
	State       State
	Behind      int       // changes of the source since the translation (blocks changed, added or removed)
	Commits     int       // commits that changed the source since the translation
	Since       time.Time // date of the oldest of those commits; zero if none
	Base        Base      // the base of the translation, when known
	Err         error     // why drift could not be told, for Failed
}

// LangStatus sums up the translations of a tree in one language.
type LangStatus struct {
	Lang                            string
	Documents                       int // source documents
	Current, Stale, Missing, Orphan int // translations in each state; Orphan is not part of Documents
	Failed                          int // translations whose drift could not be told
	Docs                            []DocStatus

	// Words of the source documents: all, those in blocks the translation
	// renders (unchanged or changed since), and those in blocks it renders
	// and that did not change since. A missing translation counts in
	// SourceWords alone; a failed one counts as translated and current.
	SourceWords, TranslatedWords, CurrentWords int
}

// Translated returns the share of the source's words that are translated,
// from 0 to 1.
func (s *LangStatus) Translated() float64 { return share(s.TranslatedWords, s.SourceWords) }

// CurrentShare returns the share of the source's words that are translated
// and current, from 0 to 1.
func (s *LangStatus) CurrentShare() float64 { return share(s.CurrentWords, s.SourceWords) }

func share(n, d int) float64 {
	if d == 0 {
		return 1
	}
	return float64(n) / float64(d)
}

// Status compares every translation of a tree with its source and sums up
// the result per language, in the order of t.Langs. dir is the directory
// of the tree on disk (t's paths are relative to it), inside r's work
// tree. A translation whose drift cannot be told is counted as Failed with
// its error; Status itself fails only when the history cannot be read.
func Status(r *Repo, dir string, t *tree.Tree, opts Options) ([]LangStatus, error) {
	if _, err := r.history(); err != nil {
		return nil, err
	}
	out := make([]LangStatus, len(t.Langs))
	for li, lang := range t.Langs {
		ls := &out[li]
		ls.Lang = lang
		for di := range t.Documents {
			d := &t.Documents[di]
			ls.Documents++
			st := DocStatus{Key: d.Key, Source: d.Source}
			p, ok := d.Translations[lang]
			if !ok {
				st.State = Missing
				ls.Missing++
				if w, err := r.sourceWords(filepath.Join(dir, filepath.FromSlash(d.Source)), t.SourceLang); err == nil {
					ls.SourceWords += w
				}
				ls.Docs = append(ls.Docs, st)
				continue
			}
			st.Translation = p
			o := opts
			o.SourceLang, o.Lang = t.SourceLang, lang
			o.Others = nil
			for l, q := range d.Translations {
				if l != lang {
					o.Others = append(o.Others, filepath.Join(dir, filepath.FromSlash(q)))
				}
			}
			sort.Strings(o.Others)
			res, err := r.Drift(filepath.Join(dir, filepath.FromSlash(d.Source)), filepath.Join(dir, filepath.FromSlash(p)), o)
			if err != nil {
				st.State, st.Err = Failed, err
				ls.Failed++
				if w, err := r.sourceWords(filepath.Join(dir, filepath.FromSlash(d.Source)), t.SourceLang); err == nil {
					ls.SourceWords += w
					ls.TranslatedWords += w
					ls.CurrentWords += w
				}
				ls.Docs = append(ls.Docs, st)
				continue
			}
			st.Base = res.Base
			total, translated, current := res.Words()
			ls.SourceWords += total
			ls.TranslatedWords += translated
			ls.CurrentWords += current
			if res.Stale() {
				st.State = Stale
				ls.Stale++
				st.Behind = len(res.Changes)
				st.Commits = len(res.Commits)
				if n := len(res.Commits); n > 0 {
					st.Since = res.Commits[n-1].When
				}
			} else {
				ls.Current++
			}
			ls.Docs = append(ls.Docs, st)
		}
		for _, o := range t.Orphans {
			if o.Lang == lang {
				ls.Orphan++
				ls.Docs = append(ls.Docs, DocStatus{Key: o.Key, Translation: o.Path, State: Orphan})
			}
		}
		sort.SliceStable(ls.Docs, func(i, j int) bool { return ls.Docs[i].Key < ls.Docs[j].Key })
	}
	return out, nil
}

// Words counts the words of the current source: all of them, those in
// blocks the translation renders, and those in blocks it renders that did
// not change since the translation.
func (res *Result) Words() (total, translated, current int) {
	for i, b := range res.New.Blocks {
		n := countWords(b.Text)
		total += n
		o := res.newToOld[i]
		if o < 0 || len(res.oldTrans[o]) == 0 {
			continue
		}
		translated += n
		if res.byNew[i] < 0 {
			current += n
		}
	}
	return total, translated, current
}

func (r *Repo) sourceWords(file, lang string) (int, error) {
	d, err := r.readCurrent(file, lang)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, b := range d.Blocks {
		n += countWords(b.Text)
	}
	return n, nil
}

func countWords(s string) int {
	return len(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) }))
}
