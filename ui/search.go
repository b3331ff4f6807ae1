package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

// search is the search box, its live results and the queries asked
// before. While it is open the results take the list's place; enter goes
// to the selected result, esc goes back to where the search started.
type search struct {
	story  *model.Story
	active bool
	input  textinput.Model
	past   []string // earlier queries, the latest last
	recall int      // index into past while recalling, or -1

	query model.Query
	hits  []model.Hit
	sel   int
	// suggestion is the query the typed one was likely meant to be,
	// when it finds nothing (model.Story.Suggest); empty otherwise.
	suggestion string
	start      place // where the search was opened, for esc

	// After a search is accepted, n and N go through its hits.
	last   model.Query
	lastAt int
	lastN  int

	width, height int
	lines         []string
	spans         []rowSpan
}

// maxPastQueries bounds the queries remembered.
const maxPastQueries = 50

func newSearch(s *model.Story, st *Styles, t *uiText) *search {
	ti := textinput.New()
	ti.Prompt = "/ "
	ti.Placeholder = t.SearchPlaceholder
	ti.CharLimit = model.MaxQuery
	ti.SetStyles(st.Input)
	ti.SetVirtualCursor(true)
	return &search{story: s, input: ti, recall: -1}
}

// setStyles gives the box the theme's styles.
func (s *search) setStyles(st textinput.Styles) { s.input.SetStyles(st) }

// setInputWidth sizes the box.
func (s *search) setInputWidth(w int) { s.input.SetWidth(w) }

// inputView draws the box.
func (s *search) inputView() string { return s.input.View() }

// open starts a fresh search from a place.
func (s *search) open(from place) tea.Cmd {
	s.active, s.start, s.recall = true, from, -1
	s.input.SetValue("")
	s.query, s.hits, s.sel = model.Query{}, nil, 0
	return s.input.Focus()
}

// close ends the search box; a query typed is remembered for ↑ next time,
// whether it was accepted or not.
func (s *search) close() {
	s.active = false
	s.input.Blur()
	s.remember(strings.TrimSpace(s.input.Value()))
}

// remember adds a query to the earlier ones, once.
func (s *search) remember(q string) {
	if q == "" || (len(s.past) > 0 && s.past[len(s.past)-1] == q) {
		return
	}
	s.past = append(s.past, q)
	if len(s.past) > maxPastQueries {
		s.past = s.past[1:]
	}
}

// update passes a message to the input, and searches again when the text
// changed; it reports whether it did.
func (s *search) update(msg tea.Msg) (tea.Cmd, bool) {
	before := s.input.Value()
	var cmd tea.Cmd
	s.input, cmd = s.input.Update(msg)
	if s.input.Value() == before {
		return cmd, false
	}
	s.recall = -1
	s.run()
	return cmd, true
}

func (s *search) run() {
	s.query = s.story.ParseQuery(s.input.Value())
	s.hits = s.story.SearchQuery(s.query)
	s.sel = 0
	s.suggestion = ""
	if len(s.hits) == 0 && !s.query.Empty() {
		s.suggestion, _ = s.story.Suggest(s.query)
	}
}

// takeSuggestion searches for the suggestion instead of what was typed;
// it reports whether there was one.
func (s *search) takeSuggestion() bool {
	if s.suggestion == "" {
		return false
	}
	s.input.SetValue(s.suggestion)
	s.input.CursorEnd()
	s.recall = -1
	s.run()
	return true
}

// up moves to the previous result, or, in an empty box or one holding a
// recalled query, recalls the query asked before that.
func (s *search) up() bool {
	if s.input.Value() == "" || s.recall >= 0 {
		return s.recallPast()
	}
	return s.move(-1)
}

func (s *search) recallPast() bool {
	i := s.recall - 1
	if s.recall < 0 {
		i = len(s.past) - 1
	}
	if i < 0 {
		return false
	}
	s.recall = i
	s.input.SetValue(s.past[i])
	s.input.CursorEnd()
	s.run()
	return true
}

