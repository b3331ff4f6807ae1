package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// place is where the reader is: the focus and each pane's selection.
type place struct {
	focus    focus
	current  Pane
	selected [paneCount]int
	changed  bool
}

// searchState is the search input, its live results and the place to go
// back to on esc.
type searchState struct {
	active bool
	input  textinput.Model
	hits   []model.Hit
	sel    int
	saved  place
	// After a search is accepted, n and N step through its hits.
	query string
	at    int
}

func newSearchInput(st *Styles) textinput.Model {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = "search the whole story"
	ti.CharLimit = model.MaxQuery
	ti.SetStyles(st.Input)
	ti.SetVirtualCursor(true)
	return ti
}

// count is the "3 of 7" status of the results.
func (s *searchState) count() string {
	switch {
	case strings.TrimSpace(s.input.Value()) == "":
		return ""
	case len(s.hits) == 0:
		return "no matches"
	}
	return fmt.Sprintf("%d of %d", s.sel+1, len(s.hits))
}

// resultsView lists the hits that fit in h lines of width w, keeping the
// selected one in view: the pane, the title and a snippet around the match.
func (s *searchState) resultsView(st *Styles, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	q := strings.TrimSpace(s.input.Value())
	if q == "" {
		return st.Muted.Render(ansi.Truncate("Type to search titles, summaries and text in every pane.", w, "…"))
	}
	if len(s.hits) == 0 {
		return st.Muted.Render(ansi.Truncate(fmt.Sprintf("Nothing matches %q.", q), w, "…"))
	}
	start := s.firstShown(h)
	end := min(start+max(h/2, 1), len(s.hits))
	var lines []string
	for i := start; i < end; i++ {
		hit := s.hits[i]
		it := hit.Entry.Base()
		marker, title := "  ", st.RowTitle
		if i == s.sel {
			marker, title = "▸ ", st.RowSelected
		}
		tag := st.Muted.Render(paneOf(hit.Entry).title())
		line1 := marker + it.Title
		gap := w - lipgloss.Width(line1) - lipgloss.Width(tag)
		if gap >= 1 {
			line1 += strings.Repeat(" ", gap) + tag
		}
		lines = append(lines, title.Render(fitLine(ansi.Truncate(line1, w, "…"), w)))
		lines = append(lines, "  "+snippet(st, hit, w-2))
	}
	return strings.Join(lines, "\n")
}

// firstShown is the first result shown in h lines (two per result), so
// that the selected one is in view.
func (s *searchState) firstShown(h int) int {
	rows := max(h/2, 1)
	if s.sel >= rows {
		return s.sel - rows + 1
	}
	return 0
}

// snippet shows the matched text in its field, cut to width w around the
// match, with the match highlighted.
func snippet(st *Styles, h model.Hit, w int) string {
	if w <= 0 {
		return ""
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	pre, match, post := flat(h.Text[:h.Start]), h.Text[h.Start:h.End], flat(h.Text[h.End:])
	if h.Start > 0 && strings.ContainsAny(h.Text[h.Start-1:h.Start], " \n\t") {
		pre += " "
	}
	if h.End < len(h.Text) && strings.ContainsAny(h.Text[h.End:h.End+1], " \n\t") {
		post = " " + post
	}
	field := h.Field + ": "
	budget := w - ansi.StringWidth(field) - ansi.StringWidth(match)
	if budget < 2 {
		return st.Match.Render(ansi.Truncate(match, w, "…"))
	}
	before := min(ansi.StringWidth(pre), budget/3)
	if ansi.StringWidth(pre) > before {
		pre = "…" + ansi.TruncateLeft(pre, ansi.StringWidth(pre)-before+1, "")
	}
	after := budget - ansi.StringWidth(pre)
	post = ansi.Truncate(post, max(after, 0), "…")
	return st.Muted.Render(field+pre) + st.Match.Render(match) + st.Muted.Render(post)
}
