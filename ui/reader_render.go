package ui

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// renderedMsg says a rendering is in the cache.
type renderedMsg struct{ key mdrender.Key }

// renderDropped says a render job was dropped before it started, as what
// it was for was no longer shown.
type renderDropped struct{ key mdrender.Key }

// readerDoc is the rendering the reader needs now, and its Markdown.
func (m *Model) readerDoc() (mdrender.Key, string) {
	md, _ := m.docMarkdown(m.reader.docKey())
	return mdrender.NewKey(md, m.reader.textWidth(), m.styles.Glamour), md
}

// stepSourcesDoc starts the key of the document of a tour step's
// sources, which ends with the step's number.
const stepSourcesDoc = "tour-step:"

// docMarkdown gives the Markdown of a reader document by its key.
func (m *Model) docMarkdown(doc string) (string, bool) {
	if n, ok := strings.CutPrefix(doc, stepSourcesDoc); ok {
		it, ok := m.stepSourcesItem(n)
		if !ok {
			return "", false
		}
		return m.story.SourcesMarkdown(it), true
	}
	if id, ok := strings.CutPrefix(doc, "sources:"); ok {
		e, ok := m.story.Entry(id)
		if !ok {
			return "", false
		}
		return m.story.SourcesMarkdown(e.Base()), true
	}
	if id, ok := strings.CutPrefix(doc, "source:"); ok {
		src, ok := m.story.Source(id)
		return src.Markdown, ok
	}
	e, ok := m.story.Entry(doc)
	if !ok {
		return "", false
	}
	return model.ReaderMarkdownIn(e, m.labels), true
}

// composeReader lays the reader's content out from the story and the
// cached rendering; the reader highlights the search and scrolls where it
// was asked to once the body is there.
func (m *Model) composeReader() {
	r := m.reader
	if r.width <= 0 {
		return
	}
	key, _ := m.readerDoc()
	body, ok := m.renders.Get(key)
	pending := !ok
	c := &composer{st: m.styles, text: m.text, labels: m.labels, story: m.story, width: r.textWidth(), sel: r.linkSel}
	switch {
	case r.view == viewSource:
		if src, found := m.story.Source(r.sourceID); found {
			c.composeSource(src, body, pending)
		}
	case r.entry == nil:
		c.add(m.styles.Muted.Render(m.text.NothingSelected))
	case r.view == viewStepSources:
		if it, found := m.stepSourcesItem(strconv.Itoa(r.step)); found {
			c.composeSources(it, m.text.Tour.StepCitedCount, body, pending)
		}
	case r.view == viewSources:
		c.composeSources(r.entry.Base(), m.text.CitedCount, body, pending)
	default:
		c.composeItem(r.entry, body, pending)
	}
	r.setContent(c.lines, c.links, pending, matchStyles{m.styles.Match, m.styles.MatchCurrent})
}

// stepSourcesItem is what a tour step cites as an item of its own, for
// the sources view: its title names the step.
func (m *Model) stepSourcesItem(number string) (*model.Item, bool) {
	n, err := strconv.Atoi(number)
	if err != nil {
		return nil, false
	}
	st, ok := m.tour.stopNumbered(n)
	if !ok {
		return nil, false
	}
	title := fmt.Sprintf(m.text.Tour.StepSources, st.Number, st.Of)
	return &model.Item{Title: title, Citations: st.Citations, Notes: st.Notes}, true
}

// requestRenders asks for the renderings the reader lacks: what it shows
// first, then the neighbours of the selection, so that moving on is
// instant. Jobs for what is no longer shown are dropped before they start.
func (m *Model) requestRenders() tea.Cmd {
	if m.reader.width <= 0 || m.reader.docKey() == "" {
		return nil
	}
	want := m.reader.wanted()
	k, md := m.readerDoc()
	if _, ok := m.renders.Get(k); ok && m.reader.pending {
		// It landed since the reader was composed (a rendering started
		// elsewhere, such as the first frame's): no message will come.
		m.composeReader()
	}
	cmds := []tea.Cmd{m.renderCmd(want, k, md)}
	for _, e := range append(m.lists[m.focus.pane].neighbours(), m.tour.ahead()...) {
		md := model.ReaderMarkdownIn(e, m.labels)
		cmds = append(cmds, m.renderCmd(want, mdrender.NewKey(md, m.reader.textWidth(), m.styles.Glamour), md))
	}
	return tea.Sequence(cmds...)
}

// renderCmd renders one document off the event loop, unless it is cached
// or no longer wanted when its turn comes.
func (m *Model) renderCmd(want context.Context, k mdrender.Key, md string) tea.Cmd {
	if _, ok := m.renders.Get(k); ok {
		return nil
	}
	cache := m.renders
	return func() tea.Msg {
		if _, ok := cache.Render(want, k, md); !ok {
			return renderDropped{k}
		}
		return renderedMsg{k}
	}
}