// move changes the selected result.
func (s *search) move(d int) bool {
	i := min(max(s.sel+d, 0), max(len(s.hits)-1, 0))
	if i == s.sel {
		return false
	}
	s.sel = i
	return true
}

// pick selects result i, as a click does.
func (s *search) pick(i int) {
	if i >= 0 && i < len(s.hits) {
		s.sel = i
	}
}

// selected is the selected result.
func (s *search) selected() (model.Hit, bool) {
	if s.sel >= 0 && s.sel < len(s.hits) {
		return s.hits[s.sel], true
	}
	return model.Hit{}, false
}

// accept ends the search on its selected result, remembering the query
// for n and N and for ↑ next time.
func (s *search) accept() (model.Hit, bool) {
	h, ok := s.selected()
	if !ok {
		return h, false
	}
	s.close()
	s.last, s.lastAt, s.lastN = s.query, s.sel, len(s.hits)
	return h, true
}

// step moves to the next (d = 1) or previous hit of the last accepted
// search, from the one the reader shows when it is a hit (from, an id),
// else from the last one gone to; wrapped reports going round the end.
func (s *search) step(d int, from string) (h model.Hit, wrapped, ok bool) {
	if s.last.Empty() {
		return model.Hit{}, false, false
	}
	hits := s.story.SearchQuery(s.last)
	if len(hits) == 0 {
		return model.Hit{}, false, false
	}
	at := min(s.lastAt, len(hits)-1)
	for i, h := range hits {
		if h.ID == from {
			at = i
			break
		}
	}
	next := ((at+d)%len(hits) + len(hits)) % len(hits)
	s.lastN, s.lastAt = len(hits), next
	return hits[next], (d > 0) != (next > at), true
}

// count says which result is selected of how many.
func (s *search) count(t *uiText) string {
	switch {
	case s.query.Empty():
		return ""
	case len(s.hits) == 0:
		return t.NoMatches
	}
	return strings.TrimSpace(fmt.Sprintf(t.ResultCount, "", s.sel+1, len(s.hits)))
}

// lastCount is the status of n and N after a search, e.g. `azure 3 of 13`,
// with the match within the result when there is one (`· 2/4 here`).
func (s *search) lastCount(t *uiText, here string) string {
	if s.last.Empty() || s.lastN == 0 {
		return ""
	}
	out := fmt.Sprintf(t.ResultCount, s.last.Typed(), s.lastAt+1, s.lastN)
	if here != "" {
		out += " · " + fmt.Sprintf(t.HereCount, here)
	}
	return out + " · n/N"
}

func (s *search) setSize(w, h int) { s.width, s.height = max(w, 1), max(h, 0) }

// refresh draws the results: two lines each, the selected one in view.
func (s *search) refresh(st *Styles, t *uiText, lb *model.Labels) {
	s.lines, s.spans = nil, nil
	w := s.width
	switch {
	case s.query.Empty():
		s.lines = mutedLines(st, t.SearchHint, w)
		return
	case len(s.hits) == 0:
		s.lines = mutedLines(st, noResult(t, s.query), w)
		if s.suggestion != "" {
			s.lines = append(s.lines, mutedLines(st, fmt.Sprintf(t.DidYouMean, s.suggestion), w)...)
		}
		return
	}
	rows := max(s.height/2, 1)
	start := max(s.sel-rows+1, 0)
	for i := start; i < min(start+rows, len(s.hits)); i++ {
		h := s.hits[i]
		marker, title := "  ", st.RowTitle
		if i == s.sel {
			marker, title = "▸ ", st.RowSelected
		}
		place := hitPlace(t, lb, h)
		titleW := max(w-ansi.StringWidth(marker)-ansi.StringWidth(place)-2, 8)
		line1 := spaceBetween(marker+ansi.Truncate(h.Title, titleW, "…"), st.Muted.Render(place), w)
		s.spans = append(s.spans, rowSpan{i, len(s.lines), len(s.lines) + 2})
		second := snippet(st, t.fieldLabel(h.Field), h, w-2)
		if h.Field == "title" && h.Entry != nil {
			// The title is on the line above: say what the item is about.
			second = st.Muted.Render(ansi.Truncate(h.Entry.Base().Summary, max(w-2, 1), "…"))
		}
		s.lines = append(s.lines, title.Render(fitLine(line1, w)), fitLine("  "+second, w))
	}
}

