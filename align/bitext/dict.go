package bitext

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Dict is a bilingual dictionary: source headwords and their translations,
// lower-cased.
type Dict struct {
	entries map[string][]string
}

// Len returns the number of headwords.
func (d *Dict) Len() int { return len(d.entries) }

// ReadDict reads a dictionary in the text form of the dictd databases
// (FreeDict's .dict files, uncompressed): an entry is a headword line
// followed by indented lines or lines holding the translations, entries
// separated by blank lines. Translations are taken from the lines after
// the headword, split at ",", ";" and numbered senses; pronunciations in
// slashes and notes in brackets are dropped. It also accepts a simple
// tab-separated "word<TAB>translation" list.
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
