package ui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/charmbracelet/colorprofile"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// The first frame holds the Markdown of the item it shows: the first
// size's Update renders it, with no command run.
func TestFirstFrameHasTheMarkdown(t *testing.T) {
	s := testStory(t)
	for _, opts := range []Options{{Theme: ThemeDark}, {Theme: ThemeLight, Pane: model.PaneDeal}, {Profile: colorprofile.ASCII, Item: "fujitsu-nec"}} {
		for _, sz := range [][2]int{{120, 40}, {80, 24}, {240, 70}} {
			m := New(s, opts)
			m.firstWait = cmdTimeout // the machine's speed is not under test
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

func (m *Model) hasRendering(k mdrender.Key) bool {
	_, ok := m.renders.Get(k)
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

// windowTop finds the same top as moving the window down one row at a
// time, for every selection, and a far jump measures a few screens of
// rows, not the rows in between.
func TestWindowTopJumps(t *testing.T) {
	heights := []int{1, 2, 3, 1, 1, 4, 2, 2, 1, 3, 1, 1, 2, 5, 1}
	slow := func(top, sel, n, avail int, height func(int) int) int {
		top = min(max(top, 0), max(n-1, 0))
		if sel < top {
			top = sel
		}
		for top < sel && sum(height, top, sel+1, avail) > avail {
			top++
		}
		for top > 0 && sum(height, top-1, n, avail) <= avail {
			top--
		}
		return top
	}
	for avail := 1; avail <= 12; avail++ {
		for top := 0; top < len(heights); top++ {
			for sel := 0; sel < len(heights); sel++ {
				got := windowTop(top, sel, len(heights), avail, func(i int) int { return heights[i] })
				if want := slow(top, sel, len(heights), avail, func(i int) int { return heights[i] }); got != want {
					t.Fatalf("avail %d, top %d, sel %d: windowTop %d, want %d", avail, top, sel, got, want)
				}
			}
		}
	}
	measured := map[int]bool{} // listPane.refresh measures each row once
	if top := windowTop(0, 9000, 10000, 30, func(i int) int { measured[i] = true; return 1 }); top != 8971 || len(measured) > 4*30 {
		t.Fatalf("a jump to row 9000 of 10000 gave top %d after measuring %d rows", top, len(measured))
	}
}

// Once the renderings are prepared, j, k, tab, 1–5 and enter show their item's
// Markdown in the key's own frame, with no command run.
func TestPreparedKeysNeedNoSecondFrame(t *testing.T) {
	s := testStory(t)
	m := New(s, Options{Theme: ThemeDark})
	m.firstWait = cmdTimeout
	prepared := catchPrepare(m)
	m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if *prepared == nil {
		t.Fatal("the first size prepared nothing")
	}
	if jobs := m.prepareJobs(); len(jobs) == 0 || len(jobs) > 2*int(model.PaneCount)+3 {
		t.Fatalf("%d renderings to prepare", len(jobs))
	}
	(*prepared)()
	if jobs := m.prepareJobs(); len(jobs) != 0 {
		t.Fatalf("%d renderings still to prepare after preparing", len(jobs))
	}
	for _, k := range []string{"j", "k", "tab", "2", "enter", "esc", "3", "4", "5", "1", "2"} {
		m.Update(keyMsg(k))
		if frame := m.View().Content; strings.Contains(frame, "Rendering…") {
			t.Fatalf("after %q the frame waits for Markdown:\n%s", k, frame)
		}
	}
}

// catchPrepare makes the model's ticks into commands the test runs itself,
// and gives the last one.
func catchPrepare(m *Model) *tea.Cmd {
	var prepared tea.Cmd
	m.tick = func(_ time.Duration, f func(time.Time) tea.Msg) tea.Cmd {
		prepared = func() tea.Msg { return f(time.Now()) }
		return prepared
	}
	return &prepared
}

// When the first Markdown is slower than the first frame may wait, the
// frame says "Rendering…", the refresh asks for the rendering, and the
// next keys' renderings are prepared all the same.
func TestSlowFirstMarkdownStillPrepares(t *testing.T) {
	m := New(testStory(t), Options{Theme: ThemeDark})
	m.firstWait = 0
	prepared := catchPrepare(m)
	_, cmd := m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	if *prepared == nil {
		t.Fatal("a slow first rendering left nothing prepared")
	}
	if cmd == nil {
		t.Fatal("a slow first rendering was not asked for")
	}
	if k, _ := m.readerDoc(); !m.hasRendering(k) && !strings.Contains(m.View().Content, "Rendering…") {
		t.Fatal("the reader shows neither its Markdown nor that it is coming")
	}
}
