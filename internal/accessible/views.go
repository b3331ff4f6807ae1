package accessible

import (
	"strings"

	"github.com/dealtui/dealtui/model"
)

// viewKind is what the session is showing.
type viewKind int

const (
	viewMenu    viewKind = iota // the panes, numbered
	viewList                    // a pane's items, numbered
	viewItem                    // one item, its related items numbered
	viewSources                 // what an item or a tour step cites
	viewResults                 // search results, numbered
	viewSource                  // one source: a digest entry or a note
	viewTour                    // one step of the tour, the steps numbered
)

// view is a place in the session: what back returns to.
type view struct {
	kind viewKind
	pane model.Pane
	// index is the item's place in its pane (viewItem), or the item last
	// opened from the list (viewList; -1 for none).
	index int
	entry model.Entry // viewItem, and viewSources of an item
	step  int         // viewTour, and viewSources of a step (-1: of an item)
	query string      // viewResults
	hits  []model.Hit // viewResults
	id    string      // viewSource
}

// itemView is the view of an entry, in its pane.
func (s *session) itemView(e model.Entry) view {
	p := model.PaneOf(e)
	entries := s.story.PaneEntries(p)
	index := 0
	for i, x := range entries {
		if x.Base().ID == e.Base().ID {
			index = i
		}
	}
	return view{kind: viewItem, pane: p, index: index, entry: entries[index], step: -1}
}

// render writes a view in full.
func (s *session) render(r *response, v view) {
	switch v.kind {
	case viewMenu:
		s.renderMenu(r)
	case viewList:
		s.renderList(r, v.pane)
	case viewItem:
		s.renderItem(r, v)
	case viewSources:
		s.renderSources(r, v)
	case viewResults:
		s.renderResults(r, v)
	case viewSource:
		s.renderSource(r, v.id)
	case viewTour:
		s.renderStep(r, v.step)
	}
}

// renderBrief writes a view returned to: lists again in full, an item or
// a source only named, as its text was read already.
func (s *session) renderBrief(r *response, v view) {
	switch v.kind {
	case viewItem:
		r.para(s.t.f(msgBackTo, s.where(v)))
	case viewSource:
		r.para(s.t.f(msgBackTo, v.id))
	default:
		s.render(r, v)
	}
}

// where names an item's place: "Deal changes, item 3 of 10: Licence…".
func (s *session) where(v view) string {
	n := len(s.story.PaneEntries(v.pane))
	return s.t.f(msgWhereItem, s.t.pane(v.pane), v.index+1, n, v.entry.Base().Title)
}

func (s *session) renderMenu(r *response) {
	r.para(s.t.f(msgMenuHead, len(model.Panes())))
	for i, p := range model.Panes() {
		r.numbered(i+1, s.t.f(msgMenuPane, s.t.pane(p), len(s.story.PaneEntries(p))))
	}
	if stops := s.story.TourStops(); len(stops) > 0 {
		r.para(s.t.f(msgMenuTour, len(stops)))
	}
}

func (s *session) renderList(r *response, p model.Pane) {
	entries := s.story.PaneEntries(p)
	r.para(s.t.f(msgListHead, s.t.pane(p), len(entries)))
	r.para(s.t.f(msgListMarks))
	groups := s.story.PaneGroups(p)
	n := 0
	for _, e := range entries {
		for _, g := range groups {
			if len(g.Entries) > 0 && g.Entries[0] == e {
				r.para(s.t.group(g.Title))
			}
		}
		n++
		r.numbered(n, s.rowText(e))
	}
}

// rowText is an item's line in a list: an event with its date, and a
// background item marked so in words.
func (s *session) rowText(e model.Entry) string {
	it := e.Base()
	text := it.Title
	if ev, ok := e.(*model.Event); ok {
		text = s.t.f(msgDated, s.t.date(ev.Date), text)
	}
	if it.Provenance == model.FromBackground {
		text = s.t.f(msgListBackground, text)
	}
	return text
}

func (s *session) renderItem(r *response, v view) {
	n := len(s.story.PaneEntries(v.pane))
	r.para(s.t.f(msgItemHead, s.t.pane(v.pane), v.index+1, n))
	r.blank()
	r.block(s.story.ItemText(v.entry, r.width))
	if links := s.links(v.entry); len(links) > 0 {
		r.blank()
		r.para(s.t.f(msgSeeAlso))
		for i, e := range links {
			r.numbered(i+1, s.t.f(msgLink, e.Base().Title, s.t.pane(model.PaneOf(e))))
		}
	}
}

// links are an item's related items that exist, in order.
func (s *session) links(e model.Entry) []model.Entry {
	var out []model.Entry
	for _, id := range e.Base().Related {
		if x, ok := s.story.Entry(id); ok {
			out = append(out, x)
		}
	}
	return out
}

