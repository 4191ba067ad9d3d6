package asciidoc

import (
	"strings"

	"github.com/tralign/tralign/align/doc"
	"github.com/tralign/tralign/align/source"
)

// cell is one table cell.
type cell struct {
	start int    // file offset where the cell starts: its cell spec or separator
	sep   int    // file offset of its separator
	segs  []line // its text, one trimmed piece per line
	cols  int    // columns it takes: its column span times its repeat count
	rows  int    // rows it spans
	line  int    // index of the line holding its separator
}

// table reads the table whose opening line is p.i: one TableRow block per
// row, the cells' text joined with " | ".
func (p *parser) table(c ctx, key string, a attrs) {
	open := p.i
	p.open[key] = true
	p.i++
	first := p.i
	p.skipToClose()
	last := p.i
	p.closeBlock(dTable, key, open)

	sep := key[0]
	format := "psv"
	switch sep {
	case ',':
		format = "csv"
	case ':':
		format = "dsv"
	}
	switch a.format {
	case "csv":
		format, sep = "csv", ','
	case "dsv":
		format, sep = "dsv", ':'
	case "tsv":
		format, sep = "csv", '\t'
	}
	if a.sep != "" {
		sep = a.sep[0]
		if a.sep == `\t` {
			sep = '\t'
		}
	}
	// An implicit header: the first line holds cells and a blank line
	// follows it.
	header := a.header || (!a.noheader && last-first >= 2 && p.text(first) != "" && p.text(first+1) == "")
	if format != "psv" {
		p.delimitedRows(c, first, last, sep, format == "csv", header)
		return
	}
	cells := p.psvCells(first, last, sep)
	if len(cells) == 0 {
		return
	}
	ncols := a.cols
	if ncols == 0 {
		for _, cl := range cells {
			if cl.line != cells[0].line {
				break
			}
			ncols = min(ncols+cl.cols, maxCols)
		}
	}
	ncols = max(ncols, 1)
	// Cells fill rows left to right; a cell spanning rows takes its
	// columns in the rows below too (carry, by row index).
	carry := map[int]int{}
	row, taken, rowIdx, below := 0, 0, 0, 0
	start := 0
	for k, cl := range cells {
		taken += cl.cols
		if cl.rows > 1 {
			carry[rowIdx+1] += cl.cols
			carry[rowIdx+cl.rows] -= cl.cols
		}
		if taken >= ncols || k == len(cells)-1 {
			p.row(c, cells[start:k+1], header && row == 0)
			row++
			start = k + 1
			rowIdx++
			below += carry[rowIdx]
			delete(carry, rowIdx)
			taken = max(below, 0)
		}
	}
}

// psvCells cuts the lines [first, last) of a table into cells at each
// separator not escaped with a backslash. A cell spec before a separator
// ("2+|", "a|", ".2+^.^|") is read and dropped from the text.
func (p *parser) psvCells(first, last int, sep byte) []cell {
	var cells []cell
	for k := first; k < last; k++ {
		l := p.lines[k]
		segStart := l.start
		for j := l.start; j < l.end; j++ {
			ch := p.s[j]
			if ch == '\\' && j+1 < l.end && p.s[j+1] == sep {
				j++
				continue
			}
			if ch != sep {
				continue
			}
			specStart := j
			cols, rows := 1, 1
			b := j
			for b > segStart && !isBlank(p.s[b-1]) {
				b--
			}
			if b < j && (b == l.start || isBlank(p.s[b-1])) {
				if cs, rs, dup, ok := cellSpec(p.s[b:j]); ok {
					specStart, cols, rows = b, min(cs*dup, maxCols), rs
				}
			}
			if n := len(cells); n > 0 {
				cells[n-1].addSeg(p.s, segStart, specStart)
			}
			cells = append(cells, cell{start: specStart, sep: j, cols: cols, rows: rows, line: k})
			segStart = j + 1
		}
		if n := len(cells); n > 0 {
			cells[n-1].addSeg(p.s, segStart, l.end)
		}
	}
	return cells
}

// addSeg adds s[lo:hi], trimmed, to the cell's text.
func (cl *cell) addSeg(s string, lo, hi int) {
	lo = ltrim(s, lo, hi)
	hi = rtrim(s, lo, hi)
	if lo < hi {
		cl.segs = append(cl.segs, line{lo, hi})
	}
}

// cellSpec reads a cell spec, "[N*][C][.R]+[<^>][.<^>][style]": the
// column span, row span and repeat count, each at least 1.
func cellSpec(t string) (cols, rows, dup int, ok bool) {
	cols, rows, dup = 1, 1, 1
	i := 0
	digits := func(i int) (int, int) {
		j := i
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		return max(atoiCap(t[i:j]), 1), j
	}
	if n, j := digits(i); j > i && j < len(t) && t[j] == '*' {
		dup, i = n, j+1
	}
	c, j := digits(i)
	r, k := 1, j
	if k < len(t) && t[k] == '.' {
		if n, e := digits(k + 1); e > k+1 {
			r, k = n, e
		}
	}
	if k > i && k < len(t) && t[k] == '+' {
		if j > i {
			cols = c
		}
		rows, i = r, k+1
	}
	if i < len(t) && strings.IndexByte("<^>", t[i]) >= 0 {
		i++
	}
	if i+1 < len(t) && t[i] == '.' && strings.IndexByte("<^>", t[i+1]) >= 0 {
		i += 2
	}
	if i < len(t) && strings.IndexByte("adehlmsv", t[i]) >= 0 {
		i++
	}
	return cols, rows, dup, i == len(t) && len(t) > 0
}

// row adds one table row.
func (p *parser) row(c ctx, cells []cell, header bool) {
	last := cells[len(cells)-1]
	end := last.sep + 1
	if n := len(last.segs); n > 0 {
		end = last.segs[n-1].end
	}
	blk := &doc.Block{Kind: doc.TableRow, Span: source.Span{Start: cells[0].start, End: end}}
	if header {
		blk.Info = "header"
	}
	t := p.newTarget(blk)
	for k, cl := range cells {
		if k > 0 {
			t.synthetic(" | ", cl.sep)
		}
		if len(cl.segs) == 0 {
			continue
		}
		v := newVtext(cl.segs[0].start)
		for _, sg := range cl.segs {
			v.add(p.s, sg.start, sg.end)
		}
		v.done()
		sc := newScanner(p, v)
		sc.table = true
		sc.scan(t, 0, len(v.s))
	}
	p.finish(t)
	p.add(c, blk)
}

// delimitedRows reads a CSV or DSV table, one row per line. In CSV a
// field may be quoted; the quotes are dropped.
func (p *parser) delimitedRows(c ctx, first, last int, sep byte, csv, header bool) {
	row := 0
	for k := first; k < last; k++ {
		l := p.lines[k]
		if l.start == l.end {
			continue
		}
		var cells []cell
		lo := l.start
		var quote bool
		for j := l.start; j <= l.end; j++ {
			if j < l.end {
				ch := p.s[j]
				if csv && ch == '"' {
					quote = !quote
				}
				if ch != sep || quote {
					continue
				}
			}
			a, b := ltrim(p.s, lo, j), rtrim(p.s, lo, j)
			if csv && b-a >= 2 && p.s[a] == '"' && p.s[b-1] == '"' {
				a, b = a+1, b-1
			}
			cl := cell{start: lo, sep: max(lo-1, l.start), cols: 1, rows: 1, line: k}
			cl.addSeg(p.s, a, b)
			cells = append(cells, cl)
			lo = j + 1
		}
		cells[0].start = l.start
		p.row(c, cells, header && row == 0)
		row++
	}
}
