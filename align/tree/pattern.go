package tree

import (
	"fmt"
	"regexp"
	"strings"
)

// pattern is a compiled layout pattern: "content/{lang}/{path}".
type pattern struct {
	text    string
	re      *regexp.Regexp
	lang    int // submatch index of {lang}, 0 if none
	path    int // submatch index of {path}
	hasLang bool
}

// compilePattern compiles a layout pattern; needLang says whether it must
// hold {lang}.
func compilePattern(p string, needLang bool) (*pattern, error) {
	p = strings.Trim(p, "/")
	if strings.Count(p, "{path}") != 1 {
		return nil, fmt.Errorf("tree: layout %q must hold {path} once, as in content/{lang}/{path}", p)
	}
	nl := strings.Count(p, "{lang}")
	if nl > 1 || needLang && nl == 0 {
		return nil, fmt.Errorf("tree: layout %q must hold {lang} once, as in content/{lang}/{path} or {path}.{lang}.md", p)
	}
	pt := &pattern{text: p, hasLang: nl == 1}
	var re strings.Builder
	re.WriteString("^")
	rest := p
	group := 0
	for rest != "" {
		i := strings.IndexByte(rest, '{')
		switch {
		case i < 0:
			re.WriteString(regexp.QuoteMeta(rest))
			rest = ""
		case strings.HasPrefix(rest[i:], "{lang}"):
			re.WriteString(regexp.QuoteMeta(rest[:i]))
			re.WriteString(`([A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,4})?)`)
			group++
			pt.lang = group
			rest = rest[i+len("{lang}"):]
		case strings.HasPrefix(rest[i:], "{path}"):
			re.WriteString(regexp.QuoteMeta(rest[:i]))
			re.WriteString(`(.+)`)
			group++
			pt.path = group
			rest = rest[i+len("{path}"):]
		default:
			re.WriteString(regexp.QuoteMeta(rest[:i+1]))
			rest = rest[i+1:]
		}
	}
	re.WriteString("$")
	var err error
	pt.re, err = regexp.Compile(re.String())
	if err != nil {
		return nil, fmt.Errorf("tree: layout %q: %w", p, err)
	}
	return pt, nil
}

// match matches a path against p and returns the language (canonical, ""
// if p has none) and the {path} part.
func (p *pattern) match(f string) (lang, rest string, ok bool) {
	m := p.re.FindStringSubmatch(f)
	if m == nil {
		return "", "", false
	}
	if p.hasLang {
		lang, ok = langCode(m[p.lang])
		if !ok {
			return "", "", false
		}
	}
	return lang, m[p.path], true
}

// unmarked returns p with {lang} and one separator next to it taken out:
// "content/{lang}/{path}" gives "content/{path}", "{path}.{lang}.md" gives
// "{path}.md".
func unmarked(p string) string {
	i := strings.Index(p, "{lang}")
	if i < 0 {
		return p
	}
	j := i + len("{lang}")
	switch {
	case j < len(p) && p[j] == '/':
		return p[:i] + p[j+1:]
	case i > 0 && strings.IndexByte("./-_", p[i-1]) >= 0:
		return p[:i-1] + p[j:]
	case j < len(p) && strings.IndexByte(".-_", p[j]) >= 0:
		return p[:i] + p[j+1:]
	}
	return p[:i] + p[j:]
}

// byPattern finds the documents of a layout given as a pattern (see
// [Options.Layout]).
func byPattern(files []string, srcLang, layout string) (*builder, error) {
	srcText, trText, two := strings.Cut(layout, "|")
	if !two {
		trText, srcText = srcText, ""
	}
	tr, err := compilePattern(trText, true)
	if err != nil {
		return nil, err
	}
	keyText := unmarked(tr.text)
	var src *pattern
	if two {
		if src, err = compilePattern(srcText, false); err != nil {
			return nil, err
		}
		keyText = unmarked(src.text)
	} else if src, err = compilePattern(keyText, false); err != nil {
		return nil, err
	}
	fill := func(rest string) string { return strings.Replace(keyText, "{path}", rest, 1) }

	type hit struct {
		lang, rest, path string
	}
	var marked, plain []hit
	count := make(map[string]int)
	for _, f := range files {
		if l, rest, ok := tr.match(f); ok {
			marked = append(marked, hit{l, rest, f})
			count[l]++
			continue
		}
		if l, rest, ok := src.match(f); ok {
			if src.hasLang {
				marked = append(marked, hit{l, rest, f})
				count[l]++
			} else {
				plain = append(plain, hit{"", rest, f})
			}
		}
	}
	if srcLang == "" {
		srcLang = "en"
		if count["en"] == 0 && len(plain) == 0 {
			best := 0
			for l, n := range count {
				if n > best || n == best && l < srcLang {
					srcLang, best = l, n
				}
			}
		}
	}
	b := newBuilder()
	b.srcLang = srcLang
	if two {
		b.layouts[src.text+" + "+tr.text] = true
	} else {
		b.layouts[tr.text] = true
	}
	markedKeys := make(map[string]bool)
	for _, h := range marked {
		c := claim{key: fill(h.rest), lang: h.lang, path: h.path}
		if h.lang == srcLang {
			b.sources = append(b.sources, c)
			markedKeys[c.key] = true
		} else {
			b.trans = append(b.trans, c)
		}
	}
	if len(markedKeys) > 0 {
		// The source language has files of its own: the unmarked files
		// are something else.
		plain = nil
	}
	for _, h := range plain {
		if k := fill(h.rest); !markedKeys[k] {
			b.sources = append(b.sources, claim{key: k, lang: srcLang, path: h.path})
		}
	}
	sortClaims(b.sources)
	sortClaims(b.trans)
	return b, nil
}
