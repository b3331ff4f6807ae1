package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// The deal pane shows every visible term's before and after, wrapped,
// never cut: in the table (model.TermTableFrom columns and more) each
// cell's lines hold the whole text; narrower, each term stacks them under
// its title.
func TestDealTableShowsBeforeAndAfter(t *testing.T) {
	t.Parallel()
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	st := NewStyles(true, false)
	for _, width := range []int{40, 60, 77, 100, 160} {
		for _, e := range testStory(t).Terms {
			lines := drawTermRow(&st, enText(), model.LabelsFor(model.English), e, false, false, width)
			var got []string
			if width >= model.TermTableFrom {
				c := dealColumns(width)
				x := c[0] + c[1] + dealGap
				for _, col := range []int{c[2], c[3]} {
					var cell strings.Builder
					for _, l := range lines[:len(lines)-1] { // the last is the rule
						cell.WriteString(ansi.Cut(ansi.Strip(l), x, x+col))
					}
					got = append(got, squash(cell.String()))
					x += col + dealGap
				}
			} else {
				got = []string{squash(ansi.Strip(strings.Join(lines, " ")))}
			}
			for i, text := range []string{e.Before, e.After} {
				g := got[min(i, len(got)-1)]
				if !strings.Contains(g, squash(text)) {
					t.Errorf("%d columns, %s: %q is not whole in %q", width, e.ID, text, g)
				}
			}
		}
	}
	hs := newHarness(t, Options{Pane: model.PaneDeal}, 200, 50)
	if len(hs.m.lists[model.PaneDeal].header) == 0 || !strings.Contains(hs.screen(), "Before") {
		t.Errorf("no table head at 200×50:\n%s", hs.screen())
	}
	hs = newHarness(t, Options{Pane: model.PaneDeal}, 80, 24)
	if len(hs.m.lists[model.PaneDeal].header) != 0 || !strings.Contains(hs.screen(), "before ") {
		t.Errorf("80×24 is not stacked:\n%s", hs.screen())
	}
}

// Lists fill their pane: no padding page, no page dots.
func TestListsFillThePane(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	l := hs.m.lists[model.PaneTimeline]
	if len(l.lines) < l.height-1 {
		t.Errorf("the timeline list draws %d of %d lines", len(l.lines), l.height)
	}
	if strings.Contains(hs.screen(), "·•") || strings.Contains(hs.screen(), "•·") {
		t.Error("page dots on screen")
	}
}

// The band shows with the timeline only, and only the focused pane has
// the focus border.
func TestBandAndFocusBorder(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	if hs.m.lay.band.empty() {
		t.Fatal("no band on the timeline")
	}
	if n := strings.Count(hs.screen(), "┏"); n != 1 {
		t.Errorf("%d focus borders on screen, want 1", n)
	}
	for _, k := range []string{"2", "3", "4", "5"} {
		hs.keys(k)
		if !hs.m.lay.band.empty() {
			t.Errorf("%s: the band shows outside the timeline", k)
		}
	}
}

// The reader keeps the same text at its top across resizes.
func TestResizeKeepsReadingPosition(t *testing.T) {
	hs := newHarness(t, Options{Item: "story"}, 120, 40)
	hs.keys("enter")
	for range 12 {
		hs.keys("j")
	}
	topText := func() string {
		r := hs.m.reader
		return strings.Join(strings.Fields(hs.screenLine(r.offset())), " ")
	}
	before := hs.m.reader.anchor()
	for _, size := range [][2]int{{80, 24}, {120, 40}} {
		hs.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
	}
	after := hs.m.reader.anchor()
	if after > before || before-after > 12 {
		t.Errorf("120×40 → 80×24 → 120×40: the top moved from word %d to %d (%q)", before, after, topText())
	}
}

func (hs *harness) screenLine(i int) string {
	lines := hs.m.reader.lines
	if i < 0 || i >= len(lines) {
		return ""
	}
	return lines[i]
}

// The reader's text stays near 80 columns in a wide pane, headings carry
// no "#", and there are no double blank lines.
func TestReaderText(t *testing.T) {
	hs := newHarness(t, Options{Item: "story"}, 200, 50)
	r := hs.m.reader
	blank := 0
	for _, l := range r.lines {
		plain := strings.TrimRight(strings.Join(strings.Fields(ansi.Strip(l)), " "), " ")
		if len([]rune(strings.TrimRight(ansi.Strip(l), " "))) > maxTextWidth+2 {
			t.Errorf("line longer than %d: %q", maxTextWidth, plain)
		}
		if strings.HasPrefix(strings.TrimSpace(ansi.Strip(l)), "#") {
			t.Errorf("a heading keeps its #: %q", plain)
		}
		if plain == "" {
			blank++
			if blank > 1 {
				t.Error("two blank lines in a row")
			}
		} else {
			blank = 0
		}
	}
}
