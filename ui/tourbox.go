package ui

import (
	"fmt"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

// The narration box sits between the tabs and the panes, across the
// screen, so that it never covers the item it talks about: the panes
// below it are shorter while the tour is on.

// tourReaderMin is the height the panes keep under the box at least: the
// reader's border, its title line (which names the item once scrolled)
// and the line with the step's phrase. On a small screen the narration
// comes first: it is what the tour is.
const tourReaderMin = 4

// boxRoom is how many lines the narration box may take: at most (max),
// and with the sources written in full (full), so that the full sources
// never take the room of the item itself.
type boxRoom struct{ max, full int }

// roomFor is the box's room in a body (the screen between the tabs and
// the footer) of h lines: the panes keep tourReaderMin lines, and half
// the body when the sources are written in full.
func roomFor(h int) boxRoom {
	return boxRoom{max: max(h-tourReaderMin, 3), full: h / 2}
}

// compose lays the box out for a width and its room: the narration, the
// sources (in full when every step's fit room.full, else by their ids), and on
// the last step how to explore freely. When even that does not fit (a
// terminal smaller than 60×20), the narration is cut, with "…".
func (t *tour) compose(st *Styles, tx *uiText, s *model.Story, width int, room boxRoom) {
	t.boxLines = nil
	inner := width - 4 // the border and a space each side
	if !t.active() || inner < 1 || room.max < 3 {
		return
	}
	stop := t.stop()
	narration := wrap.Lines(stop.Narration, inner)
	var end []string
	if t.last() {
		end = wrap.Lines(tx.Tour.LastStep, inner)
	}
	sources := wrap.Lines(sourceIDs(s.Labels(), stop.Citations), inner)
	if t.fullSourcesFit(tx, s, inner, room.full) {
		sources = wrap.Lines(s.SourcesLine(stop.Citations), inner)
	}
	text := room.max - 2
	if over := len(narration) + len(sources) + len(end) - text; over > 0 {
		narration = cutLines(narration, max(len(narration)-over, 1), inner)
	}
	var lines []string
	for _, l := range narration {
		lines = append(lines, st.TourText.Render(l))
	}
	for _, l := range sources {
		lines = append(lines, st.Muted.Render(l))
	}
	for _, l := range end {
		lines = append(lines, st.TourTitle.Render(l))
	}
	t.boxLines = lines[:min(len(lines), text)]
}

// fullSourcesFit reports whether every step's box, with its sources in
// full, fits in h lines at this width: the sources take the same form at
// every step, and the panes do not jump by more than the narrations do.
// The answer is kept for the size: it wraps every step.
func (t *tour) fullSourcesFit(tx *uiText, s *model.Story, inner, h int) bool {
	if m := t.fullFit; m.known && m.inner == inner && m.h == h {
		return m.fits
	}
	fits := everyStepFits(t.stops, tx, s, inner, h)
	t.fullFit = fitMemo{inner: inner, h: h, fits: fits, known: true}
	return fits
}

// fitMemo is fullSourcesFit's answer for a width and height.
type fitMemo struct {
	inner, h    int
	fits, known bool
}

// everyStepFits reports whether every step's box, its sources in full,
// fits in h lines.
func everyStepFits(stops []model.TourStop, tx *uiText, s *model.Story, inner, h int) bool {
	end := len(wrap.Lines(tx.Tour.LastStep, inner))
	for i, st := range stops {
		n := len(wrap.Lines(st.Narration, inner)) + len(wrap.Lines(s.SourcesLine(st.Citations), inner)) + 2
		if i == len(stops)-1 {
			n += end
		}
		if n > h {
			return false
		}
	}
	return true
}

// sourceIDs says where a narration comes from by the ids of its sources
// alone, in the words of model.Story.SourcesLine: "From the article (P01);
// background: B01".
func sourceIDs(l *model.Labels, ids []string) string {
	article, background := model.SplitCitations(ids)
	if len(article) == 0 {
		return l.OnlyBackground + strings.Join(background, l.ListSep)
	}
	out := fmt.Sprintf(l.FromArticleFormat, strings.Join(article, l.ListSep))
	if len(background) > 0 {
		out += l.AlsoBackground + strings.Join(background, l.ListSep)
	}
	return out
}

// cutLines keeps the first n lines, the last of them ending with "…"
// when lines were cut.
func cutLines(lines []string, n, width int) []string {
	if n >= len(lines) {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	out[n-1] = ansi.Truncate(out[n-1], width-1, "") + "…"
	return out
}

// boxHeight is the height of the box on screen; 0 when it is not shown.
func (t *tour) boxHeight() int {
	if !t.active() || len(t.boxLines) == 0 {
		return 0
	}
	return len(t.boxLines) + 2
}

// renderBox draws the box in its rectangle: a rounded border with the
// tour's name and the progress in its top edge, and at the right of it
// the countdown, or how to start one.
func (t *tour) renderBox(st *Styles, tx *uiText, r rect) string {
	if r.empty() || len(t.boxLines) == 0 {
		return fitBlock("", r.W, r.H)
	}
	b := st.TourBorder.GetBorderStyle()
	pre, post := borderAffixes(st)
	edge := func(s string) string { return pre + s + post }
	stop := t.stop()
	progress := fmt.Sprintf(tx.Tour.Step, stop.Number, stop.Of)
	right := tx.Tour.AutoHint
	switch {
	case t.last():
		right = ""
	case t.auto:
		right = fmt.Sprintf(tx.Tour.AutoNext, t.secondsLeft())
	}
	heading := fmt.Sprintf(tx.Tour.Heading, stop.Number, stop.Of)
	top := topEdge(st, b.Top, heading, progress, right, r.W-2)
	inner := r.W - 4
	var out strings.Builder
	out.WriteString(edge(b.TopLeft) + top + edge(b.TopRight))
	side := edge(b.Left)
	for i := range r.H - 2 {
		line := ""
		if i < len(t.boxLines) {
			line = t.boxLines[i]
		}
		out.WriteString("\n" + side + " " + fitLine(line, inner) + " " + edge(b.Right))
	}
	out.WriteString("\n" + edge(b.BottomLeft+strings.Repeat(b.Bottom, r.W-2)+b.BottomRight))
	return out.String()
}

// topEdge is the box's top border between its corners, w wide: "─ title
// ─────── right ─". The right part goes first when it does not fit, then
// the title gives way to its short form, then is cut.
func topEdge(st *Styles, rule, title, short, right string, w int) string {
	pre, post := borderAffixes(st)
	for _, c := range [][2]string{{title, right}, {title, ""}, {short, ""}} {
		l, r := " "+c[0]+" ", ""
		if c[1] != "" {
			r = " " + c[1] + " "
		}
		fill := w - 1 - ansi.StringWidth(l) - ansi.StringWidth(r) - 1
		if fill < 1 {
			continue
		}
		out := pre + rule + post + st.TourTitle.Render(l) + pre + strings.Repeat(rule, fill) + post
		if r != "" {
			out += st.TourCount.Render(r)
		}
		return out + pre + rule + post
	}
	return fitLine(st.TourTitle.Render(ansi.Truncate(" "+short, w, "…")), w)
}

// borderAffixes are the escape codes around the box's border.
func borderAffixes(st *Styles) (pre, post string) {
	return affixes(lipgloss.NewStyle().Foreground(st.TourBorder.GetBorderTopForeground()))
}