// renderSources lists what an item or a tour step cites, each source with
// our account of it, and its source notes.
func (s *session) renderSources(r *response, v view) {
	title, citations, notes := s.citing(v)
	r.para(s.t.f(msgSourcesHead, title))
	cites := s.story.Cites(&model.Item{Citations: citations})
	if len(cites) == 0 && len(notes) == 0 {
		r.para(s.t.f(msgNoSources))
	}
	for _, origin := range model.Provenances() {
		head := msgFromArticle
		if origin == model.FromBackground {
			head = msgBackgroundHead
		}
		first := true
		for _, c := range cites {
			if c.Origin != origin {
				continue
			}
			if first {
				r.para(s.t.f(head))
				first = false
			}
			where := c.Where
			if origin == model.FromBackground {
				where = strings.TrimSuffix(c.Source, ".")
			}
			r.lines = append(r.lines, model.WrapLines(s.t.f(msgSourceLine, c.ID, where, c.Summary), r.width, "", "  ")...)
		}
	}
	for i, id := range notes {
		if n, ok := s.story.Note(id); ok {
			if i == 0 {
				r.para(s.t.f(msgNotesHead))
			}
			r.lines = append(r.lines, model.WrapLines(s.t.f(msgSourceLine, n.ID, n.Title, n.Summary), r.width, "", "  ")...)
		}
	}
}

// citing gives the title, citations and notes of what a sources view is
// of: a tour step or an item.
func (s *session) citing(v view) (string, []string, []string) {
	if v.step >= 0 {
		st := s.story.TourStops()[v.step]
		return s.t.f(msgTourStep, st.Number, st.Of, s.t.pane(st.Pane), st.Entry.Base().Title), st.Citations, st.Notes
	}
	it := v.entry.Base()
	return it.Title, it.Citations, it.Notes
}

func (s *session) renderResults(r *response, v view) {
	switch len(v.hits) {
	case 0:
		r.para(s.t.f(msgNothingFound, v.query))
		return
	case 1:
		r.para(s.t.f(msgSearchHeadOne, v.query))
	default:
		r.para(s.t.f(msgSearchHead, v.query, len(v.hits)))
	}
	for i, h := range v.hits {
		r.numbered(i+1, s.hitText(h))
	}
}

// hitText names a search result and what kind of thing it is, in words.
func (s *session) hitText(h model.Hit) string {
	if h.Entry != nil {
		return s.t.f(msgLink, h.Entry.Base().Title, s.t.pane(model.PaneOf(h.Entry)))
	}
	title, kind := s.sourceTitle(h.ID)
	return s.t.f(msgLink, h.ID+s.t.s[msgListSep]+title, s.t.f(kind))
}

// sourceTitle names a note, an article block or a background fact, and
// says which it is.
func (s *session) sourceTitle(id string) (string, msg) {
	if n, ok := s.story.Note(id); ok {
		return n.Title, msgHitNote
	}
	c, _ := s.story.Cite(id)
	if c.Origin == model.FromBackground {
		return strings.TrimSuffix(c.Source, "."), msgHitFact
	}
	return c.Where, msgHitBlock
}

// renderSource shows one source: our account of an article block or a
// background fact, or a source note in full.
func (s *session) renderSource(r *response, id string) {
	title, kind := s.sourceTitle(id)
	r.para(s.t.f(msgSourceHead, id, title, s.t.f(kind)))
	r.blank()
	if n, ok := s.story.Note(id); ok {
		r.para(n.Summary)
		if strings.TrimSpace(n.Body) != "" {
			r.blank()
			r.block(model.PlainText(n.Body, r.width))
		}
		return
	}
	c, _ := s.story.Cite(id)
	r.para(c.Summary)
	if c.Origin == model.FromBackground {
		r.para(c.Where)
	}
}

// renderStep shows one step of the tour.
func (s *session) renderStep(r *response, step int) {
	stops := s.story.TourStops()
	st := stops[step]
	r.para(s.t.f(msgTourStep, st.Number, st.Of, s.t.pane(st.Pane), st.Entry.Base().Title))
	r.para(st.Narration)
	if st.Phrase != "" {
		r.para(s.t.f(msgLookFor, st.Phrase))
	}
	r.para(s.t.f(msgStepSources, s.stepSources(st.TourStep)))
	if st.Number == st.Of {
		r.blank()
		r.para(s.t.f(msgTourEnd))
	}
}

// stepSources says what a step cites by id, in words: "from the article
// P01; background B01; source notes N01".
func (s *session) stepSources(st *model.TourStep) string {
	article, background := model.SplitCitations(st.Citations)
	var parts []string
	ids := func(m msg, list []string) {
		if len(list) > 0 {
			parts = append(parts, s.t.f(m, strings.Join(list, s.t.s[msgIDSep])))
		}
	}
	ids(msgStepArticle, article)
	ids(msgStepBackground, background)
	ids(msgStepNotes, st.Notes)
	return strings.Join(parts, s.t.s[msgPartSep])
}

// prompt says where the reader is and asks for a command.
func (s *session) prompt() string {
	v := s.cur
	switch v.kind {
	case viewList:
		return s.t.f(msgPromptList, s.t.pane(v.pane), len(s.story.PaneEntries(v.pane)))
	case viewItem:
		return s.t.f(msgPromptItem, s.t.pane(v.pane), v.index+1, len(s.story.PaneEntries(v.pane)))
	case viewSources:
		title, _, _ := s.citing(v)
		return s.t.f(msgPromptSources, title)
	case viewResults:
		return s.t.f(msgPromptResults, v.query, len(v.hits))
	case viewSource:
		return s.t.f(msgPromptSource, v.id)
	case viewTour:
		return s.t.f(msgPromptTour, v.step+1, len(s.story.TourStops()))
	}
	return s.t.f(msgPromptMenu)
}
