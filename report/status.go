package report

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/drift"
)

var (
	_ = register(Format{Command: CommandStatus, Name: "text", Write: statusText})
	_ = register(Format{Command: CommandStatus, Name: "json", Write: statusJSON})
)

type jsonWords struct {
	Source     int `json:"source"`     // words of the source documents
	Translated int `json:"translated"` // in blocks the translations render
	Current    int `json:"current"`    // in blocks they render and that did not change since
}

type jsonBase struct {
	Commit  string `json:"commit"`
	Date    string `json:"date"` // YYYY-MM-DD
	Subject string `json:"subject"`
	From    string `json:"from"` // how it was found: since, source_commit, translation_of or last-commit
}

type jsonDocStatus struct {
	Key         string    `json:"key"`
	Source      string    `json:"source,omitempty"`
	Translation string    `json:"translation,omitempty"`
	State       string    `json:"state"`             // current, stale, missing, orphan or failed
	Behind      int       `json:"behind,omitempty"`  // source blocks changed, added or removed since the translation
	Commits     int       `json:"commits,omitempty"` // commits that changed the source since
	Since       string    `json:"since,omitempty"`   // date of the oldest of them, YYYY-MM-DD
	Base        *jsonBase `json:"base,omitempty"`
	Error       string    `json:"error,omitempty"`
}

type jsonLangStatus struct {
	Lang       string          `json:"lang"`
	Documents  int             `json:"documents"`
	Current    int             `json:"current"`
	Stale      int             `json:"stale"`
	Missing    int             `json:"missing"`
	Orphan     int             `json:"orphan"`
	Failed     int             `json:"failed"`
	Words      jsonWords       `json:"words"`
	Translated float64         `json:"translated"`    // share of the source's words translated, in [0,1]
	CurrentW   float64         `json:"current_words"` // share of the source's words translated and current, in [0,1]
	Docs       []jsonDocStatus `json:"docs"`
}

type jsonStatus struct {
	Tool       Tool             `json:"tool"`
	Roots      []string         `json:"roots"`
	SourceLang string           `json:"source_lang"`
	Languages  []jsonLangStatus `json:"languages"`
}

// share rounds a share to three decimals, so that JSON shows 0.928, not
// 0.9279816513761468.
func share(f float64) float64 { return math.Round(f*1000) / 1000 }

const dateFormat = "2006-01-02"

// statusJSON writes the state of the translations as one JSON document:
// per language the counts, the words and every document's state.
func statusJSON(w io.Writer, in *Input, o Options) error {
	s := in.Status
	out := jsonStatus{Tool: o.Tool, Roots: s.Roots, SourceLang: s.SourceLang, Languages: []jsonLangStatus{}}
	for i := range s.Langs {
		l := &s.Langs[i]
		jl := jsonLangStatus{
			Lang: l.Lang, Documents: l.Documents, Current: l.Current, Stale: l.Stale, Missing: l.Missing, Orphan: l.Orphan, Failed: l.Failed,
			Words:      jsonWords{Source: l.SourceWords, Translated: l.TranslatedWords, Current: l.CurrentWords},
			Translated: share(l.Translated()), CurrentW: share(l.CurrentShare()), Docs: []jsonDocStatus{},
		}
		for _, d := range l.Docs {
			jd := jsonDocStatus{Key: d.Key, Source: d.Source, Translation: d.Translation, State: d.State.String(), Behind: d.Behind, Commits: d.Commits}
			if !d.Since.IsZero() {
				jd.Since = d.Since.Format(dateFormat)
			}
			if c := d.Base.Commit; c.Hash != "" {
				jd.Base = &jsonBase{Commit: c.Hash, Date: c.When.Format(dateFormat), Subject: c.Subject, From: d.Base.From}
			}
			if d.Err != nil {
				jd.Error = d.Err.Error()
			}
			jl.Docs = append(jl.Docs, jd)
		}
		out.Languages = append(out.Languages, jl)
	}
	return writeJSON(w, out)
}

// statusText writes the state of the translations as tables: one row per
// language, then the stale translations (how far behind, since when), the
// missing ones, the orphans and those whose history could not be told.
func statusText(w io.Writer, in *Input, opts Options) error {
	s := in.Status
	noun := "tree"
	if len(s.Roots) > 1 {
		noun = "trees"
	}
	fmt.Fprintf(w, "%s: %s (source %s)\n", noun, strings.Join(s.Roots, ", "), s.SourceLang)
	t := &table{header: []string{"language", "documents", "current", "stale", "missing", "orphan", "failed", "words translated", "words current"}}
	for i := range s.Langs {
		l := &s.Langs[i]
		t.add(l.Lang, strconv.Itoa(l.Documents), strconv.Itoa(l.Current), strconv.Itoa(l.Stale), strconv.Itoa(l.Missing),
			strconv.Itoa(l.Orphan), strconv.Itoa(l.Failed), percent(l.Translated()), percent(l.CurrentShare()))
	}
	if err := t.render(w, opts.Width); err != nil {
		return err
	}
	stale := &table{header: []string{"language", "translation", "behind", "commits", "since", "translated from"}, flex: map[int]int{1: 0, 5: 0}}
	missing := &table{header: []string{"language", "source"}, flex: map[int]int{1: 0}}
	orphan := &table{header: []string{"language", "translation", "document key"}, flex: map[int]int{1: 0}}
	failed := &table{header: []string{"language", "translation", "why"}, flex: map[int]int{1: 0, 2: 0}}
	for i := range s.Langs {
		l := &s.Langs[i]
		for _, d := range l.Docs {
			switch d.State {
			case drift.Stale:
				since := "-"
				if !d.Since.IsZero() {
					since = d.Since.Format(dateFormat)
				}
				commits := strconv.Itoa(d.Commits)
				if d.Commits == 0 {
					commits = "not committed"
				}
				stale.add(l.Lang, d.Translation, plural(d.Behind, "block"), commits, since, baseText(d.Base))
			case drift.Missing:
				missing.add(l.Lang, d.Source)
			case drift.Orphan:
				orphan.add(l.Lang, d.Translation, d.Key)
			case drift.Failed:
				failed.add(l.Lang, d.Translation, d.Err.Error())
			}
		}
	}
	for _, part := range []struct {
		title string
		t     *table
	}{{"stale", stale}, {"missing", missing}, {"orphan (source removed or renamed)", orphan}, {"history not told", failed}} {
		if len(part.t.rows) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s: %s\n", part.title, plural(len(part.t.rows), "translation"))
		if err := part.t.render(w, opts.Width); err != nil {
			return err
		}
	}
	return nil
}

// baseText names the source revision a translation was made from:
// `1a2b3c4 2024-05-02 "Fix typos"`.
func baseText(b drift.Base) string {
	c := b.Commit
	if c.Hash == "" {
		return "-"
	}
	return fmt.Sprintf("%s %s %q (%s)", c.Short(), c.When.Format(dateFormat), c.Subject, b.From)
}

func percent(f float64) string { return fmt.Sprintf("%.0f%%", 100*f) }
