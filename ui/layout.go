package ui

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
	modeMedium              // timeline band on top, one list and the reader
	modeWide                // as medium, roomier band and columns
)

// rect is a region of the screen in cells.
type rect struct{ X, Y, W, H int }

func (r rect) contains(x, y int) bool {
	return x >= r.X && x < r.X+r.W && y >= r.Y && y < r.Y+r.H
}

func (r rect) empty() bool { return r.W <= 0 || r.H <= 0 }

// layout places every region for one terminal size. It is computed on
// resize and when what is shown changes, never in View.
type layout struct {
	mode   layoutMode
	width  int
	height int
	header rect // title line and tab line
	band   rect // timeline band, bordered; empty when hidden
	list   rect // list pane, bordered; empty when hidden
	reader rect // reader pane, bordered; empty when hidden
	footer rect
}

const (
	headerHeight = 2
	footerHeight = 1
	bandLines    = 4 // years, axis, caret, selected event
)

// computeLayout places the regions. In the narrow layout only one pane is
// shown: the reader when it has focus, otherwise the list (with the band
// above it on the timeline when there is room).
func computeLayout(width, height int, f focus, searching bool) layout {
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

	bandH := bandLines + 2
	if l.mode == modeWide {
		bandH++ // legend
	}
	showBand := !searching && body.H >= bandH+8
	if l.mode == modeNarrow {
		showBand = showBand && f == focusTimeline
	}
	if showBand {
		l.band = rect{body.X, body.Y, body.W, bandH}
		body.Y += bandH
		body.H -= bandH
	}
	if l.mode == modeNarrow {
		if f == focusReader && !searching {
			l.reader = body
		} else {
			l.list = body
		}
		return l
	}
	listW := body.W * 2 / 5
	if l.mode == modeWide {
		listW = max(body.W*2/5, 56)
	}
	l.list = rect{body.X, body.Y, listW, body.H}
	l.reader = rect{body.X + listW, body.Y, body.W - listW, body.H}
	return l
}
