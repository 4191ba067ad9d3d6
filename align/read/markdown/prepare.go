package markdown

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/BurntSushi/toml"

	"github.com/tralign/tralign/align/doc"
)

// shifted is a copy of a file with parts taken out (front matter, the
// header lines of admonitions, the indentation of their content) and a map
// from offsets of the copy back to offsets of the file.
type shifted struct {
	src  []byte
	runs []run // in order of copy offset
}

// run maps the copy from offset at on to the file from offset file on.
type run struct{ at, file int }

// add appends file bytes [lo, hi) to the copy.
func (s *shifted) add(content []byte, lo, hi int) {
	if lo >= hi {
		return
	}
	if n := len(s.runs); n == 0 || s.runs[n-1].file+(len(s.src)-s.runs[n-1].at) != lo {
		s.runs = append(s.runs, run{at: len(s.src), file: lo})
	}
	s.src = append(s.src, content[lo:hi]...)
}

// addBytes appends b, which stands byte for byte for the file from offset
// at on, to the copy.
func (s *shifted) addBytes(b []byte, at int) {
	if len(b) == 0 {
		return
	}
	if n := len(s.runs); n == 0 || s.runs[n-1].file+(len(s.src)-s.runs[n-1].at) != at {
		s.runs = append(s.runs, run{at: len(s.src), file: at})
	}
	s.src = append(s.src, b...)
}

// file maps an offset of the copy to the file.
func (s *shifted) file(at int) int {
	if len(s.runs) == 0 {
		return 0
	}
	i := sort.Search(len(s.runs), func(i int) bool { return s.runs[i].at > at }) - 1
	if i < 0 {
		i = 0
	}
	return s.runs[i].file + (at - s.runs[i].at)
}

// directive is a line of docs-site markup taken out of the copy: the
// header of an admonition or a content tab, or a Docusaurus fence. It
// becomes a block of its own, with its title (prose) if it has one.
type directive struct {
	span  [2]int // the line in the file
	name  string // "note", "tip", "tab"...
	title [2]int // the title in the file; equal ends if none
}

var (
	// MkDocs admonitions and content tabs: !!! note "Title", ??? tip,
	// ???+ warning, === "Tab".
	mkdocsHeader = regexp.MustCompile(`^([ \t]*)(?:(!!!|\?\?\?\+?)[ \t]+([\p{L}\p{N}_-]+)(?:[ \t]+[\p{L}\p{N}_-]+)*|(===))(?:[ \t]+"([^"]*)")?[ \t]*$`)
	// Docusaurus admonitions: :::note Title ... :::
	docusaurusFence = regexp.MustCompile(`^[ \t]*:::[ \t]*([\p{L}\p{N}_-]*)(?:[ \t]+(.*?))?[ \t]*$`)
	// Liquid block tags alone on a line: {% raw %}, {% include x.html %}.
	liquidLine = regexp.MustCompile(`^[ \t]*\{%-?[ \t]*([\w-]+)[^%]*-?%\}[ \t]*$`)
)

