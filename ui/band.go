package ui

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// band draws the timeline's events on a horizontal axis scaled by date,
// from the start of the story's first year to the end of its last. Its
// columns are placed once per width; it is drawn in Update, when the
// selection, the width or the theme changes.
type band struct {
	events      []*model.Event
	first, last int // years the axis spans
	width       int
	xs          []int  // column of each event's marker
	marks       []byte // per column: markNone, markArticle or markBackground
	years       []int  // years labelled, at the columns in yearXs
	yearXs      []int
	drawn       string
}

// Kinds of marker on the axis.
const (
	markNone byte = iota
	markArticle
	markBackground
)

func newBand(events []*model.Event) *band {
	b := &band{events: events}
	if len(events) > 0 {
		b.first, b.last = events[0].Date.Year, events[len(events)-1].Date.Year
	}
	return b
}

// setWidth places the markers for an inner width: by date, then nudged
// apart so that no two share a column while there is room for each.
func (b *band) setWidth(w int) {
	b.width = max(w, 1)
	b.xs = make([]int, len(b.events))
	spread := len(b.events) <= b.width
	for i, e := range b.events {
		b.xs[i] = b.col(e.Date.Year, e.Date.Fraction())
		if spread && i > 0 && b.xs[i] <= b.xs[i-1] {
			b.xs[i] = b.xs[i-1] + 1
		}
	}
	for i := len(b.xs) - 1; spread && i >= 0; i-- { // pull back any pushed past the end
		b.xs[i] = min(b.xs[i], max(b.width-len(b.xs)+i, 0))
	}
	b.marks = make([]byte, b.width)
	for i, x := range b.xs {
		switch {
		case b.events[i].Provenance != model.FromBackground:
			b.marks[x] = markArticle // an article event outranks background
		case b.marks[x] == markNone:
			b.marks[x] = markBackground
		}
	}
	b.placeYears()
}

// col is the column of a point in a year (frac from 0 to 1).
func (b *band) col(year int, frac float64) int {
	span := float64(b.last - b.first + 1)
	x := int((float64(year-b.first) + frac) / span * float64(b.width-1))
	return min(max(x, 0), b.width-1)
}

// placeYears labels the years that have events, left to right, skipping
// any that would overlap the one before.
func (b *band) placeYears() {
	b.years, b.yearXs = nil, nil
	next := 0
	for _, e := range b.events {
		y := e.Date.Year
		if len(b.years) > 0 && b.years[len(b.years)-1] == y {
			continue
		}
		label := len(strconv.Itoa(y))
		x := b.col(y, 0)
		if e.Date.Month == 0 {
			x = b.col(y, 0.5) - label/2 // centre the label on a mid-year marker
		}
		x = max(x, next)
		if x+label > b.width {
			continue
		}
		b.years = append(b.years, y)
		b.yearXs = append(b.yearXs, x)
		next = x + label + 1
	}
}

// eventAt gives the event whose marker is nearest column x, within two
// columns, or -1.
func (b *band) eventAt(x int) int {
	best, bestD := -1, 3
	for i, ex := range b.xs {
		if d := max(ex-x, x-ex); d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// draw makes the band's lines for a selection: year labels, the axis with
// a marker per event, a caret under the selected one, and the selected
// event's date, title and where it comes from, its marker beside the
// words (the key to the markers, in one place whatever is selected).
func (b *band) draw(st *Styles, t *uiText, lb *model.Labels, sel int) {
	if len(b.xs) != len(b.events) || len(b.marks) != b.width {
		b.drawn = ""
		return
	}
	selX := -1
	if sel >= 0 && sel < len(b.events) {
		selX = b.xs[sel]
	}
	lines := []string{b.yearLine(st), b.axisLine(st, sel, selX), b.caretLine(st, selX), b.labelLine(st, t, lb, sel)}
	b.drawn = strings.Join(fitLines(lines, b.width), "\n")
}

func (b *band) yearLine(st *Styles) string {
	years := []rune(strings.Repeat(" ", b.width))
	for i, y := range b.years {
		copy(years[b.yearXs[i]:], []rune(strconv.Itoa(y)))
	}
	return st.AxisYear.Render(string(years))
}

func (b *band) axisLine(st *Styles, sel, selX int) string {
	var axis strings.Builder
	run := 0
	flush := func() {
		if run > 0 {
			axis.WriteString(st.Axis.Render(strings.Repeat("─", run)))
			run = 0
		}
	}
	for x, mark := range b.marks {
		if mark == markNone {
			run++
			continue
		}
		flush()
		switch {
		case x == selX && b.events[sel].Provenance == model.FromBackground:
			axis.WriteString(st.MarkSelected.Render("◇"))
		case x == selX:
			axis.WriteString(st.MarkSelected.Render("◆"))
		case mark == markBackground:
			axis.WriteString(st.Background.Render("○"))
		default:
			axis.WriteString(st.Article.Render("●"))
		}
	}
	flush()
	return axis.String()
}

// caretLine puts a caret under the selected marker.
func (b *band) caretLine(st *Styles, selX int) string {
	if selX < 0 {
		return ""
	}
	return strings.Repeat(" ", selX) + st.MarkSelected.Render("▲")
}

func (b *band) labelLine(st *Styles, t *uiText, lb *model.Labels, sel int) string {
	if sel < 0 || sel >= len(b.events) {
		return ""
	}
	e := b.events[sel]
	tag := st.Article.Render(t.BandArticle)
	if e.Provenance == model.FromBackground {
		tag = st.Background.Render(t.BandBackground)
	}
	return ansi.Truncate(st.Bold.Render(lb.LongDate(e.Date))+" · "+e.Title+" · "+tag, b.width, "…")
}
