package main

import (
	"bufio"
	"fmt"
	"strings"
)

// boxChar is a box-drawing character as lines from its cell's centre:
// to which edges, how heavy, and whether the corner is rounded.
type boxChar struct {
	ok                    bool
	up, down, left, right bool
	heavy, round          bool
}

var boxChars = map[string]boxChar{
	"─": {ok: true, left: true, right: true},
	"━": {ok: true, left: true, right: true, heavy: true},
	"│": {ok: true, up: true, down: true},
	"┃": {ok: true, up: true, down: true, heavy: true},
	"╭": {ok: true, down: true, right: true, round: true},
	"╮": {ok: true, down: true, left: true, round: true},
	"╰": {ok: true, up: true, right: true, round: true},
	"╯": {ok: true, up: true, left: true, round: true},
	"┏": {ok: true, down: true, right: true, heavy: true},
	"┓": {ok: true, down: true, left: true, heavy: true},
	"┗": {ok: true, up: true, right: true, heavy: true},
	"┛": {ok: true, up: true, left: true, heavy: true},
	"┌": {ok: true, down: true, right: true},
	"┐": {ok: true, down: true, left: true},
	"└": {ok: true, up: true, right: true},
	"┘": {ok: true, up: true, left: true},
	"├": {ok: true, up: true, down: true, right: true},
	"┤": {ok: true, up: true, down: true, left: true},
	"┬": {ok: true, down: true, left: true, right: true},
	"┴": {ok: true, up: true, left: true, right: true},
	"┼": {ok: true, up: true, down: true, left: true, right: true},
}

func box(ch string) boxChar { return boxChars[ch] }

// lines draws the row's box-drawing characters as lines that reach the
// edges of their cells, so that they join their neighbours'.
func (p picture) lines(b *bufio.Writer, y int, row []cell) {
	for x, c := range row {
		bc := box(c.ch)
		if !bc.ok {
			continue
		}
		fg, _ := p.colours(c.st)
		w := p.size / 14
		if bc.heavy {
			w *= 2.2
		}
		fmt.Fprintf(b, `<path d="%s" stroke="%s" stroke-width="%.2f" fill="none"/>`+"\n", p.path(bc, x, y), fg, w)
	}
}

// path is the SVG path of a box-drawing character in the cell at x, y.
func (p picture) path(bc boxChar, x, y int) string {
	left, top := p.x(x), p.y(y)
	right, bottom := left+p.cellW(), top+p.cellH()
	cx, cy := left+p.cellW()/2, top+p.cellH()/2
	if bc.round {
		r := p.cellW() / 2
		h, v := right, bottom
		sx, sy := cx+r, cy+r
		if bc.left {
			h, sx = left, cx-r
		}
		if bc.up {
			v, sy = top, cy-r
		}
		return fmt.Sprintf("M%.2f %.2f L%.2f %.2f Q%.2f %.2f %.2f %.2f L%.2f %.2f", cx, v, cx, sy, cx, cy, sx, cy, h, cy)
	}
	var d string
	const over = 0.3 // past the edge, so that neighbours' lines overlap
	if bc.left || bc.right {
		x0, x1 := cx, cx
		if bc.left {
			x0 = left - over
		}
		if bc.right {
			x1 = right + over
		}
		d += fmt.Sprintf("M%.2f %.2f L%.2f %.2f ", x0, cy, x1, cy)
	}
	if bc.up || bc.down {
		y0, y1 := cy, cy
		if bc.up {
			y0 = top - over
		}
		if bc.down {
			y1 = bottom + over
		}
		d += fmt.Sprintf("M%.2f %.2f L%.2f %.2f", cx, y0, cx, y1)
	}
	return strings.TrimSpace(d)
}
