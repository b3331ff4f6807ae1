package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// savePlace records the focus and selections, for esc to return to.
func (m *Model) savePlace() place {
	p := place{focus: m.focus, current: m.current, changed: m.lists[PaneDeal].changed}
	for i := range paneCount {
		p.selected[i] = m.lists[i].list.Index()
	}
	return p
}

func (m *Model) restorePlace(p place) tea.Cmd {
	if m.lists[PaneDeal].changed != p.changed {
		m.lists[PaneDeal].setChangedOnly(p.changed)
	}
	for i := range paneCount {
		m.lists[i].list.Select(p.selected[i])
	}
	m.focus, m.current = p.focus, p.current
	for q := range paneCount {
		m.lists[q].restyle(m.styles, m.focus == q.focus())
	}
	return tea.Batch(m.relayout(), m.syncReader())
}

func (m Model) openSearch() (tea.Model, tea.Cmd) {
	m.search.active = true
	m.search.saved = m.savePlace()
	m.search.input.SetValue(m.search.query)
	m.search.input.CursorEnd()
	m.runSearch()
	focusCmd := m.search.input.Focus()
	return m, tea.Batch(focusCmd, m.relayout(), m.previewHit())
}

func (m Model) handleSearchKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	s := &m.search
	k := &m.keys
	switch {
	case msg.String() == "ctrl+c":
		return m, tea.Quit
	case key.Matches(msg, k.SearchCancel):
		s.active = false
		s.input.Blur()
		return m, m.restorePlace(s.saved)
	case key.Matches(msg, k.SearchAccept):
		if len(s.hits) == 0 {
			return m, nil
		}
		s.active = false
		s.input.Blur()
		s.query, s.at = strings.TrimSpace(s.input.Value()), s.sel
		return m, m.goTo(s.hits[s.sel].Entry, focusTimeline)
	case key.Matches(msg, k.SearchUp):
		if s.sel > 0 {
			s.sel--
			return m, m.previewHit()
		}
		return m, nil
	case key.Matches(msg, k.SearchDown):
		if s.sel < len(s.hits)-1 {
			s.sel++
			return m, m.previewHit()
		}
		return m, nil
	}
	return m.updateSearchInput(msg)
}

// updateSearchInput passes a message to the input and searches again when
// the text changed.
func (m Model) updateSearchInput(msg tea.Msg) (tea.Model, tea.Cmd) {
	before := m.search.input.Value()
	var cmd tea.Cmd
	m.search.input, cmd = m.search.input.Update(msg)
	if m.search.input.Value() == before {
		return m, cmd
	}
	m.runSearch()
	return m, tea.Batch(cmd, m.previewHit())
}

func (m *Model) runSearch() {
	m.search.hits = entryHits(m.story.Search(m.search.input.Value()))
	m.search.sel = 0
}

// previewHit shows the selected result in the reader while searching.
func (m *Model) previewHit() tea.Cmd {
	s := &m.search
	if len(s.hits) == 0 {
		return nil
	}
	m.reader.show(m.story, s.hits[s.sel].Entry)
	return m.refreshReader()
}

// stepMatch goes to the next (+1) or previous (-1) hit of the last search.
func (m *Model) stepMatch(d int) tea.Cmd {
	s := &m.search
	if s.query == "" {
		return nil
	}
	s.hits = entryHits(m.story.Search(s.query))
	if len(s.hits) == 0 {
		return nil
	}
	s.at = ((s.at+d)%len(s.hits) + len(s.hits)) % len(s.hits)
	f := m.focus
	if f != focusReader {
		f = focusTimeline // goTo picks the hit's pane
	}
	return m.goTo(s.hits[s.at].Entry, f)
}

// entryHits keeps the hits on story items (the explorer does not open
// notes or digest entries from search yet).
func entryHits(hits []model.Hit) []model.Hit {
	out := hits[:0]
	for _, h := range hits {
		if h.Entry != nil {
			out = append(out, h)
		}
	}
	return out
}
