package main

import (
	"fmt"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/langid"
)

// checkVersions says what is odd about the versions of an article before
// they are checked: versions in one language (exit status 2 when all are
// and --lang did not say so, for then there is no translation to check; a
// warning on stderr otherwise).
func (c *common) checkVersions(docs []*doc.Document) error {
	byLang := map[string][]*doc.Document{}
	var order []string
	for _, d := range docs {
		if d.Lang == "" {
			continue
		}
		b := langid.Base(d.Lang)
		if len(byLang[b]) == 0 {
			order = append(order, b)
		}
		byLang[b] = append(byLang[b], d)
	}
	for _, l := range order {
		ds := byLang[l]
		if len(ds) < 2 {
			continue
		}
		what := fmt.Sprintf("%s %s in %s", versionNames(ds), allOrBoth(len(ds)), langName(l))
		if len(ds) == len(docs) && c.lang == "" {
			return usageErr("%s: there is no translation to check; give the versions in other languages, or, if the languages were misread, name them with --lang", what)
		}
		if len(ds) == len(docs) {
			c.warn("%s, as --lang says; each is checked against the first as a translation", what)
			continue
		}
		c.warn("%s; each is checked against the source as a translation", what)
	}
	return nil
}

// checkIdentical warns of a translation whose text is the source's.
func (c *common) checkIdentical(src *doc.Document, targets []*doc.Document) {
	st := docText(src)
	for _, t := range targets {
		if docText(t) == st {
			c.warn("%s has the same text as its source %s: nothing in it is translated", versionName(t), versionName(src))
		}
	}
}

// docText is the text of the blocks of d, to compare versions.
func docText(d *doc.Document) string {
	var b strings.Builder
	for _, bl := range d.Blocks {
		b.WriteString(bl.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// warn writes a warning about the inputs on stderr.
func (c *common) warn(format string, args ...any) {
	if c.stderr != nil {
		fmt.Fprintf(c.stderr, "tralign: warning: "+format+"\n", args...)
	}
}

// versionName names a version by its file, and by its language too when
// the file holds several versions.
func versionName(d *doc.Document) string {
	if d.File == nil {
		return d.Lang
	}
	if d.Span.Start > 0 || d.Span.End < len(d.File.Content) {
		return fmt.Sprintf("%s (%s version)", d.File.Name, d.Lang)
	}
	return d.File.Name
}

func versionNames(ds []*doc.Document) string {
	names := make([]string, len(ds))
	for i, d := range ds {
		names[i] = versionName(d)
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

func allOrBoth(n int) string {
	if n == 2 {
		return "are both"
	}
	return "are all"
}

// langName is "English (en)", or the code alone when it has no name.
func langName(code string) string {
	if n := langid.Name(code); n != "" {
		return n + " (" + code + ")"
	}
	return code
}
