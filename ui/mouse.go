package ui

import (
	tea "charm.land/bubbletea/v2"
)

// handleClick focuses and selects what is under the pointer.
func (m Model) handleClick(msg tea.MouseClickMsg) (tea.Model, tea.Cmd) {
	if msg.Button != tea.MouseLeft || m.lay.mode == modeTooSmall {
		return m, nil
	}
	x, y := msg.X, msg.Y
	l := m.lay
	m.full = false
	switch {
	case y == l.header.Y+1:
		for _, t := range tabSpans(m.styles, l.width, m.focus) {
			if x >= t.x0 && x < t.x1 {
				if m.search.active {
					m.search.active = false
					m.search.input.Blur()
				}
				return m, m.setFocus(t.pane.focus())
			}
		}
	case l.band.contains(x, y) && !m.search.active:
		if i := m.band.eventAt(x - l.band.X - 2); i >= 0 {
			m.lists[PaneTimeline].list.Select(i)
			cmd := m.setFocus(focusTimeline)
			return m, batch(cmd, m.syncReader())
		}
	case l.list.contains(x, y):
		row := y - l.list.Y - 2 // border and title line
		if m.search.active {
			if i := m.search.firstShown(innerH(l.list)) + row/2; row >= 0 && i < len(m.search.hits) {
				m.search.sel = i
				return m.handleSearchKey(tea.KeyPressMsg{Code: tea.KeyEnter})
			}
			return m, nil
		}
		p := m.listPane()
		cmd := m.setFocus(p.focus())
		if i := m.lists[p].rowAt(row); i >= 0 {
			m.lists[p].list.Select(i)
			if l.mode == modeNarrow {
				// The reader is not on screen: a click on a row opens it.
				return m, batch(cmd, m.syncReader(), m.setFocus(focusReader))
			}
		}
		return m, batch(cmd, m.syncReader())
	case l.reader.contains(x, y):
		cmd := m.setFocus(focusReader)
		if m.reader.hintAt(y - l.reader.Y - 2) {
			return m, batch(cmd, m.toggleSources())
		}
		if i := m.reader.relatedAt(y - l.reader.Y - 2); i >= 0 {
			m.reader.relSel = i
			return m, batch(cmd, m.goTo(m.reader.related[i], focusReader))
		}
		return m, cmd
	}
	return m, nil
}

// handleWheel scrolls what is under the pointer.
func (m Model) handleWheel(msg tea.MouseWheelMsg) (tea.Model, tea.Cmd) {
	if m.lay.mode == modeTooSmall {
		return m, nil
	}
	up := msg.Button == tea.MouseWheelUp
	down := msg.Button == tea.MouseWheelDown
	if !up && !down {
		return m, nil
	}
	l := m.lay
	switch {
	case l.reader.contains(msg.X, msg.Y):
		if up {
			m.reader.vp.ScrollUp(3)
		} else {
			m.reader.vp.ScrollDown(3)
		}
	case m.search.active && l.list.contains(msg.X, msg.Y):
		if up && m.search.sel > 0 {
			m.search.sel--
		} else if down && m.search.sel < len(m.search.hits)-1 {
			m.search.sel++
		}
		return m, m.previewHit()
	case l.list.contains(msg.X, msg.Y), l.band.contains(msg.X, msg.Y):
		p := m.listPane()
		if l.band.contains(msg.X, msg.Y) {
			p = PaneTimeline
		}
		lst := m.lists[p].list
		before := lst.Index()
		if up {
			lst.CursorUp()
		} else {
			lst.CursorDown()
		}
		if lst.Index() != before && p == m.current {
			return m, m.syncReader()
		}
	}
	return m, nil
}

// listPane is the pane whose list is on screen.
func (m *Model) listPane() Pane { return m.current }

func batch(cmds ...tea.Cmd) tea.Cmd { return tea.Batch(cmds...) }
