package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/storygen"
	"github.com/dealtui/dealtui/model"
)

// Budgets (docs/PERFORMANCE.md), checked by scripts/bench, never here: the
// root view at most 1 ms at 120×40 and 3 ms at 240×70 on the reference
// machine (2 cores); a key (Update + View) well inside a 16 ms frame; at
// 100× the items, the view and a key cost at most twice what they cost at
// 1×.

var benchPanes = []Pane{PaneTimeline, PaneDeal, PaneJapan, PaneImpact}

// BenchmarkView draws the root view of each pane at three sizes.
func BenchmarkView(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {240, 70}} {
		for _, p := range benchPanes {
			b.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], PaneNames()[p]), func(b *testing.B) {
				hs := newHarness(b, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				b.ReportAllocs()
				for b.Loop() {
					_ = hs.m.View()
				}
			})
		}
	}
}

// BenchmarkNew builds the root model, as every start does before its first
// frame.
func BenchmarkNew(b *testing.B) {
	s := testStory(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = New(s, Options{Theme: ThemeDark})
	}
}

// stepKeys gives the two keys that move the selection of a pane forth and
// back.
func stepKeys(p Pane) [2]tea.KeyPressMsg {
	if p == PaneTimeline {
		return [2]tea.KeyPressMsg{keyMsg("l"), keyMsg("h")}
	}
	return [2]tea.KeyPressMsg{keyMsg("j"), keyMsg("k")}
}

// benchKeys times one navigation key, Update and View, moving the
// selection forth and back. The renderings of both items are made first,
// as they would be by then in the program; the commands a key returns run
// off the event loop and are not timed.
func benchKeys(b *testing.B, hs *harness, p Pane) {
	b.Helper()
	keys := stepKeys(p)
	hs.send(keys[0])
	hs.send(keys[1])
	m := hs.m
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		nm, _ := m.Update(keys[i%2])
		m = nm.(Model)
		_ = m.View()
	}
}

// BenchmarkKey is one navigation key in each pane at 120×40.
func BenchmarkKey(b *testing.B) {
	for _, p := range benchPanes {
		b.Run(PaneNames()[p], func(b *testing.B) {
			benchKeys(b, newHarness(b, Options{Theme: ThemeDark, Pane: p}, 120, 40), p)
		})
	}
}

// BenchmarkResize changes the terminal size back and forth. loop is what
// the event loop does (layout, the reader recomposed, View): the new
// Markdown rendering is only asked for. render adds that rendering, run as
// the command would run it, off the loop, with an empty cache each time.
func BenchmarkResize(b *testing.B) {
	b.Run("loop", func(b *testing.B) {
		hs := newHarness(b, Options{Theme: ThemeDark, Pane: PaneDeal}, 120, 40)
		m := hs.m
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			nm, _ := m.Update(tea.WindowSizeMsg{Width: 120 + i%2, Height: 40})
			m = nm.(Model)
			_ = m.View()
		}
	})
	b.Run("render", func(b *testing.B) {
		hs := newHarness(b, Options{Theme: ThemeDark, Pane: PaneDeal}, 120, 40)
		b.ReportAllocs()
		for i := 0; b.Loop(); i++ {
			hs.m.cache = newRenderCache()
			hs.send(tea.WindowSizeMsg{Width: 120 + i%2, Height: 40})
			_ = hs.m.View()
		}
	})
}

// longestEntry is the item with the most Markdown.
func longestEntry(s *model.Story) model.Entry {
	var best model.Entry
	for _, e := range s.Entries() {
		if best == nil || len(model.EntryMarkdown(e)) > len(model.EntryMarkdown(best)) {
			best = e
		}
	}
	return best
}

// BenchmarkMarkdown renders the longest item at the reader width of a
// 120×40 terminal: cold, as a render command does it (a new Glamour
// renderer, then the rendering), and from the cache, as View gets it.
func BenchmarkMarkdown(b *testing.B) {
	s := testStory(b)
	e := longestEntry(s)
	const width = 69 // the reader's inner width at 120×40
	b.Run("cold", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			c := newRenderCache()
			msg := c.request([]model.Entry{e}, width, "dark")().(renderedMsg)
			if len(msg.results) != 1 {
				b.Fatal("no rendering")
			}
		}
	})
	b.Run("cached", func(b *testing.B) {
		c := newRenderCache()
		c.store(c.request([]model.Entry{e}, width, "dark")().(renderedMsg))
		id := e.Base().ID
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := c.get(id, width, "dark"); !ok {
				b.Fatal("not cached")
			}
		}
	})
}

// BenchmarkSearchKey is one keystroke in the search box: the whole story
// searched again, Update and View. It types "fujitsu" and takes the last
// letter back, alternately.
func BenchmarkSearchKey(b *testing.B) {
	hs := newHarness(b, Options{Theme: ThemeDark}, 120, 40)
	hs.keys("/")
	hs.typeText("fujits")
	m := hs.m
	keys := []tea.KeyPressMsg{{Code: 'u', Text: "u"}, {Code: tea.KeyBackspace}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		nm, _ := m.Update(keys[i%2])
		m = nm.(Model)
		_ = m.View()
	}
}

