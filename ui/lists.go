package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// row is one story item in a list pane.
type row struct{ entry model.Entry }

func (r row) FilterValue() string { return r.entry.Base().Title }

// rowDelegate draws the two-line rows of one pane.
type rowDelegate struct {
	pane    Pane
	styles  *Styles
	focused bool
}

func (d rowDelegate) Height() int                         { return 2 }
func (d rowDelegate) Spacing() int                        { return 0 }
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

func (d rowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	r, ok := item.(row)
	if !ok {
		return
	}
	st := d.styles
	width := m.Width()
	selected := index == m.Index()
	marker := "  "
	if selected {
		marker = "▸ "
	}
	title, right, detail := rowText(r.entry)
	titleW := width - lipgloss.Width(marker) - lipgloss.Width(right) - 1
	line1 := marker + ansi.Truncate(title, max(titleW, 1), "…")
	if right != "" {
		gap := width - lipgloss.Width(line1) - lipgloss.Width(right)
		if gap >= 1 {
			line1 += strings.Repeat(" ", gap) + right
		}
	}
	line2 := "  " + ansi.Truncate(detail, max(width-2, 1), "…")

	titleStyle := st.RowTitle
	if selected {
		titleStyle = st.RowSelectedBlur
		if d.focused {
			titleStyle = st.RowSelected
		}
	}
	fmt.Fprint(w, titleStyle.Render(fitLine(line1, width))+"\n"+st.RowDetail.Render(fitLine(line2, width)))
}

// rowText gives a row's title, its right-hand tag and its second line.
func rowText(e model.Entry) (title, right, detail string) {
	it := e.Base()
	prov := provenanceMark(it)
	switch v := e.(type) {
	case *model.Event:
		// The band's legend explains the dot: filled for the article,
		// hollow for background.
		return prov[:len(prov)-len(strings.TrimLeft(prov, "●○"))] + " " + v.Date.Long() + " · " + it.Title, "", it.Summary
	case *model.Term:
		mark := "● changed"
		if !v.Changed {
			mark = "○ same"
		}
		return it.Title, mark, "gains: " + v.Gains.Label() + " · " + v.Before + " → " + v.After
	case *model.Implication:
		return it.Title, string(v.Subject), v.Enables
	case *model.Intro:
		return it.Title, "the story", it.Summary
	case *model.Impact:
		return it.Title, v.Group.Label(), it.Summary
	}
	return it.Title, prov, it.Summary
}

// provenanceMark is the short label of where an item comes from: a filled
// dot for the article, a hollow one for background.
func provenanceMark(it *model.Item) string {
	if it.Provenance == model.FromBackground {
		return "○ background"
	}
	return "● article"
}

// paneList is the list of one pane.
type paneList struct {
	pane    Pane
	focused bool
	all     []model.Entry // every item of the pane
	changed bool          // deal pane: only changed terms shown
	list    *list.Model   // a pointer: copies of the Model (every Update) stay small
	rows    *rowCache     // shared by copies of the model; see view
}

// rowCache keeps drawn rows for one width and theme: a row is drawn again
// only when it is first shown, or when its selection or focus changes.
type rowCache struct {
	width         int
	dark, noColor bool
	rows          map[rowKey]string
}

type rowKey struct {
	entry             model.Entry
	selected, focused bool
}

// maxCachedRows bounds the cache; it is emptied when full. A screen shows
// a few dozen rows.
const maxCachedRows = 1024

func (c *rowCache) row(st *Styles, width int, k rowKey, draw func() string) string {
	if c.rows == nil || c.width != width || c.dark != st.Dark || c.noColor != st.NoColor || len(c.rows) >= maxCachedRows {
		*c = rowCache{width: width, dark: st.Dark, noColor: st.NoColor, rows: make(map[rowKey]string, 64)}
	}
	if s, ok := c.rows[k]; ok {
		return s
	}
	s := draw()
	c.rows[k] = s
	return s
}

