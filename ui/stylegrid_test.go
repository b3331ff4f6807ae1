package ui

import (
	"fmt"
	"image/color"
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/vt"
)

// styleGrid draws a frame in a virtual terminal (x/vt) and writes what a
// reviewer can read of its colours: the screen's text, then the same grid
// with a letter per cell naming its style (· for none), then the legend of
// the styles: foreground and background colours as hex, and attributes.
func styleGrid(frame string, w, h int) string {
	emu := vt.NewEmulator(w, h)
	_, _ = emu.Write([]byte(strings.ReplaceAll(frame, "\n", "\r\n")))
	var text, grid strings.Builder
	letters := map[string]byte{}
	var legend []string
	const names = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for y := range h {
		for x := 0; x < w; x++ {
			c := emu.CellAt(x, y)
			if c == nil {
				text.WriteByte(' ')
				grid.WriteByte(' ')
				continue
			}
			content := c.Content
			if content == "" {
				content = " "
			}
			text.WriteString(content)
			desc := describeStyle(c.Style)
			mark := byte('.')
			if desc != "" {
				l, ok := letters[desc]
				if !ok {
					l = '?'
					if len(legend) < len(names) {
						l = names[len(legend)]
					}
					letters[desc] = l
					legend = append(legend, fmt.Sprintf("%c  %s", l, desc))
				}
				mark = l
			}
			for range max(c.Width, 1) {
				grid.WriteByte(mark)
			}
			x += max(c.Width, 1) - 1
		}
		text.WriteByte('\n')
		grid.WriteByte('\n')
	}
	return "TEXT\n" + text.String() + "\nSTYLES (a letter per cell, . for none)\n" + grid.String() +
		"\nLEGEND\n" + strings.Join(legend, "\n") + "\n"
}

// describeStyle writes a cell's style: fg, bg, underline and attributes.
func describeStyle(s uv.Style) string {
	var parts []string
	hex := func(c color.Color) string {
		r, g, b, _ := c.RGBA()
		return fmt.Sprintf("#%02X%02X%02X", r>>8, g>>8, b>>8)
	}
	if s.Fg != nil {
		parts = append(parts, "fg "+hex(s.Fg))
	}
	if s.Bg != nil {
		parts = append(parts, "bg "+hex(s.Bg))
	}
	if s.Underline != 0 {
		parts = append(parts, "underline")
	}
	for _, a := range []struct {
		bit  uint8
		name string
	}{{uv.AttrBold, "bold"}, {uv.AttrFaint, "faint"}, {uv.AttrItalic, "italic"}, {uv.AttrReverse, "reverse"}, {uv.AttrStrikethrough, "strikethrough"}} {
		if s.Attrs&a.bit != 0 {
			parts = append(parts, a.name)
		}
	}
	return strings.Join(parts, " ")
}