// scaledHarness opens a generated pack with factor times the items.
func scaledHarness(b *testing.B, factor int, p Pane) *harness {
	b.Helper()
	pack, err := storygen.Generate(content.FS(), factor)
	if err != nil {
		b.Fatal(err)
	}
	s, err := model.Load(pack)
	if err != nil {
		b.Fatal(err)
	}
	hs := &harness{t: b, m: New(s, Options{Theme: ThemeDark, Pane: p})}
	hs.send(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	return hs
}

// BenchmarkScaleView draws the root view at 120×40 with 1×, 10× and 100×
// the items: it must not grow with them, as only the rows on screen are
// drawn.
func BenchmarkScaleView(b *testing.B) {
	for _, f := range []int{1, 10, 100} {
		for _, p := range []Pane{PaneTimeline, PaneDeal} {
			b.Run(fmt.Sprintf("%dx/%s", f, PaneNames()[p]), func(b *testing.B) {
				hs := scaledHarness(b, f, p)
				b.ReportAllocs()
				for b.Loop() {
					_ = hs.m.View()
				}
			})
		}
	}
}

// BenchmarkScaleKey is one navigation key (Update + View) with 1×, 10× and
// 100× the items.
func BenchmarkScaleKey(b *testing.B) {
	for _, f := range []int{1, 10, 100} {
		for _, p := range []Pane{PaneTimeline, PaneDeal} {
			b.Run(fmt.Sprintf("%dx/%s", f, PaneNames()[p]), func(b *testing.B) {
				benchKeys(b, scaledHarness(b, f, p), p)
			})
		}
	}
}

// A resize followed at once by a key is answered without waiting for
// Glamour: Update only asks for the rendering at the new width (a command,
// run off the event loop) and shows the summary with a "Rendering…"
// placeholder meanwhile; the key that follows moves the selection while
// that rendering has still not been made.
func TestResizeThenKeyDoesNotWaitForMarkdown(t *testing.T) {
	hs := newHarness(t, Options{Theme: ThemeDark, Pane: PaneDeal}, 120, 40)
	if !strings.Contains(hs.screen(), "Exclusivity") || strings.Contains(hs.screen(), "Rendering…") {
		t.Fatalf("the first item should be rendered at 120×40:\n%s", hs.screen())
	}
	before := hs.selectedID()

	nm, resizeCmd := hs.m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	m := nm.(Model)
	if resizeCmd == nil {
		t.Fatal("a resize to a new width should ask for a rendering with a command")
	}
	if _, ok := m.cache.get(before, m.reader.width, m.styles.Glamour); ok {
		t.Fatal("Update rendered Markdown itself on resize")
	}
	if !strings.Contains(m.View().Content, "Rendering…") {
		t.Fatal("the reader should show a placeholder until the rendering arrives")
	}

	nm, keyCmd := m.Update(keyMsg("j")) // the key, before the rendering has run
	m = nm.(Model)
	after := m.reader.entry.Base().ID
	if after == before {
		t.Fatal("the key did not move the selection")
	}
	if _, ok := m.cache.get(before, m.reader.width, m.styles.Glamour); ok {
		t.Fatal("the key waited for the rendering of the previous item")
	}
	checkFits(t, m.View().Content, 100, 40)

	// The renderings land later, as messages.
	hs.m = m
	hs.send(resizeCmd)
	hs.send(keyCmd)
	if _, ok := hs.m.cache.get(after, hs.m.reader.width, hs.m.styles.Glamour); !ok {
		t.Fatal("the rendering at the new width never arrived")
	}
	if strings.Contains(hs.screen(), "Rendering…") {
		t.Fatalf("the placeholder stayed after the rendering arrived:\n%s", hs.screen())
	}
}

// With many times the items (30×: more events than columns even at 240),
// frames still fit the terminal, and the band draws one marker per column,
// however many events share it.
func TestFramesFitAtScale(t *testing.T) {
	pack, err := storygen.Generate(content.FS(), 30)
	if err != nil {
		t.Fatal(err)
	}
	s, err := model.Load(pack)
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {240, 70}} {
		for _, p := range benchPanes {
			hs := &harness{t: t, m: New(s, Options{Theme: ThemeDark, Pane: p})}
			hs.send(hs.m.Init())
			hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			hs.keys(stepKeys(p)[0].Text, "G")
			checkFits(t, hs.m.View().Content, sz[0], sz[1])
			if b := hs.m.band; len(b.events) > b.width && len(b.marks) != b.width {
				t.Fatalf("%dx%d: %d marker columns for a band %d wide", sz[0], sz[1], len(b.marks), b.width)
			}
		}
	}
	hs := &harness{t: t, m: New(s, Options{Theme: ThemeDark})}
	hs.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	axis := strings.Split(hs.screen(), "\n")[4] // header (2), band border, years, axis
	if n := strings.Count(axis, "●") + strings.Count(axis, "○") + strings.Count(axis, "◆") + strings.Count(axis, "◇"); n == 0 || n > 116 {
		t.Fatalf("%d markers on the axis:\n%s", n, axis)
	}
}
