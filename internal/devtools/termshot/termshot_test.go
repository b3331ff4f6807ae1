package main

import (
	"bytes"
	"strings"
	"testing"
)

// A wide character fills two cells, styles go on from line to line as
// tmux writes them, and lines are padded to the width.
func TestParse(t *testing.T) {
	rows := parse("\x1b[1m日本\x1b[0m ab\n\x1b[4mx", 8, 3)
	if len(rows) != 3 || len(rows[0]) != 8 {
		t.Fatalf("%d rows of %d cells", len(rows), len(rows[0]))
	}
	var got []string
	for _, c := range rows[0] {
		got = append(got, c.ch)
	}
	if strings.Join(got, "|") != "日||本|| |a|b| " {
		t.Errorf("the cells: %q", got)
	}
	if rows[1][0].st.Underline == 0 || rows[0][0].st.Attrs == 0 || rows[0][5].st.Attrs != 0 {
		t.Errorf("the styles: %+v %+v %+v", rows[0][0].st, rows[0][5].st, rows[1][0].st)
	}
}

// Each character is drawn at its own cell: the one after a wide
// character two cells on; box-drawing characters are lines; text is
// escaped.
func TestSVG(t *testing.T) {
	var b bytes.Buffer
	p := picture{cols: 6, rows: 1, fg: "#ffffff", bg: "#000000", size: 10}
	if err := p.write(&b, parse("日<─│", 6, 1)); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	for _, want := range []string{
		`<text x="21.00">日</text>`,            // centred on its two cells: 20 + (12-10)/2
		`<text x="32.00">&lt;</text>`,         // two cells (12) on
		`<path d="M37.70 42.50 L44.30 42.50"`, // ─ across its cell, a little past each side
		`<path d="M47.00 35.70 L47.00 49.30"`, // │ down the middle of its cell
	} {
		if !strings.Contains(svg, want) {
			t.Errorf("no %s in\n%s", want, svg)
		}
	}
}
