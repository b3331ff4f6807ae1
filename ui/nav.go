package ui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// moveFocus is the one place the focus changes: it moves the keyboard
// to a pane's list or reader, and nothing else. What the reader shows is
// the caller's to say (switchTo, goTo, restore…).
func (m *Model) moveFocus(f focus) {
	if f == m.focus {
		return
	}
	m.focus = f
	m.dirty |= dirtyAll
}

// switchTo moves the focus, as tab, the pane keys and a click on a tab
// do: on another pane, the reader shows that pane's selection.
func (m *Model) switchTo(f focus) {
	paneChanged := f.pane != m.focus.pane
	m.moveFocus(f)
	if paneChanged {
		m.reader.setQuery(model.Query{})
		m.showSelected()
	}
}

// selectionChanged shows the new selection of the focused list.
func (m *Model) selectionChanged() {
	m.reader.setQuery(model.Query{})
	m.showSelected()
	m.dirty |= dirtyList | dirtyBand | dirtyReader
}

// showSelected makes the reader show the focused pane's selection.
func (m *Model) showSelected() {
	m.reader.show(m.selected())
	m.dirty |= dirtyReader
}

// here is the current place, for history.
func (m *Model) here() place {
	r := m.reader
	p := place{focus: m.focus, view: r.view, sourceID: r.sourceID, offset: r.offset()}
	if r.entry != nil {
		p.id = r.entry.Base().ID
	}
	return p
}

// restore goes to a place: the focus, the selection, what the reader
// showed and how far down.
func (m *Model) restore(p place) tea.Cmd {
	m.moveFocus(p.focus)
	if e, ok := m.story.Entry(p.id); ok {
		m.selectIn(e)
	}
	m.readPlace(p)
	m.dirty |= dirtyAll
	return nil
}

// readPlace shows a place in the reader, at its reading position.
func (m *Model) readPlace(p place) {
	if e, ok := m.story.Entry(p.id); ok {
		m.reader.show(e)
	}
	switch p.view {
	case viewSources:
		m.reader.showSources(true)
	case viewSource:
		m.reader.showSource(p.sourceID)
	}
	m.reader.setQuery(model.Query{})
	m.reader.restoreTo(p.offset)
	m.dirty |= dirtyReader
}

// selectIn selects an entry in its pane's list, showing all deal terms if
// the changed-only filter hides it.
func (m *Model) selectIn(e model.Entry) {
	l := m.lists[model.PaneOf(e)]
	if !l.selectID(e.Base().ID) && l.isChangedOnly() {
		l.setChangedOnly(false)
		l.selectID(e.Base().ID)
	}
}

// goTo shows an entry in its pane, the focus on that pane's list or
// reader, and records where the reader was.
func (m *Model) goTo(e model.Entry, a area) {
	m.hist.push(m.here())
	m.selectIn(e)
	m.moveFocus(focus{model.PaneOf(e), a})
	m.reader.setQuery(model.Query{})
	m.showSelected()
	m.dirty |= dirtyAll
}

// follow opens a link of the reader.
func (m *Model) follow(l link) tea.Cmd {
	switch l.kind {
	case linkEntry:
		if e, ok := m.story.Entry(l.id); ok {
			m.goTo(e, areaReader)
		}
	case linkSource:
		m.hist.push(m.here())
		m.moveFocus(focus{m.focus.pane, areaReader})
		m.reader.showSource(l.id)
		m.dirty |= dirtyAll
	case linkSources:
		m.toggleSources()
	}
	return nil
}

// goBack returns to the place before the last jump.
func (m *Model) goBack() tea.Cmd {
	p, ok := m.hist.goBack(m.here())
	if !ok {
		return m.say(m.text.NothingBack)
	}
	return m.restore(p)
}

func (m *Model) goForward() tea.Cmd {
	p, ok := m.hist.goForward(m.here())
	if !ok {
		return m.say(m.text.NothingForward)
	}
	return m.restore(p)
}

// escape leaves the cited-sources view, or a source for what it was
// opened from, then the reader for the list (one press, however many
// links were followed), then goes back to where a jump came from ([ goes
// back in history from anywhere).
func (m *Model) escape() tea.Cmd {
	switch {
	case m.reader.view == viewSources:
		m.reader.showSources(false)
		m.dirty |= dirtyReader
	case m.reader.view == viewSource && m.hist.canGoBack():
		return m.goBack()
	case m.focus.onReader():
		m.moveFocus(focus{m.focus.pane, areaList})
		m.showSelected()
	case m.hist.canGoBack():
		return m.goBack()
	default:
		return m.say(m.text.EscNothingBack)
	}
	return nil
}