// prepare takes the front matter and the lines of docs-site block markup
// out of content and returns the copy goldmark reads, the front matter's
// scalar fields and the directives.
func prepare(content []byte) (*shifted, map[string]string, []directive) {
	s := &shifted{src: make([]byte, 0, len(content))}
	lines := splitLines(content)
	meta, body := frontMatter(content, lines)
	var dirs []directive
	// The admonitions open at this point: the indentation of their
	// content, innermost last.
	var stack []int
	inFence := "" // the fence of an open code block, which is left alone
	for _, l := range lines[body:] {
		text := string(content[l[0]:l[1]])
		indent := indentOf(text)
		blank := strings.TrimSpace(text) == ""
		for len(stack) > 0 && !blank && indent < stack[len(stack)-1] {
			stack = stack[:len(stack)-1]
		}
		strip := 0
		if len(stack) > 0 {
			strip = min(stack[len(stack)-1], indent)
		}
		rest := text[byteIndent(text, strip):]
		if inFence != "" {
			if isFenceClose(rest, inFence) {
				inFence = ""
			}
			s.add(content, l[0]+len(text)-len(rest), l[2])
			continue
		}
		if f := fenceOpen(rest); f != "" {
			inFence = f
			s.add(content, l[0]+len(text)-len(rest), l[2])
			continue
		}
		if f, info := lenientFence(rest); f != "" {
			// A backtick fence whose info string holds backticks, as
			// javascript.info writes its panels (```smart header="The
			// `typeof` syntax"): CommonMark does not take it for a fence,
			// its authors' renderer does. The backticks of the info
			// string become quotes in the copy goldmark reads.
			inFence = f
			at := l[0] + len(text) - len(rest)
			fixed := []byte(rest)
			for i := info; i < len(fixed); i++ {
				if fixed[i] == '`' {
					fixed[i] = '\''
				}
			}
			s.addBytes(fixed, at)
			s.add(content, l[1], l[2])
			continue
		}
		lineStart := l[0] + len(text) - len(rest)
		if m := mkdocsHeader.FindStringSubmatchIndex(rest); m != nil {
			d := directive{span: [2]int{l[0], l[1]}, name: "tab"}
			if m[6] >= 0 {
				d.name = strings.ToLower(rest[m[6]:m[7]])
			}
			if m[10] >= 0 {
				d.title = [2]int{lineStart + m[10], lineStart + m[11]}
			}
			dirs = append(dirs, d)
			stack = append(stack, indent+4)
			s.add(content, l[1], l[2]) // the line break only: a blank line
			continue
		}
		if m := docusaurusFence.FindStringSubmatchIndex(rest); m != nil {
			d := directive{span: [2]int{l[0], l[1]}}
			if m[2] >= 0 && m[3] > m[2] {
				d.name = strings.ToLower(rest[m[2]:m[3]])
				if m[4] >= 0 && m[5] > m[4] {
					d.title = [2]int{lineStart + m[4], lineStart + m[5]}
				}
				dirs = append(dirs, d)
			}
			s.add(content, l[1], l[2])
			continue
		}
		if m := liquidLine.FindStringSubmatchIndex(rest); m != nil {
			dirs = append(dirs, directive{span: [2]int{l[0], l[1]}, name: rest[m[2]:m[3]]})
			s.add(content, l[1], l[2])
			continue
		}
		s.add(content, lineStart, l[2])
	}
	if len(s.runs) == 0 {
		s.runs = []run{{0, len(content)}}
	}
	return s, meta, dirs
}

// directiveBlocks turns directives into blocks: a Markup block named after
// the admonition, and a caption for its title.
func directiveBlocks(content []byte, dirs []directive) []*doc.Block {
	var out []*doc.Block
	for _, d := range dirs {
		b := &doc.Block{Kind: doc.Markup, Info: d.name, Span: spanOf(d.span)}
		out = append(out, b)
		if d.title[1] > d.title[0] {
			var bb doc.Builder
			bb.Append(string(content[d.title[0]:d.title[1]]), d.title[0])
			c := &doc.Block{Kind: doc.Paragraph, Info: "caption", Span: spanOf(d.title)}
			bb.Finish(c)
			out = append(out, c)
		}
	}
	return out
}

// splitLines returns each line of content as [start, end of text, end with
// its line break].
func splitLines(content []byte) [][3]int {
	var out [][3]int
	start := 0
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case '\n':
			out = append(out, [3]int{start, i, i + 1})
			start = i + 1
		case '\r':
			end := i + 1
			if end < len(content) && content[end] == '\n' {
				end++
			}
			out = append(out, [3]int{start, i, end})
			start = end
			i = end - 1
		}
	}
	if start < len(content) {
		out = append(out, [3]int{start, len(content), len(content)})
	}
	return out
}

// indentOf returns the indentation of s in columns (a tab to the next
// multiple of four).
func indentOf(s string) int {
	n := 0
	for _, c := range s {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return n
		}
	}
	return n
}

