package check

import (
	"path/filepath"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/drift"
	"github.com/tralign/tralign/align/tree"
)

// Status is the state of the translations of one or more trees, language
// by language: the dashboard of a docs team.
type Status struct {
	Roots      []string           // the trees (or source files), as named
	SourceLang string             // the source language; several are joined with ","
	Langs      []drift.LangStatus // in the order of the languages; paths are as named (the tree's directory joined with the path in it)
}

// TreeStatus compares every translation of the tree in topts.Dir with its
// source's history (see drift.Status). opts gives the revision to compare
// from (Since); topts.Tree the layout and languages.
func TreeStatus(opts Options, topts TreeOptions) (*Status, error) {
	w, err := discover(opts, topts)
	if err != nil {
		return nil, err
	}
	return status(w.t, topts.Dir, dirName(topts.Dir), opts)
}

// FilesStatus compares each translation in targets with the history of
// src, as TreeStatus does for a tree of one document.
func FilesStatus(src *doc.Document, targets []*doc.Document, opts Options) (*Status, error) {
	for _, d := range targets {
		if d.File == src.File {
			return nil, optionErrorf("Drift", "%s holds several versions in one file; status compares files, one version each: give the source and each translation as a file of its own", src.File.Name)
		}
	}
	t := &tree.Tree{SourceLang: src.Lang, Documents: []tree.Document{{Key: src.File.Name, Source: filepath.ToSlash(src.File.Name), Translations: map[string]string{}}}}
	for _, d := range targets {
		if _, ok := t.Documents[0].Translations[d.Lang]; ok {
			return nil, optionErrorf("Langs", "two translations in %s (%s and %s); status takes one per language", d.Lang, t.Documents[0].Translations[d.Lang], d.File.Name)
		}
		t.Documents[0].Translations[d.Lang] = filepath.ToSlash(d.File.Name)
		t.Langs = append(t.Langs, d.Lang)
	}
	return status(t, "", src.File.Name, opts)
}

func status(t *tree.Tree, dir, root string, opts Options) (*Status, error) {
	path := dir
	if path == "" {
		path = t.Documents[0].Source
	}
	repo, err := openRepo(path)
	if err != nil {
		return nil, err
	}
	ls, err := drift.Status(repo, dir, t, drift.Options{Since: opts.Since})
	if err != nil {
		return nil, historyError(err)
	}
	for i := range ls {
		for k := range ls[i].Docs {
			d := &ls[i].Docs[k]
			if d.Source != "" {
				d.Source = joinDir(dir, d.Source)
			}
			if d.Translation != "" {
				d.Translation = joinDir(dir, d.Translation)
			}
		}
	}
	return &Status{Roots: []string{root}, SourceLang: t.SourceLang, Langs: ls}, nil
}

// MergeStatus sums up the status of several trees language by language.
func MergeStatus(ss ...*Status) *Status {
	if len(ss) == 1 {
		return ss[0]
	}
	out := &Status{}
	var srcLangs []string
	for _, s := range ss {
		out.Roots = append(out.Roots, s.Roots...)
		seen := false
		for _, l := range srcLangs {
			seen = seen || l == s.SourceLang
		}
		if !seen {
			srcLangs = append(srcLangs, s.SourceLang)
		}
		for _, ls := range s.Langs {
			k := -1
			for i := range out.Langs {
				if out.Langs[i].Lang == ls.Lang {
					k = i
				}
			}
			if k < 0 {
				out.Langs = append(out.Langs, ls)
				continue
			}
			o := &out.Langs[k]
			o.Documents += ls.Documents
			o.Current += ls.Current
			o.Stale += ls.Stale
			o.Missing += ls.Missing
			o.Orphan += ls.Orphan
			o.Failed += ls.Failed
			o.SourceWords += ls.SourceWords
			o.TranslatedWords += ls.TranslatedWords
			o.CurrentWords += ls.CurrentWords
			o.Docs = append(o.Docs, ls.Docs...)
		}
	}
	for i, l := range srcLangs {
		if i > 0 {
			out.SourceLang += ","
		}
		out.SourceLang += l
	}
	return out
}
