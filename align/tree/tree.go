// Package tree finds the documents of a tree of translated docs and their
// translations, from the paths of the files alone.
//
// A tree holds source documents in one language and translations of them
// in others. [Discover] walks it and pairs every translation with its
// source under a key: the source's path with the language taken out. It
// never reads a file, so it stays fast on trees of tens of thousands of
// files.
//
// # Layouts
//
// Discover recognises these layouts by themselves, and any mix of them:
//
//   - a language folder somewhere in the path, with the source in a
//     sibling folder of its own language: content/en/x.md, content/es/x.md;
//   - a language folder whose source is a folder without a language:
//     docs/x.md with i18n/es/x.md, the source at the top with translations
//     in language subfolders (_articles/x.md with _articles/es/x.md), and
//     Docusaurus (docs/x.md with
//     i18n/es/docusaurus-plugin-content-docs/current/x.md, likewise the
//     blog and pages plugins);
//   - a language suffix on the file name: x.md with x.es.md, README.md with
//     README-es.md, README.es.md or README_es.md, regional codes included
//     (x.pt-BR.md, README.zh-TW.md, README_zh_CN.md).
//
// [Options.Layout] names a layout by a pattern instead, and
// [Options.SourceDir] with [Options.Translations] gives two trees apart.
//
// # Language codes
//
// A language code is an ISO 639-1 code, alone or with a region or script
// (pt-BR, pt_br, es-419, zh-Hans), in any case; [Document.Translations],
// [Tree.Langs] and [Tree.SourceLang] hold it in canonical form ("pt-BR").
// Folders and suffixes that look like codes often are not (id/, it/, no/,
// is/, as/, os/), so a code counts as a language only when the tree has the
// same relative paths under two or more such folders (or suffixes), or
// under one of them and the source.
//
// # The source language
//
// Files without a language in their path are the source where they match
// translations. [Options.SourceLang] names the source language; left
// empty, it is "en" when some path says "en" or when unmarked files are
// the source, and otherwise the language with the most documents. Where a
// folder or suffix names the source language, that file is the source and
// an unmarked file of the same key is left out.
package tree

import (
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
)

// Options control [Discover].
type Options struct {
	// SourceLang is the language of the source documents; "" guesses it
	// (see the package documentation).
	SourceLang string
	// Langs limits the translations to these languages; nil keeps every
	// language found.
	Langs []string
	// Layout names the layout by a pattern instead of finding it: a
	// translation pattern such as "content/{lang}/{path}" or
	// "{path}.{lang}.md", or a source pattern and a translation pattern
	// separated by "|", as in "docs/{path}|i18n/{lang}/{path}". {lang}
	// matches one language code, {path} one or more path segments. With
	// one pattern, the source is the pattern filled with the source
	// language, or failing that the pattern with {lang} and one separator
	// next to it taken out ("content/{path}", "{path}.md").
	Layout string
	// SourceDir and Translations give two trees apart: the directory of
	// the source documents and, for each language, the directory of its
	// translations, all relative to the root. Keys are then paths relative
	// to these directories.
	SourceDir    string
	Translations map[string]string
	// Ignore lists globs of paths to leave out, relative to the root, in
	// the style of doublestar ("**" matches any number of segments).
	Ignore []string
	// Exts lists the file name extensions read as documents, with the
	// dot; nil means [DefaultExts].
	Exts []string
}

// DefaultExts are the extensions of the files taken as documents when
// [Options.Exts] is nil.
var DefaultExts = []string{".md", ".markdown", ".mdx", ".adoc", ".asciidoc", ".asc", ".txt", ".html", ".htm"}

// Document is one source document and its translations.
type Document struct {
	Key          string            // the source's path with the language taken out, relative to the root
	Source       string            // path of the source, relative to the root
	Translations map[string]string // language -> path of its translation, relative to the root; a language of the tree missing here is a missing translation
}

// Orphan is a translation whose source document does not exist.
type Orphan struct {
	Lang string // language of the translation
	Path string // path of the translation, relative to the root
	Key  string // the key its source would have
}

