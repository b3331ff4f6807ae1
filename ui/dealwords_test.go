package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/model"
)

// TestDealRowsKeepEveryWord: a deal term's row, at every width from 30 to
// 200, selected or not, in both editions, shows every character of its
// title, before, after, who gains and status: stacked, in order; in the
// table, each cell whole within its column (review finding H1 for the
// deal table). The quick suite tries a sample of widths.
func TestDealRowsKeepEveryWord(t *testing.T) {
	widths := []int{30, 36, 60, 76, 99, 100, 116, 160, 200}
	if integrationRun {
		widths = widths[:0]
		for w := 30; w <= 200; w++ {
			widths = append(widths, w)
		}
	}
	for _, s := range []*model.Story{testStory(t), japaneseStory(t)} {
		st, tx, lb := NewStyles(true, false), textFor(s.Lang), s.Labels()
		stp := &st
		for _, w := range widths {
			for _, term := range s.Terms {
				for _, selected := range []bool{false, true} {
					rows := drawTermRow(stp, tx, lb, term, selected, true, w)
					if err := dealRowComplete(tx, lb, term, rows, w); err != nil {
						t.Errorf("%s, %s at %d columns (selected %v): %v", s.Lang, term.ID, w, selected, err)
					}
				}
			}
		}
	}
}

func dealRowComplete(tx *uiText, lb *model.Labels, term *model.Term, rows []string, w int) error {
	for _, r := range rows {
		if got := ansi.StringWidth(r); got != w {
			return fmt.Errorf("a line %d wide: %q", got, ansi.Strip(r))
		}
	}
	if w < model.TermTableFrom {
		status := fmt.Sprintf(tx.StatusGains, lb.StatusWord(term.Status), lb.GainsWord(term.Gains))
		_, err := wordcheck.InOrder(rows, 0, term.Title, status, term.Before, term.After)
		return err
	}
	for i, column := range dealCells(rows, w) {
		if _, err := wordcheck.InOrder(column, 0, lb.TermCells(term)[i]); err != nil {
			return fmt.Errorf("column %d: %w", i+1, err)
		}
	}
	return nil
}

// dealCells cuts the lines of a row of the deal table into its cells
// (the marker column left out): for each column, its lines.
func dealCells(rows []string, w int) [][]string {
	var out [][]string
	x := 0
	for i, c := range dealColumns(w) {
		if i > 1 {
			x += dealGap
		}
		if i > 0 {
			column := make([]string, len(rows))
			for y, r := range rows {
				column[y] = ansi.Cut(r, x, x+c)
			}
			out = append(out, column)
		}
		x += c
	}
	return out
}