// mutedLines wraps a message to the results' width, in the muted style.
func mutedLines(st *Styles, text string, w int) []string {
	lines := wrap.Lines(text, w)
	for i, l := range lines {
		lines[i] = fitLine(st.Muted.Render(l), w)
	}
	return lines
}

// noResult says that a query found nothing, in words that fit it: one
// word or phrase, or several that no one item has together.
func noResult(t *uiText, q model.Query) string {
	if strings.Contains(strings.TrimSpace(q.Typed()), " ") && !strings.ContainsAny(q.Typed(), `"「『`) {
		return fmt.Sprintf(t.NoItemHasAll, q.Typed())
	}
	return fmt.Sprintf(t.NoResultFor, q.Typed())
}

// hitPlace says where a result is: its pane, or what kind of source.
func hitPlace(t *uiText, lb *model.Labels, h model.Hit) string {
	switch {
	case h.Entry != nil:
		return lb.PaneTitle(model.PaneOf(h.Entry))
	case h.Kind == model.KindNote:
		return t.SourceNote
	case h.Kind == model.KindBlock:
		return t.ArticleDigest
	}
	return t.BackgroundFact
}

// rowAt gives the result drawn at line y, or -1.
func (s *search) rowAt(y int) int {
	for _, sp := range s.spans {
		if y >= sp.y0 && y < sp.y1 {
			return sp.row
		}
	}
	return -1
}

func (s *search) view() string { return padBlock(strings.Join(s.lines, "\n"), s.width, s.height) }

// snippet shows the matched text in its field, cut to width w around the
// match, with the match highlighted.
func snippet(st *Styles, field string, h model.Hit, w int) string {
	if w <= 0 {
		return ""
	}
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	pre, match, post := flat(h.Text[:h.Start]), flat(h.Text[h.Start:h.End]), flat(h.Text[h.End:])
	if h.Start > 0 && strings.ContainsAny(h.Text[h.Start-1:h.Start], " \n\t") {
		pre += " "
	}
	if h.End < len(h.Text) && strings.ContainsAny(h.Text[h.End:h.End+1], " \n\t") {
		post = " " + post
	}
	budget := w - ansi.StringWidth(field) - ansi.StringWidth(match)
	if budget < 2 {
		return st.Match.Render(ansi.Truncate(match, w, "…"))
	}
	// The text before the match gets a third of the room, or all that the
	// text after it leaves.
	before := min(ansi.StringWidth(pre), max(budget/3, budget-ansi.StringWidth(post)))
	if ansi.StringWidth(pre) > before {
		pre = "…" + fromWord(ansi.TruncateLeft(pre, ansi.StringWidth(pre)-before+1, ""))
	}
	if room := max(budget-ansi.StringWidth(pre), 0); ansi.StringWidth(post) > room {
		post = toWord(ansi.Truncate(post, max(room-1, 0), "")) + "…"
	}
	return st.Muted.Render(field+pre) + st.Match.Render(match) + st.Muted.Render(post)
}

// fromWord drops a cut word at the start of text, when a whole one
// follows; toWord drops a cut word at its end. A snippet cut mid-word
// reads as a misspelling.
func fromWord(text string) string {
	if i := strings.IndexByte(text, ' '); i >= 0 && i < len(text)-1 {
		return text[i+1:]
	}
	return text
}

func toWord(text string) string {
	if i := strings.LastIndexByte(text, ' '); i > 0 {
		return text[:i]
	}
	return text
}
