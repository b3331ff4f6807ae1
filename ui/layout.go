package ui

import "github.com/dealtui/dealtui/model"

// Minimum terminal size; below it the explorer shows only a short message.
const (
	minWidth  = 40
	minHeight = 12
)

// Breakpoints between layouts (columns).
const (
	wideFrom   = 140
	mediumFrom = 90
)

type layoutMode int

const (
	modeTooSmall layoutMode = iota
	modeNarrow              // one pane at a time
	modeMedium              // list and reader side by side
	modeWide                // as medium, roomier
)

// rect is a region of the screen in cells.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

func (r rect) empty() bool { return r.W <= 0 || r.H <= 0 }

// box is a bordered pane: its outer rectangle, its title line and the
// rectangle its content fills. It is the one place that knows how much
// the border, the padding and the title take, for drawing and for
// finding what a click is on.
type box struct {
	outer, title, content rect
	padL, padR            int
}

// newBox places a bordered pane in r, with a title line when titled.
func newBox(r rect, titled bool, padL, padR int) box {
	if r.W < 2+padL+padR+1 || r.H < 3 {
		return box{outer: r, padL: padL, padR: padR}
	}
	in := rect{r.X + 1 + padL, r.Y + 1, r.W - 2 - padL - padR, r.H - 2}
	b := box{outer: r, content: in, padL: padL, padR: padR}
	if titled {
		b.title = rect{in.X, in.Y, in.W, 1}
		b.content = rect{in.X, in.Y + 1, in.W, in.H - 1}
	}
	return b
}

func (b box) empty() bool { return b.outer.empty() }

// layout places every region for one terminal size and focus. It is
// computed when either changes, never in View.
type layout struct {
	mode          layoutMode
	width, height int
	header        rect // the title line and the tab line
	tabs          []tabSpan
	tour          rect // the tour's narration box; empty when not touring
	band          box  // the timeline band; empty when hidden
	list          box
	reader        box
	footer        rect
}

const (
	headerHeight = 2
	footerHeight = 1
	bandLines    = 4 // years, axis, caret and key, selected event
)

// layoutFor is what the layout depends on besides the size.
type layoutFor struct {
	focus     focus
	searching bool
	tourH     int // the height of the tour's narration box, 0 without one
}

// computeLayout places the regions. In the narrow layout one pane is
// shown at a time: the reader when it has the focus, the list otherwise.
// The timeline band shows with the timeline only. The tour's narration
// box, when there is one, goes between the tabs and the rest.
func computeLayout(width, height int, f layoutFor) layout {
	l := layout{width: width, height: height}
	if width < minWidth || height < minHeight {
		l.mode = modeTooSmall
		return l
	}
	switch {
	case width >= wideFrom:
		l.mode = modeWide
	case width >= mediumFrom:
		l.mode = modeMedium
	default:
		l.mode = modeNarrow
	}
	l.header = rect{0, 0, width, headerHeight}
	l.footer = rect{0, height - footerHeight, width, footerHeight}
	body := rect{0, headerHeight, width, height - headerHeight - footerHeight}
	if f.tourH > 0 && f.tourH < body.H {
		l.tour = rect{body.X, body.Y, body.W, f.tourH}
		body.Y += f.tourH
		body.H -= f.tourH
	}
	l.placeBand(&body, f)
	l.placePanes(body, f)
	return l
}

func (l *layout) placeBand(body *rect, f layoutFor) {
	bandH := bandLines + 2
	show := f.focus.pane == model.PaneTimeline && !f.searching && body.H >= bandH+8
	if l.mode == modeNarrow {
		show = show && f.focus.onList()
	}
	if show {
		l.band = newBox(rect{body.X, body.Y, body.W, bandH}, false, 1, 1)
		body.Y += bandH
		body.H -= bandH
	}
}

// readerBoxMax is the widest the reader's box gets: its text is capped at
// maxTextWidth, and wider it would only hold blank columns the list can
// use (two for the border, one each side for padding).
const readerBoxMax = maxTextWidth + 4

// placePanes places the list and the reader. The split depends on the
// width only, never on the pane, so that the reader keeps its width as
// the tabs change: two fifths for the list, and in a wide terminal the
// reader as wide as its text and the list the rest.
func (l *layout) placePanes(body rect, f layoutFor) {
	if l.mode == modeNarrow {
		if f.focus.onReader() && !f.searching {
			l.reader = newBox(body, true, 1, 1)
		} else {
			l.list = newBox(body, true, 1, 1)
		}
		return
	}
	listW := body.W * 2 / 5
	if l.mode == modeWide {
		listW = max(listW, body.W-readerBoxMax)
	}
	l.list = newBox(rect{body.X, body.Y, listW, body.H}, true, 1, 1)
	l.reader = newBox(rect{body.X + listW, body.Y, body.W - listW, body.H}, true, 1, 1)
}

// hitKind is what a point of the screen is on.
type hitKind int

const (
	hitNone hitKind = iota
	hitTab
	hitBand
	hitList
	hitReader
	hitTour
)

// hit is what a click or the wheel is on: a tab (its pane), or a point
// inside a pane's content, relative to the content's top left.
type hit struct {
	kind hitKind
	pane model.Pane
	x, y int
}

// hitAt finds what is at a point of the screen.
func (l layout) hitAt(x, y int) hit {
	if l.mode == modeTooSmall {
		return hit{}
	}
	if y == l.header.Y+1 {
		for _, t := range l.tabs {
			if x >= t.x0 && x < t.x1 {
				return hit{kind: hitTab, pane: t.pane}
			}
		}
	}
	if l.tour.contains(x, y) {
		return hit{kind: hitTour, x: x - l.tour.X, y: y - l.tour.Y}
	}
	for _, c := range []struct {
		kind hitKind
		b    box
	}{{hitBand, l.band}, {hitList, l.list}, {hitReader, l.reader}} {
		if !c.b.empty() && c.b.outer.contains(x, y) {
			return hit{kind: c.kind, x: x - c.b.content.X, y: y - c.b.content.Y}
		}
	}
	return hit{}
}