// overview shows the story overview in the reader from anywhere, the
// pane staying where it is (its tab does not move); esc comes back.
func (m *Model) overview() tea.Cmd {
	if m.story.Intro == nil {
		return nil
	}
	m.hist.push(m.here())
	m.moveFocus(focus{m.focus.pane, areaReader})
	m.reader.setQuery(model.Query{})
	m.reader.show(m.story.Intro)
	m.dirty |= dirtyAll
	return nil
}

func (m *Model) toggleSources() {
	if m.reader.entry == nil {
		return
	}
	if m.reader.view != viewSources {
		m.hist.push(m.here()) // [ from the sources comes back to the item
	}
	m.reader.showSources(m.reader.view != viewSources)
	if m.lay.mode == modeNarrow {
		m.moveFocus(focus{m.focus.pane, areaReader}) // the reader is not on screen otherwise
	}
	m.dirty |= dirtyAll
}

func (m *Model) toggleChangedOnly() tea.Cmd {
	if m.focus.pane != model.PaneDeal {
		return m.say(m.text.ChangedOnlyHere)
	}
	l := m.lists[model.PaneDeal]
	l.setChangedOnly(!l.isChangedOnly())
	m.selectionChanged()
	if l.isChangedOnly() {
		return m.say(m.text.ShowingChanged)
	}
	return m.say(m.text.ShowingAll)
}

func (m *Model) openHelp() {
	m.help.show()
	m.dirty |= dirtyLayout | dirtyHelp
}

// closeHelp closes the help; a tour's countdown held while it was open
// goes on.
func (m *Model) closeHelp() tea.Cmd {
	m.help.hide()
	m.dirty |= dirtyLayout
	return m.tour.unhold(m.tick)
}

func (m *Model) openSearch() tea.Cmd {
	m.dirty |= dirtyAll
	return m.search.open(m.here())
}

// previewHit shows the selected result in the reader while searching.
func (m *Model) previewHit() {
	m.dirty |= dirtySearch
	h, ok := m.search.selected()
	if !ok { // no result to preview: the reader shows where the search began
		m.readPlace(m.search.start)
		return
	}
	m.showHit(h)
	m.reader.setQuery(m.search.query)
}

// showHit puts a search result in the reader, scrolled to its first match.
func (m *Model) showHit(h model.Hit) {
	if h.Entry != nil {
		m.reader.show(h.Entry)
	} else {
		m.reader.showSource(h.ID)
	}
	m.reader.seekMatch(false)
	m.dirty |= dirtyReader
}

// acceptSearch goes to the selected result: an item in its pane, or a
// source in the reader.
func (m *Model) acceptSearch() tea.Cmd {
	h, ok := m.search.accept()
	if !ok {
		return m.say(m.text.NoResultToGo)
	}
	m.hist.push(m.search.start)
	m.openHit(h)
	return nil
}

// openHit goes to a result of the last search, highlighted.
func (m *Model) openHit(h model.Hit) {
	a := areaList
	if m.lay.mode == modeNarrow || h.Entry == nil {
		a = areaReader
	}
	if h.Entry != nil {
		m.selectIn(h.Entry)
		m.moveFocus(focus{model.PaneOf(h.Entry), a})
	} else {
		m.moveFocus(focus{m.focus.pane, a})
	}
	m.showHit(h)
	m.reader.setQuery(m.search.last)
	m.dirty |= dirtyAll
}

// stepMatch goes to the next (d = 1) or previous match of the last
// search: within the item the reader shows, then on to the next item.
func (m *Model) stepMatch(d int) tea.Cmd {
	s := m.search
	if s.last.Empty() {
		return m.say(m.text.NoSearchYet)
	}
	m.status.clear() // an earlier "wrapped around" would hide the count
	if m.reader.showsQuery() && m.reader.stepMatch(d) {
		m.dirty |= dirtyReader
		return nil
	}
	h, wrapped, ok := s.step(d, m.reader.docID())
	if !ok {
		return m.say(fmt.Sprintf(m.text.NoMatchesFor, s.last.Typed()))
	}
	m.openHit(h)
	m.reader.seekMatch(d < 0)
	if wrapped && d > 0 {
		return m.say(m.text.WrappedFirst)
	}
	if wrapped {
		return m.say(m.text.WrappedLast)
	}
	return nil
}
