package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// handleClick focuses and selects what is under the pointer, or follows
// the link there.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft {
		return nil
	}
	if m.help.isOpen() {
		return m.closeHelp()
	}
	h := m.lay.hitAt(msg.X, msg.Y)
	if m.tour.active() {
		if h.kind == hitTour {
			return nil
		}
		// A click elsewhere leaves the tour, as esc does, and then does
		// what it does.
		return tea.Batch(m.leaveTour(), m.clickAt(h))
	}
	return m.clickAt(h)
}

// clickAt focuses and selects what a click is on, or follows the link
// there.
func (m *Model) clickAt(h hit) tea.Cmd {
	switch h.kind {
	case hitTab:
		if m.search.active {
			m.search.close()
		}
		m.switchTo(focus{h.pane, areaList})
	case hitBand:
		if i := m.band.eventAt(h.x); i >= 0 {
			m.switchTo(focus{model.PaneTimeline, areaList})
			if m.lists[model.PaneTimeline].selectRow(i) {
				m.selectionChanged()
			}
		}
	case hitList:
		return m.clickList(h.y)
	case hitReader:
		m.switchTo(focus{m.focus.pane, areaReader})
		if i, ok := m.reader.linkAt(h.x, h.y); ok {
			m.reader.selectLink(i)
			if l, ok := m.reader.selectedLink(); ok {
				return m.follow(l)
			}
		}
	}
	return nil
}

// clickList selects the row clicked, or goes to the search result.
func (m *Model) clickList(y int) tea.Cmd {
	if m.search.active {
		if i := m.search.rowAt(y); i >= 0 {
			m.search.pick(i)
			return m.acceptSearch()
		}
		return nil
	}
	l := m.lists[m.focus.pane]
	i := l.rowAt(y)
	m.switchTo(focus{m.focus.pane, areaList})
	if i < 0 {
		return nil
	}
	if l.selectRow(i) {
		m.selectionChanged()
		return nil
	}
	if m.lay.mode == modeNarrow {
		// The reader is not on screen: a click on the selected row opens
		// it, as enter does; a click on another row selects that one.
		m.switchTo(focus{m.focus.pane, areaReader})
	}
	return nil
}

// handleWheel scrolls what is under the pointer. During the tour, the
// wheel on the item scrolls it and the tour goes on; on a list it moves
// the selection away from the step, so it leaves the tour first.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	d := 0
	switch msg.Button {
	case tea.MouseWheelUp:
		d = -1
	case tea.MouseWheelDown:
		d = 1
	default:
		return nil
	}
	h := m.lay.hitAt(msg.X, msg.Y)
	var cmd tea.Cmd
	if m.tour.active() && !m.help.isOpen() {
		switch h.kind {
		case hitList, hitBand:
			cmd = m.leaveTour()
		case hitReader:
		default:
			return nil
		}
	}
	switch {
	case m.help.isOpen():
		m.help.wheel(3 * d)
	case h.kind == hitReader:
		m.reader.wheel(3 * d)
	case h.kind == hitList && m.search.active:
		if m.search.move(d) {
			m.previewHit()
		}
	case h.kind == hitList, h.kind == hitBand:
		if m.lists[m.focus.pane].move(d) {
			m.selectionChanged()
		}
	}
	return cmd
}
