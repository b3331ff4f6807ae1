package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

// themeKey is what of the theme a drawn thing depends on.
type themeKey struct{ dark, noColor bool }

func (st *Styles) key() themeKey { return themeKey{st.Dark, st.NoColor} }

// rowKey names a drawn row: what its lines depend on.
type rowKey struct {
	id, group         string
	width, detail     int
	selected, focused bool
	theme             themeKey
}

// rowCacheBytes bounds the drawn rows kept: many screens' worth.
const rowCacheBytes = 4 << 20

// drawRow draws one list row, each line exactly width wide: its title
// line, then its summary on at most detail lines, cut with "…" when it
// needs more.
func drawRow(st *Styles, tx *uiText, lb *model.Labels, e model.Entry, selected, focused bool, width, detail int) []string {
	if t, ok := e.(*model.Term); ok {
		return drawTermRow(st, tx, lb, t, selected, focused, width)
	}
	title, right, summary := rowText(lb, e)
	marker := "  "
	if selected {
		marker = "▸ "
	}
	titleW := width - ansi.StringWidth(marker) - ansi.StringWidth(right) - 1
	line1 := spaceBetween(marker+ansi.Truncate(title, max(titleW, 1), "…"), right, width)
	out := []string{rowTitleStyle(st, selected, focused).Render(fitLine(line1, width))}
	for _, l := range clampLines(summary, max(width-2, 1), detail) {
		out = append(out, st.RowDetail.Render(fitLine("  "+l, width)))
	}
	return out
}

// clampLines wraps text to width on at most n lines, the last cut with
// "…" when the text goes on.
func clampLines(text string, width, n int) []string {
	lines := wrap.Lines(text, width)
	if len(lines) <= n {
		return lines
	}
	last := wrap.JoinBroken(lines[n-1:]) // no space after "multi-" or in Japanese
	return append(lines[:n-1], ansi.Truncate(last, width, "…"))
}

func rowTitleStyle(st *Styles, selected, focused bool) lipgloss.Style {
	switch {
	case selected && focused:
		return st.RowSelected
	case selected:
		return st.RowSelectedBlur
	}
	return st.RowTitle
}

// rowText gives a row's title, its right-hand tag and its second line.
func rowText(lb *model.Labels, e model.Entry) (title, right, detail string) {
	it := e.Base()
	switch v := e.(type) {
	case *model.Event:
		return provenanceDot(it) + " " + lb.LongDate(v.Date) + " · " + it.Title, "", it.Summary
	case *model.Implication:
		return it.Title, lb.SubjectWord(v.Subject), v.Enables
	case *model.Intro, *model.Impact: // under their group's heading
		return it.Title, "", it.Summary
	case *model.Glossary:
		return it.Title, "", it.Summary
	}
	return it.Title, "", it.Summary
}

// provenanceDot marks where an item comes from: a filled dot for the
// article, a hollow one for background.
func provenanceDot(it *model.Item) string {
	if it.Provenance == model.FromBackground {
		return "○"
	}
	return "●"
}

// Deal terms are a table when the pane is wide enough (model's geometry:
// model.TermColumns): term, before, after, who gains and whether it
// changed, cells wrapped, never cut, after a marker column. Narrower,
// each term stacks its before and after under its title.

// dealMarker is the width of the marker column; dealGap separates the
// columns.
const (
	dealMarker = 2
	dealGap    = 2 // one space made cells read as one phrase
)

// dealColumns gives the widths of the table's columns for a width:
// marker, term, before, after, gains, status.
func dealColumns(width int) []int {
	return append([]int{dealMarker}, model.TermColumns(width-dealMarker-dealGap, dealGap)...)
}

// dealHeader is the table's head, or nothing when terms are stacked.
func dealHeader(st *Styles, lb *model.Labels, width int) []string {
	if width < model.TermTableFrom {
		return nil
	}
	c := dealColumns(width)
	cells := append([]string{""}, lb.TermHead()...)
	var b strings.Builder
	for i, cell := range cells {
		if i > 1 {
			b.WriteString(strings.Repeat(" ", dealGap))
		}
		b.WriteString(fitLine(cell, c[i]))
	}
	return []string{st.Header.Render(fitLine(b.String(), width))}
}

func drawTermRow(st *Styles, tx *uiText, lb *model.Labels, t *model.Term, selected, focused bool, width int) []string {
	marker := "  "
	if selected {
		marker = "▸ "
	}
	title := rowTitleStyle(st, selected, focused)
	if width < model.TermTableFrom {
		status := fmt.Sprintf(tx.StatusGains, lb.StatusWord(t.Status), lb.GainsWord(t.Gains))
		lines := stackedTermHead(st, title, marker, t.Title, status, width)
		for _, side := range [][2]string{{tx.BeforeCell, t.Before}, {tx.AfterCell, t.After}} {
			for _, l := range hangWrap("  "+side[0], side[1], width) {
				lines = append(lines, st.RowDetail.Render(fitLine(l, width)))
			}
		}
		return lines
	}
	return termTableRow(st, title, append([]string{marker}, lb.TermCells(t)...), width)
}

// stackedTermHead is a stacked term's first lines: its title with its
// status and who gains at the right, at least a gutter apart (one space
// reads "Exclusivity changed" as a phrase), or, when both do not fit,
// the title wrapped and the status on a line of its own, so that neither
// is cut.
func stackedTermHead(st *Styles, title lipgloss.Style, marker, name, status string, width int) []string {
	if wrap.Width(marker)+wrap.Width(name)+dealGap+wrap.Width(status) <= width {
		return []string{title.Render(spaceBetween(marker+name, status, width))}
	}
	var lines []string
	for _, l := range hangWrap(marker, name, width) {
		lines = append(lines, title.Render(fitLine(l, width)))
	}
	for _, l := range hangWrap("  ", status, width) {
		lines = append(lines, st.RowDetail.Render(fitLine(l, width)))
	}
	return lines
}

// termTableRow draws a row of the deal table: every cell wrapped to its
// column, all its lines in the row's one style, and a rule under it so
// that rows of several lines read apart.
func termTableRow(st *Styles, style lipgloss.Style, cells []string, width int) []string {
	c := dealColumns(width)
	wrapped := make([][]string, len(cells))
	height := 1
	for i, cell := range cells {
		wrapped[i] = wrap.Lines(cell, c[i])
		height = max(height, len(wrapped[i]))
	}
	gap := strings.Repeat(" ", dealGap)
	lines := make([]string, 0, height+1)
	for y := range height {
		var b strings.Builder
		for i := range cells {
			if i > 1 {
				b.WriteString(gap)
			}
			cell := ""
			if y < len(wrapped[i]) {
				cell = wrapped[i][y]
			}
			b.WriteString(fitLine(cell, c[i]))
		}
		lines = append(lines, style.Render(fitLine(b.String(), width)))
	}
	rule := "  " + strings.Repeat("─", max(width-dealMarker-1, 0))
	return append(lines, st.Axis.Render(fitLine(rule, width)))
}
