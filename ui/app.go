package ui

import (
	"fmt"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/lru"
	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// Model is the root model of the explorer.
type Model struct {
	story  *model.Story
	opts   Options
	keys   KeyMap
	text   *uiText       // the explorer's words, in the story's language
	labels *model.Labels // the story's words (panes, statuses, dates), likewise
	styles *Styles
	dark   bool

	width, height int
	lay           layout
	focus         focus

	lists      [model.PaneCount]*listPane
	band       *band
	reader     *reader
	search     *search
	help       *helpView
	tour       *tour
	footerHelp help.Model // the footer's short help
	hist       history
	status     status
	tick       tickFunc
	// firstWait is how long the first size waits for its Markdown
	// (firstRenderWait; tests that must not depend on the machine's
	// speed change it).
	firstWait time.Duration

	renders *mdrender.Cache
	rows    *lru.Cache[rowKey, []string]

	dirty  dirtyParts
	header string // the title and tab lines, drawn by relayout
	view   string // the frame, assembled at the end of Update
	framed bool   // view holds a frame
}

// dirtyParts says which parts must be drawn again before the next frame.
type dirtyParts uint8

const (
	dirtyLayout dirtyParts = 1 << iota
	dirtyList
	dirtyBand
	dirtyReader
	dirtySearch
	dirtyHelp
	dirtyAll = dirtyLayout | dirtyList | dirtyBand | dirtyReader | dirtySearch | dirtyHelp
)

// New builds the explorer for a story, shown in its screen form
// (model.Story.ForScreen). It does no slow work: Markdown is rendered by
// commands once the size is known.
func New(s *model.Story, opts Options) *Model {
	s = s.ForScreen()
	m := &Model{
		story:      s,
		opts:       opts,
		keys:       keyMapWith(textFor(s.Lang)),
		text:       textFor(s.Lang),
		labels:     s.Labels(),
		dark:       opts.Theme == ThemeDark || (opts.Theme == ThemeAuto && !opts.LightGuess),
		band:       newBand(s.Timeline),
		reader:     newReader(),
		help:       newHelpView(),
		footerHelp: help.New(),
		renders:    opts.Renders,
		rows:       lru.New[rowKey](rowCacheBytes, lru.LinesSize),
		tick:       tea.Tick,
		firstWait:  firstRenderWait,
		dirty:      dirtyAll,
	}
	if m.renders == nil {
		m.renders = mdrender.NewCache(mdrender.DefaultCacheBytes, 0)
	}
	m.keys.Suspend.SetEnabled(opts.Suspend)
	m.applyStyles()
	m.search = newSearch(s, m.styles, m.text)
	for _, p := range model.Panes() {
		m.lists[p] = newListPane(p, s.PaneEntries(p), s.PaneGroups(p))
	}
	m.moveFocus(focus{pane: opts.Pane})
	if e, ok := s.Entry(opts.Item); ok {
		m.moveFocus(focus{pane: model.PaneOf(e)})
		m.lists[m.focus.pane].selectID(opts.Item)
	} else if s.Intro != nil && opts.Pane == model.PaneTimeline {
		m.openOnStoryDay()
	}
	m.reader.show(m.selected())
	m.tour = newTour(s, opts.tourPace())
	if opts.Tour && m.tour.exists() {
		m.tour.enter()
		m.showStop()
	}
	return m
}

// openOnStoryDay selects the timeline's event on the day the story is
// about.
func (m *Model) openOnStoryDay() {
	for i, e := range m.story.Timeline {
		if e.Date == m.story.Intro.Date {
			m.lists[model.PaneTimeline].selectRow(i)
			return
		}
	}
}

// Init asks the terminal for its background colour when the theme is
// automatic. The first frame does not wait for the answer.
func (m *Model) Init() tea.Cmd {
	var cmds []tea.Cmd
	if m.opts.Theme == ThemeAuto && !m.opts.noColor() {
		cmds = append(cmds, tea.RequestBackgroundColor)
	}
	if m.opts.Tour && !m.tour.exists() {
		cmds = append(cmds, m.say(m.text.Tour.NoTour))
	}
	return tea.Batch(cmds...)
}

// selected is the item selected in the focused pane.
func (m *Model) selected() model.Entry { return m.lists[m.focus.pane].selected() }

// applyStyles makes the styles for the theme and gives them to the parts
// that keep them.
func (m *Model) applyStyles() {
	st := NewStyles(m.dark, m.opts.noColor())
	m.styles = &st
	m.footerHelp.Styles = st.Help
	if m.search != nil {
		m.search.setStyles(st.Input)
	}
	m.dirty |= dirtyAll
}

// say shows a short message in the footer for a moment, while the
// explorer stays where it was said.
func (m *Model) say(text string) tea.Cmd { return m.status.say(text, m.place(), m.tick) }

// place names where the explorer is, for status messages: the focus and
// what the reader shows.
func (m *Model) place() string {
	return fmt.Sprintf("%d/%d/%d/%s", m.focus.pane, m.focus.area, m.reader.view, m.reader.docID())
}
