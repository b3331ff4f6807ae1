package ui

import (
	"fmt"
	"strings"

	"github.com/dealtui/dealtui/model"
)

// listPane is the list of one pane: its items, the selection, and the
// window of rows on screen. Rows can be of any height (a deal term's
// wrapped cells take several lines); the window scrolls row by row and
// keeps the pane filled, with no padding pages. It is drawn in Update
// (refresh) and View only joins the lines.
type listPane struct {
	pane        model.Pane
	all         []model.Entry
	groupAt     map[string]string // id of a group's first item → the group's title
	shown       []model.Entry     // all, or the changed terms only
	changedOnly bool

	sel, top      int // selected row; first row on screen
	width, height int // content size

	lines  []string  // the window, each line exactly width wide
	spans  []rowSpan // which row each group of lines is
	header []string  // lines kept above the rows (the deal table's head)
}

// rowSpan says which lines of the window a row covers.
type rowSpan struct{ row, y0, y1 int }

// rowDrawer draws a row at a width, its summary on at most detail lines:
// its lines, each exactly that wide.
type rowDrawer func(e model.Entry, selected bool, width, detail int) []string

// newListPane makes the list of a pane's entries, headed by group titles
// where the pane has groups.
func newListPane(p model.Pane, entries []model.Entry, groups []model.Section) *listPane {
	l := &listPane{pane: p, all: entries, shown: entries, groupAt: map[string]string{}}
	for _, g := range groups {
		l.groupAt[g.Entries[0].Base().ID] = g.Title
	}
	return l
}

// groupTitle is the title of the group an item starts, or "".
func (l *listPane) groupTitle(e model.Entry) string { return l.groupAt[e.Base().ID] }

func (l *listPane) setSize(w, h int) { l.width, l.height = max(w, 1), max(h, 0) }

// selected is the selected item, or nil when the list is empty.
func (l *listPane) selected() model.Entry {
	if l.sel >= 0 && l.sel < len(l.shown) {
		return l.shown[l.sel]
	}
	return nil
}

func (l *listPane) count() int { return len(l.shown) }

// neighbours are the items the next keys are likely to show, most likely
// first: the next row, the one before, the one after next.
func (l *listPane) neighbours() []model.Entry {
	var out []model.Entry
	for _, d := range []int{1, -1, 2} {
		if i := l.sel + d; i >= 0 && i < len(l.shown) {
			out = append(out, l.shown[i])
		}
	}
	return out
}

// selectRow selects row i (clamped) and reports whether the selection
// changed.
func (l *listPane) selectRow(i int) bool {
	i = min(max(i, 0), max(len(l.shown)-1, 0))
	if i == l.sel {
		return false
	}
	l.sel = i
	return true
}

func (l *listPane) move(d int) bool { return l.selectRow(l.sel + d) }

// page moves by the rows on screen, half a page when half is set, in
// direction d (+1 or -1).
func (l *listPane) page(d int, half bool) bool {
	n := max(len(l.spans), 1)
	if half {
		n = max(n/2, 1)
	}
	return l.selectRow(l.sel + d*n)
}

func (l *listPane) first() bool { return l.selectRow(0) }
func (l *listPane) last() bool  { return l.selectRow(len(l.shown) - 1) }

// selectID selects the item with an id and reports whether it is shown.
func (l *listPane) selectID(id string) bool {
	for i, e := range l.shown {
		if e.Base().ID == id {
			l.sel = i
			return true
		}
	}
	return false
}

// isChangedOnly reports whether only the changed terms are shown.
func (l *listPane) isChangedOnly() bool { return l.changedOnly }

// positionOf says where an item is in the list, "3/9", or "" when it is
// not shown.
func (l *listPane) positionOf(id string) string {
	for i, e := range l.shown {
		if e.Base().ID == id {
			return fmt.Sprintf("%d/%d", i+1, len(l.shown))
		}
	}
	return ""
}

// selIndex is the selected row.
func (l *listPane) selIndex() int { return l.sel }

