package main

import (
	"flag"
	"fmt"
	"io"
	"os"
)

func main() {
	cols := flag.Int("cols", 120, "the screen's width, in cells")
	rows := flag.Int("rows", 40, "the screen's height, in cells")
	fg := flag.String("fg", "#e4e4e7", "the terminal's default text colour")
	bg := flag.String("bg", "#1b1b1f", "the terminal's background colour")
	font := flag.Float64("font-size", 14, "the font size, in pixels")
	flag.Parse()
	in, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintln(os.Stderr, "termshot:", err)
		os.Exit(1)
	}
	p := picture{cols: *cols, rows: *rows, fg: *fg, bg: *bg, size: *font}
	if err := p.write(os.Stdout, parse(string(in), *cols, *rows)); err != nil {
		fmt.Fprintln(os.Stderr, "termshot:", err)
		os.Exit(1)
	}
}
