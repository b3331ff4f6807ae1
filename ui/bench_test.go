package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/internal/testkit/storygen"
	"github.com/dealtui/dealtui/model"
)

// Budgets live in docs/PERFORMANCE.md and scripts/bench, never here.

// BenchmarkView assembles the frame of each pane at three sizes, as Update
// does after a message that changes the screen (View returns it).
func BenchmarkView(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {240, 70}} {
		for _, p := range model.Panes() {
			b.Run(fmt.Sprintf("%dx%d/%s", sz[0], sz[1], p.Name()), func(b *testing.B) {
				hs := newHarness(b, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				b.ReportAllocs()
				for b.Loop() {
					_ = hs.m.frame()
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
func stepKeys(p model.Pane) [2]tea.KeyPressMsg {
	if p == model.PaneTimeline {
		return [2]tea.KeyPressMsg{keyMsg("l"), keyMsg("h")}
	}
	return [2]tea.KeyPressMsg{keyMsg("j"), keyMsg("k")}
}

// benchKeys times one navigation key, Update and View, moving the
// selection forth and back. The renderings of both items are made first,
// as they would be by then in the program; the commands a key returns run
// off the event loop and are not timed.
func benchKeys(b *testing.B, hs *harness, p model.Pane) {
	b.Helper()
	keys := stepKeys(p)
	hs.send(keys[0])
	hs.send(keys[1])
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		hs.m.Update(keys[i%2])
		_ = hs.m.View()
	}
}

// BenchmarkKey is one navigation key in each pane at 120×40.
func BenchmarkKey(b *testing.B) {
	for _, p := range model.Panes() {
		b.Run(p.Name(), func(b *testing.B) {
			benchKeys(b, newHarness(b, Options{Theme: ThemeDark, Pane: p}, 120, 40), p)
		})
	}
}

// BenchmarkResize changes the terminal size back and forth: the layout,
// the reader recomposed and View; the new rendering is only asked for.
func BenchmarkResize(b *testing.B) {
	hs := newHarness(b, Options{Theme: ThemeDark, Pane: model.PaneDeal}, 120, 40)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		hs.m.Update(tea.WindowSizeMsg{Width: 120 + i%2, Height: 40})
		_ = hs.m.View()
	}
}

// BenchmarkSearchKey is one keystroke in the search box: the whole story
// searched again, Update and View. It types "fujitsu" and takes the last
// letter back, alternately.
func BenchmarkSearchKey(b *testing.B) {
	hs := newHarness(b, Options{Theme: ThemeDark}, 120, 40)
	hs.keys("/")
	hs.typeText("fujits")
	keys := []tea.KeyPressMsg{{Code: 'u', Text: "u"}, {Code: tea.KeyBackspace}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		hs.m.Update(keys[i%2])
		_ = hs.m.View()
	}
}

// scaledStory loads a generated pack with factor times the items.
func scaledStory(tb testing.TB, factor int) *model.Story {
	tb.Helper()
	pack, err := storygen.Generate(content.FS(), factor)
	if err != nil {
		tb.Fatal(err)
	}
	s, err := model.Load(pack)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// BenchmarkScaleView draws the root view at 120×40 with 1×, 10× and 100×
// the items: it must not grow with them, as only the rows on screen are
// drawn.
func BenchmarkScaleView(b *testing.B) {
	for _, f := range []int{1, 10, 100} {
		s := scaledStory(b, f)
		for _, p := range []model.Pane{model.PaneTimeline, model.PaneDeal} {
			b.Run(fmt.Sprintf("%dx/%s", f, p.Name()), func(b *testing.B) {
				hs := harnessFor(b, s, Options{Theme: ThemeDark, Pane: p}, 120, 40)
				b.ReportAllocs()
				for b.Loop() {
					_ = hs.m.frame()
				}
			})
		}
	}
}

// BenchmarkScaleKey is one navigation key (Update + View) with 1×, 10× and
// 100× the items.
func BenchmarkScaleKey(b *testing.B) {
	for _, f := range []int{1, 10, 100} {
		s := scaledStory(b, f)
		for _, p := range []model.Pane{model.PaneTimeline, model.PaneDeal} {
			b.Run(fmt.Sprintf("%dx/%s", f, p.Name()), func(b *testing.B) {
				benchKeys(b, harnessFor(b, s, Options{Theme: ThemeDark, Pane: p}, 120, 40), p)
			})
		}
	}
}

// A resize followed at once by a key is answered without waiting for
// Glamour: Update only asks for the rendering at the new width and shows
// the summary meanwhile; the key that follows moves the selection while
// that rendering has still not been made.
func TestResizeThenKeyDoesNotWaitForMarkdown(t *testing.T) {
	cold := mdrender.NewCache(mdrender.DefaultCacheBytes, cmdTimeout)
	hs := newHarness(t, Options{Theme: ThemeDark, Pane: model.PaneDeal, Renders: cold}, 120, 40)
	if strings.Contains(hs.screen(), "Rendering…") {
		t.Fatalf("the first item should be rendered at 120×40:\n%s", hs.screen())
	}
	before := hs.shown()
	_, resizeCmd := hs.m.Update(tea.WindowSizeMsg{Width: 100, Height: 40})
	if resizeCmd == nil {
		t.Fatal("a resize to a new width should ask for a rendering with a command")
	}
	if k, _ := hs.m.readerDoc(); cached(hs.m.renders, k) {
		t.Fatal("Update rendered Markdown itself on resize")
	}
	if !strings.Contains(hs.screen(), "Rendering…") {
		t.Fatal("the reader should show a placeholder until the rendering arrives")
	}
	_, keyCmd := hs.m.Update(keyMsg("j"))
	if hs.shown() == before {
		t.Fatal("the key did not move the selection")
	}
	checkFits(t, hs.m.View().Content, 100, 40)
	hs.send(resizeCmd)
	hs.send(keyCmd)
	if strings.Contains(hs.screen(), "Rendering…") {
		t.Fatalf("the placeholder stayed after the rendering arrived:\n%s", hs.screen())
	}
}

// With many times the items (30×: more events than columns even at 240),
// frames still fit the terminal, and the band draws one marker per column,
// however many events share it.
func TestFramesFitAtScale(t *testing.T) {
	t.Parallel()
	s := scaledStory(t, 30)
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {240, 70}} {
		for _, p := range model.Panes() {
			hs := harnessFor(t, s, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
			hs.keys(stepKeys(p)[0].Text, "G")
			checkFits(t, hs.m.View().Content, sz[0], sz[1])
			if b := hs.m.band; len(b.events) > b.width && len(b.marks) != b.width {
				t.Fatalf("%dx%d: %d marker columns for a band %d wide", sz[0], sz[1], len(b.marks), b.width)
			}
		}
	}
}

func cached(c *mdrender.Cache, k mdrender.Key) bool {
	_, ok := c.Get(k)
	return ok
}

// BenchmarkTourStep is one tour key, → then ←, Update and View: the step's
// item selected and shown, the phrase found, the box composed again. Both
// items' renderings are made first, as prefetching makes the next one.
func BenchmarkTourStep(b *testing.B) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		b.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(b *testing.B) {
			hs := newHarness(b, Options{Theme: ThemeDark, Tour: true}, sz[0], sz[1])
			keys := [2]tea.KeyPressMsg{keyMsg("right"), keyMsg("left")}
			hs.send(keys[0])
			hs.send(keys[1])
			b.ReportAllocs()
			for i := 0; b.Loop(); i++ {
				hs.m.Update(keys[i%2])
				_ = hs.m.View()
			}
		})
	}
}
