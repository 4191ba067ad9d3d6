package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/tralign/tralign/align/check"
	"github.com/tralign/tralign/align/read"
	"github.com/tralign/tralign/align/tree"
)

// treeFlags are the flags of the commands that take trees of documents.
type treeFlags struct {
	translations string
	layout       string
	sourceDir    string
	translation  langDirs
	jobs         int
	ignore       []string // from the config file
}

// langDirs collects repeated --translation LANG=DIR flags.
type langDirs []string

func (l *langDirs) String() string     { return strings.Join(*l, " ") }
func (l *langDirs) Set(v string) error { *l = append(*l, v); return nil }

func (t *treeFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&t.translations, "translations", "", "in a tree, check only the translations in these comma-separated `LANGS` (default: every language found, or the config file's)")
	fs.StringVar(&t.layout, "layout", "", "in a tree, the layout as a `PATTERN` such as content/{lang}/{path} or {path}.{lang}.md, or source|translation patterns as docs/{path}|i18n/{lang}/{path} (default: found from the paths)")
	fs.StringVar(&t.sourceDir, "source-dir", "", "the `DIR` of the source documents, for a tree whose translations live apart (with --translation)")
	fs.Var(&t.translation, "translation", "the `LANG=DIR` of the translations in one language, with --source-dir; repeat it for each language")
	fs.IntVar(&t.jobs, "jobs", 0, "check `N` documents of a tree at once (default: one per core)")
}

// applyConfig takes the tree settings of the config file that the flags
// leave unset.
func (t *treeFlags) applyConfig(c *common, conf *config) {
	if c.source == "" {
		c.source = conf.Source
	}
	if t.translations == "" {
		t.translations = strings.Join(conf.Translations, ",")
	}
	if t.layout == "" {
		t.layout = conf.Layout
	}
	t.ignore = conf.Ignore
}

// inputs is what the arguments of a command name: trees and the files of
// one article.
type inputs struct {
	trees []check.TreeOptions
	files []string
}

// inputs sorts the arguments into trees (directories, or the trees of
// --source-dir and --translation) and files. With no argument, def names
// the working directory as a tree ("." for drift and status), or nothing.
func (t *treeFlags) inputs(args []string, c *common, progress func(done, total int), def string) (*inputs, error) {
	in := &inputs{}
	opts := tree.Options{SourceLang: c.source, Layout: t.layout, Ignore: t.ignore}
	if t.translations != "" {
		for _, l := range strings.Split(t.translations, ",") {
			if l = strings.TrimSpace(l); l != "" {
				opts.Langs = append(opts.Langs, l)
			}
		}
	}
	newTree := func(dir string, o tree.Options) check.TreeOptions {
		return check.TreeOptions{Dir: dir, Tree: o, Workers: t.jobs, Progress: progress}
	}
	if t.sourceDir != "" || len(t.translation) > 0 {
		if len(args) > 0 {
			return nil, usageErr("--source-dir and --translation name the trees themselves: give no PATH with them (got %q)", args[0])
		}
		tr, err := t.apart(opts)
		if err != nil {
			return nil, err
		}
		in.trees = append(in.trees, newTree(tr.Dir, tr.Tree))
		return in, nil
	}
	if len(args) == 0 && def != "" {
		args = []string{def}
	}
	stdin := false
	for _, a := range args {
		if a == stdinArg {
			if stdin {
				return nil, usageErr("- (standard input) is given twice; it can be read once: give it for one version")
			}
			stdin = true
			in.files = append(in.files, a)
			continue
		}
		st, err := os.Stat(a)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return nil, usageErr("%s: no such file; check the path", a)
		case err != nil:
			return nil, usageErr("%s: cannot read: %v", a, unwrapPath(err))
		case st.IsDir():
			in.trees = append(in.trees, newTree(a, opts))
		default:
			in.files = append(in.files, a)
		}
	}
	if err := distinctFiles(in.files); err != nil {
		return nil, err
	}
	if len(in.trees) == 0 {
		switch {
		case t.translations != "":
			return nil, usageErr("--translations picks the languages of a tree: give a directory (for files, --lang names the language of each)")
		case t.layout != "":
			return nil, usageErr("--layout names the layout of a tree: give a directory")
		}
	}
	return in, nil
}

// apart makes the tree of --source-dir and --translation: its root is the
// directory that holds them all.
func (t *treeFlags) apart(opts tree.Options) (*check.TreeOptions, error) {
	if t.sourceDir == "" {
		return nil, usageErr("--translation needs --source-dir: name the directory of the source documents too")
	}
	type langDir struct{ lang, dir string }
	var dirs []langDir
	for _, v := range t.translation {
		l, d, ok := strings.Cut(v, "=")
		if !ok || l == "" || d == "" {
			return nil, usageErr("--translation %q: give LANG=DIR, as in es=i18n/es", v)
		}
		dirs = append(dirs, langDir{strings.TrimSpace(l), d})
	}
	if len(dirs) == 0 {
		return nil, usageErr("--source-dir needs --translation LANG=DIR for each language of the translations")
	}
	all := []string{t.sourceDir}
	for _, d := range dirs {
		all = append(all, d.dir)
	}
	var abs []string
	for _, d := range all {
		st, err := os.Stat(d)
		if err != nil || !st.IsDir() {
			return nil, usageErr("%s: no such directory; check the path", d)
		}
		a, err := filepath.Abs(d)
		if err != nil {
			return nil, usageErr("%s: %v", d, err)
		}
		abs = append(abs, a)
	}
	root := abs[0]
	for _, a := range abs[1:] {
		for !within(a, root) {
			root = filepath.Dir(root)
		}
	}
	rel := func(a string) string {
		r, _ := filepath.Rel(root, a)
		return filepath.ToSlash(r)
	}
	opts.SourceDir = rel(abs[0])
	opts.Translations = map[string]string{}
	for i, d := range dirs {
		opts.Translations[d.lang] = rel(abs[i+1])
	}
	dir := root
	if wd, err := os.Getwd(); err == nil {
		if r, err := filepath.Rel(wd, root); err == nil {
			dir = r
		}
	}
	return &check.TreeOptions{Dir: dir, Tree: opts}, nil
}

// within reports whether path a lies in directory dir (or is it).
func within(a, dir string) bool {
	r, err := filepath.Rel(dir, a)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// treeErr turns an error of checking a tree into exit status 2, with every
// file that could not be read on a line of its own.
func treeErr(err error) error {
	var el read.ErrorList
	if errors.As(err, &el) && len(el) > 1 {
		const most = 20
		var b strings.Builder
		fmt.Fprintf(&b, "%d files could not be read; fix them, or leave them out with ignore = [...] in the config file:", len(el))
		for i, e := range el {
			if i == most {
				fmt.Fprintf(&b, "\n  (and %d more)", len(el)-most)
				break
			}
			b.WriteString("\n  " + e.Error())
		}
		return &exitError{code: 2, err: errors.New(b.String())}
	}
	return checkErr(err)
}

// checkedFiles lists the files a result read, so that -o cannot name one.
func checkedFiles(res *check.Result, files []string) []string {
	out := append([]string(nil), files...)
	for _, v := range res.Versions {
		out = append(out, v.File)
		if v.Source != "" {
			out = append(out, v.Source)
		}
	}
	return out
}
