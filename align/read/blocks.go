package read

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

var (
	// A footnote definition label at the start of a block: "[7]", "[7]:", "[^7]:".
	footDefLabel = regexp.MustCompile(`^\[\^?(\d{1,3})\]:?[ \t\p{Zs}]*`)
	// A numbered note in a notes section: "7.", "7)".
	noteNumLabel = regexp.MustCompile(`^(\d{1,3})[.)][ \t\p{Zs}]+`)
	notesHead    = regexp.MustCompile(`(?i)^(notes?|footnotes|endnotes|references|sources|notas|referencias|fuentes|примечания|сноски|источники|примітки|джерела|anmerkungen|fußnoten|quellen|remarques|sources et notes)\s*:?$`)
)

// rawBlock is a block before language and version are known.
type rawBlock struct {
	*doc.Block      // the block the document gets, not a copy
	lines      int  // number of lines the block spans
	shortLine  bool // one line of heading-like text
}

// builder assembles the text of one block line by line.
type builder struct {
	b     doc.Builder
	start int
	end   int
	lines int
}

func (bb *builder) addLine(l line, from int) {
	if bb.lines == 0 {
		bb.start = l.start
	}
	bb.lines++
	bb.end = l.end()
	s := l.text[from:]
	lo, hi := trimSpace(s)
	if lo == hi {
		return
	}
	if bb.b.Len() > 0 {
		bb.b.AppendSynthetic(" ", l.start+from+lo)
	}
	bb.b.Append(s[lo:hi], l.start+from+lo)
}

func (bb *builder) finish(kind doc.Kind) *rawBlock {
	rb := &rawBlock{Block: new(doc.Block), lines: bb.lines}
	rb.Kind = kind
	rb.Span = source.Span{Start: bb.start, End: bb.end}
	bb.b.Finish(rb.Block)
	return rb
}

// plainBlocks cuts plain text into blocks separated by blank lines. A line
// starting with a footnote label starts a block of its own, so notes listed
// one per line are read one by one.
func plainBlocks(lines []line) []*rawBlock {
	var out []*rawBlock
	inNotes := false
	var cur *builder
	var curKind doc.Kind
	var curNum int
	flush := func() {
		if cur != nil && cur.lines > 0 {
			rb := cur.finish(curKind)
			rb.Number = curNum
			if rb.Text != "" {
				out = append(out, rb)
			}
		}
		cur = nil
	}
	// seen holds the numbers of the markers read so far in running text.
	seen := map[int]bool{}
	see := func(s string) {
		for _, m := range markerRe.FindAllStringSubmatch(s, -1) {
			n, _ := strconv.Atoi(m[1])
			seen[n] = true
		}
	}
	for i, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		lo, _ := trimSpace(l.text)
		body := l.text[lo:]
		if m := footDefLabel.FindStringSubmatchIndex(body); m != nil {
			n, _ := strconv.Atoi(body[m[2]:m[3]])
			// In hard-wrapped text a marker may open a line inside a
			// paragraph ("…to last.\n[1] Many thought…"). A "[n]" there
			// is that marker, not a definition, while no marker [n]
			// came before it (definitions follow their markers), the
			// paragraph is not a notes heading, and the next line is
			// not a definition too (notes listed one per line).
			if !(cur != nil && curKind == doc.Paragraph && !inNotes && !seen[n] &&
				!strings.ContainsAny(body[:m[1]], ":^") && !nextIsLabel(lines, i)) {
				flush()
				cur, curKind, curNum = &builder{}, doc.FootnoteDef, n
				cur.addLine(l, lo+m[1])
				continue
			}
		}
		if inNotes {
			if m := noteNumLabel.FindStringSubmatchIndex(body); m != nil {
				flush()
				n, _ := strconv.Atoi(body[m[2]:m[3]])
				cur, curKind, curNum = &builder{}, doc.FootnoteDef, n
				cur.addLine(l, lo+m[1])
				continue
			}
		}
		if curKind != doc.FootnoteDef || cur == nil {
			see(body)
		}
		if cur == nil {
			cur, curKind, curNum = &builder{}, doc.Paragraph, 0
			if notesHead.MatchString(strings.TrimSpace(body)) {
				inNotes = true
			}
		}
		cur.addLine(l, lo)
	}
	flush()
	return out
}

// nextIsLabel reports whether the line after lines[i] starts with a
// footnote label.
func nextIsLabel(lines []line, i int) bool {
	if i+1 >= len(lines) {
		return false
	}
	lo, _ := trimSpace(lines[i+1].text)
	return footDefLabel.MatchString(lines[i+1].text[lo:])
}
