// Package ui is the interactive explorer, a Bubble Tea program: one root
// Model owns focus, layout, styles and keys; each pane is a small component.
package ui

import (
	"context"
	"errors"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// Model is the root model of the explorer.
type Model struct {
	story *model.Story
	keys  KeyMap
	opts  Options

	dark    bool
	noColor bool
	styles  *Styles

	width, height int
	lay           layout

	focus   focus
	current Pane // the pane whose selection the reader shows
	lists   [paneCount]paneList
	band    timelineBand
	reader  reader
	search  searchState
	help    help.Model
	full    bool // full help shown

	cache renderCache
}

// New builds the explorer for a story. It does no slow work: Markdown is
// rendered by commands once the size is known.
func New(s *model.Story, opts Options) Model {
	m := Model{
		story:   s,
		keys:    DefaultKeyMap(),
		opts:    opts,
		dark:    opts.Theme != ThemeLight,
		noColor: opts.NoColor,
		band:    newTimelineBand(s.Timeline),
		reader:  newReader(),
		help:    help.New(),
		cache:   newRenderCache(),
	}
	st := NewStyles(m.dark, m.noColor)
	m.styles = &st
	entries := paneEntries(s)
	for p := range paneCount {
		m.lists[p] = newPaneList(p, entries[p], m.styles)
	}
	m.search.input = newSearchInput(m.styles)
	m.help.Styles = st.Help

	m.focus, m.current = opts.Pane.focus(), opts.Pane
	if id := opts.Item; id != "" {
		if e, ok := s.Entry(id); ok {
			p := paneOf(e)
			m.lists[p].selectID(id)
			m.focus, m.current = p.focus(), p
		}
	} else if s.Intro != nil {
		// Open the timeline on the day the story is about.
		for i, e := range s.Timeline {
			if e.Date == s.Intro.Date {
				m.lists[PaneTimeline].list.Select(i)
				break
			}
		}
	}
	m.restyle()
	m.reader.show(s, m.selectedEntry())
	return m
}

// Init asks the terminal for its background colour when the theme is
// automatic. The first frame does not wait for the answer.
func (m Model) Init() tea.Cmd {
	if m.opts.Theme == ThemeAuto && !m.noColor {
		return tea.RequestBackgroundColor
	}
	return nil
}

// selectedEntry is the item the reader shows: the selection of the
// current pane.
func (m *Model) selectedEntry() model.Entry {
	return m.lists[m.current].selected()
}

// restyle remakes the styles for the theme and pushes them to the parts.
func (m *Model) restyle() {
	st := NewStyles(m.dark, m.noColor)
	*m.styles = st
	for p := range paneCount {
		m.lists[p].restyle(m.styles, m.focus == p.focus())
	}
	m.help.Styles = st.Help
	m.search.input.SetStyles(st.Input)
}

// Run starts the explorer and returns when the user quits.
func Run(ctx context.Context, s *model.Story, opts Options) error {
	popts := []tea.ProgramOption{tea.WithContext(ctx)}
	_, err := tea.NewProgram(New(s, opts), popts...).Run()
	if errors.Is(err, tea.ErrProgramKilled) && ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}
