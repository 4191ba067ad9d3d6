package bitext

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// decode64 decodes a dictd index number (base 64, most significant digit
// first).
func decode64(s string) (int, bool) {
	n := 0
	for _, c := range s {
		i := strings.IndexRune(b64, c)
		if i < 0 || n > 1<<40 {
			return 0, false
		}
		n = n*64 + i
	}
	return n, true
}

// ReadDictd reads a dictd database: its index (headword, offset and length
// in base 64, tab-separated) and its data (the .dict file, uncompressed).
// The first line of an entry is the headword with its pronunciation and
// part of speech; the line after it holds the translations, separated by
// commas; further lines (glosses, examples) are left out.
func ReadDictd(index io.Reader, data []byte) (*Dict, error) {
	d := &Dict{entries: map[string][]string{}}
	sc := bufio.NewScanner(index)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	lineNo := 0
	for sc.Scan() {
		lineNo++
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 3 || strings.HasPrefix(f[0], "00database") || strings.HasPrefix(f[0], "00-database") {
			continue
		}
		off, ok1 := decode64(f[1])
		n, ok2 := decode64(f[2])
		if !ok1 || !ok2 || off+n > len(data) {
			return nil, fmt.Errorf("dictionary index line %d: offset or length out of range; is the index for this .dict file?", lineNo)
		}
		lines := strings.Split(string(data[off:off+n]), "\n")
		if len(lines) < 2 {
			continue
		}
		d.addEntry(f[0], lines[1])
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary index at line %d: %w", lineNo, err)
	}
	if len(d.entries) == 0 {
		return nil, fmt.Errorf("the dictionary has no entries")
	}
	return d, nil
}

// Dict is a bilingual dictionary: source headwords and their translations,
// lower-cased.
type Dict struct {
	entries map[string][]string
}

// Len returns the number of headwords.
func (d *Dict) Len() int { return len(d.entries) }

// ReadDict reads a dictionary as a plain list: "word<TAB>translations"
// per line (translations separated by "," or ";"), or entries of a
// headword line followed by lines of translations, entries separated by
// blank lines. Pronunciations in slashes and notes in brackets are dropped.
func ReadDict(r io.Reader) (*Dict, error) {
	d := &Dict{entries: map[string][]string{}}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var head string
	lineNo := 0
	for sc.Scan() {
		lineNo++
		line := sc.Text()
		if strings.TrimSpace(line) == "" {
			head = ""
			continue
		}
		if strings.HasPrefix(line, "00-database") || strings.HasPrefix(line, "00database") {
			head = ""
			continue
		}
		if k, v, ok := strings.Cut(line, "\t"); ok && head == "" {
			d.addEntry(k, v)
			continue
		}
		if head == "" && !strings.HasPrefix(line, " ") {
			h := line
			if i := strings.Index(h, " /"); i >= 0 {
				h = h[:i]
			}
			head = strings.ToLower(strings.TrimSpace(h))
			continue
		}
		if head != "" {
			d.addEntry(head, line)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read dictionary at line %d: %w", lineNo, err)
	}
	return d, nil
}

func (d *Dict) addEntry(head, text string) {
	head = strings.ToLower(strings.TrimSpace(head))
	if head == "" || strings.Contains(head, " ") {
		return
	}
	text = dropBetween(dropBetween(text, '/', '/'), '[', ']')
	text = dropBetween(text, '(', ')')
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
		w := strings.ToLower(strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(part), "0123456789. ")))
		if w == "" || strings.Contains(w, " ") {
			continue
		}
		d.entries[head] = append(d.entries[head], w)
	}
}

func dropBetween(s string, open, close rune) string {
	var b strings.Builder
	depth := 0
	for _, r := range s {
		switch {
		case r == open && (open != close || depth == 0):
			depth++
		case r == close && depth > 0:
			depth--
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}
