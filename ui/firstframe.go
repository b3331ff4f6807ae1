package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
)

// firstRenderWait is the longest the first frame waits for the Markdown
// of the item it shows. Rendering it takes about a millisecond at 120x40
// (BenchmarkFirstRender; docs/PERFORMANCE.md), well inside the 8.3 ms
// before Bubble Tea's first tick draws the frame, so the frame comes no
// later for it. Markdown that takes longer (a pack with huge items, a very
// busy machine) is left to land in a later frame, as after any resize.
const firstRenderWait = 50 * time.Millisecond

// renderFirst lays the screen out for the first size and renders what the
// reader shows at once, so that the first frame already holds it rather
// than "Rendering…"; it gives the command that prepares what the next
// keys will want (prepare.go). Later sizes render off the event loop: a
// key pressed after a resize must not wait for Markdown.
func (m *Model) renderFirst() tea.Cmd {
	m.relayout()
	m.dirty &^= dirtyLayout
	if m.lay.mode == modeTooSmall || m.reader.width <= 0 || m.reader.docKey() == "" {
		return nil
	}
	k, md := m.readerDoc()
	if _, ok := m.renders.get(k); ok {
		return m.prepare()
	}
	done := make(chan struct{})
	cache := m.renders
	go func() {
		defer close(done)
		cache.render(k, md, func() bool { return true })
	}()
	t := time.NewTimer(firstRenderWait)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
	return m.prepare()
}
