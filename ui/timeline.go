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
	// marks has one entry per column: the kind of marker drawn there
	// (markNone, markArticle or markBackground). When there are more
	// events than columns, events share a column and the band draws one
	// marker per column, so drawing costs the width, not the events.
	marks []byte
	memo  *bandMemo // shared by copies of the model; see view
}

// Kinds of marker on the axis.
const (
	markNone byte = iota
	markArticle
	markBackground
)

// bandMemo keeps what the band drew last and the styled pieces it is made
// of, for one width and theme: a frame on another pane redraws the band
// unchanged, and a move on the timeline restyles nothing.
type bandMemo struct {
	width         int
	dark, noColor bool
	pieces        map[bandPiece]string

	sel    int
	legend bool
	out    string
	ok     bool
}

// bandPiece names a styled piece of the band: a marker, an axis run of n
// columns, or a whole fixed line.
type bandPiece struct {
	kind byte
	n    int
}

// Kinds of piece.
const (
	pieceAxis byte = iota
	pieceArticle
	pieceBackground
	pieceSelArticle
	pieceSelBackground
	pieceYears
	pieceKey
	pieceLegend
	pieceCaretMark
)

func newTimelineBand(events []*model.Event) timelineBand {
	return timelineBand{events: events, memo: &bandMemo{}}
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
	spread := len(t.events) <= t.width // room for a column each
	for i, e := range t.events {
		t.xs[i] = col(e.Date.Year, e.Date.Fraction())
		if spread && i > 0 && t.xs[i] <= t.xs[i-1] {
			t.xs[i] = t.xs[i-1] + 1
		}
	}
	for i := len(t.xs) - 1; spread && i >= 0; i-- { // pull back any pushed past the end
		limit := t.width - 1 - (len(t.xs) - 1 - i)
		if t.xs[i] > limit {
			t.xs[i] = max(limit, 0)
		}
	}
	t.marks = make([]byte, t.width)
	for i, x := range t.xs {
		switch {
		case t.events[i].Provenance != model.FromBackground:
			t.marks[x] = markArticle // an article event outranks background
		case t.marks[x] == markNone:
			t.marks[x] = markBackground
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

// view draws the band's inner lines, each exactly the band's width: year
// labels, the axis with a marker per event, a caret under the selected
// one, its date and title, and with legend set a key to the markers. The
// last band drawn is kept, with its styled pieces, for the width and
// theme: only a new selection draws again, and then it only assembles
// the pieces. The memo is shared by copies of the model, and only View,
// on the event loop, uses it.
func (t *timelineBand) view(st *Styles, sel int, legend bool) string {
	w := t.width
	if w <= 0 || len(t.xs) != len(t.events) || len(t.marks) != w {
		return ""
	}
	m := t.memo
	if m == nil {
		m = &bandMemo{}
		t.memo = m
	}
	if m.pieces == nil || m.width != w || m.dark != st.Dark || m.noColor != st.NoColor {
		*m = bandMemo{width: w, dark: st.Dark, noColor: st.NoColor, pieces: map[bandPiece]string{}}
	}
	if m.ok && m.sel == sel && m.legend == legend {
		return m.out
	}
	m.sel, m.legend, m.out, m.ok = sel, legend, t.draw(st, m, sel, legend), true
	return m.out
}

// piece gives a styled piece from the memo, styling it the first time.
func (m *bandMemo) piece(k bandPiece, style func() string) string {
	if s, ok := m.pieces[k]; ok {
		return s
	}
	s := style()
	m.pieces[k] = s
	return s
}

func (t *timelineBand) draw(st *Styles, m *bandMemo, sel int, legend bool) string {
	w := t.width
	years := m.piece(bandPiece{pieceYears, 0}, func() string {
		years := []rune(strings.Repeat(" ", w))
		for i, y := range t.years {
			copy(years[t.yearXs[i]:], []rune(strconv.Itoa(y)))
		}
		return st.AxisYear.Render(string(years))
	})

	selX := -1
	if sel >= 0 && sel < len(t.events) {
		selX = t.xs[sel]
	}
	var axis strings.Builder
	run := 0 // axis columns not yet written
	flush := func() {
		if run > 0 {
			axis.WriteString(m.piece(bandPiece{pieceAxis, run}, func() string {
				return st.Axis.Render(strings.Repeat("─", run))
			}))
			run = 0
		}
	}
	for x, mark := range t.marks {
		if mark == markNone {
			run++
			continue
		}
		flush()
		var p bandPiece
		switch {
		case x == selX && t.events[sel].Provenance == model.FromBackground:
			p = bandPiece{pieceSelBackground, 0}
		case x == selX:
			p = bandPiece{pieceSelArticle, 0}
		case mark == markBackground:
			p = bandPiece{pieceBackground, 0}
		default:
			p = bandPiece{pieceArticle, 0}
		}
		axis.WriteString(m.piece(p, func() string {
			switch p.kind {
			case pieceSelBackground:
				return st.MarkSelected.Render("◇")
			case pieceSelArticle:
				return st.MarkSelected.Render("◆")
			case pieceBackground:
				return st.Background.Render("○")
			}
			return st.Article.Render("●")
		}))
	}
	flush()

	caret, label := "", ""
	if selX >= 0 {
		caret = strings.Repeat(" ", selX) + m.piece(bandPiece{pieceCaretMark, 0}, func() string {
			return st.MarkSelected.Render("▲")
		})
		e := t.events[sel]
		tag := st.Article.Render("article")
		if e.Provenance == model.FromBackground {
			tag = st.Background.Render("background")
		}
		text := st.Bold.Render(e.Date.Long()) + " · " + e.Title + " · " + tag
		label = ansi.Truncate(text, w, "…")
	}
	if !legend { // no legend line: put the key to the dots beside the caret
		key := m.piece(bandPiece{pieceKey, 0}, func() string {
			return st.Article.Render("● article") + " " + st.Background.Render("○ background")
		})
		kw := lipgloss.Width(key)
		cw := 0 // the caret's width
		if selX >= 0 {
			cw = selX + 1
		}
		if cw+kw+2 <= w {
			caret += strings.Repeat(" ", w-cw-kw) + key
		}
	}
	lines := []string{years, axis.String(), caret, label}
	if legend {
		lines = append(lines, m.piece(bandPiece{pieceLegend, 0}, func() string {
			return ansi.Truncate(
				st.Article.Render("● article")+"  "+st.Background.Render("○ background")+"  "+
					st.Muted.Render("◆ selected · ←/→ move between events"), w, "…")
		}))
	}
	var b strings.Builder
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(fitLine(l, w))
	}
	return b.String()
}
