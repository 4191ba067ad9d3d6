package tree

import (
	"fmt"
	"path"
	"strings"
)

// glob is a pattern over slash-separated paths, in the style of
// doublestar: "*", "?" and "[...]" match inside one segment as in
// [path.Match], and a segment "**" matches any number of segments, none
// included. "docs/**/draft-*.md" matches "docs/draft-x.md" and
// "docs/a/b/draft-x.md".
type glob []string

func compileGlob(pattern string) (glob, error) {
	pattern = strings.Trim(pattern, "/")
	if pattern == "" {
		return nil, fmt.Errorf("tree: empty ignore pattern")
	}
	g := glob(strings.Split(pattern, "/"))
	for _, seg := range g {
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return nil, fmt.Errorf("tree: ignore pattern %q: %w", pattern, err)
		}
	}
	return g, nil
}

// match reports whether name, a slash-separated path, matches g.
func (g glob) match(name string) bool { return matchSegs(g, strings.Split(name, "/")) }

// matchSegs matches the segments of a pattern against those of a path.
// A run of "**" is tried at every split point, so the cost is at most
// the product of the two lengths, both of them path depths.
func matchSegs(pat, segs []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for len(pat) > 1 && pat[1] == "**" {
				pat = pat[1:]
			}
			rest := pat[1:]
			for i := 0; i <= len(segs); i++ {
				if matchSegs(rest, segs[i:]) {
					return true
				}
			}
			return false
		}
		if len(segs) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], segs[0]); !ok {
			return false
		}
		pat, segs = pat[1:], segs[1:]
	}
	return len(segs) == 0
}

// prunes reports whether every path under the directory dir matches g, so
// that the walk need not enter it: g matches dir itself, or g is some
// pattern followed by "/**" that matches dir.
func (g glob) prunes(dir string) bool {
	if g.match(dir) {
		return true
	}
	return len(g) > 1 && g[len(g)-1] == "**" && g[:len(g)-1].match(dir)
}
