package model

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
)

// The deal at a glance: one row per term, before and after, who gains and
// whether it changed. Text wraps every cell to its column (never cuts);
// narrower than TermTableFrom columns, each term stacks before and after
// under its title. Markdown is a GitHub table.

// TermTableFrom is the narrowest width, in columns, at which the deal
// terms are a table (the text export's and the explorer's); narrower,
// each term stacks its before and after under its title. Read side by
// side from 70 to 116 columns, the stacked terms read better below 100:
// the table's cells wrap to four to seven lines there, and a screen of 24
// rows holds three terms.
const TermTableFrom = 100

// TermTableHead is the table's head, in English (Labels.TermHead gives
// it in a language).
func TermTableHead() []string { return LabelsFor(English).TermHead() }

// TermCells are a term's cells, in the head's order, in English
// (Labels.TermCells gives them in a language).
func TermCells(t *Term) []string { return LabelsFor(English).TermCells(t) }

// TermColumns gives the widths of the table's five columns for a width,
// with gap columns between each two (" | " in the text export, a space
// or two on the screen): the fixed "who gains" and "status" columns, a
// fifth of the rest for the term, and before and after sharing what is
// left. It is the one geometry of the deal table.
func TermColumns(width, gap int) []int {
	const gains, status = 9, 10 // "customers", "not stated": one line each
	rest := width - gains - status - 4*gap
	term := max(rest/5, 12)
	side := (rest - term) / 2
	return []int{term, side, rest - term - side, gains, status}
}

// writeTermTable writes the terms as a text table, or stacked when narrow.
func writeTermTable(t *textWriter, l *Labels, terms []*Term) {
	if t.width < TermTableFrom {
		writeStackedTerms(t, l, terms)
		return
	}
	cols := TermColumns(t.width, 3)
	rule := make([]string, len(cols))
	for i, c := range cols {
		rule[i] = strings.Repeat("-", c)
	}
	writeTableRow(t, cols, l.TermHead())
	t.b.WriteString(strings.Join(rule, "-+-") + "\n")
	for _, term := range terms {
		writeTableRow(t, cols, l.TermCells(term))
	}
	t.b.WriteString("\n")
}

// writeStackedTerms writes each term's title, then its before and after
// under it, each under a label of the same width.
func writeStackedTerms(t *textWriter, l *Labels, terms []*Term) {
	w := max(ansi.StringWidth(l.StackedBefore), ansi.StringWidth(l.StackedAfter))
	pad := func(s string) string { return "  " + s + strings.Repeat(" ", w-ansi.StringWidth(s)+1) }
	rest := strings.Repeat(" ", w+3)
	for _, term := range terms {
		t.lines(fmt.Sprintf(l.StackedTermFormat, term.Title, l.StatusWord(term.Status), l.GainsWord(term.Gains)), "  ", "    ")
		t.lines(term.Before, pad(l.StackedBefore), rest)
		t.lines(term.After, pad(l.StackedAfter), rest)
		t.b.WriteString("\n")
	}
}

// writeTableRow writes one row, each cell wrapped to its column.
func writeTableRow(t *textWriter, cols []int, cells []string) {
	wrapped := make([][]string, len(cells))
	height := 1
	for i, c := range cells {
		wrapped[i] = wrap.Lines(c, cols[i])
		height = max(height, len(wrapped[i]))
	}
	for y := range height {
		parts := make([]string, len(cells))
		for i := range cells {
			cell := ""
			if y < len(wrapped[i]) {
				cell = strings.TrimSpace(wrapped[i][y])
			}
			parts[i] = cell + strings.Repeat(" ", max(cols[i]-ansi.StringWidth(cell), 0))
		}
		t.b.WriteString(strings.TrimRight(strings.Join(parts, " | "), " ") + "\n")
	}
}

// markdownTermTable writes the terms as a Markdown table.
func markdownTermTable(b *strings.Builder, l *Labels, terms []*Term) {
	row := func(cells []string) {
		for i, c := range cells {
			cells[i] = MarkdownInline(c)
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	row(l.TermHead())
	b.WriteString("|---|---|---|---|---|\n")
	for _, t := range terms {
		row(l.TermCells(t))
	}
	b.WriteString("\n")
}
