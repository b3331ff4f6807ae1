package main

import (
	"bufio"
	"fmt"
	"image/color"
	"io"
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
)

// picture is how the screen is drawn: its size in cells, the terminal's
// colours and the font size; the cell is 0.6 font sizes wide (a
// monospaced font's advance) and 1.3 high.
type picture struct {
	cols, rows int
	fg, bg     string
	size       float64
}

const (
	pad    = 20.0 // around the screen
	bar    = 36.0 // the window's title bar
	radius = 10.0 // the window's corners
)

func (p picture) cellW() float64 { return p.size * 0.6 }
func (p picture) cellH() float64 { return p.size * 1.3 }

// fonts are tried in order for each character: a monospaced font whose
// cells match the grid for Latin text, then one with Japanese.
const fonts = "DejaVu Sans Mono, Noto Sans Mono CJK JP, Noto Sans CJK JP, monospace"

// write writes the screen as an SVG picture of a terminal window.
func (p picture) write(w io.Writer, screen [][]cell) error {
	b := bufio.NewWriter(w)
	width := 2*pad + float64(p.cols)*p.cellW()
	height := bar + pad + float64(p.rows)*p.cellH()
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%.0f" height="%.0f" viewBox="0 0 %.2f %.2f">`+"\n", width, height, width, height)
	fmt.Fprintf(b, `<rect width="%.2f" height="%.2f" rx="%.0f" fill="%s"/>`+"\n", width, height, radius, p.bg)
	for i, c := range []string{"#ff5f57", "#febc2e", "#28c840"} {
		fmt.Fprintf(b, `<circle cx="%.0f" cy="%.0f" r="6" fill="%s"/>`+"\n", pad+float64(i)*20, bar/2, c)
	}
	fmt.Fprintf(b, `<g font-family="%s" font-size="%.0f">`+"\n", fonts, p.size)
	for y, row := range screen {
		p.backgrounds(b, y, row)
	}
	for y, row := range screen {
		p.text(b, y, row)
		p.lines(b, y, row)
	}
	b.WriteString("</g>\n</svg>\n")
	return b.Flush()
}

// colours gives a cell's text and background colours, reverse video
// applied; bg is "" for the terminal's own.
func (p picture) colours(st uv.Style) (fg, bg string) {
	fg, bg = hex(st.Fg, p.fg), hex(st.Bg, "")
	if st.Attrs&uv.AttrReverse != 0 {
		fg, bg = hex(st.Bg, p.bg), hex(st.Fg, p.fg)
	}
	return fg, bg
}

func hex(c color.Color, dflt string) string {
	if c == nil {
		return dflt
	}
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

func (p picture) x(col int) float64 { return pad + float64(col)*p.cellW() }
func (p picture) y(row int) float64 { return bar + float64(row)*p.cellH() }

// backgrounds draws the runs of cells that have a background colour.
func (p picture) backgrounds(b *bufio.Writer, y int, row []cell) {
	for x := 0; x < len(row); {
		_, bg := p.colours(row[x].st)
		n := 1
		for x+n < len(row) {
			if _, next := p.colours(row[x+n].st); next != bg {
				break
			}
			n++
		}
		if bg != "" {
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="%.2f" fill="%s"/>`+"\n",
				p.x(x), p.y(y), float64(n)*p.cellW()+0.5, p.cellH()+0.5, bg)
		}
		x += n
	}
}

// text draws the runs of characters that share a style, each character
// at its cell (a wide one centred on its two), and their underlines.
func (p picture) text(b *bufio.Writer, y int, row []cell) {
	base := p.y(y) + p.cellH()*0.76
	for x := 0; x < len(row); {
		st := row[x].st
		n := 1
		for x+n < len(row) && row[x+n].st.Equal(&st) {
			n++
		}
		// a text element a character: renderers do not all honour a
		// list of positions for text that falls back to another font
		var chars strings.Builder
		for i := x; i < x+n; i++ {
			ch := row[i].ch
			if ch == "" || ch == " " || box(ch).ok {
				continue
			}
			at := p.x(i)
			if i+1 < len(row) && row[i+1].ch == "" {
				at += (2*p.cellW() - p.size) / 2
			}
			fmt.Fprintf(&chars, `<text x="%.2f">%s</text>`, at, escape(ch))
		}
		fg, _ := p.colours(st)
		if chars.Len() > 0 {
			fmt.Fprintf(b, `<g fill="%s"%s><g transform="translate(0 %.2f)">%s</g></g>`+"\n", fg, attrs(st), base, chars.String())
		}
		if st.Underline != uv.UnderlineNone {
			fmt.Fprintf(b, `<rect x="%.2f" y="%.2f" width="%.2f" height="1" fill="%s"/>`+"\n",
				p.x(x), base+2, float64(n)*p.cellW(), fg)
		}
		x += n
	}
}

func attrs(st uv.Style) string {
	var a string
	if st.Attrs&uv.AttrBold != 0 {
		a += ` font-weight="bold"`
	}
	if st.Attrs&uv.AttrItalic != 0 {
		a += ` font-style="italic"`
	}
	if st.Attrs&uv.AttrFaint != 0 {
		a += ` fill-opacity="0.6"`
	}
	return a
}

var escaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func escape(s string) string { return escaper.Replace(s) }
