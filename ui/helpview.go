package ui

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"github.com/dealtui/dealtui/internal/wrap"
)

// helpView is the full help: every key binding, the mouse and how to read
// the marks, in a scrolling overlay. While it is open keys go to it.
type helpView struct {
	open          bool
	vp            viewport.Model
	width, height int
	lines         []string
}

func newHelpView() *helpView {
	vp := viewport.New()
	vp.SoftWrap = false
	return &helpView{vp: vp}
}

func (h *helpView) setSize(w, height int) {
	h.width, h.height = max(w, 1), max(height, 0)
	h.vp.SetWidth(h.width)
	h.vp.SetHeight(h.height)
}

// compose lays out the help for the width: the groups of keys in as many
// columns as fit, then the notes.
func (h *helpView) compose(st *Styles, t *uiText, keys KeyMap, hm help.Model) {
	hm.SetWidth(0)
	const gap = "   "
	// Every group takes the widest one's width, so that the groups of
	// each row start at the same columns as those above.
	var cols []string
	colW := 0
	for _, g := range keys.Groups() {
		col := st.Section.Render(g.Title) + "\n" + hm.FullHelpView([][]key.Binding{g.Bindings})
		cols = append(cols, col)
		colW = max(colW, lipgloss.Width(col))
	}
	var rows, row []string
	rowW := 0
	for _, col := range cols {
		col = lipgloss.NewStyle().Width(colW).Render(col)
		cw := colW
		if len(row) > 0 && rowW+len(gap)+cw > h.width {
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
	notes := []string{t.HelpMouse, t.HelpMarks}
	var b strings.Builder
	b.WriteString(strings.Join(rows, "\n\n"))
	for _, n := range notes {
		b.WriteString("\n\n" + st.Muted.Render(wrap.String(n, h.width)))
	}
	h.lines = fitLines(strings.Split(b.String(), "\n"), h.width)
	h.vp.SetContentLines(make([]string, len(h.lines)))
}

func (h *helpView) scroll(how scrollBy) { scrollViewport(&h.vp, how) }

// wheel scrolls by n lines, up when n is negative.
func (h *helpView) wheel(n int) { wheelViewport(&h.vp, n) }

// show opens the help at its top; hide closes it.
func (h *helpView) show() {
	h.open = true
	h.vp.GotoTop()
}

func (h *helpView) hide() { h.open = false }

func (h *helpView) isOpen() bool { return h.open }

func (h *helpView) render() string {
	from := min(h.vp.YOffset(), len(h.lines))
	to := min(from+h.height, len(h.lines))
	return padBlock(strings.Join(h.lines[from:to], "\n"), h.width, h.height)
}

// more says whether the help goes on past the screen, and how far down it
// is.
func (h *helpView) more(t *uiText) string {
	if len(h.lines) <= h.height {
		return t.HelpClose
	}
	return fmtPercent(h.vp.ScrollPercent()) + " · " + t.HelpScroll
}
