package ui

import (
	"context"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// Once the first frame is on screen, the renderings the next keys are
// likely to need are made in the background, one at a time, so that those
// keys are answered in one frame rather than a "Rendering…" frame and
// another: j and k show the selection's neighbours, tab and 1–5 another
// pane's selection, and enter widens the reader on the deal pane.
// Preparing every item instead also made the search's previews one frame,
// but cost a start 3.4 MiB more memory and twice the CPU time
// (docs/PERFORMANCE.md).
const (
	// prepareDelay leaves Bubble Tea the CPU to draw the first frame: it
	// draws on its next tick (within 8.3 ms), and a busy 2-core machine
	// took up to 40 ms to write it while renderings ran beside it.
	prepareDelay = 50 * time.Millisecond
)

// renderJob is one rendering to make.
type renderJob struct {
	key mdrender.Key
	md  string
}

// prepare gives the command that makes, after prepareDelay, the
// renderings the next keys are likely to need, most likely first.
func (m *Model) prepare() tea.Cmd {
	jobs := m.prepareJobs()
	if len(jobs) == 0 {
		return nil
	}
	cache := m.renders
	return m.tick(prepareDelay, func(time.Time) tea.Msg {
		for _, j := range jobs {
			cache.Render(context.Background(), j.key, j.md) // always wanted: they are guesses
		}
		return nil
	})
}

// prepareJobs lists the renderings to prepare: the neighbours of the
// selection, as every selection asks for them (requestRenders); each
// pane's selection as tab or 1–5 would show it, and as enter would then
// show it.
func (m *Model) prepareJobs() []renderJob {
	if m.lay.mode == modeTooSmall {
		return nil
	}
	style := m.styles.Glamour
	seen := map[mdrender.Key]bool{}
	var jobs []renderJob
	add := func(e model.Entry, width int) {
		if e == nil || width <= 0 {
			return
		}
		md := model.ReaderMarkdownIn(e, m.labels)
		k := mdrender.NewKey(md, width, style)
		if _, cached := m.renders.Get(k); cached || seen[k] {
			return
		}
		seen[k] = true
		jobs = append(jobs, renderJob{k, md})
	}
	for _, e := range m.lists[m.focus.pane].neighbours() {
		add(e, m.reader.textWidth())
	}
	for _, p := range model.Panes() {
		add(m.lists[p].selected(), m.readerWidthFor(focus{p, areaList}))
	}
	for _, p := range model.Panes() {
		add(m.lists[p].selected(), m.readerWidthFor(focus{p, areaReader}))
	}
	return jobs
}

// readerWidthFor is the width the reader renders Markdown at, at this
// size, with the focus on f.
func (m *Model) readerWidthFor(f focus) int {
	l := computeLayout(m.width, m.height, layoutFor{focus: f})
	rc := l.reader.content
	if l.reader.empty() { // narrow: the reader is sized for when it opens
		rc = computeLayout(m.width, m.height, layoutFor{focus: focus{f.pane, areaReader}}).reader.content
	}
	return min(max(rc.W, 0), maxTextWidth)
}