// countLabel is the pane title's count, e.g. "3/9 events".
func (l *listPane) countLabel(t *uiText) string {
	noun := map[model.Pane]string{model.PaneTimeline: t.Events, model.PaneDeal: t.Terms}[l.pane]
	if noun == "" {
		noun = t.Items
	}
	n := fmt.Sprintf("%d %s", l.count(), noun)
	if l.changedOnly {
		n = fmt.Sprintf(t.ChangedOf, l.count(), len(l.all))
	}
	if l.count() == 0 {
		return n
	}
	return fmt.Sprintf("%d/%s", l.sel+1, n)
}

// setChangedOnly shows only the terms the amendment changed, or all,
// keeping the selection where it can.
func (l *listPane) setChangedOnly(on bool) {
	cur := l.selected()
	l.changedOnly = on
	l.shown = l.all
	if on {
		l.shown = nil
		for _, e := range l.all {
			if t, ok := e.(*model.Term); ok && t.Status != model.StatusChanged {
				continue
			}
			l.shown = append(l.shown, e)
		}
	}
	l.sel, l.top = 0, 0
	if cur != nil {
		l.selectID(cur.Base().ID)
	}
}

// rowAt gives the row drawn at line y of the content, or -1.
func (l *listPane) rowAt(y int) int {
	y -= len(l.header)
	for _, s := range l.spans {
		if y >= s.y0 && y < s.y1 {
			return s.row
		}
	}
	return -1
}

// refresh draws the window: the header, then rows from top, moved so the
// selection is on screen and the pane is full when there are rows enough.
func (l *listPane) refresh(draw rowDrawer, header []string) {
	l.header = header
	avail := l.height - len(header)
	l.lines, l.spans = nil, nil
	if len(l.shown) == 0 || avail <= 0 {
		return
	}
	// A summary takes a second line when every row would still fit.
	detail := 1
	if len(l.shown)*3 <= avail {
		detail = 2
	}
	heights := map[int]int{}
	height := func(i int) int {
		if h, ok := heights[i]; ok {
			return h
		}
		h := len(draw(l.shown[i], i == l.sel, l.width, detail))
		heights[i] = h
		return h
	}
	l.top = windowTop(l.top, l.sel, len(l.shown), avail, height)
	for i, y := l.top, 0; i < len(l.shown) && y < avail; i++ {
		rows := draw(l.shown[i], i == l.sel, l.width, detail)
		if y+len(rows) > avail && i != l.sel && y > 0 {
			break // a row that does not fit whole waits for the next page
		}
		rows = rows[:min(len(rows), avail-y)]
		l.spans = append(l.spans, rowSpan{i, y, y + len(rows)})
		l.lines = append(l.lines, rows...)
		y += len(rows)
	}
}

// windowTop is the first row to show: top, moved the least that puts the
// selected row wholly on screen and leaves no blank lines below the last
// row while rows above could fill them.
func windowTop(top, sel, n, avail int, height func(int) int) int {
	top = min(max(top, 0), max(n-1, 0))
	if sel < top {
		top = sel
	}
	if top < sel && sum(height, top, sel+1, avail) > avail {
		// The selected row is below the window: the highest top that
		// shows it whole, found from that row up, so that a far jump
		// (a pack with thousands of rows) costs a screen of rows, not
		// every row in between.
		top = sel
		for top > 0 && sum(height, top-1, sel+1, avail) <= avail {
			top--
		}
	}
	for top > 0 && sum(height, top-1, n, avail) <= avail {
		top--
	}
	return top
}

// sum adds the heights of rows [from, to), stopping once past limit so
// that it costs a screen, not the list.
func sum(height func(int) int, from, to, limit int) int {
	total := 0
	for i := from; i < to && total <= limit; i++ {
		total += height(i)
	}
	return total
}

// view is the window: the header and the rows, height lines of width
// columns.
func (l *listPane) view(empty string) string {
	if len(l.shown) == 0 {
		return padBlock(fitLine(empty, l.width), l.width, l.height)
	}
	var b strings.Builder
	for i, s := range l.header {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	for i, s := range l.lines {
		if i > 0 || len(l.header) > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(s)
	}
	return padBlock(b.String(), l.width, l.height)
}
