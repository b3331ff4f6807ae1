package ui

import (
	"fmt"
	"math/rand/v2"
	"testing"

	tea "charm.land/bubbletea/v2"
)

func click(x, y int) tea.MouseClickMsg {
	return tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft}
}

func TestClickTabs(t *testing.T) {
	for _, size := range [][2]int{{80, 24}, {120, 40}, {200, 50}, {50, 20}} {
		hs := newHarness(t, Options{}, size[0], size[1])
		for _, p := range []Pane{PaneDeal, PaneJapan, PaneImpact, PaneTimeline} {
			var span tabSpan
			for _, s := range tabSpans(hs.m.styles, size[0], hs.m.focus) {
				if s.pane == p {
					span = s
				}
			}
			hs.send(click((span.x0+span.x1)/2, 1))
			if hs.m.focus != p.focus() {
				t.Errorf("%v: click on tab %q: focus %v", size, span.label, hs.m.focus)
			}
		}
	}
}

func TestClickRowsAndMarkers(t *testing.T) {
	hs := newHarness(t, Options{Pane: PaneJapan}, 120, 40)
	l := hs.m.lay.list
	hs.send(click(l.X+5, l.Y+2+2*2)) // third row: border, title, two lines a row
	if got := hs.m.lists[PaneJapan].list.Index(); got != 2 || hs.selectedID() != hs.m.story.Japan[2].ID {
		t.Errorf("click on the third row: index %d, showing %q", got, hs.selectedID())
	}
	// A click on a timeline marker selects that event and focuses the timeline.
	b := hs.m.lay.band
	hs.send(click(b.X+2+hs.m.band.xs[0], b.Y+2))
	if hs.m.focus != focusTimeline || hs.selectedID() != hs.m.story.Timeline[0].ID {
		t.Errorf("click on the first marker: focus %v, showing %q", hs.m.focus, hs.selectedID())
	}
	// A click in the reader focuses it.
	r := hs.m.lay.reader
	hs.send(click(r.X+10, r.Y+5))
	if hs.m.focus != focusReader {
		t.Errorf("click in the reader: focus %v", hs.m.focus)
	}
}

func TestClickRelated(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	rel := hs.m.reader.related[0]
	hs.m.reader.vp.GotoBottom()
	line := hs.m.reader.relLines[0] - hs.m.reader.vp.YOffset()
	r := hs.m.lay.reader
	hs.send(click(r.X+6, r.Y+2+line))
	if hs.selectedID() != rel.Base().ID {
		t.Errorf("click on a related link: showing %q, want %q", hs.selectedID(), rel.Base().ID)
	}
}

// Mouse alone: in the narrow layout a click on a row opens it in the
// reader, a click on a tab goes back, and the hint line shows the sources.
func TestMouseAloneNarrow(t *testing.T) {
	hs := newHarness(t, Options{Pane: PaneDeal}, 80, 24)
	l := hs.m.lay.list
	hs.send(click(l.X+5, l.Y+2+2)) // second row
	if hs.m.focus != focusReader || hs.selectedID() != hs.m.story.Terms[1].ID {
		t.Fatalf("click on a row: focus %v, showing %q", hs.m.focus, hs.selectedID())
	}
	hs.m.reader.vp.GotoBottom()
	r := hs.m.lay.reader
	hs.send(click(r.X+5, r.Y+2+hs.m.reader.hintLine-hs.m.reader.vp.YOffset()))
	if hs.m.reader.mode != readSources {
		t.Fatal("click on the hint did not show the sources")
	}
	hs.m.reader.vp.GotoBottom()
	hs.send(click(r.X+5, r.Y+2+hs.m.reader.hintLine-hs.m.reader.vp.YOffset()))
	if hs.m.reader.mode != readItem {
		t.Fatal("click on the hint in the sources did not go back")
	}
	span := tabSpans(hs.m.styles, 80, hs.m.focus)[PaneJapan]
	hs.send(click(span.x0+1, 1))
	if hs.m.focus != focusJapan {
		t.Errorf("click on the Japan tab from the reader: focus %v", hs.m.focus)
	}
}

func TestWheelScrollsReader(t *testing.T) {
	hs := newHarness(t, Options{Pane: PaneDeal}, 80, 24)
	hs.keys("enter") // the reader fills the screen in the narrow layout
	r := hs.m.lay.reader
	hs.send(tea.MouseWheelMsg{X: r.X + 5, Y: r.Y + 5, Button: tea.MouseWheelDown})
	if got := hs.m.reader.vp.YOffset(); got != 3 {
		t.Errorf("wheel down: offset %d, want 3", got)
	}
	hs.send(tea.MouseWheelMsg{X: r.X + 5, Y: r.Y + 5, Button: tea.MouseWheelUp})
	if got := hs.m.reader.vp.YOffset(); got != 0 {
		t.Errorf("wheel up: offset %d, want 0", got)
	}

	hs = newHarness(t, Options{Pane: PaneDeal}, 120, 40)
	r = hs.m.lay.reader
	hs.send(tea.MouseWheelMsg{X: r.X + 5, Y: r.Y + 5, Button: tea.MouseWheelDown})
	if got := hs.m.reader.vp.YOffset(); got != 3 {
		t.Errorf("wheel over the reader beside the list: offset %d, want 3", got)
	}
	l := hs.m.lay.list
	hs.send(tea.MouseWheelMsg{X: l.X + 5, Y: l.Y + 5, Button: tea.MouseWheelDown})
	if got := hs.m.lists[PaneDeal].list.Index(); got != 1 {
		t.Errorf("wheel over the list: index %d, want 1", got)
	}
}

// For random sizes and random input, the frame never exceeds the terminal
// and nothing panics.
func TestViewAlwaysFits(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	keys := []string{"tab", "shift+tab", "1", "2", "3", "4", "j", "k", "h", "l", "up", "down", "left", "right",
		"enter", "esc", "pgup", "pgdown", "ctrl+u", "ctrl+d", "g", "G", "/", "n", "N", "s", "c", "?", "a", "f", "u", "space"}
	story := testStory(t)
	runs := 100
	if testing.Short() {
		runs = 40
	}
	for run := range runs {
		w, h := 1+rng.IntN(300), 1+rng.IntN(100)
		if run < 4 {
			w, h = [4][2]int{{1, 1}, {300, 100}, {40, 12}, {39, 11}}[run][0], [4][2]int{{1, 1}, {300, 100}, {40, 12}, {39, 11}}[run][1]
		}
		hs := &harness{t: t, m: New(story, Options{Theme: Theme(rng.IntN(3)), Mouse: true})}
		hs.send(tea.WindowSizeMsg{Width: w, Height: h})
		steps := []string{fmt.Sprintf("size %dx%d", w, h)}
		for range 25 {
			var msg tea.Msg
			switch rng.IntN(8) {
			case 0:
				w, h = 1+rng.IntN(300), 1+rng.IntN(100)
				msg = tea.WindowSizeMsg{Width: w, Height: h}
			case 1:
				msg = click(rng.IntN(w), rng.IntN(h))
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
