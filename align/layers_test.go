package align_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

const module = "github.com/tralign/tralign"

// imports reads the non-test Go files of the module (this package's
// parent) and returns, for each package of the module, the packages of
// the module it imports directly, and the selectors it uses of each.
func imports(t *testing.T) (map[string][]string, map[string]map[string][]string) {
	t.Helper()
	root := ".."
	deps := map[string][]string{}
	uses := map[string]map[string][]string{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := module
		if rel != "." {
			pkg += "/" + filepath.ToSlash(rel)
		}
		if uses[pkg] == nil {
			uses[pkg] = map[string][]string{}
		}
		names := map[string]string{}
		for _, im := range f.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if !strings.HasPrefix(p, module+"/") {
				continue
			}
			if !slices.Contains(deps[pkg], p) {
				deps[pkg] = append(deps[pkg], p)
			}
			name := p[strings.LastIndex(p, "/")+1:]
			if im.Name != nil {
				name = im.Name.Name
			}
			names[name] = p
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if sel, ok := n.(*ast.SelectorExpr); ok {
				if id, ok := sel.X.(*ast.Ident); ok && names[id.Name] != "" {
					p := names[id.Name]
					if !slices.Contains(uses[pkg][p], sel.Sel.Name) {
						uses[pkg][p] = append(uses[pkg][p], sel.Sel.Name)
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return deps, uses
}

// closure returns every package of the module that pkg imports, directly
// or not.
func closure(deps map[string][]string, pkg string) []string {
	seen := map[string]bool{}
	var walk func(string)
	walk = func(p string) {
		for _, d := range deps[p] {
			if !seen[d] {
				seen[d] = true
				walk(d)
			}
		}
	}
	walk(pkg)
	var out []string
	for p := range seen {
		out = append(out, strings.TrimPrefix(p, module+"/"))
	}
	slices.Sort(out)
	return out
}

// TestLayers guards the direction of the dependencies: the text features
// need only positions, the readers never the aligner, the rules take only
// the alignment's types from the aligner, and the engine never the
// renderers or the command.
func TestLayers(t *testing.T) {
	deps, uses := imports(t)
	for pkg := range deps {
		for _, d := range closure(deps, pkg) {
			if (strings.HasPrefix(pkg, module+"/align") && (d == "report" || strings.HasPrefix(d, "cmd"))) ||
				(pkg == module+"/report" && strings.HasPrefix(d, "cmd")) {
				t.Errorf("%s imports %s: dependencies go cmd -> report -> align", pkg, d)
			}
		}
	}
	for _, d := range closure(deps, module+"/align/feature") {
		if d != "align/source" {
			t.Errorf("align/feature imports %s; it may import align/source only", d)
		}
	}
	for _, d := range closure(deps, module+"/align/read") {
		if d == "align" || d == "align/bitext" || d == "align/rule" {
			t.Errorf("align/read imports %s: readers do not depend on the aligner", d)
		}
	}
	for _, name := range uses[module+"/align/rule"][module+"/align/bitext"] {
		switch name {
		case "Pair", "Link", "SentLink", "Ref":
		default:
			t.Errorf("align/rule uses bitext.%s; the rules take only the alignment's types from bitext (text features are in align/feature)", name)
		}
	}
}
