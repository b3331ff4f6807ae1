package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/mdrender"
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
// than "Rendering…". It composes the reader itself, so that the first
// refresh asks for no renderings: the neighbours' and the others the next
// keys will want are made in the background once the first frame is out
// (the command it gives, prepare.go); made at once, they took the CPU
// Bubble Tea needs to draw that frame. Later sizes render off the event
// loop: a key pressed after a resize must not wait for Markdown.
func (m *Model) renderFirst() tea.Cmd {
	m.relayout()
	m.dirty &^= dirtyLayout
	if m.lay.mode == modeTooSmall || m.reader.width <= 0 || m.reader.docKey() == "" {
		return nil
	}
	k, md := m.readerDoc()
	if _, ok := m.renders.Get(k); !ok {
		m.awaitRendering(k, md, m.firstWait)
	}
	if _, ok := m.renders.Get(k); ok {
		m.composeReader()
		m.dirty &^= dirtyReader
	}
	// When it was too slow, refresh asks for it as after any resize (the
	// request joins the rendering under way) and it lands in a later
	// frame; the next keys' renderings are prepared all the same.
	return m.prepare()
}

// awaitRendering renders a document into the cache, waiting for it at
// most wait; a rendering that takes longer goes on and lands in the cache.
func (m *Model) awaitRendering(k mdrender.Key, md string, wait time.Duration) {
	done := make(chan struct{})
	cache := m.renders
	go func() {
		defer close(done)
		cache.Render(context.Background(), k, md)
	}()
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case <-done:
	case <-t.C:
	}
}
