package drift

import (
	"bytes"
	"strings"
)

// maxFrontMatterLines bounds the search for the end of a front matter
// block, in lines.
const maxFrontMatterLines = 200

// frontMatter returns the top-level scalar fields of a YAML ("---") or
// TOML ("+++") front matter block at the start of data, keys lower-cased
// and values unquoted. Nested values, lists and multi-line strings are
// skipped. It stands in for doc.Document.Meta while a reader does not
// fill that in.
func frontMatter(data []byte) map[string]string {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	lines := strings.Split(string(data), "\n")
	if len(lines) == 0 {
		return nil
	}
	fence := strings.TrimSpace(lines[0])
	sep := ""
	switch fence {
	case "---":
		sep = ":"
	case "+++":
		sep = "="
	default:
		return nil
	}
	meta := make(map[string]string)
	inTable := false // TOML: the keys after a [table] header are not top-level
	for i := 1; i < len(lines) && i < maxFrontMatterLines; i++ {
		l := strings.TrimRight(lines[i], "\r")
		t := strings.TrimSpace(l)
		if t == fence || fence == "---" && t == "..." {
			return meta
		}
		if fence == "+++" && strings.HasPrefix(t, "[") {
			inTable = true
		}
		if t == "" || inTable || l[0] == ' ' || l[0] == '\t' || strings.HasPrefix(t, "#") {
			continue
		}
		k, v, ok := strings.Cut(l, sep)
		if !ok {
			continue
		}
		k = strings.ToLower(strings.Trim(strings.TrimSpace(k), `"'`))
		v = strings.TrimSpace(v)
		if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, `"`) && !strings.HasPrefix(v, "'") {
			v = strings.TrimSpace(v[:i])
		}
		if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
			v = v[1 : len(v)-1]
		}
		if v == "" || v == "|" || v == ">" || strings.HasPrefix(v, "[") || strings.HasPrefix(v, "{") {
			continue
		}
		meta[k] = v
	}
	return nil // no closing fence: not front matter
}
