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
	mdFootDef  = regexp.MustCompile(`^\[\^([^\]\s]{1,40})\]:[ \t]*`)
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
	for _, l := range lines {
		if l.blank() {
			flush()
			continue
		}
		lo, _ := trimSpace(l.text)
		body := l.text[lo:]
		if m := footDefLabel.FindStringSubmatchIndex(body); m != nil {
			flush()
			n, _ := strconv.Atoi(body[m[2]:m[3]])
			cur, curKind, curNum = &builder{}, doc.FootnoteDef, n
			cur.addLine(l, lo+m[1])
			continue
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
				if strings.HasPrefix(strings.TrimSpace(lines[i].text), fence[:3]) {
					break
				}
				cur.b.Append(lines[i].text+"\n", lines[i].start)
			}
			flush()
		case atxHeading.MatchString(l.text):
			m := atxHeading.FindStringSubmatchIndex(l.text)
			start(doc.Heading, 0, m[3]-m[2])
			text := strings.TrimRight(l.text, " \t#")
			if len(text) < m[1] {
				text = l.text[:m[1]]
			}
			cur.addLine(line{l.start, text}, m[1])
			cur.end = l.end()
			flush()
		case thematic.MatchString(l.text) && cur == nil:
			// A thematic break is not a block of text.
		case setextLine.MatchString(l.text) && cur != nil && curKind == doc.Paragraph && cur.lines == 1:
			level := 1
			if strings.TrimSpace(l.text)[0] == '-' {
				level = 2
			}
			curKind, curLevel = doc.Heading, level
			cur.lines++
			cur.end = l.end()
			flush()
		case mdFootDef.MatchString(body):
			m := mdFootDef.FindStringSubmatchIndex(body)
			n, err := strconv.Atoi(body[m[2]:m[3]])
			if err != nil {
				n = 0
			}
			start(doc.FootnoteDef, n, 0)
			cur.addLine(l, lo+m[1])
		case listItem.MatchString(l.text) && (cur == nil || curKind != doc.Code):
			m := listItem.FindStringSubmatchIndex(l.text)
			num := 0
			if m[6] >= 0 {
				num, _ = strconv.Atoi(l.text[m[6]:m[7]])
			}
			start(doc.ListItem, num, (m[3]-m[2])/2+1)
			if m[6] >= 0 {
				// The number of a numbered item is text: it is compared
				// with the source's like any other number.
				cur.addLine(l, m[6])
			} else {
				cur.addLine(l, m[1])
			}
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
