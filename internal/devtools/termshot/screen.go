package main

import (
	"strings"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
	"github.com/rivo/uniseg"
)

// cell is a character on the screen with its style; a wide character's
// second cell has no character.
type cell struct {
	ch string
	st uv.Style
}

// parse reads a capture with SGR sequences into rows of cells: a style
// goes on from line to line (as tmux writes it), a character is as wide
// as ansi.StringWidth counts it, lines are padded or cut to cols, and
// there are rows of them.
func parse(capture string, cols, rows int) [][]cell {
	var st uv.Style
	p := ansi.NewParser()
	out := make([][]cell, 0, rows)
	for _, line := range strings.Split(strings.TrimSuffix(capture, "\n"), "\n") {
		if len(out) == rows {
			break
		}
		var row []cell
		var state byte
		for len(line) > 0 {
			seq, _, n, next := ansi.DecodeSequence(line, state, p)
			state = next
			switch {
			case strings.HasPrefix(seq, "\x1b[") && p.Command() == 'm':
				uv.ReadStyle(p.Params(), &st)
			case strings.HasPrefix(seq, "\x1b") || seq == "\r":
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
		out = append(out, fill(row, cols))
	}
	for len(out) < rows {
		out = append(out, fill(nil, cols))
	}
	return out
}

func fill(row []cell, cols int) []cell {
	if len(row) > cols {
		return row[:cols]
	}
	for len(row) < cols {
		row = append(row, cell{" ", uv.Style{}})
	}
	return row
}
