package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/textenc"
)

// load reads every file into its versions. One file may hold several
// versions; several files are one version each.
func load(files []string, c *common) ([]*doc.Document, error) {
	if len(files) == 0 {
		return nil, usageErr("no input files; give the versions of an article, e.g. tralign check a.en.txt a.es.txt, or one file holding them all")
	}
	var langs []string
	if c.lang != "" {
		langs = strings.Split(c.lang, ",")
		for i := range langs {
			langs[i] = strings.TrimSpace(langs[i])
		}
	}
	// One file and several languages: the languages of the versions the
	// file holds, in order.
	combined := len(files) == 1 && len(langs) > 1
	if langs != nil && len(langs) != len(files) && !combined {
		return nil, usageErr("--lang names %s for %s; give one per file, comma-separated", plural(len(langs), "language"), plural(len(files), "file"))
	}
	if c.encoding != "" {
		if _, err := textenc.Lookup(c.encoding); err != nil {
			return nil, usageErr("--encoding: %v", err)
		}
	}
	if c.input != "" && c.input != "plain" && c.input != "markdown" {
		return nil, usageErr("--input %q: use plain or markdown", c.input)
	}
	var docs []*doc.Document
	for i, name := range files {
		data, err := readInput(name)
		if err != nil {
			return nil, err
		}
		opts := read.Options{Encoding: c.encoding, Format: c.input, Split: len(files) == 1}
		if langs != nil && !combined {
			opts.Lang = langs[i]
		}
		ds, err := read.File(name, data, opts)
		if combined && len(ds) > 0 {
			if len(ds) != len(langs) {
				return nil, usageErr("%s holds %s (%s); --lang names %s: give one per version, in order", name, plural(len(ds), "version"), versionList(ds), plural(len(langs), "language"))
			}
			for k, d := range ds {
				d.Lang, d.LangFrom, d.Confidence = langs[k], "flag", 1
			}
			err = nil // the languages the reader could not tell are given now
		}
		if err != nil && len(ds) == 0 {
			return nil, &exitError{code: 2, err: err}
		}
		if err != nil {
			// A version whose language is unknown cannot be checked.
			return nil, &exitError{code: 2, err: err}
		}
		docs = append(docs, ds...)
	}
	return docs, nil
}

// readInput reads the file name, with messages that say what to do when
// it cannot (exit status 2).
func readInput(name string) ([]byte, error) {
	st, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usageErr("%s: no such file; check the path", name)
	case err != nil:
		return nil, usageErr("%s: cannot read: %v", name, unwrapPath(err))
	case st.IsDir():
		return nil, usageErr("%s: is a directory; give the files of the versions (reading a tree of documents is not supported yet)", name)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, usageErr("%s: cannot read: %v", name, unwrapPath(err))
	}
	return data, nil
}

// pickSource splits docs into the source and the translations.
func pickSource(docs []*doc.Document, lang string) (*doc.Document, []*doc.Document, error) {
	si := 0
	if lang != "" {
		si = -1
		for i, d := range docs {
			if d.Lang == lang {
				si = i
				break
			}
		}
		if si < 0 {
			var have []string
			for _, d := range docs {
				have = append(have, d.Lang)
			}
			return nil, nil, usageErr("--source %s: no version in that language; the versions are %s", lang, strings.Join(have, ", "))
		}
	}
	var rest []*doc.Document
	for i, d := range docs {
		if i != si {
			rest = append(rest, d)
		}
	}
	if len(rest) == 0 {
		return nil, nil, usageErr("%s: only one version (%s) was found; give the source and at least one translation", docs[si].File.Name, langOrUnknown(docs[si].Lang))
	}
	return docs[si], rest, nil
}

func langOrUnknown(l string) string {
	if l == "" {
		return "language unknown"
	}
	return l
}

// loadVersions reads the files and splits the versions into the source and
// the translations.
func loadVersions(files []string, c *common) (*doc.Document, []*doc.Document, error) {
	docs, err := load(files, c)
	if err != nil {
		return nil, nil, err
	}
	return pickSource(docs, c.source)
}

// versionList describes versions by language and first line: "en at line
// 1, es at line 109".
func versionList(ds []*doc.Document) string {
	var parts []string
	for _, d := range ds {
		parts = append(parts, fmt.Sprintf("%s at line %d", langOrUnknown(d.Lang), d.FirstLine()))
	}
	return strings.Join(parts, ", ")
}
