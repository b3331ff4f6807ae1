package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// renderedMsg says a rendering is in the cache.
type renderedMsg struct{ key renderKey }

// renderDropped says a render job was dropped before it started, as what
// it was for was no longer shown.
type renderDropped struct{ key renderKey }

// readerDoc is the rendering the reader needs now, and its Markdown.
func (m *Model) readerDoc() (renderKey, string) {
	md, _ := m.docMarkdown(m.reader.docKey())
	return newRenderKey(md, m.reader.textWidth(), m.styles.Glamour), md
}

// docMarkdown gives the Markdown of a reader document by its key.
func (m *Model) docMarkdown(doc string) (string, bool) {
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
	return model.ReaderMarkdown(e), true
}

// composeReader lays the reader's content out from the story and the
// cached rendering, highlights the search, and scrolls where it was asked
// to once the body is there.
func (m *Model) composeReader() {
	r := m.reader
	if r.width <= 0 {
		return
	}
	key, _ := m.readerDoc()
	body, ok := m.renders.get(key)
	r.pending = !ok
	c := &composer{st: m.styles, story: m.story, width: r.textWidth(), sel: r.linkSel}
	switch {
	case r.view == viewSource:
		if src, found := m.story.Source(r.sourceID); found {
			c.composeSource(src, body, r.pending)
		}
	case r.entry == nil:
		c.add(m.styles.Muted.Render("Nothing selected."))
	case r.view == viewSources:
		c.composeSources(r.entry.Base(), body, r.pending)
	default:
		c.composeItem(r.entry, body, r.pending)
	}
	r.setContent(c.lines, c.links)
	r.matches = highlight(r.lines, 0, r.query, m.styles.Match)
	if !r.pending {
		r.settle()
	}
}

// settle scrolls to where the reader was asked to be, now that its body
// is laid out.
func (r *reader) settle() {
	switch {
	case r.restoreAt >= 0:
		r.vp.SetYOffset(r.restoreAt)
	case r.anchorAt >= 0:
		r.scrollToAnchor(r.anchorAt)
	case r.toMatch && r.fromEnd && len(r.matches) > 0:
		r.vp.SetYOffset(max(r.matches[len(r.matches)-1]-1, 0))
	case r.toMatch:
		r.firstMatch()
	}
	r.restoreAt, r.anchorAt, r.toMatch, r.fromEnd = -1, -1, false, false
}

// requestRenders asks for the renderings the reader lacks: what it shows
// first, then the neighbours of the selection, so that moving on is
// instant. Jobs for what is no longer shown are dropped before they start.
func (m *Model) requestRenders() tea.Cmd {
	if m.reader.width <= 0 || m.reader.docKey() == "" {
		return nil
	}
	gen := m.gen.Load()
	k, md := m.readerDoc()
	if _, ok := m.renders.get(k); ok && m.reader.pending {
		// It landed since the reader was composed (a rendering started
		// elsewhere, such as the first frame's): no message will come.
		m.composeReader()
	}
	cmds := []tea.Cmd{m.renderCmd(k, md, gen)}
	l := m.lists[m.focus.pane]
	for _, d := range []int{1, -1, 2} {
		if i := l.sel + d; i >= 0 && i < len(l.shown) {
			md := model.ReaderMarkdown(l.shown[i])
			cmds = append(cmds, m.renderCmd(newRenderKey(md, m.reader.textWidth(), m.styles.Glamour), md, gen))
		}
	}
	return tea.Sequence(cmds...)
}

// renderCmd renders one document off the event loop, unless it is cached
// or no longer wanted when its turn comes.
func (m *Model) renderCmd(k renderKey, md string, gen int64) tea.Cmd {
	if _, ok := m.renders.get(k); ok {
		return nil
	}
	cache, current := m.renders, m.gen
	return func() tea.Msg {
		if _, ok := cache.render(k, md, func() bool { return current.Load() == gen }); !ok {
			return renderDropped{k}
		}
		return renderedMsg{k}
	}
}