// Tree is the result of [Discover].
type Tree struct {
	Root       string     // the root as given to Discover
	SourceLang string     // language of the sources
	Langs      []string   // languages of the translations, sorted
	Layouts    []string   // the layouts found, as patterns ("content/{lang}/{path}"), sorted
	Documents  []Document // sorted by key
	Orphans    []Orphan   // sorted by key, then language
}

// Missing returns the languages of the tree that d has no translation in.
func (t *Tree) Missing(d *Document) []string {
	var out []string
	for _, l := range t.Langs {
		if _, ok := d.Translations[l]; !ok {
			out = append(out, l)
		}
	}
	return out
}

// ConflictError reports a document found twice for the same key and
// language, in two layouts at once.
type ConflictError struct {
	Key, Lang string
	Paths     [2]string // the two files, sorted
}

func (e *ConflictError) Error() string {
	return fmt.Sprintf("tree: %s and %s are both the %s version of %s; keep one of them or name the layout with --layout", e.Paths[0], e.Paths[1], e.Lang, e.Key)
}

// Discover finds the documents under root in fsys and their translations.
// root is a directory of fsys ("." for all of it); the paths of the result
// are relative to it and slash-separated. Only the names of files are
// looked at, never their contents.
func Discover(fsys fs.FS, root string, opts Options) (*Tree, error) {
	if root == "" {
		root = "."
	}
	var ignore []glob
	for _, p := range opts.Ignore {
		g, err := compileGlob(p)
		if err != nil {
			return nil, err
		}
		ignore = append(ignore, g)
	}
	exts := opts.Exts
	if exts == nil {
		exts = DefaultExts
	}
	extSet := make(map[string]bool, len(exts))
	for _, e := range exts {
		if !strings.HasPrefix(e, ".") {
			e = "." + e
		}
		extSet[strings.ToLower(e)] = true
	}
	var keep map[string]bool
	if opts.Langs != nil {
		keep = make(map[string]bool)
		for _, l := range opts.Langs {
			c, ok := langCode(l)
			if !ok {
				return nil, fmt.Errorf("tree: %q is not a language code; use ISO 639-1 codes such as es or pt-BR", l)
			}
			keep[c] = true
		}
	}
	srcLang := ""
	if opts.SourceLang != "" {
		c, ok := langCode(opts.SourceLang)
		if !ok {
			return nil, fmt.Errorf("tree: source language %q is not a language code; use an ISO 639-1 code such as en", opts.SourceLang)
		}
		srcLang = c
	}
	files, err := walk(fsys, root, extSet, ignore)
	if err != nil {
		return nil, err
	}

	var b *builder
	switch {
	case opts.SourceDir != "" || len(opts.Translations) > 0:
		b, err = twoTrees(files, srcLang, opts.SourceDir, opts.Translations)
	case opts.Layout != "":
		b, err = byPattern(files, srcLang, opts.Layout)
	default:
		b = auto(files, srcLang)
	}
	if err != nil {
		return nil, err
	}
	return b.finish(root, keep)
}

// walk lists the files under root with one of exts, relative to root and
// sorted. It skips hidden directories and node_modules, and what ignore
// matches.
func walk(fsys fs.FS, root string, exts map[string]bool, ignore []glob) ([]string, error) {
	var files []string
	err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("tree: %w", err)
		}
		rel := p
		if root != "." {
			rel = strings.TrimPrefix(strings.TrimPrefix(p, root), "/")
		}
		if d.IsDir() {
			if rel == "" || p == root {
				return nil
			}
			if name := d.Name(); strings.HasPrefix(name, ".") || name == "node_modules" {
				return fs.SkipDir
			}
			for _, g := range ignore {
				if g.prunes(rel) {
					return fs.SkipDir
				}
			}
			return nil
		}
		if !exts[strings.ToLower(path.Ext(rel))] {
			return nil
		}
		for _, g := range ignore {
			if g.match(rel) {
				return nil
			}
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	return files, nil
}

// claim is one file taken as a version of a document.
type claim struct {
	key, lang, path string
}

// builder collects the sources and translations found by one of the
// layout finders and turns them into a [Tree].
type builder struct {
	srcLang string
	sources []claim // lang is srcLang
	trans   []claim
	layouts map[string]bool
}

