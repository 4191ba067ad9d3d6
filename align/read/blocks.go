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
	// A Markdown footnote definition with any label.
	mdFootDef = regexp.MustCompile(`^\[\^([^\]\s]{1,40})\]:[ \t]*`)
	// A Markdown link reference definition: "[7]: <url> "title"".
	linkRefDef = regexp.MustCompile(`^\[[^\]]+\]:[ \t]*<?[a-zA-Z][a-zA-Z0-9+.-]*:\S*>?([ \t]+("[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$`)
	atxHeading = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+|$)`)
	listItem   = regexp.MustCompile(`^([ \t]*)(?:([-*+])|(\d{1,9})[.)])[ \t]+`)
	fenceOpen  = regexp.MustCompile("^ {0,3}(```+|~~~+)")
	setextLine = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	thematic   = regexp.MustCompile(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	tableSep   = regexp.MustCompile(`^[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(\|[ \t]*:?-{2,}:?[ \t]*)*\|?[ \t]*$`)
	notesHead  = regexp.MustCompile(`(?i)^(notes?|footnotes|endnotes|references|sources|notas|referencias|fuentes|примечания|сноски|источники|примітки|джерела|anmerkungen|fußnoten|quellen|remarques|sources et notes)\s*:?$`)
)

// rawBlock is a block before language and version are known.
type rawBlock struct {
	doc.Block
	lines     int  // number of lines the block spans
	shortLine bool // one line of heading-like text
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
	rb := &rawBlock{lines: bb.lines}
	rb.Kind = kind
	rb.Span = source.Span{Start: bb.start, End: bb.end}
	bb.b.Finish(&rb.Block)
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

// atxContentEnd returns where the text of an ATX heading line ends: before
// trailing white space and before a closing sequence of "#" that stands
// after white space ("## Title ##"), but not in "## C#". from is where the
// text starts, after the opening sequence.
func atxContentEnd(s string, from int) int {
	end := len(strings.TrimRight(s, " \t"))
	if end <= from {
		return from
	}
	h := end
	for h > from && s[h-1] == '#' {
		h--
	}
	if h == from {
		return from // "### ###": an empty heading
	}
	if h < end && (s[h-1] == ' ' || s[h-1] == '\t') {
		end = len(strings.TrimRight(s[:h], " \t"))
	}
	return max(end, from)
}

// closesFence reports whether s closes a code block opened by fence
// ("```" or "~~~~"): up to three spaces, then at least as many of the
// same character, then nothing but white space. "```go" does not close.
func closesFence(s, fence string) bool {
	lo, _ := trimSpace(s)
	if lo > 3 {
		return false
	}
	t := strings.TrimRight(s[lo:], " \t")
	return len(t) >= len(fence) && strings.Trim(t, fence[:1]) == ""
}

// continuesParagraph reports whether the list-item-like line s, coming
// inside a paragraph, continues it. As in CommonMark, an ordered item can
// interrupt a paragraph only if it starts at 1, so that a hard-wrapped
// line starting "2023. Nobody…" stays in its paragraph.
func continuesParagraph(s string, inParagraph bool) bool {
	if !inParagraph {
		return false
	}
	m := listItem.FindStringSubmatch(s)
	return m != nil && m[3] != "" && m[3] != "1"
}

// markdownBlocks cuts Markdown into blocks: ATX and setext headings, list
// items, block quotes, table rows, fenced code, footnote definitions and
// paragraphs. Inline markup is kept in the text.
func markdownBlocks(lines []line) []*rawBlock {
	var out []*rawBlock
	var cur *builder
	var curKind doc.Kind
	var curNum, curLevel int
	flush := func() {
		if cur != nil && cur.lines > 0 {
			rb := cur.finish(curKind)
			rb.Number, rb.Level = curNum, curLevel
			if rb.Text != "" || curKind == doc.Code {
				out = append(out, rb)
			}
		}
		cur = nil
	}
	start := func(kind doc.Kind, num, level int) {
		flush()
		cur, curKind, curNum, curLevel = &builder{}, kind, num, level
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if l.blank() {
			flush()
			continue
		}
		lo, _ := trimSpace(l.text)
		body := l.text[lo:]
		switch {
		case fenceOpen.MatchString(l.text):
			fence := fenceOpen.FindStringSubmatch(l.text)[1]
			start(doc.Code, 0, 0)
			cur.lines = 1
			cur.start, cur.end = l.start, l.end()
			for i+1 < len(lines) {
				i++
				cur.lines++
				cur.end = lines[i].end()
				if closesFence(lines[i].text, fence) {
					break
				}
				// The line break is synthetic: it stands for "\n",
				// "\r\n" or "\r" in the file, or for nothing at the end
				// of an unterminated fence, so it maps to the line's end.
				cur.b.Append(lines[i].text, lines[i].start)
				cur.b.AppendSynthetic("\n", lines[i].end())
			}
			flush()
		case atxHeading.MatchString(l.text):
			m := atxHeading.FindStringSubmatchIndex(l.text)
			start(doc.Heading, 0, m[3]-m[2])
			cur.addLine(line{l.start, l.text[:atxContentEnd(l.text, m[1])]}, m[1])
			cur.end = l.end()
			flush()
		case setextLine.MatchString(l.text) && cur != nil && curKind == doc.Paragraph:
			level := 1
			if strings.TrimSpace(l.text)[0] == '-' {
				level = 2
			}
			curKind, curLevel = doc.Heading, level
			cur.lines++
			cur.end = l.end()
			flush()
		case thematic.MatchString(l.text):
			// A thematic break is not a block of text; it ends a
			// paragraph.
			flush()
		case mdFootDef.MatchString(body):
			m := mdFootDef.FindStringSubmatchIndex(body)
			n, err := strconv.Atoi(body[m[2]:m[3]])
			if err != nil {
				n = 0
			}
			start(doc.FootnoteDef, n, 0)
			cur.addLine(l, lo+m[1])
		case linkRefDef.MatchString(body) && cur == nil:
			// A link reference definition is not text.
		case footDefLabel.MatchString(body) && !linkRefDef.MatchString(body):
			// "[7] Text" or "[7]: Text": notes as pasted text writes them;
			// "[7]: https://…" alone is a link reference definition.
			m := footDefLabel.FindStringSubmatchIndex(body)
			n, _ := strconv.Atoi(body[m[2]:m[3]])
			start(doc.FootnoteDef, n, 0)
			cur.addLine(l, lo+m[1])
		case listItem.MatchString(l.text) && (cur == nil || curKind != doc.Code) && !continuesParagraph(l.text, cur != nil && curKind == doc.Paragraph):
			m := listItem.FindStringSubmatchIndex(l.text)
			num := 0
			if m[6] >= 0 {
				num, _ = strconv.Atoi(l.text[m[6]:m[7]])
			}
			start(doc.ListItem, num, (m[3]-m[2])/2+1)
			cur.addLine(l, m[1])
		case strings.HasPrefix(body, ">"):
			if cur == nil || curKind != doc.Quote {
				start(doc.Quote, 0, 0)
			}
			from := lo + 1
			if from < len(l.text) && l.text[from] == ' ' {
				from++
			}
			cur.addLine(l, from)
		case strings.HasPrefix(body, "|"):
			if tableSep.MatchString(l.text) {
				flush()
				continue
			}
			start(doc.TableRow, 0, 0)
			cur.addLine(l, lo)
			flush()
		case strings.HasPrefix(body, "<!--") && strings.HasSuffix(strings.TrimSpace(body), "-->"):
			flush()
		default:
			if cur == nil {
				start(doc.Paragraph, 0, 0)
			}
			cur.addLine(l, lo)
		}
	}
	flush()
	return out
}
