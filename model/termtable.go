package model

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The deal at a glance: one row per term, before and after, who gains and
// whether it changed. Text wraps every cell to its column (never cuts);
// narrower than tableFrom columns, each term stacks before and after
// under its title. Markdown is a GitHub table.

// tableFrom is the narrowest text table.
const tableFrom = 72

func termTableHead() []string {
	return []string{"Term", "Before", "After", "Who gains", "Status"}
}

func termCells(t *Term) []string {
	return []string{t.Title, t.Before, t.After, t.Gains.Label(), t.Status.Label()}
}

// termColumns gives the widths of the text table's columns for a width,
// separators (" | ") included in the sum.
func termColumns(width int) []int {
	const gains, status, seps = 9, 9, 4 * 3
	rest := width - gains - status - seps
	term := max(rest/5, 12)
	side := (rest - term) / 2
	return []int{term, side, rest - term - side, gains, status}
}

// writeTermTable writes the terms as a text table, or stacked when narrow.
func writeTermTable(t *textWriter, terms []*Term) {
	if t.width < tableFrom {
		for _, term := range terms {
			t.lines("* "+term.Title+" ("+term.Status.Label()+"; gains "+term.Gains.Label()+")", "  ", "    ")
			t.lines(term.Before, "  before ", "         ")
			t.lines(term.After, "  after  ", "         ")
			t.b.WriteString("\n")
		}
		return
	}
	cols := termColumns(t.width)
	rule := make([]string, len(cols))
	for i, c := range cols {
		rule[i] = strings.Repeat("-", c)
	}
	writeTableRow(t, cols, termTableHead())
	t.b.WriteString(strings.Join(rule, "-+-") + "\n")
	for _, term := range terms {
		writeTableRow(t, cols, termCells(term))
	}
	t.b.WriteString("\n")
}

// writeTableRow writes one row, each cell wrapped to its column.
func writeTableRow(t *textWriter, cols []int, cells []string) {
	wrapped := make([][]string, len(cells))
	height := 1
	for i, c := range cells {
		wrapped[i] = strings.Split(ansi.Wrap(c, cols[i], ""), "\n")
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
func markdownTermTable(b *strings.Builder, terms []*Term) {
	row := func(cells []string) {
		for i, c := range cells {
			cells[i] = MarkdownInline(c)
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	row(termTableHead())
	b.WriteString("|---|---|---|---|---|\n")
	for _, t := range terms {
		row(termCells(t))
	}
	b.WriteString("\n")
}
