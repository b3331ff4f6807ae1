package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// Update handles one message. It does no IO and no Markdown rendering:
// rendering is asked for with commands whose results come back as
// renderedMsg.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		return m, m.relayout()
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.restyle()
			return m, m.refreshReader()
		}
		return m, nil
	case renderedMsg:
		m.cache.store(msg)
		if e := m.reader.entry; e != nil {
			if _, ok := msg.results[renderKey{e.Base().ID, m.reader.width, m.styles.Glamour}]; ok {
				return m, m.refreshReader()
			}
		}
		return m, nil
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.search.active {
			return m.updateSearchInput(msg)
		}
		return m, nil
	case tea.MouseClickMsg:
		return m.handleClick(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	}
	if m.search.active {
		return m.updateSearchInput(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := &m.keys
	if m.search.active {
		return m.handleSearchKey(msg)
	}
	if m.full {
		switch {
		case key.Matches(msg, k.Quit):
			return m, tea.Quit
		case key.Matches(msg, k.Help), key.Matches(msg, k.Back):
			m.full = false
			return m, nil
		}
		m.full = false // any other key closes the help and acts
	}
	switch {
	case key.Matches(msg, k.Quit):
		return m, tea.Quit
	case key.Matches(msg, k.Help):
		m.full = true
		return m, nil
	case key.Matches(msg, k.Search):
		return m.openSearch()
	case key.Matches(msg, k.NextMatch):
		return m, m.stepMatch(1)
	case key.Matches(msg, k.PrevMatch):
		return m, m.stepMatch(-1)
	case key.Matches(msg, k.NextPane):
		return m, m.setFocus((m.focus + 1) % focusCount)
	case key.Matches(msg, k.PrevPane):
		return m, m.setFocus((m.focus + focusCount - 1) % focusCount)
	case key.Matches(msg, k.Timeline):
		return m, m.setFocus(focusTimeline)
	case key.Matches(msg, k.Deal):
		return m, m.setFocus(focusDeal)
	case key.Matches(msg, k.Japan):
		return m, m.setFocus(focusJapan)
	case key.Matches(msg, k.Impact):
		return m, m.setFocus(focusImpact)
	case key.Matches(msg, k.Sources):
		return m, m.toggleSources()
	case key.Matches(msg, k.ChangedOnly):
		return m, m.toggleChangedOnly()
	case key.Matches(msg, k.Back):
		return m, m.back()
	case key.Matches(msg, k.Open):
		return m, m.open()
	}
	if m.focus == focusReader {
		return m, m.readerKey(msg)
	}
	return m, m.listKey(msg)
}

// listKey moves the selection of the focused list.
func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	p, _ := m.focus.pane()
	l := m.lists[p].list
	k := &m.keys
	before := l.Index()
	switch {
	case key.Matches(msg, k.Up):
		l.CursorUp()
	case key.Matches(msg, k.Down):
		l.CursorDown()
	case key.Matches(msg, k.Left) && p == PaneTimeline:
		l.CursorUp()
	case key.Matches(msg, k.Right) && p == PaneTimeline:
		l.CursorDown()
	case key.Matches(msg, k.PageUp), key.Matches(msg, k.HalfPageUp):
		l.Select(max(before-max(l.Paginator.PerPage, 1), 0))
	case key.Matches(msg, k.PageDown), key.Matches(msg, k.HalfPageDown):
		l.Select(min(before+max(l.Paginator.PerPage, 1), max(len(l.Items())-1, 0)))
	case key.Matches(msg, k.Top):
		l.GoToStart()
	case key.Matches(msg, k.Bottom):
		l.GoToEnd()
	}
	if l.Index() == before {
		return nil
	}
	return m.syncReader()
}

// readerKey scrolls the reader or moves between its related items.
func (m *Model) readerKey(msg tea.KeyPressMsg) tea.Cmd {
	r := &m.reader
	k := &m.keys
	switch {
	case key.Matches(msg, k.Up):
		r.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		r.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		r.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		r.vp.PageDown()
	case key.Matches(msg, k.HalfPageUp):
		r.vp.HalfPageUp()
	case key.Matches(msg, k.HalfPageDown):
		r.vp.HalfPageDown()
	case key.Matches(msg, k.Top):
		r.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		r.vp.GotoBottom()
	case key.Matches(msg, k.Left), key.Matches(msg, k.Right):
		if n := len(r.related); n > 0 && r.mode == readItem {
			switch {
			case key.Matches(msg, k.Right):
				r.relSel = (r.relSel + 1) % n
			case r.relSel <= 0:
				r.relSel = n - 1
			default:
				r.relSel--
			}
			m.composeReader()
			if r.relSel >= 0 && r.relSel < len(r.relLines) {
				r.scrollTo(r.relLines[r.relSel])
			}
		}
	}
	return nil
}

