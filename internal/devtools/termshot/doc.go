// Command termshot is the picture half of scripts/screenshots: it reads
// a terminal screen captured with its styles (tmux capture-pane -p -e -N)
// and writes it as an SVG picture of a terminal window, each character
// in its cell, for rsvg-convert to turn into a PNG.
//
//	termshot -cols 120 -rows 40 -fg '#e4e4e7' -bg '#1b1b1f' < screen.ansi > screen.svg
//
// Each character is placed at its cell's column, so that the picture's
// columns are the terminal's whatever the fonts: a wide (Japanese)
// character fills two cells, and box-drawing characters are drawn as
// lines that join from cell to cell. (freeze, used before, lays text out
// by the font's advances, which breaks every box around Japanese text,
// and its PNG output crashes under Go 1.26.)
package main
