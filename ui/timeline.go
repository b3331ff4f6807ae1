package ui

import (
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// The axis runs from the start of firstYear to the end of lastYear.
const (
	firstYear = 2019
	lastYear  = 2032
)

// timelineBand draws the events on a horizontal axis scaled by date. Its
// columns are computed once per width.
type timelineBand struct {
	events []*model.Event
	width  int   // inner width
	xs     []int // column of each event's marker
	years  []int // years to label, with their columns in yearXs
	yearXs []int
}

func newTimelineBand(events []*model.Event) timelineBand {
	return timelineBand{events: events}
}

// setWidth places the markers for an inner width: by date, then nudged
// apart so that no two share a column.
func (t *timelineBand) setWidth(w int) {
	t.width = max(w, 1)
	span := float64(lastYear - firstYear + 1)
	col := func(year int, frac float64) int {
		x := int((float64(year-firstYear) + frac) / span * float64(t.width-1))
		return min(max(x, 0), t.width-1)
	}
	t.xs = make([]int, len(t.events))
	for i, e := range t.events {
		t.xs[i] = col(e.Date.Year, e.Date.Fraction())
		if i > 0 && t.xs[i] <= t.xs[i-1] {
			t.xs[i] = t.xs[i-1] + 1
		}
	}
	for i := len(t.xs) - 1; i >= 0; i-- { // pull back any pushed past the end
		limit := t.width - 1 - (len(t.xs) - 1 - i)
		if t.xs[i] > limit {
			t.xs[i] = max(limit, 0)
		}
	}
	t.years, t.yearXs = nil, nil
	seen := map[int]bool{}
	next := 0
	for _, e := range t.events {
		y := e.Date.Year
		if seen[y] || y < firstYear || y > lastYear {
			continue
		}
		seen[y] = true
		x := col(y, 0)
		if e.Date.Month == 0 {
			x = col(y, 0.5) - 2 // centre the label on a mid-year marker
		}
		x = max(x, next)
		if x+4 > t.width {
			continue
		}
		t.years = append(t.years, y)
		t.yearXs = append(t.yearXs, x)
		next = x + 5
	}
}

// eventAt gives the event whose marker is nearest column x, within two
// columns, or -1.
func (t *timelineBand) eventAt(x int) int {
	best, bestD := -1, 3
	for i, ex := range t.xs {
		d := ex - x
		if d < 0 {
			d = -d
		}
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// view draws the band's inner lines: year labels, the axis with a marker
// per event, a caret under the selected one, its date and title, and with
// legend set a key to the markers.
func (t *timelineBand) view(st *Styles, sel int, legend bool) string {
	w := t.width
	if w <= 0 || len(t.xs) != len(t.events) {
		return ""
	}
	years := []rune(strings.Repeat(" ", w))
	for i, y := range t.years {
		copy(years[t.yearXs[i]:], []rune(strconv.Itoa(y)))
	}

	var axis strings.Builder
	prev := 0
	for i, x := range t.xs {
		if x > prev {
			axis.WriteString(st.Axis.Render(strings.Repeat("─", x-prev)))
		}
		mark, style := "●", st.Article
		if t.events[i].Provenance == model.FromBackground {
			mark, style = "○", st.Background
		}
		if i == sel {
			mark, style = "◆", st.MarkSelected
			if t.events[i].Provenance == model.FromBackground {
				mark = "◇"
			}
		}
		axis.WriteString(style.Render(mark))
		prev = x + 1
	}
	if prev < w {
		axis.WriteString(st.Axis.Render(strings.Repeat("─", w-prev)))
	}

	caret, label := "", ""
	if sel >= 0 && sel < len(t.events) {
		caret = strings.Repeat(" ", t.xs[sel]) + st.MarkSelected.Render("▲")
		e := t.events[sel]
		tag := st.Article.Render("article")
		if e.Provenance == model.FromBackground {
			tag = st.Background.Render("background")
		}
		text := st.Bold.Render(e.Date.Long()) + " · " + e.Title + " · " + tag
		label = ansi.Truncate(text, w, "…")
	}
	if !legend { // no legend line: put the key to the dots beside the caret
		key := st.Article.Render("● article") + " " + st.Background.Render("○ background")
		kw := lipgloss.Width(key)
		if cw := lipgloss.Width(caret); cw+kw+2 <= w {
			caret += strings.Repeat(" ", w-cw-kw) + key
		}
	}
	lines := []string{st.AxisYear.Render(string(years)), axis.String(), caret, label}
	if legend {
		lines = append(lines, ansi.Truncate(
			st.Article.Render("● article")+"  "+st.Background.Render("○ background")+"  "+
				st.Muted.Render("◆ selected · ←/→ move between events"), w, "…"))
	}
	return lipgloss.JoinVertical(lipgloss.Left, lines...)
}
