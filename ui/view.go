package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the frame from state computed in Update; it renders no
// Markdown.
func (m Model) View() tea.View {
	v := tea.NewView(m.frame())
	v.AltScreen = true
	v.WindowTitle = "dealtui"
	if m.opts.Mouse {
		v.MouseMode = tea.MouseModeCellMotion
	}
	return v
}

// frame is the whole screen as text, never larger than the terminal.
func (m Model) frame() string {
	l := m.lay
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if l.mode == modeTooSmall {
		return tooSmall(m.styles, m.width, m.height)
	}
	st := m.styles
	parts := []string{m.headerView()}
	if m.full {
		body := rect{0, headerHeight, l.width, l.height - headerHeight - footerHeight}
		parts = append(parts, m.helpView(body))
	} else {
		var top string
		if !l.band.empty() {
			top = boxExact(m.paneStyle(m.focus == focusTimeline).PaddingRight(1), l.band,
				m.band.view(st, m.lists[PaneTimeline].list.Index(), l.mode == modeWide))
			parts = append(parts, top)
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
	// Every part is cut to the width and the layout adds up to the height.
	return strings.Join(parts, "\n")
}

func (m Model) paneStyle(focused bool) lipgloss.Style {
	if focused {
		return m.styles.PaneFocused.PaddingLeft(1)
	}
	return m.styles.Pane.PaddingLeft(1)
}

// paneTitle is the first line of a pane: a marker and bold title when it
// has focus, so focus shows without colour too.
func (m Model) paneTitle(title, right string, focused bool, w int) string {
	st := m.styles
	style, marker := st.PaneTitle, "  "
	if focused {
		style, marker = st.PaneTitleFocused, "▸ "
	}
	left := style.Render(marker + title)
	if right != "" {
		if gap := w - lipgloss.Width(left) - lipgloss.Width(right); gap >= 1 {
			return left + strings.Repeat(" ", gap) + st.Muted.Render(right)
		}
	}
	return ansi.Truncate(left, w, "…")
}

func (m Model) listView() string {
	l := m.lay
	w, h := innerW(l.list), innerH(l.list)
	if m.search.active {
		title := m.paneTitle("Search results", m.search.count(), true, w)
		return box(m.paneStyle(true), l.list, title+"\n"+m.search.resultsView(m.styles, w, h))
	}
	p := m.current
	pl := &m.lists[p]
	focused := m.focus == p.focus()
	right := ""
	switch p {
	case PaneTimeline:
		right = fmt.Sprintf("%d events", pl.count())
	case PaneDeal:
		right = fmt.Sprintf("%d terms", pl.count())
		if pl.changed {
			right = fmt.Sprintf("%d changed of %d", pl.count(), len(pl.all))
		}
	default:
		right = fmt.Sprintf("%d items", pl.count())
	}
	if n := pl.count(); n > 0 {
		right = fmt.Sprintf("%d/%s", pl.list.Index()+1, right)
	}
	title := fitLine(m.paneTitle(p.title(), right, focused, w), w)
	return boxExact(m.paneStyle(focused), l.list, title+"\n"+pl.view(m.styles, h))
}

func (m Model) readerView() string {
	l := m.lay
	r := &m.reader
	w := innerW(l.reader)
	title := "Reader"
	if r.mode == readSources {
		title = "Cited sources"
	}
	right := ""
	if r.vp.TotalLineCount() > r.height {
		right = fmt.Sprintf("%3.0f%%", r.vp.ScrollPercent()*100)
	}
	focused := m.focus == focusReader
	return boxExact(m.paneStyle(focused), l.reader, fitLine(m.paneTitle(title, right, focused, w), w)+"\n"+r.view())
}

// tabSpan is a tab's label and the columns it covers on the tab line.
type tabSpan struct {
	pane   Pane
	label  string
	x0, x1 int
}

// tabSpans lays out the tab line; View draws it and clicks are matched
// against it.
func tabSpans(st *Styles, width int, f focus) []tabSpan {
	long := width >= 64
	var out []tabSpan
	x := 0
	for p := range paneCount {
		name := p.shortTitle()
		if long {
			name = p.title()
		}
		label := fmt.Sprintf("%d %s", p+1, name)
		style := st.Tab
		if cur, ok := f.pane(); ok && cur == p {
			style = st.TabActive
		}
		w := lipgloss.Width(style.Render(label))
		out = append(out, tabSpan{pane: p, label: label, x0: x, x1: x + w})
		x += w
	}
	return out
}

func (m Model) headerView() string {
	st := m.styles
	w := m.lay.width
	in := m.story.Intro
	title := st.Title.Render(" dealtui ") + " " + st.Bold.Render(in.Title) + st.Date.Render(" · "+in.Date.Long())
	var tabs strings.Builder
	for _, t := range tabSpans(st, w, m.focus) {
		style := st.Tab
		if t.pane == m.current {
			style = st.TabActive
			if m.focus != t.pane.focus() {
				style = st.TabActive.Underline(false)
			}
		}
		tabs.WriteString(style.Render(t.label))
	}
	if m.focus == focusReader && m.lay.mode == modeNarrow {
		tabs.WriteString(st.TabActive.Render("› Reader"))
	}
	line2 := tabs.String()
	if hint := st.Muted.Render("? help"); lipgloss.Width(line2)+lipgloss.Width(hint)+1 <= w {
		line2 += strings.Repeat(" ", w-lipgloss.Width(line2)-lipgloss.Width(hint)) + hint
	}
	return ansi.Truncate(title, w, "…") + "\n" + ansi.Truncate(line2, w, "")
}

func (m Model) footerView() string {
	st := m.styles
	w := m.lay.width
	if m.search.active {
		right := m.search.count()
		in := m.search.input.View()
		gap := w - lipgloss.Width(in) - lipgloss.Width(right)
		if gap < 1 {
			return ansi.Truncate(in, w, "")
		}
		return in + strings.Repeat(" ", gap) + st.Status.Render(right)
	}
	right := ""
	if q := m.search.query; q != "" && len(m.search.hits) > 0 {
		right = fmt.Sprintf("%q %d of %d · n/N", q, m.search.at+1, len(m.search.hits))
	}
	rw := lipgloss.Width(right)
	h := m.help
	h.SetWidth(max(w-rw-1, 0))
	// bubbles/help can overrun its width when even the ellipsis does not
	// fit, so cut it too.
	left := ansi.Truncate(h.ShortHelpView(m.shortHelp()), max(w-rw-1, 0), "…")
	if right == "" {
		return left
	}
	gap := w - lipgloss.Width(left) - rw
	if gap < 1 {
		return left
	}
	return left + strings.Repeat(" ", gap) + st.Status.Render(right)
}

// shortHelp lists the keys that matter where the focus is.
func (m Model) shortHelp() []key.Binding {
	k := m.keys
	switch {
	case m.search.active:
		return []key.Binding{k.SearchDown, k.SearchUp, k.SearchAccept, k.SearchCancel}
	case m.focus == focusReader:
		return []key.Binding{k.Up, k.Down, k.PageDown, withHelp(k.Left, "←/→", "related"), withHelp(k.Open, "enter", "open related"), k.Sources, k.Back, k.Help, k.Quit}
	case m.focus == focusTimeline:
		return []key.Binding{withHelp(k.Left, "←/→", "move"), k.Open, k.Search, k.Sources, k.NextPane, k.Help, k.Quit}
	case m.focus == focusDeal:
		return []key.Binding{k.Up, k.Down, k.ChangedOnly, k.Open, k.Search, k.Sources, k.NextPane, k.Help, k.Quit}
	}
	return []key.Binding{k.Up, k.Down, k.Open, k.Search, k.Sources, k.NextPane, k.Help, k.Quit}
}

func withHelp(b key.Binding, keys, desc string) key.Binding {
	b.SetHelp(keys, desc)
	return b
}

func (m Model) helpView(body rect) string {
	st := m.styles
	w := max(body.W-3, 1)
	h := m.help
	h.SetWidth(0)
	const gap = "   "
	var rows []string
	var row []string
	rowW := 0
	for _, g := range m.keys.Groups() {
		col := st.Section.Render(g.Title) + "\n" + h.FullHelpView([][]key.Binding{g.Bindings})
		cw := lipgloss.Width(col)
		if len(row) > 0 && rowW+len(gap)+cw > w {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row, rowW = nil, 0
		}
		if len(row) > 0 {
			row = append(row, gap)
			rowW += len(gap)
		}
		row = append(row, col)
		rowW += cw
	}
	rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	mouse := "Mouse: click a tab, a row or a timeline marker to select it; the wheel scrolls what is under the pointer. Start with --no-mouse to select text with the mouse."
	content := m.paneTitle("Keys", "? or esc to close", true, w) + "\n\n" +
		strings.Join(rows, "\n\n") + "\n\n" +
		st.Muted.Render(ansi.Wrap(mouse, w, ""))
	return box(m.paneStyle(true), body, content)
}

// box draws content in a bordered pane exactly r's size. The content is
// cut and padded to the inner size and the frame drawn around it line by
// line: Lip Gloss would measure and wrap every line again, which costs more
// than the rest of the frame.
func box(style lipgloss.Style, r rect, content string) string {
	return drawBox(style, r, content, false)
}

// boxExact is box for content whose lines are already exactly the inner
// width: they are not measured again.
func boxExact(style lipgloss.Style, r rect, content string) string {
	return drawBox(style, r, content, true)
}

func drawBox(style lipgloss.Style, r rect, content string, exact bool) string {
	if r.empty() {
		return ""
	}
	if r.W < 2 || r.H < 2 {
		return fitBlock("", r.W, r.H)
	}
	b := style.GetBorderStyle()
	// The border is one colour: style it once and wrap each piece in the
	// same escape codes, instead of having Lip Gloss measure every piece.
	pre, post := affixes(lipgloss.NewStyle().Foreground(style.GetBorderTopForeground()))
	padL, padR := style.GetPaddingLeft(), style.GetPaddingRight()
	iw := max(r.W-2-padL-padR, 0)
	ih := max(r.H-2, 0)
	left := pre + b.Left + post + strings.Repeat(" ", padL)
	right := strings.Repeat(" ", padR) + pre + b.Right + post
	var body string
	if exact {
		body = padBlock(content, iw, ih)
	} else {
		body = fitBlock(content, iw, ih)
	}
	var out strings.Builder
	out.Grow(len(body) + ih*(len(left)+len(right)+1) + 2*(len(pre)+len(post)+r.W*len(b.Top)+8))
	out.WriteString(pre)
	out.WriteString(b.TopLeft)
	out.WriteString(strings.Repeat(b.Top, r.W-2))
	out.WriteString(b.TopRight)
	out.WriteString(post)
	if ih > 0 {
		for line := range strings.SplitSeq(body, "\n") {
			out.WriteByte('\n')
			out.WriteString(left)
			out.WriteString(line)
			out.WriteString(right)
		}
	}
	out.WriteByte('\n')
	out.WriteString(pre)
	out.WriteString(b.BottomLeft)
	out.WriteString(strings.Repeat(b.Bottom, r.W-2))
	out.WriteString(b.BottomRight)
	out.WriteString(post)
	return out.String()
}

// affixes gives the escape codes a one-line style puts before and after
// text: text styled with it is pre + text + post.
func affixes(s lipgloss.Style) (pre, post string) {
	const mark = "x"
	pre, post, _ = strings.Cut(s.Render(mark), mark)
	return pre, post
}

// joinColumns puts blocks of equal height side by side.
func joinColumns(blocks ...string) string {
	if len(blocks) == 1 {
		return blocks[0]
	}
	split := make([][]string, len(blocks))
	n := 0
	for i, b := range blocks {
		split[i] = strings.Split(b, "\n")
		n = max(n, len(split[i]))
	}
	var out strings.Builder
	for y := range n {
		if y > 0 {
			out.WriteByte('\n')
		}
		for _, lines := range split {
			if y < len(lines) {
				out.WriteString(lines[y])
			}
		}
	}
	return out.String()
}

// fitBlock cuts or pads text to exactly h lines of exactly w columns.
func fitBlock(s string, w, h int) string {
	lines := strings.SplitN(s, "\n", h+1)
	if len(lines) > h {
		lines = lines[:h]
	}
	var b strings.Builder
	for i := range h {
		if i > 0 {
			b.WriteByte('\n')
		}
		if i < len(lines) {
			b.WriteString(fitLine(lines[i], w))
		} else {
			b.WriteString(strings.Repeat(" ", w))
		}
	}
	return b.String()
}

// padBlock gives exactly h lines, adding blank ones of width w; the lines
// given must already be w wide.
func padBlock(s string, w, h int) string {
	n := strings.Count(s, "\n") + 1
	if n > h {
		lines := strings.SplitN(s, "\n", h+1)
		return strings.Join(lines[:h], "\n")
	}
	if n < h {
		s += strings.Repeat("\n"+strings.Repeat(" ", w), h-n)
	}
	return s
}

// fitLine cuts or pads one line to exactly w columns.
func fitLine(l string, w int) string {
	lw := ansi.StringWidth(l)
	if lw > w {
		l = ansi.Truncate(l, w, "")
		lw = ansi.StringWidth(l)
	}
	if lw < w {
		l += strings.Repeat(" ", w-lw)
	}
	return l
}

// clip cuts text to at most w columns and h lines.
func clip(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		if ansi.StringWidth(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}

func tooSmall(st *Styles, w, h int) string {
	msg := []string{
		st.Warning.Render("Terminal too small"),
		fmt.Sprintf("need %d×%d, have %d×%d", minWidth, minHeight, w, h),
		st.Muted.Render("enlarge the window, or press q to quit"),
	}
	body := lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, strings.Join(msg, "\n"))
	return clip(body, w, h)
}
