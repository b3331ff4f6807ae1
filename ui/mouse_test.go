package ui

import (
	"fmt"
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

func TestClickTabs(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}, {50, 20}, {40, 12}} {
		hs := newHarness(t, Options{}, size[0], size[1])
		for _, p := range []model.Pane{model.PaneDeal, model.PaneJapan, model.PaneImpact, model.PaneGlossary, model.PaneTimeline} {
			span := hs.m.lay.tabs[p]
			hs.click((span.x0+span.x1)/2, 1)
			if hs.m.focus != (focus{p, areaList}) {
				t.Errorf("%v: click on tab %q: focus %+v", size, span.label, hs.m.focus)
			}
		}
	}
}

func TestClickRowsAndMarkers(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneJapan}, 120, 40)
	l := hs.m.lists[model.PaneJapan]
	c := hs.m.lay.list.content
	third := l.spans[2]
	hs.click(c.X+5, c.Y+third.y0)
	if l.sel != 2 || hs.shown() != l.shown[2].Base().ID {
		t.Errorf("click on the third row: row %d, showing %q", l.sel, hs.shown())
	}
	hs.keys("1")
	b := hs.m.lay.band.content
	hs.click(b.X+hs.m.band.xs[0], b.Y+1)
	if hs.m.focus.pane != model.PaneTimeline || hs.shown() != hs.m.story.Timeline[0].ID {
		t.Errorf("click on the first marker: focus %+v, showing %q", hs.m.focus, hs.shown())
	}
	r := hs.m.lay.reader.content
	hs.click(r.X+10, r.Y+r.H-1)
	if !hs.m.focus.onReader() {
		t.Errorf("click in the reader: focus %+v", hs.m.focus)
	}
}

// Every link in the reader can be clicked.
func TestClickLinks(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	var rel, cite link
	for _, l := range hs.m.reader.links {
		switch {
		case l.kind == linkEntry && l.standalone && rel.id == "":
			rel = l
		case l.kind == linkSource && cite.id == "":
			cite = l
		}
	}
	r := hs.m.lay.reader.content
	hs.m.reader.setOffset(rel.line)
	hs.click(r.X+rel.x0+1, r.Y+rel.line-hs.m.reader.offset())
	if hs.shown() != rel.id {
		t.Errorf("click on a related link: showing %q, want %q", hs.shown(), rel.id)
	}
	hs.keys("esc")
	for _, l := range hs.m.reader.links {
		if l.kind == linkSource {
			cite = l
			break
		}
	}
	r = hs.m.lay.reader.content
	hs.m.reader.setOffset(0)
	hs.click(r.X+cite.x0, r.Y+cite.line)
	if hs.m.reader.view != viewSource || hs.m.reader.sourceID != cite.id {
		t.Errorf("click on %s: view %v %q", cite.id, hs.m.reader.view, hs.m.reader.sourceID)
	}
}

// Mouse alone in the narrow layout: a click on a row selects it, a click
// on the selected row opens it in the reader, the hint opens the sources,
// a tab goes back to a list.
func TestMouseAloneNarrow(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneDeal}, 80, 24)
	l := hs.m.lists[model.PaneDeal]
	c := hs.m.lay.list.content
	hs.click(c.X+5, c.Y+len(l.header)+l.spans[1].y0)
	if !hs.m.focus.onList() || l.selIndex() != 1 {
		t.Fatalf("click on a row: focus %+v, selected row %d", hs.m.focus, l.selIndex())
	}
	hs.click(c.X+5, c.Y+len(l.header)+l.spans[1].y0)
	if !hs.m.focus.onReader() || hs.shown() != l.shown[1].Base().ID {
		t.Fatalf("click on the selected row: focus %+v, showing %q", hs.m.focus, hs.shown())
	}
	var hint link
	for _, lk := range hs.m.reader.links {
		if lk.kind == linkSources {
			hint = lk
		}
	}
	hs.m.reader.setOffset(hint.line)
	r := hs.m.lay.reader.content
	hs.click(r.X+hint.x0+1, r.Y+hint.line-hs.m.reader.offset())
	if hs.m.reader.view != viewSources {
		t.Fatal("click on the hint did not show the sources")
	}
	span := hs.m.lay.tabs[model.PaneJapan]
	hs.click(span.x0+1, 1)
	if hs.m.focus != (focus{model.PaneJapan, areaList}) {
		t.Errorf("click on the Japan tab from the reader: focus %+v", hs.m.focus)
	}
}