// byteIndent returns the byte offset in s after cols columns of
// indentation.
func byteIndent(s string, cols int) int {
	n := 0
	for i, c := range s {
		if n >= cols {
			return i
		}
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4 - n%4
		default:
			return i
		}
	}
	return len(s)
}

// fenceOpen returns the fence a line opens ("```", "~~~~"), or "".
func fenceOpen(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 || len(t) < 3 || (t[0] != '`' && t[0] != '~') {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == t[0] {
		n++
	}
	if n < 3 || (t[0] == '`' && strings.ContainsRune(t[n:], '`')) {
		return ""
	}
	return t[:n]
}

// lenientFence returns the fence of a line that opens a backtick fence
// whose info string holds backticks, and where the info string starts;
// "" if the line is not one.
func lenientFence(s string) (string, int) {
	t := strings.TrimLeft(s, " ")
	ind := len(s) - len(t)
	if ind > 3 || !strings.HasPrefix(t, "```") {
		return "", 0
	}
	n := 0
	for n < len(t) && t[n] == '`' {
		n++
	}
	info := t[n:]
	if info == "" || !strings.ContainsRune(info, '`') || !unicode.IsLetter(rune(info[0])) {
		return "", 0
	}
	return t[:n], ind + n
}

// isFenceClose reports whether s closes a code block opened by fence.
func isFenceClose(s, fence string) bool {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) > 3 {
		return false
	}
	t = strings.TrimRight(t, " \t")
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

var (
	yamlKey = regexp.MustCompile(`^([A-Za-z_][\w.-]*)[ \t]*:[ \t]*(.*?)[ \t]*$`)
	// A line of a YAML front matter block: "key: value", list items,
	// indented continuations, comments.
	yamlLine = regexp.MustCompile(`^(?:["']?[\w.-]+["']?[ \t]*:|[ \t]|-[ \t]|#|-$)`)
)

// frontMatter reads a YAML (---) or TOML (+++) front matter block at the
// start of the file and returns its top-level scalar fields (keys
// lower-case, quotes taken off) and the index of the first line after it.
// A "---" line that does not open YAML is a thematic break, left alone.
func frontMatter(content []byte, lines [][3]int) (map[string]string, int) {
	if len(lines) == 0 {
		return nil, 0
	}
	first := strings.TrimSpace(strings.TrimPrefix(string(content[lines[0][0]:lines[0][1]]), "\ufeff"))
	switch first {
	case "---":
		meta := map[string]string{}
		for i := 1; i < len(lines); i++ {
			t := string(content[lines[i][0]:lines[i][1]])
			if tt := strings.TrimSpace(t); tt == "---" || tt == "..." {
				return meta, i + 1
			}
			if strings.TrimSpace(t) != "" && !yamlLine.MatchString(t) {
				return nil, 0 // not YAML: a rule above text
			}
			if m := yamlKey.FindStringSubmatch(t); m != nil {
				if v := unquote(m[2]); v != "" && !strings.HasPrefix(v, "|") && !strings.HasPrefix(v, ">") {
					meta[strings.ToLower(m[1])] = v
				}
			}
		}
	case "+++":
		for i := 1; i < len(lines); i++ {
			if strings.TrimSpace(string(content[lines[i][0]:lines[i][1]])) == "+++" {
				var m map[string]any
				meta := map[string]string{}
				if _, err := toml.Decode(string(content[lines[1][0]:lines[i][0]]), &m); err == nil {
					for k, v := range m {
						switch v := v.(type) {
						case string:
							meta[strings.ToLower(k)] = v
						case int64, float64, bool:
							meta[strings.ToLower(k)] = toString(v)
						}
					}
				}
				return meta, i + 1
			}
		}
	}
	return nil, 0
}

func unquote(v string) string {
	if i := strings.Index(v, " #"); i >= 0 && !strings.HasPrefix(v, `"`) && !strings.HasPrefix(v, "'") {
		v = strings.TrimSpace(v[:i])
	}
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}
