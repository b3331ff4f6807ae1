package ui

import (
	"fmt"
	"strings"
	"testing"

	"charm.land/bubbles/v2/help"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap/wraptest"
	"github.com/dealtui/dealtui/model"
)

// jaWidths are the widths issue 20 checks Japanese wrapping at.
var jaWidths = []int{24, 40, 60, 80, 120}

// TestJapaneseListsWrap: the summaries of the lists, wrapped at each width,
// pass wraptest.Check (lines within the column, kinsoku, no Latin word
// split, nothing lost). The reader's own check is in internal/mdrender.
func TestJapaneseListsWrap(t *testing.T) {
	s := japaneseStory(t)
	for _, w := range jaWidths {
		for _, e := range s.Entries() {
			_, _, summary := rowText(s.Labels(), e)
			if err := checkWrapped(summary, w, clampLines(summary, w, 1000)); err != nil {
				t.Errorf("%s at %d: %v", e.Base().ID, w, err)
			}
		}
	}
}

// TestJapaneseHelpNotesWrap: the help's notes, at each width.
func TestJapaneseHelpNotesWrap(t *testing.T) {
	s := japaneseStory(t)
	st, tx := NewStyles(true, false), textFor(model.Japanese)
	for _, w := range jaWidths {
		h := newHelpView()
		h.setSize(w, 100)
		hm := help.New()
		hm.Styles = st.Help
		h.compose(&st, tx, keyMapWith(tx), hm)
		plain := make([]string, len(h.lines))
		for i, l := range h.lines {
			plain[i] = strings.TrimRight(ansi.Strip(l), " ")
		}
		for _, note := range []string{tx.HelpMouse, tx.HelpMarks} {
			lines, err := paragraphOf(plain, note)
			if err == nil {
				err = checkWrapped(note, w, lines)
			}
			if err != nil {
				t.Errorf("%s, at %d: %v", s.Lang, w, err)
			}
		}
	}
}

// TestJapaneseDealCellsWrap: each cell of the deal table, and each side
// of a stacked term, at each width the pane can have.
func TestJapaneseDealCellsWrap(t *testing.T) {
	s := japaneseStory(t)
	st, tx, lb := NewStyles(true, false), textFor(model.Japanese), s.Labels()
	for _, w := range append(jaWidths, model.TermTableFrom, 160) {
		for _, term := range s.Terms {
			rows := drawTermRow(&st, tx, lb, term, false, true, w)
			if err := dealCellsWrapped(tx, lb, term, rows, w); err != nil {
				t.Errorf("%s at %d: %v", term.ID, w, err)
			}
		}
	}
}

func dealCellsWrapped(tx *uiText, lb *model.Labels, term *model.Term, rows []string, w int) error {
	plain := make([]string, len(rows))
	for i, r := range rows {
		plain[i] = ansi.Strip(r)
	}
	if w < model.TermTableFrom {
		for _, side := range [][2]string{{tx.BeforeCell, term.Before}, {tx.AfterCell, term.After}} {
			prefix := "  " + side[0]
			pw := ansi.StringWidth(prefix)
			lines, err := linesFrom(plain, prefix, pw)
			if err != nil {
				return err
			}
			if err := checkWrapped(side[1], w-pw, lines); err != nil {
				return err
			}
		}
		return nil
	}
	for i, column := range dealCells(plain[:len(plain)-1], w) { // the last line is the rule
		var lines []string
		for _, cell := range column {
			if cell = strings.TrimRight(cell, " "); cell != "" {
				lines = append(lines, cell)
			}
		}
		if err := checkWrapped(lb.TermCells(term)[i], dealColumns(w)[i+1], lines); err != nil {
			return fmt.Errorf("column %d: %w", i+1, err)
		}
	}
	return nil
}

// linesFrom takes the lines of a hanging paragraph that starts with
// prefix: its first line and the ones indented under it, each without
// the prefix's width.
func linesFrom(plain []string, prefix string, pw int) ([]string, error) {
	for i, l := range plain {
		if !strings.HasPrefix(l, prefix) {
			continue
		}
		out := []string{strings.TrimRight(ansi.Cut(l, pw, ansi.StringWidth(l)), " ")}
		for _, next := range plain[i+1:] {
			if !strings.HasPrefix(next, strings.Repeat(" ", pw)) || strings.TrimSpace(next) == "" {
				break
			}
			out = append(out, strings.TrimRight(ansi.Cut(next, pw, ansi.StringWidth(next)), " "))
		}
		return out, nil
	}
	return nil, fmt.Errorf("no line starts with %q", prefix)
}

// paragraphOf finds the lines a paragraph was wrapped to: from the line
// its first characters start, to the next blank line.
func paragraphOf(plain []string, text string) ([]string, error) {
	head := string([]rune(text)[:4])
	for i, l := range plain {
		if !strings.HasPrefix(l, head) {
			continue
		}
		end := i
		for end < len(plain) && plain[end] != "" {
			end++
		}
		return plain[i:end], nil
	}
	return nil, fmt.Errorf("%q… is not in the help", head)
}

func checkWrapped(in string, width int, lines []string) error {
	plain := make([]string, len(lines))
	for i, l := range lines {
		plain[i] = strings.TrimRight(ansi.Strip(l), " ")
	}
	if err := wraptest.Check(ansi.Strip(in), width, plain); err != nil {
		return fmt.Errorf("%w\n%s", err, strings.Join(plain, "\n"))
	}
	return nil
}

// A summary cut to its last line is joined as it was written: no space
// after a hyphen the wrap broke at, none inside Japanese text.
func TestClampLinesJoinsAsWritten(t *testing.T) {
	for _, c := range []struct {
		text  string
		width int
		want  []string
	}{
		{`Exclusivity ends in what the article calls a "multi-partnership framework" today.`, 40,
			[]string{`Exclusivity ends in what the article`, `calls a "multi-partnership framework" t…`}},
		{"独占は、記事が「multi-partnership framework」と呼ぶ形で終わり、OpenAIはほかのクラウドを通じても販売できるようになる。", 30,
			[]string{"独占は、記事が「multi-", "partnership framework」と呼ぶ…"}},
	} {
		got := clampLines(c.text, c.width, 2)
		if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
			t.Errorf("clampLines(%q, %d, 2) =\n%s\nwant\n%s", c.text, c.width, strings.Join(got, "\n"), strings.Join(c.want, "\n"))
		}
	}
}
