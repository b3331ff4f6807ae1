package ui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/dealtui/dealtui/model"
)

// relayout places the regions for the size and focus, and sizes every
// part to its region. The reader keeps the same text at its top when its
// width changes.
func (m *Model) relayout() {
	f := layoutFor{focus: m.focus, searching: m.search.active}
	if m.tour.active() {
		m.tour.compose(m.styles, m.text, m.story, m.width, roomFor(m.height-headerHeight-footerHeight))
		f.tourH = m.tour.boxHeight()
	}
	m.lay = computeLayout(m.width, m.height, f)
	l := &m.lay
	if l.mode == modeTooSmall {
		return
	}
	l.tabs = tabSpans(m.styles, m.text, m.labels, l.width-ansi.StringWidth(strings.TrimRight(ansi.Strip(m.readerTab()), " ")), m.focus)
	m.header = m.headerView()
	if !l.band.empty() {
		m.band.setWidth(l.band.content.W)
	}
	lc := l.list.content
	if l.list.empty() { // narrow, reading: the list keeps its size for later
		lc = computeLayout(m.width, m.height, layoutFor{focus: focus{m.focus.pane, areaList}, tourH: f.tourH}).list.content
	}
	for _, p := range model.Panes() {
		m.lists[p].setSize(lc.W, lc.H)
	}
	m.search.setSize(lc.W, lc.H)
	rc := l.reader.content
	if l.reader.empty() { // narrow, on the list: size the reader for when it opens
		rc = computeLayout(m.width, m.height, layoutFor{focus: focus{m.focus.pane, areaReader}, tourH: f.tourH}).reader.content
	}
	m.reader.setSize(rc.W, rc.H)
	hc := newBox(rect{0, headerHeight, l.width, l.height - headerHeight - footerHeight}, true, 1, 1).content
	m.help.setSize(max(hc.W, 1), max(hc.H, 1))
	m.search.setInputWidth(max(l.width-24, 10))
}

// drawList draws the focused list's window, or the search results.
func (m *Model) drawList() {
	l := m.lists[m.focus.pane]
	focused := m.focus.onList()
	st := m.styles
	draw := func(e model.Entry, selected bool, width, detail int) []string {
		group := l.groupTitle(e)
		k := rowKey{e.Base().ID, group, width, detail, selected, focused, st.key()}
		if rows, ok := m.rows.Get(k); ok {
			return rows
		}
		rows := drawRow(st, m.text, m.labels, e, selected, focused, width, detail)
		if group != "" {
			rows = append([]string{st.Section.Render(fitLine(group, width))}, rows...)
		}
		m.rows.Put(k, rows)
		return rows
	}
	var header []string
	if l.pane == model.PaneDeal {
		header = dealHeader(st, m.labels, l.width)
	}
	l.refresh(draw, header)
}
