package tree

import (
	"path"
	"sort"
	"strings"
)

// folderCand reads one file as a translation in a language folder: the
// segment at index seg of its path is a language code.
type folderCand struct {
	file   int    // index into the file list
	lang   string // canonical code
	group  string // prefix + "\x00" + area: the folders of the languages of one translation set
	suffix string // the path after the language folder (and the Docusaurus plugin folders)
}

// folderGroup is one set of language folders side by side: prefix/es,
// prefix/fr, ... (for Docusaurus, one plugin area inside them).
type folderGroup struct {
	prefix string          // the path before the language folder, "" at the top
	area   string          // the Docusaurus plugin folders after the language folder, or ""
	hint   string          // the source directory the area stands for ("docs"), or ""
	langs  map[string]bool // languages valid in this group
	byLang map[string]map[string]bool
	folder map[string]string // language -> the folder name as written ("pt_br")
	base   string            // the directory of the unmarked sources, when found
	hasSrc bool              // base was found
	votes  int
}

// docusaurusArea recognises the plugin folders of Docusaurus's i18n tree
// at the start of rest (the segments after i18n/{lang}/) and returns how
// many segments they take, the area as written and the source directory
// they stand for.
func docusaurusArea(rest []string) (n int, area, hint string) {
	if len(rest) < 2 {
		return 0, "", ""
	}
	name, ok := strings.CutPrefix(rest[0], "docusaurus-plugin-content-")
	if !ok {
		return 0, "", ""
	}
	switch {
	case name == "docs" || strings.HasPrefix(name, "docs-"):
		if len(rest) < 3 {
			return 0, "", ""
		}
		dir := "docs"
		if id, ok := strings.CutPrefix(name, "docs-"); ok {
			dir = id
		}
		if v := rest[1]; v != "current" {
			dir = "versioned_docs/" + v
			if dir0, ok := strings.CutPrefix(name, "docs-"); ok {
				dir = dir0 + "_versioned_docs/" + v
			}
		}
		return 2, rest[0] + "/" + rest[1], dir
	case name == "blog":
		return 1, rest[0], "blog"
	case name == "pages":
		return 1, rest[0], "src/pages"
	}
	return 0, "", ""
}

// suffixCand reads one file as a translation marked by a suffix on its
// name: x.es.md, README-es.md, README_zh_CN.md.
type suffixCand struct {
	file int
	lang string
	key  string // the name with the code taken out: x.md
	sep  byte   // '.', '-' or '_'
}

// nameSuffix returns the language code at the end of the stem of name (the
// name without its extension) and the key without it.
func nameSuffix(name string) (lang, key string, sep byte, ok bool) {
	dir, base := path.Split(name)
	ext := path.Ext(base)
	stem := base[:len(base)-len(ext)]
	for _, n := range [...]int{7, 6, 5, 2} {
		if len(stem) <= n+1 {
			continue
		}
		c := stem[len(stem)-n-1]
		if c != '.' && c != '-' && c != '_' {
			continue
		}
		if code, ok := langCode(stem[len(stem)-n:]); ok {
			return code, dir + stem[:len(stem)-n-1] + ext, c, true
		}
	}
	return "", "", 0, false
}

