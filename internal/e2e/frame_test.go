//go:build integration

package e2e

import (
	"fmt"
	"image/color"
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// frame is what a terminal shows, cell by cell, read from tmux's
// capture-pane -e -N: each cell's character and style, at the columns
// the terminal drew them in. A wide character fills its cell and leaves
// the next one empty (ch ""), as on the screen.
type frame struct {
	rows [][]cell
}

type cell struct {
	ch string
	st uv.Style
}

// parseFrame reads a capture with escape sequences into cells: its SGR
// sequences through Ultraviolet's reader (as Bubble Tea's renderer
// writes them), its characters by grapheme cluster, each as wide as
// ansi.StringWidth counts it (the width dealtui measures with; the
// Japanese test checks that tmux draws them so). tmux carries the style
// over from one line to the next.
func parseFrame(capture string, width int) *frame {
	f := &frame{}
	var st uv.Style
	p := ansi.NewParser()
	for _, line := range strings.Split(strings.TrimSuffix(capture, "\n"), "\n") {
		var row []cell
		var state byte
		for len(line) > 0 {
			seq, _, n, next := ansi.DecodeSequence(line, state, p)
			state = next
			switch {
			case strings.HasPrefix(seq, "\x1b[") && p.Command() == 'm':
				uv.ReadStyle(p.Params(), &st)
			case strings.HasPrefix(seq, "\x1b"), seq == "\r":
			default:
				for g := uniseg.NewGraphemes(seq); g.Next(); {
					row = append(row, cell{g.Str(), st})
					for range ansi.StringWidth(g.Str()) - 1 {
						row = append(row, cell{"", st})
					}
				}
			}
			line = line[n:]
		}
		for len(row) < width {
			row = append(row, cell{" ", uv.Style{}})
		}
		f.rows = append(f.rows, row)
	}
	return f
}

// text is row y as text, without trailing spaces.
func (f *frame) text(y int) string { return f.textIn(y, 0, len(f.rows[y])) }

// textIn is the text of row y from column x0 to x1 (not included),
// without trailing spaces.
func (f *frame) textIn(y, x0, x1 int) string {
	var b strings.Builder
	for _, c := range f.rows[y][max(x0, 0):min(x1, len(f.rows[y]))] {
		b.WriteString(c.ch)
	}
	return strings.TrimRight(b.String(), " ")
}

func (f *frame) String() string {
	lines := make([]string, len(f.rows))
	for y := range f.rows {
		lines[y] = f.text(y)
	}
	return strings.Join(lines, "\n")
}

// find gives the row and column of the first place text starts at in
// rows y0 to y1 (not included), or -1, -1.
func (f *frame) find(text string, y0, y1 int) (int, int) {
	for y := max(y0, 0); y < min(y1, len(f.rows)); y++ {
		for x := range f.rows[y] {
			if f.startsAt(text, x, y) {
				return y, x
			}
		}
	}
	return -1, -1
}

// findIn is find within the columns of box b.
func (f *frame) findIn(text string, b box) (int, int) {
	for y := b.top + 1; y < b.bottom; y++ {
		for x := b.left + 1; x < b.right; x++ {
			if f.startsAt(text, x, y) && x+len([]rune(text)) <= b.right {
				return y, x
			}
		}
	}
	return -1, -1
}

// findAll gives the row and column of every place text starts at inside
// box b.
func (f *frame) findAll(text string, b box) [][2]int {
	var out [][2]int
	for y := b.top + 1; y < b.bottom; y++ {
		for x := b.left + 1; x < b.right; x++ {
			if f.startsAt(text, x, y) {
				out = append(out, [2]int{y, x})
			}
		}
	}
	return out
}

// startsAt reports whether text starts at column x of row y: the
// characters of the cells from there, the empty halves of wide ones
// passed over.
func (f *frame) startsAt(text string, x, y int) bool {
	row := f.rows[y]
	if x >= len(row) || row[x].ch == "" {
		return false
	}
	for ; x < len(row) && text != ""; x++ {
		c := row[x].ch
		if c == "" {
			continue
		}
		if !strings.HasPrefix(text, c) {
			return false
		}
		text = text[len(c):]
	}
	return text == ""
}

// box is a frame drawn with box-drawing characters: its outer corners'
// rows and columns.
type box struct {
	top, bottom, left, right int
}

// corners of the boxes dealtui draws: the rounded ones and the heavy one
// of the focused pane.
var corners = map[string]struct{ topRight, bottomLeft, side string }{
	"╭": {"╮", "╰", "│"},
	"┏": {"┓", "┗", "┃"},
}

// boxes finds every box on the frame, and tells what is wrong with its
// drawing: a top left corner without its top right one on the same row,
// a side missing on a row, a bottom missing. Rows end their box at the
// same column exactly when no problem is found.
func (f *frame) boxes() ([]box, []string) {
	var found []box
	var bad []string
	for y, row := range f.rows {
		for x, c := range row {
			want, ok := corners[c.ch]
			if !ok {
				continue
			}
			right := x + 1
			for right < len(row) && row[right].ch != want.topRight && isRule(row[right].ch) {
				right++
			}
			if right == len(row) || row[right].ch != want.topRight {
				bad = append(bad, fmt.Sprintf("row %d: the box at column %d has no top right corner: %q", y, x, f.text(y)))
				continue
			}
			b := box{top: y, left: x, right: right, bottom: -1}
			for yy := y + 1; yy < len(f.rows) && b.bottom < 0; yy++ {
				switch {
				case f.rows[yy][x].ch == want.bottomLeft:
					b.bottom = yy
				case f.rows[yy][x].ch != want.side || f.rows[yy][right].ch != want.side:
					bad = append(bad, fmt.Sprintf("row %d: the box from row %d, columns %d–%d, has no side there: %q", yy, y, x, right, f.text(yy)))
				}
			}
			if b.bottom < 0 {
				bad = append(bad, fmt.Sprintf("the box from row %d, column %d, has no bottom", y, x))
				continue
			}
			found = append(found, b)
		}
	}
	return found, bad
}

// isRule is a character of a box's top edge: the line, or a title set
// into it.
func isRule(ch string) bool { return ch != "" && ch != "╮" && ch != "┓" }

// unpadded lists the rows of a box whose text runs into its right side,
// with no blank column before it.
func (f *frame) unpadded(b box) []string {
	var bad []string
	for y := b.top + 1; y < b.bottom; y++ {
		if c := f.rows[y][b.right-1]; c.ch != " " {
			bad = append(bad, fmt.Sprintf("row %d: %q", y, f.text(y)))
		}
	}
	return bad
}

// inner is the text of a box's inside on row y, without the padding.
func (f *frame) inner(b box, y int) string {
	return strings.TrimSpace(f.textIn(y, b.left+1, b.right))
}

// run is the text of the cells from x on row y that share a style, and
// that style.
func (f *frame) run(x, y int) (string, uv.Style) {
	row := f.rows[y]
	st := row[x].st
	var b strings.Builder
	for ; x < len(row) && row[x].st.Equal(&st); x++ {
		b.WriteString(row[x].ch)
	}
	return b.String(), st
}

// styleOf describes a style as a reader of the SGR would: the
// attributes set and the colours.
func styleOf(st uv.Style) string {
	var parts []string
	for _, a := range []struct {
		on   bool
		name string
	}{
		{st.Attrs&uv.AttrBold != 0, "bold"},
		{st.Attrs&uv.AttrFaint != 0, "faint"},
		{st.Attrs&uv.AttrItalic != 0, "italic"},
		{st.Underline != uv.UnderlineNone, "underline"},
		{st.Attrs&uv.AttrReverse != 0, "reverse"},
	} {
		if a.on {
			parts = append(parts, a.name)
		}
	}
	if st.Fg != nil {
		parts = append(parts, "fg "+colourName(st.Fg))
	}
	if st.Bg != nil {
		parts = append(parts, "bg "+colourName(st.Bg))
	}
	if len(parts) == 0 {
		return "plain"
	}
	return strings.Join(parts, ", ")
}

func colourName(c color.Color) string {
	switch c := c.(type) {
	case ansi.IndexedColor:
		return fmt.Sprint(int(c))
	case ansi.BasicColor:
		return fmt.Sprint(int(c))
	}
	r, g, b, _ := c.RGBA()
	return fmt.Sprintf("#%02x%02x%02x", r>>8, g>>8, b>>8)
}

func reversed(st uv.Style) bool   { return st.Attrs&uv.AttrReverse != 0 }
func underlined(st uv.Style) bool { return st.Underline != uv.UnderlineNone }
func boldStyle(st uv.Style) bool  { return st.Attrs&uv.AttrBold != 0 }