func TestWheel(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneDeal}, 80, 24)
	hs.keys("enter")
	r := hs.m.lay.reader.content
	hs.send(tea.MouseWheelMsg{X: r.X + 5, Y: r.Y + 5, Button: tea.MouseWheelDown})
	if got := hs.m.reader.offset(); got != 3 {
		t.Errorf("wheel down: offset %d, want 3", got)
	}
	hs.send(tea.MouseWheelMsg{X: r.X + 5, Y: r.Y + 5, Button: tea.MouseWheelUp})
	if got := hs.m.reader.offset(); got != 0 {
		t.Errorf("wheel up: offset %d, want 0", got)
	}
	hs = newHarness(t, Options{Pane: model.PaneDeal}, 120, 40)
	l := hs.m.lay.list.content
	hs.send(tea.MouseWheelMsg{X: l.X + 5, Y: l.Y + 5, Button: tea.MouseWheelDown})
	if got := hs.m.lists[model.PaneDeal].sel; got != 1 {
		t.Errorf("wheel over the list: row %d, want 1", got)
	}
}

// For random sizes and random input, the frame never exceeds the terminal
// and nothing panics. A quick run tries 20 sizes; an integration run 60.
func TestViewAlwaysFits(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{"tab", "shift+tab", "1", "2", "3", "4", "5", "j", "k", "h", "l", "up", "down", "left", "right",
		"enter", "esc", "pgup", "pgdown", "ctrl+u", "ctrl+d", "g", "G", "/", "n", "N", "s", "c", "?", "o", "[", "]", "a", "f", "u", "space"}
	story := testStory(t)
	for run := range runs(20, 60) {
		w, h := 1+rng.IntN(300), 1+rng.IntN(100)
		if run < 4 {
			w, h = [4][2]int{{1, 1}, {300, 100}, {40, 12}, {39, 11}}[run][0], [4][2]int{{1, 1}, {300, 100}, {40, 12}, {39, 11}}[run][1]
		}
		hs := harnessFor(t, story, Options{Theme: Theme(rng.IntN(3)), Mouse: true}, w, h)
		steps := []string{fmt.Sprintf("size %dx%d", w, h)}
		for range 25 {
			var msg tea.Msg
			switch rng.IntN(8) {
			case 0:
				w, h = 1+rng.IntN(300), 1+rng.IntN(100)
				msg = tea.WindowSizeMsg{Width: w, Height: h}
			case 1:
				msg = tea.MouseClickMsg{X: rng.IntN(w), Y: rng.IntN(h), Button: tea.MouseLeft}
			case 2:
				msg = tea.MouseWheelMsg{X: rng.IntN(w), Y: rng.IntN(h), Button: tea.MouseWheelDown}
			default:
				msg = keyMsg(keys[rng.IntN(len(keys))])
			}
			steps = append(steps, fmt.Sprint(msg))
			hs.send(msg)
			if hs.quit {
				break
			}
			if err := fits(hs.m.View().Content, w, h); err != nil {
				t.Fatalf("%v\nafter %q", err, steps)
			}
		}
	}
}

// → selects the first link on screen, not the first of the item (ux-3 M7).
func TestRightSelectsALinkInView(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("enter", "G") // read the first event, at its end
	r := hs.m.reader
	hs.keys("right")
	l, ok := r.selectedLink()
	if !ok || !r.onScreen(l.line) {
		t.Fatalf("→ at the end selected %+v, off screen (top %d, height %d)", l, r.offset(), r.height)
	}
	hs.keys("g", "right")
	if l, _ := r.selectedLink(); !r.onScreen(l.line) {
		t.Errorf("→ at the top selected a link off screen: %+v", l)
	}
}