// auto finds the layout by itself.
func auto(files []string, srcLang string) *builder {
	b := newBuilder()

	// Every language folder a file could be in.
	groups := make(map[string]*folderGroup)
	var cands []folderCand
	for fi, f := range files {
		segs := strings.Split(f, "/")
		for i := 0; i < len(segs)-1; i++ {
			code, ok := langCode(segs[i])
			if !ok {
				continue
			}
			rest := segs[i+1:]
			n, area, hint := docusaurusArea(rest)
			if len(rest)-n < 1 {
				continue
			}
			prefix := strings.Join(segs[:i], "/")
			gk := prefix + "\x00" + area
			g := groups[gk]
			if g == nil {
				g = &folderGroup{prefix: prefix, area: area, hint: hint, langs: map[string]bool{}, byLang: map[string]map[string]bool{}, folder: map[string]string{}}
				groups[gk] = g
			}
			suf := strings.Join(rest[n:], "/")
			if g.byLang[code] == nil {
				g.byLang[code] = make(map[string]bool)
			}
			g.byLang[code][suf] = true
			if w, ok := g.folder[code]; !ok || segs[i] < w {
				g.folder[code] = segs[i]
			}
			cands = append(cands, folderCand{file: fi, lang: code, group: gk, suffix: suf})
		}
	}
	gkeys := make([]string, 0, len(groups))
	for k := range groups {
		gkeys = append(gkeys, k)
	}
	sort.Strings(gkeys)

	// A code is a language when two folders of a group share a path.
	for _, k := range gkeys {
		g := groups[k]
		count := make(map[string]int)
		for _, sufs := range g.byLang {
			for s := range sufs {
				count[s]++
			}
		}
		for l, sufs := range g.byLang {
			for s := range sufs {
				if count[s] > 1 {
					g.langs[l] = true
					break
				}
			}
		}
	}

	// ... or when a folder shares a path with unmarked files somewhere
	// else, which are then its source. Each group votes for the directory
	// that holds the most of its paths.
	taken := make([]bool, len(files))
	for _, c := range cands {
		if groups[c.group].langs[c.lang] {
			taken[c.file] = true
		}
	}
	tails := tailIndex(files, taken)
	for _, k := range gkeys {
		g := groups[k]
		g.base, g.votes = vote(g, tails)
		g.hasSrc = g.votes > 0 && float64(g.votes) >= minSourceShare*float64(g.paths())
		if !g.hasSrc {
			continue
		}
		for l, sufs := range g.byLang {
			for s := range sufs {
				if containsBase(tails[s], g.base) {
					g.langs[l] = true
					break
				}
			}
		}
	}

	// Each file takes its leftmost valid language folder.
	folderOf := make(map[int]*folderCand)
	for i := range cands {
		c := &cands[i]
		if _, ok := folderOf[c.file]; !ok && groups[c.group].langs[c.lang] {
			folderOf[c.file] = c
		}
	}

	// Suffixes, for the files in no language folder.
	inSet := make(map[string]int, len(files))
	for fi, f := range files {
		if folderOf[fi] == nil {
			inSet[f] = fi
		}
	}
	byKey := make(map[string]map[string]bool)
	var scands []suffixCand
	for fi, f := range files {
		if folderOf[fi] != nil {
			continue
		}
		if lang, key, sep, ok := nameSuffix(f); ok {
			scands = append(scands, suffixCand{file: fi, lang: lang, key: key, sep: sep})
			if byKey[key] == nil {
				byKey[key] = make(map[string]bool)
			}
			byKey[key][lang] = true
		}
	}
	suffixOf := make(map[int]*suffixCand)
	for i := range scands {
		c := &scands[i]
		_, plain := inSet[c.key]
		if len(byKey[c.key]) > 1 || plain {
			suffixOf[c.file] = c
		}
	}

	// The source language.
	if srcLang == "" {
		srcLang = guessSource(groups, folderOf, suffixOf, inSet)
	}
	b.srcLang = srcLang

	// Sources and translations in language folders.
	for _, k := range gkeys {
		g := groups[k]
		_, marked := g.folder[srcLang]
		marked = marked && g.langs[srcLang]
		switch {
		case marked:
			b.layouts[folderPattern(g.prefix, g.area)] = true
		case g.hasSrc:
			b.layouts[path.Join(g.base, "{path}")+" + "+folderPattern(g.prefix, g.area)] = true
		default:
			if len(g.langs) > 0 {
				b.layouts[folderPattern(g.prefix, g.area)] = true
			}
		}
	}
	keyOf := func(g *folderGroup, suffix string) string {
		_, marked := g.folder[srcLang]
		switch {
		case g.hint != "":
			return path.Join(g.hint, suffix)
		case marked && g.langs[srcLang]:
			return path.Join(g.prefix, suffix)
		case g.hasSrc:
			return path.Join(g.base, suffix)
		}
		return path.Join(g.prefix, suffix)
	}
	for fi, c := range folderOf {
		g := groups[c.group]
		cl := claim{key: keyOf(g, c.suffix), lang: c.lang, path: files[fi]}
		if c.lang == srcLang {
			b.sources = append(b.sources, cl)
		} else {
			b.trans = append(b.trans, cl)
		}
	}

	// Unmarked sources: the files under the base of a group that has no
	// folder of the source language, and the files beside suffixed
	// translations.
	var bases []string
	for _, k := range gkeys {
		g := groups[k]
		if g.hasSrc && !(g.langs[srcLang] && g.folder[srcLang] != "") && len(g.langs) > 0 {
			bases = append(bases, g.base)
		}
	}
	suffixDirs := make(map[string]bool)
	markedKeys := make(map[string]bool)
	for fi, c := range suffixOf {
		cl := claim{key: c.key, lang: c.lang, path: files[fi]}
		if c.lang == srcLang {
			b.sources = append(b.sources, cl)
			markedKeys[c.key] = true
		} else {
			b.trans = append(b.trans, cl)
		}
		suffixDirs[path.Dir(c.key)] = true
		b.layouts["{path}"+string(c.sep)+"{lang}"+path.Ext(c.key)] = true
	}
	markedFolderKeys := make(map[string]bool)
	for _, cl := range b.sources {
		markedFolderKeys[cl.key] = true
	}
	for fi, f := range files {
		if folderOf[fi] != nil || suffixOf[fi] != nil || markedFolderKeys[f] || markedKeys[f] {
			continue
		}
		if suffixDirs[path.Dir(f)] || underAny(f, bases) {
			b.sources = append(b.sources, claim{key: f, lang: srcLang, path: f})
		}
	}
	sortClaims(b.sources)
	sortClaims(b.trans)
	return b
}

