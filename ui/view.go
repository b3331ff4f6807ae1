package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// View gives the frame Update assembled; it only reads.
func (m *Model) View() tea.View {
	v := tea.NewView(m.view)
	v.AltScreen = true
	v.WindowTitle = "dealtui"
	if m.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// frame is the whole screen as text, never larger than the terminal.
func (m *Model) frame() string {
	l := m.lay
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if l.mode == modeTooSmall {
		return tooSmall(m.styles, m.text, m.width, m.height)
	}
	parts := []string{m.header}
	if m.help.isOpen() {
		body := newBox(rect{0, headerHeight, l.width, l.height - headerHeight - footerHeight}, true, 1, 1)
		parts = append(parts, drawBox(m.paneStyle(true), body, m.paneTitle(m.text.Keys, m.help.more(m.text), true, body.title.W), m.help.render(), true))
	} else {
		if !l.tour.empty() {
			parts = append(parts, m.tour.renderBox(m.styles, m.text, l.tour))
		}
		if !l.band.empty() {
			parts = append(parts, drawBox(m.paneStyle(false), l.band, "", m.band.drawn, true))
		}
		var cols []string
		if !l.list.empty() {
			cols = append(cols, m.listView())
		}
		if !l.reader.empty() {
			cols = append(cols, m.readerView())
		}
		parts = append(parts, joinColumns(cols...))
	}
	parts = append(parts, m.footerView())
	return strings.Join(parts, "\n")
}

func (m *Model) paneStyle(focused bool) lipgloss.Style {
	if focused {
		return m.styles.PaneFocused
	}
	return m.styles.Pane
}

// paneTitle is the first line of a pane: a marker and a bold title when it
// has the focus, so that the focus shows without colour too.
func (m *Model) paneTitle(title, right string, focused bool, w int) string {
	st := m.styles
	style, marker := st.PaneTitle, "  "
	if focused {
		style, marker = st.PaneTitleFocused, "▸ "
	}
	// The title gives way to what is on the right, cut with "…", unless
	// it would keep fewer than a few cells: then the right goes.
	room := w - ansi.StringWidth(marker)
	if right != "" && room-ansi.StringWidth(right)-2 >= min(ansi.StringWidth(title), 8) {
		room -= ansi.StringWidth(right) + 2
	}
	return spaceBetween(style.Render(marker+ansi.Truncate(title, max(room, 1), "…")), st.Muted.Render(right), w)
}

func (m *Model) listView() string {
	b := m.lay.list
	if m.search.active {
		title := m.paneTitle(m.text.SearchResults, m.search.count(m.text), true, b.title.W)
		return drawBox(m.paneStyle(true), b, title, m.search.view(), true)
	}
	l := m.lists[m.focus.pane]
	focused := m.focus.onList()
	title := m.paneTitle(m.labels.PaneTitle(m.focus.pane), l.countLabel(m.text), focused, b.title.W)
	return drawBox(m.paneStyle(focused), b, title, l.view(m.styles.Muted.Render(m.text.NothingHere)), true)
}

func (m *Model) readerView() string {
	b := m.lay.reader
	r := m.reader
	title := m.readerTitle()
	right := ""
	if p, ok := r.percent(); ok {
		right = fmtPercent(p)
	}
	focused := m.focus.onReader()
	return drawBox(m.paneStyle(focused), b, m.paneTitle(title, right, focused, b.title.W), r.render(), true)
}

// readerTitle is the reader's title line: what it shows, and once its own
// title has scrolled off, which item it is and where, so that the item is
// always named ("Timeline · 1/9 · The partnership begins").
func (m *Model) readerTitle() string {
	r := m.reader
	kind := map[readerMode]string{viewItem: m.text.Reader, viewSources: m.text.CitedSources, viewSource: m.text.Source, viewStepSources: m.text.CitedSources}[r.view]
	if r.offset() == 0 {
		return kind
	}
	switch {
	case r.view == viewItem && r.entry != nil && m.tour.active():
		return r.entry.Base().Title // the tabs and the box say where: the title stays whole
	case r.view == viewSource:
		if src, ok := m.story.Source(r.sourceID); ok {
			return kind + " · " + src.Title
		}
	case r.entry != nil:
		p := model.PaneOf(r.entry)
		where := m.labels.PaneTitle(p)
		if pos := m.lists[p].positionOf(r.entry.Base().ID); pos != "" {
			where += " · " + pos
		}
		if r.view == viewSources {
			where = kind + " · " + where
		}
		return where + " · " + r.entry.Base().Title
	}
	return kind
}

// tabSpan is a tab's label and the columns it covers on the tab line.
type tabSpan struct {
	pane   model.Pane
	label  string
	x0, x1 int
}

// tabSpans lays out the tab line for a width: full names when they fit,
// then short ones, then numbers beside the current pane's name.
func tabSpans(st *Styles, t *uiText, lb *model.Labels, width int, f focus) []tabSpan {
	short := t.ShortPanes
	full := func(p model.Pane) string { return lb.PaneTitle(p) }
	shortName := func(p model.Pane) string { return short[p] }
	numbers := func(p model.Pane) string {
		if p == f.pane {
			return short[p]
		}
		return ""
	}
	var out []tabSpan
	for _, name := range []func(model.Pane) string{full, shortName, numbers} {
		out = out[:0]
		x := 0
		for _, p := range model.Panes() {
			label := strings.TrimSpace(fmt.Sprintf("%d %s", p+1, name(p)))
			w := lipgloss.Width(st.Tab.Render(label))
			out = append(out, tabSpan{pane: p, label: label, x0: x, x1: x + w})
			x += w
		}
		if x <= width {
			break
		}
	}
	return out
}

// readerTab is the tab the narrow layout adds while the reader has the
// whole screen ("› Reader"), or nothing (the search's results have it
// while the box is open); the pane tabs leave it room.
func (m *Model) readerTab() string {
	if m.focus.onReader() && m.lay.mode == modeNarrow && !m.search.active {
		return m.styles.TabActive.Render("› " + m.text.Reader)
	}
	return ""
}

// headerView draws the title line and the tabs; relayout keeps it, as it
// changes only with the size, the focus and the theme.
func (m *Model) headerView() string {
	st := m.styles
	w := m.lay.width
	title := st.Title.Render(" dealtui ")
	if in := m.story.Intro; in != nil {
		// The date stays whole: the story's title gives way first.
		date := st.Date.Render(" · " + m.labels.LongDate(in.Date))
		room := w - ansi.StringWidth(title) - 1 - ansi.StringWidth(date)
		if room < 12 {
			date, room = "", w-ansi.StringWidth(title)-1
		}
		title += " " + st.Bold.Render(ansi.Truncate(in.Title, max(room, 1), "…")) + date
	}
	var tabs strings.Builder
	for _, t := range m.lay.tabs {
		style := st.Tab
		if t.pane == m.focus.pane {
			style = st.TabActive
		}
		tabs.WriteString(style.Render(t.label))
	}
	tabs.WriteString(m.readerTab())
	return fitLine(ansi.Truncate(title, w, "…"), w) + "\n" + fitLine(tabs.String(), w)
}

// footerView is the short help for where the focus is, with a message or
// the search status on the right. "? help" and "q quit" always stay.
func (m *Model) footerView() string {
	st := m.styles
	w := m.lay.width
	if m.search.active {
		return spaceBetween(m.search.inputView(), st.Status.Render(m.search.count(m.text)), w)
	}
	right := st.Status.Render(m.search.lastCount(m.text, m.reader.matchCount()))
	if m.tour.active() {
		right = "" // the box says where the tour is
	}
	if text := m.status.shownAt(m.place()); text != "" {
		right = st.Warning.Render(text)
	}
	const gap = 3 // the keys and the message never read as one
	essential := []key.Binding{m.keys.Help, m.keys.Quit}
	optional := m.shortHelp()
	for n := len(optional); n >= 0; n-- {
		left := m.footerHelp.ShortHelpView(append(optional[:n:n], essential...))
		need := ansi.StringWidth(left)
		if right != "" {
			need += gap + ansi.StringWidth(right)
		}
		if need <= w {
			return spaceBetween(left, right, w)
		}
		if n == 0 && right != "" {
			// A message matters more than the keys, which ? lists.
			return fitLine(ansi.Truncate(right, w, "…"), w)
		}
		if n == 0 {
			return fitLine(left, w)
		}
	}
	return ""
}

// shortHelp lists the keys that matter where the focus is, most useful
// first; the footer drops them from the end when it is narrow.
func (m *Model) shortHelp() []key.Binding {
	k, t := m.keys, m.text
	switch {
	case m.help.isOpen():
		return []key.Binding{withHelp(k.Down, "↑/↓", t.FooterScroll), withHelp(k.Back, "esc", t.FooterClose)}
	case m.tour.active():
		w := t.Tour
		return []key.Binding{withHelp(k.TourNext, "space/→", w.FooterNext), withHelp(k.TourPrev, "←", w.FooterPrev),
			withHelp(k.TourLeave, "esc", w.FooterLeave), withHelp(k.TourSources, "s", w.FooterSources), withHelp(k.TourAuto, "a", w.FooterAuto)}
	case m.focus.onReader():
		return []key.Binding{withHelp(k.Right, "←/→", t.FooterLinks), withHelp(k.Open, "enter", t.FooterOpenLink), k.Sources, withHelp(k.Back, "esc", t.FooterClose), withHelp(k.HistBack, "[", t.FooterBack), k.Search, withHelp(k.NextPane, "tab", t.FooterNextPane), k.Copy}
	case m.focus.pane == model.PaneTimeline:
		return []key.Binding{withHelp(k.Left, "←/→", t.FooterMove), withHelp(k.Open, "enter", t.FooterRead), k.Search, k.Overview, withHelp(k.NextPane, "tab", t.FooterReader)}
	case m.focus.pane == model.PaneDeal:
		c := k.ChangedOnly
		if m.lists[model.PaneDeal].isChangedOnly() {
			c = withHelp(c, "c", t.FooterShowAll)
		}
		return []key.Binding{withHelp(k.Down, "↑/↓", t.FooterMove), c, withHelp(k.Open, "enter", t.FooterRead), k.Search, withHelp(k.NextPane, "tab", t.FooterReader)}
	}
	return []key.Binding{withHelp(k.Down, "↑/↓", t.FooterMove), withHelp(k.Open, "enter", t.FooterRead), k.Search, k.Overview, withHelp(k.NextPane, "tab", t.FooterReader)}
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}
