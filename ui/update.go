package ui

import (
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// Update handles one message. It does no IO and renders no Markdown:
// renderings are asked for with commands and come back as renderedMsg.
// Whatever a message changes is drawn again once, at the end (refresh),
// and the frame is assembled then; a message that changes nothing on
// screen (a rendering for a neighbour, a terminal's report) keeps the
// frame as it was, as Bubble Tea asks for a View after every message.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	unchanged := m.changesNothing(msg)
	cmd := tea.Batch(m.handle(msg), m.refresh())
	if !unchanged || !m.framed {
		m.view, m.framed = m.frame(), true
	}
	return m, cmd
}

// changesNothing reports a message that changes nothing on screen.
func (m *Model) changesNothing(msg tea.Msg) bool {
	switch msg := msg.(type) {
	case renderDropped:
		return true
	case renderedMsg:
		k, _ := m.readerDoc()
		return msg.key != k
	case statusExpired:
		return msg.seq != m.status.seq || m.status.shownAt(m.place()) == ""
	case tea.BackgroundColorMsg:
		return m.opts.Theme != ThemeAuto || msg.IsDark() == m.dark
	case tea.WindowSizeMsg:
		return msg.Width == m.width && msg.Height == m.height
	case tourTick:
		return !m.tour.current(msg)
	case tea.KeyPressMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.ResumeMsg:
		return false
	}
	return !m.search.active // otherwise only the search box reads the rest
}

func (m *Model) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return m.resize(msg.Width, msg.Height)
	case tea.BackgroundColorMsg:
		if m.opts.Theme == ThemeAuto && msg.IsDark() != m.dark {
			m.dark = msg.IsDark()
			m.applyStyles()
		}
	case renderedMsg, statusExpired, tourTick:
		return m.handleOwn(msg)
	case tea.ResumeMsg:
		m.dirty |= dirtyAll
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.PasteMsg:
		if m.search.active {
			return m.searchInput(msg)
		}
	case tea.MouseClickMsg:
		return m.handleClick(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	default:
		if m.search.active {
			return m.searchInput(msg)
		}
	}
	return nil
}

// handleOwn handles the messages the explorer sends itself: a rendering
// done, a status message's time up, a second of the tour's countdown.
func (m *Model) handleOwn(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case renderedMsg:
		if k, _ := m.readerDoc(); msg.key == k {
			m.dirty |= dirtyReader
		}
	case statusExpired:
		m.status.expire(msg)
	case tourTick:
		return m.tourTicked(msg)
	}
	return nil
}

// resize lays the screen out again for a new size, keeping the reader on
// the same text. The first size renders what the first frame shows at
// once, and prepares what the next keys will want (firstframe.go).
func (m *Model) resize(w, h int) tea.Cmd {
	if w == m.width && h == m.height {
		return nil
	}
	first := m.width == 0 && m.height == 0
	m.width, m.height = w, h
	m.dirty |= dirtyAll
	if m.tour.active() {
		m.reader.revealMatch() // the step's phrase stays in view
	}
	if first {
		return m.renderFirst()
	}
	return nil
}

// refresh draws again what the last message changed, and asks for the
// renderings the reader needs. It is the one place the view's state is
// made; View only reads it.
func (m *Model) refresh() tea.Cmd {
	d := m.dirty
	m.dirty = 0
	if d&dirtyLayout != 0 {
		m.relayout()
	}
	if m.lay.mode == modeTooSmall {
		return nil
	}
	if d&dirtyList != 0 {
		m.drawList()
	}
	if d&dirtyBand != 0 && !m.lay.band.empty() {
		m.band.draw(m.styles, m.text, m.labels, m.lists[model.PaneTimeline].selIndex())
	}
	if d&dirtySearch != 0 && m.search.active {
		m.search.refresh(m.styles, m.text, m.labels)
	}
	if d&dirtyHelp != 0 && m.help.isOpen() {
		m.help.compose(m.styles, m.text, m.keys, m.footerHelp)
	}
	if d&dirtyReader != 0 {
		m.composeReader()
		return m.requestRenders()
	}
	return nil
}
