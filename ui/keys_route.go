package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// handleKey routes a key: to the help while it is open, to the search box
// while it is open, else to the explorer's own keys and then to the
// focused part.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	switch {
	case key.Matches(msg, k.ForceQuit):
		return tea.Quit
	case key.Matches(msg, k.Suspend):
		return tea.Suspend
	case m.help.isOpen():
		return m.helpKey(msg)
	case m.search.active:
		return m.searchKey(msg)
	}
	if m.tour.active() {
		cmd, ours := m.tourKey(msg)
		if ours {
			return cmd
		}
		return tea.Batch(cmd, m.exploreKey(msg))
	}
	return m.exploreKey(msg)
}

// exploreKey routes a key of the explorer: to the keys that mean the
// same everywhere, then to the focused part.
func (m *Model) exploreKey(msg tea.KeyPressMsg) tea.Cmd {
	if cmd, ok := m.globalKey(msg); ok {
		return cmd
	}
	if m.focus.onReader() {
		return m.readerKey(msg)
	}
	return m.listKey(msg)
}

// globalKey handles the keys that mean the same wherever the focus is.
func (m *Model) globalKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := &m.keys
	for p, b := range []key.Binding{k.Timeline, k.Deal, k.Japan, k.Impact, k.Glossary} {
		if key.Matches(msg, b) {
			m.switchTo(focus{model.Pane(p), areaList})
			return nil, true
		}
	}
	for _, a := range m.globalActions() {
		if key.Matches(msg, a.key) {
			return a.do(), true
		}
	}
	return nil, false
}

// action is what a key does.
type action struct {
	key key.Binding
	do  func() tea.Cmd
}

// globalActions lists the keys that mean the same wherever the focus is.
func (m *Model) globalActions() []action {
	k := &m.keys
	none := func(f func()) func() tea.Cmd { return func() tea.Cmd { f(); return nil } }
	return []action{
		{k.Quit, func() tea.Cmd { return tea.Quit }},
		{k.Help, none(m.openHelp)},
		{k.Search, m.openSearch},
		{k.NextMatch, func() tea.Cmd { return m.stepMatch(1) }},
		{k.PrevMatch, func() tea.Cmd { return m.stepMatch(-1) }},
		{k.NextPane, none(func() { m.switchTo(m.focus.next()) })},
		{k.PrevPane, none(func() { m.switchTo(m.focus.prev()) })},
		{k.Overview, m.overview},
		{k.Tour, m.startTour},
		{k.Sources, none(m.toggleSources)},
		{k.ChangedOnly, m.toggleChangedOnly},
		{k.Copy, m.copyItem},
		{k.HistBack, m.goBack},
		{k.HistFwd, m.goForward},
		{k.Back, m.escape},
	}
}

// listKey moves the selection of the focused list.
func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	l := m.lists[m.focus.pane]
	k := &m.keys
	timeline := m.focus.pane == model.PaneTimeline
	var moved bool
	switch {
	case key.Matches(msg, k.Open):
		m.switchTo(focus{m.focus.pane, areaReader})
		return nil
	case key.Matches(msg, k.Up), timeline && key.Matches(msg, k.Left):
		moved = l.move(-1)
	case key.Matches(msg, k.Down), timeline && key.Matches(msg, k.Right):
		moved = l.move(1)
	case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
		return m.say(m.text.ArrowsOnTimeline)
	case key.Matches(msg, k.PageUp):
		moved = l.page(-1, false)
	case key.Matches(msg, k.PageDown):
		moved = l.page(1, false)
	case key.Matches(msg, k.HalfPageUp):
		moved = l.page(-1, true)
	case key.Matches(msg, k.HalfPageDown):
		moved = l.page(1, true)
	case key.Matches(msg, k.Top):
		moved = l.first()
	case key.Matches(msg, k.Bottom):
		moved = l.last()
	}
	if moved {
		m.selectionChanged()
	}
	return nil
}

// readerKey scrolls the reader or moves between its links.
func (m *Model) readerKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	r := m.reader
	if how, ok := m.scrollKey(msg); ok {
		r.scroll(how)
		return nil
	}
	switch {
	case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
		d := 1
		if key.Matches(msg, k.Left) {
			d = -1
		}
		if !r.cycleLink(d) {
			return m.say(m.text.NothingToOpen)
		}
		m.dirty |= dirtyReader
	case key.Matches(msg, k.Open):
		if l, ok := r.selectedLink(); ok {
			return m.follow(l)
		}
		return m.say(m.text.ChooseLink)
	}
	return nil
}

// scrollKey reads a scrolling key.
func (m *Model) scrollKey(msg tea.KeyPressMsg) (scrollBy, bool) {
	k := &m.keys
	for _, s := range []struct {
		b   key.Binding
		how scrollBy
	}{
		{k.Up, scrollUp}, {k.Down, scrollDown}, {k.PageUp, scrollPageUp}, {k.PageDown, scrollPageDown},
		{k.HalfPageUp, scrollHalfUp}, {k.HalfPageDown, scrollHalfDown}, {k.Top, scrollTop}, {k.Bottom, scrollBottom},
	} {
		if key.Matches(msg, s.b) {
			return s.how, true
		}
	}
	return 0, false
}

// helpKey scrolls the help or closes it; other keys do nothing while it is
// open.
func (m *Model) helpKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	switch {
	case key.Matches(msg, k.Help), key.Matches(msg, k.Back):
		return m.closeHelp()
	case key.Matches(msg, k.Quit):
		return tea.Quit
	default:
		if how, ok := m.scrollKey(msg); ok {
			m.help.scroll(how)
		}
	}
	return nil
}

// searchKey handles the keys of the search box; the rest are typing.
func (m *Model) searchKey(msg tea.KeyPressMsg) tea.Cmd {
	k := &m.keys
	s := m.search
	switch {
	case key.Matches(msg, k.SearchCancel):
		s.close()
		return m.restore(s.start)
	case key.Matches(msg, k.SearchAccept):
		return m.acceptSearch()
	case key.Matches(msg, k.SearchUp):
		if s.up() {
			m.previewHit()
		}
		return nil
	case key.Matches(msg, k.SearchDown):
		if s.move(1) {
			m.previewHit()
		}
		return nil
	case key.Matches(msg, k.SearchSuggest):
		if s.takeSuggestion() {
			m.previewHit()
		}
		return nil
	}
	return m.searchInput(msg)
}

// searchInput gives a message to the search box and previews the first
// result when the query changed.
func (m *Model) searchInput(msg tea.Msg) tea.Cmd {
	cmd, changed := m.search.update(msg)
	if changed {
		m.previewHit()
	}
	return cmd
}