func newPaneList(p Pane, entries []model.Entry, st *Styles) paneList {
	items := make([]list.Item, len(entries))
	for i, e := range entries {
		items[i] = row{e}
	}
	l := list.New(items, rowDelegate{pane: p, styles: st}, 0, 0)
	// Each of these setters works out the page size again, drawing the
	// parts that are still shown to measure them: hide the list's own
	// help first, the dearest to draw.
	l.SetShowHelp(false)
	l.SetShowTitle(false)
	l.SetShowStatusBar(false)
	l.SetFilteringEnabled(false)
	l.SetShowFilter(false)
	l.DisableQuitKeybindings()
	l.InfiniteScrolling = false
	l.Styles.NoItems = st.Muted
	l.Styles.PaginationStyle = lipgloss.NewStyle().PaddingLeft(2)
	l.Paginator.ActiveDot = st.Bold.Render("•")
	l.Paginator.InactiveDot = st.Muted.Render("·")
	return paneList{pane: p, all: entries, list: &l, rows: &rowCache{}}
}

// restyle gives the list new styles or a new focus state.
func (p *paneList) restyle(st *Styles, focused bool) {
	p.focused = focused
	p.list.SetDelegate(rowDelegate{pane: p.pane, styles: st, focused: focused})
	p.list.Styles.NoItems = st.Muted
	p.list.Paginator.ActiveDot = st.Bold.Render("•")
	p.list.Paginator.InactiveDot = st.Muted.Render("·")
}

// selected gives the selected entry, or nil when the list is empty.
func (p *paneList) selected() model.Entry {
	if r, ok := p.list.SelectedItem().(row); ok {
		return r.entry
	}
	return nil
}

// selectID selects the entry with an id, if shown; it reports whether it is.
func (p *paneList) selectID(id string) bool {
	for i, it := range p.list.Items() {
		if it.(row).entry.Base().ID == id {
			p.list.Select(i)
			return true
		}
	}
	return false
}

// setChangedOnly shows only changed terms, or all of them, keeping the
// selection where it can.
func (p *paneList) setChangedOnly(on bool) {
	cur := p.selected()
	p.changed = on
	var items []list.Item
	for _, e := range p.all {
		if t, ok := e.(*model.Term); on && ok && !t.Changed {
			continue
		}
		items = append(items, row{e})
	}
	p.list.SetItems(items)
	if cur == nil || !p.selectID(cur.Base().ID) {
		p.list.Select(0)
	}
}

// rowAt gives the index of the item drawn at line y of the list's area, or
// -1.
func (p *paneList) rowAt(y int) int {
	if y < 0 {
		return -1
	}
	n := len(p.list.VisibleItems())
	start, end := p.list.Paginator.GetSliceBounds(n)
	i := start + y/2
	if i >= end {
		return -1
	}
	return i
}

// view draws the rows of the current page and, when there are several
// pages, the page dots: h lines, each exactly the list's width. It draws
// only the rows on screen.
func (p *paneList) view(st *Styles, h int) string {
	l := p.list
	w := l.Width()
	items := l.VisibleItems()
	if len(items) == 0 {
		return padBlock(fitLine(st.Muted.Render("Nothing here."), w), w, h)
	}
	start, end := l.Paginator.GetSliceBounds(len(items))
	var b strings.Builder
	d := rowDelegate{pane: p.pane, styles: st, focused: p.focused}
	lines := 0
	if p.rows == nil {
		p.rows = &rowCache{}
	}
	sel := l.Index()
	for i := start; i < end && lines+2 <= h; i++ {
		if lines > 0 {
			b.WriteByte('\n')
		}
		r, _ := items[i].(row)
		b.WriteString(p.rows.row(st, w, rowKey{r.entry, i == sel, p.focused}, func() string {
			var rb strings.Builder
			d.Render(&rb, *l, i, items[i])
			return rb.String()
		}))
		lines += 2
	}
	if l.Paginator.TotalPages > 1 && h > lines {
		dots := fitLine("  "+l.Paginator.View(), w)
		body := padBlock(b.String(), w, h-1)
		return body + "\n" + dots
	}
	return padBlock(b.String(), w, h)
}

func (p *paneList) count() int { return len(p.list.Items()) }