// setFocus moves the keyboard to a pane or the reader.
func (m *Model) setFocus(f focus) tea.Cmd {
	if f == m.focus {
		return nil
	}
	m.focus = f
	if p, ok := f.pane(); ok {
		m.current = p
	}
	for p := range paneCount {
		m.lists[p].restyle(m.styles, m.focus == p.focus())
	}
	return tea.Batch(m.relayout(), m.syncReader())
}

// open moves into the reader from a list, or follows the selected related
// item from the reader.
func (m *Model) open() tea.Cmd {
	if m.focus != focusReader {
		return m.setFocus(focusReader)
	}
	r := &m.reader
	if r.relSel >= 0 && r.relSel < len(r.related) {
		return m.goTo(r.related[r.relSel], focusReader)
	}
	return nil
}

// back leaves the sources view, then the reader.
func (m *Model) back() tea.Cmd {
	switch {
	case m.reader.mode == readSources:
		m.reader.mode = readItem
		m.composeReader()
		return nil
	case m.focus == focusReader:
		return m.setFocus(m.current.focus())
	}
	return nil
}

func (m *Model) toggleSources() tea.Cmd {
	if m.reader.entry == nil {
		return nil
	}
	if m.reader.mode == readSources {
		m.reader.mode = readItem
	} else {
		m.reader.mode = readSources
	}
	m.reader.vp.GotoTop()
	m.composeReader()
	if m.lay.mode == modeNarrow && m.focus != focusReader {
		return m.setFocus(focusReader)
	}
	return nil
}

func (m *Model) toggleChangedOnly() tea.Cmd {
	if m.current != PaneDeal {
		return nil
	}
	d := &m.lists[PaneDeal]
	d.setChangedOnly(!d.changed)
	return m.syncReader()
}

// goTo selects an entry in its pane, and focuses that pane or the reader.
func (m *Model) goTo(e model.Entry, f focus) tea.Cmd {
	p := paneOf(e)
	l := &m.lists[p]
	if !l.selectID(e.Base().ID) && l.changed {
		l.setChangedOnly(false) // the term is hidden: show all terms
		l.selectID(e.Base().ID)
	}
	m.current = p
	if f != focusReader {
		f = p.focus()
	}
	m.focus = f
	for q := range paneCount {
		m.lists[q].restyle(m.styles, m.focus == q.focus())
	}
	return tea.Batch(m.relayout(), m.syncReader())
}

// relayout recomputes the regions and sizes every part to them.
func (m *Model) relayout() tea.Cmd {
	m.lay = computeLayout(m.width, m.height, m.focus, m.search.active)
	l := m.lay
	if l.mode == modeTooSmall {
		return nil
	}
	m.band.setWidth(max(l.band.W-4, 0))
	lw, lh := innerW(l.list), innerH(l.list)
	for p := range paneCount {
		m.lists[p].list.SetSize(max(lw, 1), max(lh, 1))
	}
	m.help.SetWidth(l.width)
	m.search.input.SetWidth(max(l.width-24, 10))
	oldW := m.reader.width
	if !l.reader.empty() {
		m.reader.setSize(innerW(l.reader), innerH(l.reader))
	}
	if m.reader.width != oldW {
		return m.refreshReader()
	}
	return nil
}

// syncReader shows the current selection in the reader.
func (m *Model) syncReader() tea.Cmd {
	m.reader.show(m.story, m.selectedEntry())
	return m.refreshReader()
}

// refreshReader recomposes the reader from the cache and asks for the
// renderings it lacks: the shown item first, then its neighbours.
func (m *Model) refreshReader() tea.Cmd {
	m.composeReader()
	if m.reader.entry == nil || m.reader.width <= 0 {
		return nil
	}
	want := []model.Entry{m.reader.entry}
	l := m.lists[m.current].list
	items := l.Items()
	for _, d := range []int{1, -1, 2} {
		if i := l.Index() + d; i >= 0 && i < len(items) {
			want = append(want, items[i].(row).entry)
		}
	}
	first := m.cache.request(want[:1], m.reader.width, m.styles.Glamour)
	rest := m.cache.request(want[1:], m.reader.width, m.styles.Glamour)
	return tea.Sequence(first, rest)
}

func (m *Model) composeReader() {
	md := ""
	if e := m.reader.entry; e != nil {
		md, _ = m.cache.get(e.Base().ID, m.reader.width, m.styles.Glamour)
	}
	m.reader.compose(m.story, m.styles, md)
}

// innerW and innerH give the content size of a bordered pane with a
// one-column left padding and a title line.
func innerW(r rect) int { return max(r.W-3, 0) }
func innerH(r rect) int { return max(r.H-3, 0) }
