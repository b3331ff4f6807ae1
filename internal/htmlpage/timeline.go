package htmlpage

import (
	"strconv"
	"time"

	"github.com/dealtui/dealtui/model"
)

// The timeline figure: an axis from the first event's year to the last's,
// each event a numbered marker at its date (a circle for the article, a
// diamond for background), markers too close to share a row stacked
// above, and a line at the story's own date. The list under the figure
// has the same numbers. Coordinates are in the SVG's own units; the
// figure scales to the width of the page. It is drawn twice, wide for a
// desktop and narrow for a phone (style.css shows one), so that its
// markers and years are about their own size on either.
const (
	figWide    = 640
	figNarrow  = 360
	figMargin  = 28 // room at each end for a marker and its year
	figLane    = 30 // from one row of markers to the next
	figMarker  = 12 // a marker's radius
	figMinGap  = 2*figMarker + 4
	figAxisPad = 36 // from the lowest row to the axis' top
	figYearPad = 26 // from the axis to its years' baseline
)

// figure is the timeline figure, its numbers already text.
type figure struct {
	Class         string // "wide" or "narrow"
	Width, Height string
	AxisY         string
	AxisX1        string
	AxisX2        string
	TickTop       string
	TickBottom    string
	YearsY        string
	Ticks         []figTick
	Markers       []figMarkerView
	Story         *figStory
	From, To      int
}

type figTick struct {
	X     string
	Label string // the year, or "" for a tick without one
}

type figMarkerView struct {
	N       int
	X, Y    string
	Article bool
	// Points is the diamond's outline, for a background event.
	Points string
}

type figStory struct {
	X, Top, Label string
}

// fraction places a date on the axis, in years: a year alone at its
// start, a month at its first day.
func fraction(d model.Date) float64 {
	month, day := max(d.Month, 1), max(d.Day, 1)
	start := time.Date(d.Year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	jan := time.Date(d.Year, 1, 1, 0, 0, 0, 0, time.UTC)
	days := time.Date(d.Year+1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(jan).Hours() / 24
	return float64(d.Year) + start.Sub(jan).Hours()/24/days
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// newFigures gives the wide and the narrow figure, or none without events.
func newFigures(events []*model.Event, story model.Date, l *Labels) []*figure {
	if len(events) == 0 {
		return nil
	}
	return []*figure{newFigure(events, story, l, figWide, "wide"), newFigure(events, story, l, figNarrow, "narrow")}
}

// newFigure lays out the timeline for the events, in date order, and the
// story's date (zero for none), width units wide.
func newFigure(events []*model.Event, story model.Date, l *Labels, width int, class string) *figure {
	from, to := events[0].Date.Year, events[len(events)-1].Date.Year
	if !story.IsZero() {
		from, to = min(from, story.Year), max(to, story.Year)
	}
	span := max(float64(to-from), 1)
	x := func(f float64) float64 { return figMargin + (f-float64(from))/span*float64(width-2*figMargin) }

	lanes := placeLanes(events, x)
	rows := 1
	for _, ln := range lanes {
		rows = max(rows, ln+1)
	}
	axisY := float64(figMarker+8+(rows-1)*figLane) + figAxisPad
	f := &figure{
		Class: class, Width: num(float64(width)), From: from, To: to,
		AxisY: num(axisY), AxisX1: num(x(float64(from))), AxisX2: num(x(float64(to))),
		TickTop: num(axisY - 5), TickBottom: num(axisY + 7),
		YearsY: num(axisY + figYearPad),
		Height: num(axisY + figYearPad + 10),
	}
	f.Ticks = ticks(events, from, to, x)
	for i, e := range events {
		cx := x(fraction(e.Date))
		cy := axisY - figAxisPad + figMarker - float64(lanes[i]*figLane)
		m := figMarkerView{N: i + 1, X: num(cx), Y: num(cy), Article: e.Provenance == model.FromArticle}
		if !m.Article {
			r := float64(figMarker) + 2
			m.Points = num(cx) + "," + num(cy-r) + " " + num(cx+r) + "," + num(cy) + " " + num(cx) + "," + num(cy+r) + " " + num(cx-r) + "," + num(cy)
		}
		f.Markers = append(f.Markers, m)
	}
	if !story.IsZero() {
		f.Story = &figStory{X: num(x(fraction(story))), Top: num(4), Label: l.ThisStory}
	}
	return f
}

// placeLanes gives each event the lowest row in which its marker keeps
// clear of the markers already placed there.
func placeLanes(events []*model.Event, x func(float64) float64) []int {
	lanes := make([]int, len(events))
	var lastX []float64 // the last marker's x in each row
	for i, e := range events {
		cx := x(fraction(e.Date))
		lane := 0
		for lane < len(lastX) && cx-lastX[lane] < figMinGap {
			lane++
		}
		if lane == len(lastX) {
			lastX = append(lastX, cx)
		}
		lastX[lane] = cx
		lanes[i] = lane
	}
	return lanes
}

// ticks marks the years of the axis, and names the first, the last and
// each year that has an event, where the name keeps clear of the one
// before (the last is always named).
func ticks(events []*model.Event, from, to int, x func(float64) float64) []figTick {
	named := map[int]bool{from: true, to: true}
	for _, e := range events {
		named[e.Date.Year] = true
	}
	const room = 44 // a year's label is about 40 units wide
	var out []figTick
	last := -1e9
	for y := from; y <= to; y += tickStep(to - from) {
		at := x(float64(y))
		t := figTick{X: num(at)}
		if named[y] && (at-last >= room || y == to) {
			t.Label = strconv.Itoa(y)
			last = at
		}
		out = append(out, t)
	}
	return out
}

// tickStep is the years from one tick to the next: 1, 2, 5, 10, 20…, so
// that an axis has at most 40 ticks however long it is.
func tickStep(years int) int {
	for step := 1; ; step *= 10 {
		for _, k := range []int{1, 2, 5} {
			if years/(step*k) <= 40 {
				return step * k
			}
		}
	}
}
