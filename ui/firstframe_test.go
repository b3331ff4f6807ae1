package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// The first frame holds the Markdown of the item it shows: the first
// size's Update renders it, with no command run.
func TestFirstFrameHasTheMarkdown(t *testing.T) {
	s := testStory(t)
	for _, opts := range []Options{{Theme: ThemeDark}, {Theme: ThemeLight, Pane: model.PaneDeal}, {NoColor: true, Item: "fujitsu-nec"}} {
		for _, sz := range [][2]int{{120, 40}, {80, 24}, {240, 70}} {
			m := New(s, opts)
			m.Update(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			frame := m.View().Content
			if strings.Contains(frame, "Rendering…") {
				t.Fatalf("%+v at %dx%d: the first frame waits for its Markdown:\n%s", opts, sz[0], sz[1], frame)
			}
			if k, _ := m.readerDoc(); !m.hasRendering(k) {
				t.Fatalf("%+v at %dx%d: the reader's rendering is not in the cache", opts, sz[0], sz[1])
			}
			checkFits(t, frame, sz[0], sz[1])
		}
	}
}

// Only the first size renders on the event loop; a terminal too small to
// draw in renders nothing, and the size after it is the first that does
// not render at once (it is a resize).
func TestOnlyTheFirstSizeRendersAtOnce(t *testing.T) {
	m := New(testStory(t), Options{Theme: ThemeDark})
	m.Update(tea.WindowSizeMsg{Width: 10, Height: 3})
	if m.renders.Bytes() != 0 {
		t.Fatal("a terminal too small to draw in had Markdown rendered")
	}
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if k, _ := m.readerDoc(); m.hasRendering(k) {
		t.Fatal("a later resize rendered Markdown on the event loop")
	}
}

func (m *Model) hasRendering(k renderKey) bool {
	_, ok := m.renders.get(k)
	return ok
}

// BenchmarkFirstRender is what the first size costs the event loop: the
// layout, the Markdown of the item shown rendered at once (a new cache
// each time, as at start), the panes drawn, and the first View, at 120x40.
func BenchmarkFirstRender(b *testing.B) {
	s := testStory(b)
	b.ReportAllocs()
	for b.Loop() {
		m := New(s, Options{Theme: ThemeDark})
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
		_ = m.View()
	}
}