func newBuilder() *builder { return &builder{layouts: make(map[string]bool)} }

func (b *builder) finish(root string, keep map[string]bool) (*Tree, error) {
	t := &Tree{Root: root, SourceLang: b.srcLang}
	for l := range b.layouts {
		t.Layouts = append(t.Layouts, l)
	}
	sort.Strings(t.Layouts)

	// Two files for the same key and language are an error, whichever
	// side they are on.
	seen := make(map[[2]string]string)
	check := func(c claim) error {
		k := [2]string{c.key, c.lang}
		if p, ok := seen[k]; ok && p != c.path {
			ps := [2]string{p, c.path}
			if ps[1] < ps[0] {
				ps[0], ps[1] = ps[1], ps[0]
			}
			return &ConflictError{Key: c.key, Lang: c.lang, Paths: ps}
		}
		seen[k] = c.path
		return nil
	}
	docs := make(map[string]*Document)
	for _, c := range b.sources {
		if err := check(c); err != nil {
			return nil, err
		}
		docs[c.key] = &Document{Key: c.key, Source: c.path, Translations: map[string]string{}}
	}
	langs := make(map[string]bool)
	for _, c := range b.trans {
		if keep != nil && !keep[c.lang] {
			continue
		}
		if err := check(c); err != nil {
			return nil, err
		}
		langs[c.lang] = true
		if d, ok := docs[c.key]; ok {
			d.Translations[c.lang] = c.path
		} else {
			t.Orphans = append(t.Orphans, Orphan{Lang: c.lang, Path: c.path, Key: c.key})
		}
	}
	for l := range langs {
		t.Langs = append(t.Langs, l)
	}
	sort.Strings(t.Langs)
	t.Documents = make([]Document, 0, len(docs))
	for _, d := range docs {
		t.Documents = append(t.Documents, *d)
	}
	sort.Slice(t.Documents, func(i, j int) bool { return t.Documents[i].Key < t.Documents[j].Key })
	sort.Slice(t.Orphans, func(i, j int) bool {
		a, b := t.Orphans[i], t.Orphans[j]
		if a.Key != b.Key {
			return a.Key < b.Key
		}
		if a.Lang != b.Lang {
			return a.Lang < b.Lang
		}
		return a.Path < b.Path
	})
	return t, nil
}

// twoTrees pairs the files of a source directory with those of one
// directory per language, by their paths relative to these directories.
func twoTrees(files []string, srcLang, srcDir string, dirs map[string]string) (*builder, error) {
	b := newBuilder()
	if srcLang == "" {
		srcLang = "en"
	}
	b.srcLang = srcLang
	if srcDir == "" {
		return nil, fmt.Errorf("tree: translation directories given without the source directory; name it too")
	}
	under := func(dir, p string) (string, bool) {
		dir = strings.Trim(path.Clean(dir), "/")
		if dir == "." {
			return p, true
		}
		rest, ok := strings.CutPrefix(p, dir+"/")
		return rest, ok
	}
	type langDir struct{ lang, dir string }
	var lds []langDir
	for l, d := range dirs {
		c, ok := langCode(l)
		if !ok {
			return nil, fmt.Errorf("tree: %q (for directory %s) is not a language code; use ISO 639-1 codes such as es or pt-BR", l, d)
		}
		lds = append(lds, langDir{c, d})
	}
	sort.Slice(lds, func(i, j int) bool { return lds[i].lang < lds[j].lang })
	b.layouts[path.Join(srcDir, "{path}")] = true
	for _, ld := range lds {
		b.layouts[path.Join(ld.dir, "{path}")] = true
	}
	for _, f := range files {
		// A file inside a translation directory nested in the source
		// directory belongs to the translation.
		taken := false
		for _, ld := range lds {
			if rel, ok := under(ld.dir, f); ok {
				b.trans = append(b.trans, claim{rel, ld.lang, f})
				taken = true
				break
			}
		}
		if taken {
			continue
		}
		if rel, ok := under(srcDir, f); ok {
			b.sources = append(b.sources, claim{rel, srcLang, f})
		}
	}
	return b, nil
}