func sortClaims(cs []claim) {
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].key != cs[j].key {
			return cs[i].key < cs[j].key
		}
		if cs[i].lang != cs[j].lang {
			return cs[i].lang < cs[j].lang
		}
		return cs[i].path < cs[j].path
	})
}

// folderPattern writes a language-folder layout as a pattern.
func folderPattern(prefix, area string) string {
	return path.Join(prefix, "{lang}", area, "{path}")
}

// underAny reports whether f lies under one of the directories dirs ("" is
// the top).
func underAny(f string, dirs []string) bool {
	for _, d := range dirs {
		if d == "" || strings.HasPrefix(f, d+"/") {
			return true
		}
	}
	return false
}

// tailIndex maps every tail of the path of an unmarked file (its last k
// segments, for every k) to the directories that hold it: "a/b/x.md" gives
// "x.md" -> "a/b", "b/x.md" -> "a" and "a/b/x.md" -> "".
func tailIndex(files []string, taken []bool) map[string][]string {
	idx := make(map[string][]string)
	for fi, f := range files {
		if taken[fi] {
			continue
		}
		for i := len(f) - 1; i >= -1; i-- {
			if i >= 0 && f[i] != '/' {
				continue
			}
			base := ""
			if i > 0 {
				base = f[:i]
			}
			idx[f[i+1:]] = append(idx[f[i+1:]], base)
		}
	}
	return idx
}

func containsBase(bases []string, b string) bool {
	for _, x := range bases {
		if x == b {
			return true
		}
	}
	return false
}

// minSourceShare is the share of the distinct paths of a group of
// language folders that a directory of unmarked files must hold to be
// taken as their source (a fraction). Translations whose source is gone
// are few, so the source holds most of them; a stray folder named like a
// code ("id/", "is/") shares a name or two with the rest of the tree by
// chance. Chosen by reasoning, not fitted.
const minSourceShare = 0.5

// paths returns the number of distinct paths under the folders of g.
func (g *folderGroup) paths() int {
	sufs := make(map[string]bool)
	for _, ss := range g.byLang {
		for s := range ss {
			sufs[s] = true
		}
	}
	return len(sufs)
}

// vote returns the directory that holds the most of the paths of group g
// among the unmarked files, and how many. A Docusaurus area votes only for
// the directory it stands for; no directory with a segment named like a
// language code gets votes. Ties go to the group's own prefix (the
// source at the top, translations in subfolders), then to the shorter
// directory, then to the first in order.
func vote(g *folderGroup, tails map[string][]string) (string, int) {
	sufs := make(map[string]bool)
	for _, ss := range g.byLang {
		for s := range ss {
			sufs[s] = true
		}
	}
	votes := make(map[string]int)
	for s := range sufs {
		for _, base := range tails[s] {
			if g.hint != "" && base != g.hint || hasCodeSegment(base) {
				continue
			}
			votes[base]++
		}
	}
	best, bestN := "", 0
	for base, n := range votes {
		if n > bestN || n == bestN && better(base, best, g.prefix) {
			best, bestN = base, n
		}
	}
	return best, bestN
}

// hasCodeSegment reports whether a directory has a segment that reads as a
// language code. Such a directory is never taken as the unmarked source of
// language folders: that would take a folder named like a code ("api/id")
// for the source of another ("api/en/id").
func hasCodeSegment(dir string) bool {
	for dir != "" {
		seg, rest, _ := strings.Cut(dir, "/")
		if _, ok := langCode(seg); ok {
			return true
		}
		dir = rest
	}
	return false
}

func better(a, b, prefix string) bool {
	if (a == prefix) != (b == prefix) {
		return a == prefix
	}
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// guessSource returns "en" when a path names it or when unmarked files are
// the source of some translations, and otherwise the language with the
// most documents.
func guessSource(groups map[string]*folderGroup, folderOf map[int]*folderCand, suffixOf map[int]*suffixCand, plain map[string]int) string {
	count := make(map[string]int)
	for _, c := range folderOf {
		count[c.lang]++
	}
	for _, c := range suffixOf {
		count[c.lang]++
	}
	if count["en"] > 0 {
		return "en"
	}
	for _, g := range groups {
		if g.hasSrc && len(g.langs) > 0 {
			return "en"
		}
	}
	for _, c := range suffixOf {
		if _, ok := plain[c.key]; ok {
			return "en"
		}
	}
	best, bestN := "", 0
	for l, n := range count {
		if n > bestN || n == bestN && l < best {
			best, bestN = l, n
		}
	}
	if best == "" {
		return "en"
	}
	return best
}
