package ui

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

func TestFocusKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	if hs.m.focus != focusTimeline {
		t.Fatalf("starts on %v, want the timeline", hs.m.focus)
	}
	order := []focus{focusDeal, focusJapan, focusImpact, focusReader, focusTimeline}
	for _, want := range order {
		hs.keys("tab")
		if hs.m.focus != want {
			t.Fatalf("tab: focus %v, want %v", hs.m.focus, want)
		}
	}
	for i := len(order) - 2; i >= 0; i-- {
		hs.keys("shift+tab")
		if hs.m.focus != order[i] {
			t.Fatalf("shift+tab: focus %v, want %v", hs.m.focus, order[i])
		}
	}
	for i, k := range []string{"1", "2", "3", "4"} {
		hs.keys(k)
		if hs.m.focus != focus(i) || hs.m.current != Pane(i) {
			t.Errorf("%s: focus %v current %v, want pane %d", k, hs.m.focus, hs.m.current, i)
		}
		if !strings.Contains(hs.screen(), "▸ "+Pane(i).title()) {
			t.Errorf("%s: the pane title does not show focus", k)
		}
	}
}

func TestMoveKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	tl := hs.m.story.Timeline
	start := hs.selectedID()
	if start != "event-2026-multi-partnership" {
		t.Fatalf("opens on %q, want the 27 April 2026 event", start)
	}
	hs.keys("left")
	if got := hs.selectedID(); got != tl[4].ID {
		t.Errorf("←: %q, want %q", got, tl[4].ID)
	}
	hs.keys("l", "l")
	if got := hs.selectedID(); got != tl[6].ID {
		t.Errorf("l l: %q, want %q", got, tl[6].ID)
	}
	hs.keys("h", "k", "up")
	if got := hs.selectedID(); got != tl[3].ID {
		t.Errorf("h k ↑: %q, want %q", got, tl[3].ID)
	}
	hs.keys("j", "down", "right")
	if got := hs.selectedID(); got != tl[6].ID {
		t.Errorf("j ↓ →: %q, want %q", got, tl[6].ID)
	}
	hs.keys("g")
	if got := hs.selectedID(); got != tl[0].ID {
		t.Errorf("g: %q, want the first event", got)
	}
	hs.keys("G")
	if got := hs.selectedID(); got != tl[len(tl)-1].ID {
		t.Errorf("G: %q, want the last event", got)
	}
	hs.keys("home", "pgdown")
	if hs.m.lists[PaneTimeline].list.Index() == 0 {
		t.Error("pgdown did not move the selection")
	}
	hs.keys("pgup")
	if hs.m.lists[PaneTimeline].list.Index() != 0 {
		t.Error("pgup did not move back to the top")
	}
	hs.keys("end", "ctrl+u")
	if hs.m.lists[PaneTimeline].list.Index() == len(tl)-1 {
		t.Error("ctrl+u did not move up")
	}
	hs.keys("ctrl+d")
	if hs.m.lists[PaneTimeline].list.Index() != len(tl)-1 {
		t.Error("ctrl+d did not move down")
	}
}

func TestReaderKeys(t *testing.T) {
	hs := newHarness(t, Options{Pane: PaneDeal}, 80, 24)
	hs.keys("enter")
	if hs.m.focus != focusReader {
		t.Fatalf("enter: focus %v, want the reader", hs.m.focus)
	}
	vp := func() int { return hs.m.reader.vp.YOffset() }
	hs.keys("j", "down")
	if vp() != 2 {
		t.Errorf("j ↓: offset %d, want 2", vp())
	}
	hs.keys("k")
	if vp() != 1 {
		t.Errorf("k: offset %d, want 1", vp())
	}
	hs.keys("pgdown")
	if vp() <= 1 {
		t.Errorf("pgdown: offset %d", vp())
	}
	hs.keys("pgup", "ctrl+d")
	if vp() == 0 {
		t.Error("ctrl+d did not scroll")
	}
	hs.keys("ctrl+u", "ctrl+u", "G")
	if !hs.m.reader.vp.AtBottom() {
		t.Error("G: not at the bottom")
	}
	hs.keys("g")
	if vp() != 0 {
		t.Errorf("g: offset %d", vp())
	}

	// ←/→ pick a related item, enter opens it in its own pane.
	from := hs.selectedID()
	rel := hs.m.reader.related
	if len(rel) == 0 {
		t.Fatal("the first term has no related items")
	}
	hs.keys("right")
	if hs.m.reader.relSel != 0 {
		t.Fatalf("→: related selection %d", hs.m.reader.relSel)
	}
	hs.keys("enter")
	target := rel[0]
	if hs.selectedID() != target.Base().ID || hs.m.current != paneOf(target) {
		t.Errorf("enter on a related item: showing %q in pane %v, want %q in %v", hs.selectedID(), hs.m.current, target.Base().ID, paneOf(target))
	}
	if hs.selectedID() == from {
		t.Error("enter did not leave the first item")
	}
	hs.keys("esc")
	if hs.m.focus != paneOf(target).focus() {
		t.Errorf("esc: focus %v, want the related item's pane", hs.m.focus)
	}
}

func TestSourcesKey(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	hs.keys("s")
	if hs.m.reader.mode != readSources {
		t.Fatal("s did not show the sources")
	}
	screen := hs.screen()
	for _, want := range []string{"Cited sources", "From the article", "P04", "Background facts", "B07", "27 Apr 2026", "Source notes", "N04"} {
		if !strings.Contains(screen, want) {
			t.Errorf("sources view lacks %q", want)
		}
	}
	hs.keys("s")
	if hs.m.reader.mode != readItem {
		t.Error("s again did not return to the item")
	}
	hs.keys("s", "esc")
	if hs.m.reader.mode != readItem {
		t.Error("esc did not leave the sources")
	}
}

func TestChangedOnlyKey(t *testing.T) {
	hs := newHarness(t, Options{Pane: PaneDeal}, 120, 40)
	all := hs.m.lists[PaneDeal].count()
	hs.keys("c")
	changed := hs.m.lists[PaneDeal].count()
	if changed == 0 || changed >= all {
		t.Fatalf("c: %d of %d terms shown", changed, all)
	}
	for _, it := range hs.m.lists[PaneDeal].list.Items() {
		if !strings.Contains(hs.screen(), it.(row).entry.Base().Title) {
			t.Errorf("changed term %q not on screen", it.(row).entry.Base().Title)
		}
	}
	if !strings.Contains(hs.screen(), "changed of") {
		t.Error("the pane title does not say the list is filtered")
	}
	hs.keys("c")
	if hs.m.lists[PaneDeal].count() != all {
		t.Error("c again did not show every term")
	}
}

func TestSearchKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	before := hs.selectedID()
	hs.keys("/")
	if !hs.m.search.active {
		t.Fatal("/ did not open the search")
	}
	hs.typeText("softbank")
	screen := hs.screen()
	if !strings.Contains(screen, "1 of ") || !strings.Contains(screen, "SoftBank Group") {
		t.Errorf("live results missing:\n%s", screen)
	}
	n := len(hs.m.search.hits)
	hs.keys("down")
	if hs.m.search.sel != 1 {
		t.Errorf("↓ in results: %d", hs.m.search.sel)
	}
	hs.keys("up", "enter")
	if hs.m.search.active || hs.selectedID() != "japan-softbank" || hs.m.focus != focusJapan {
		t.Fatalf("enter: active %v, showing %q, focus %v", hs.m.search.active, hs.selectedID(), hs.m.focus)
	}
	hs.keys("n")
	second := hs.m.search.hits[1].Entry.Base().ID
	if hs.selectedID() != second {
		t.Errorf("n: %q, want %q", hs.selectedID(), second)
	}
	if !strings.Contains(hs.screen(), "2 of ") {
		t.Error("n: no match count in the footer")
	}
	hs.keys("N", "N")
	last := hs.m.search.hits[n-1].Entry.Base().ID
	if hs.selectedID() != last {
		t.Errorf("N N: %q, want the last hit %q", hs.selectedID(), last)
	}

	// esc restores the place the search started from.
	hs.keys("1")
	at := hs.selectedID()
	hs.keys("/")
	hs.typeText("fujitsu")
	if hs.selectedID() == at {
		t.Error("the reader does not preview the result")
	}
	hs.keys("esc")
	if hs.m.search.active || hs.selectedID() != at || hs.m.focus != focusTimeline {
		t.Errorf("esc: active %v, showing %q (want %q), focus %v", hs.m.search.active, hs.selectedID(), at, hs.m.focus)
	}
	_ = before

	// The search reopens with the last accepted query; q types into it.
	hs.keys("/", "q")
	if hs.quit || hs.m.search.input.Value() != "softbankq" {
		t.Errorf("q in the search box: quit %v, value %q", hs.quit, hs.m.search.input.Value())
	}
	hs.keys("esc")
}

func TestHelpAndQuitKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	hs.keys("?")
	if !hs.m.full || !strings.Contains(hs.screen(), "previous pane") {
		t.Fatal("? did not open the full help")
	}
	hs.keys("?")
	if hs.m.full {
		t.Fatal("? again did not close it")
	}
	hs.keys("?", "esc")
	if hs.m.full {
		t.Fatal("esc did not close the help")
	}
	for _, k := range []string{"q", "ctrl+c"} {
		_, cmd := hs.m.Update(keyMsg(k))
		if cmd == nil {
			t.Fatalf("%s returned no command", k)
		}
		if _, ok := cmd().(tea.QuitMsg); !ok {
			t.Errorf("%s did not quit", k)
		}
	}
}

// Every binding in the KeyMap has help text, and the short help only
// names keys that are bound.
func TestKeyMapHelp(t *testing.T) {
	km := DefaultKeyMap()
	seen := map[string]bool{}
	for _, g := range km.Groups() {
		for _, b := range g.Bindings {
			h := b.Help()
			if h.Key == "" || h.Desc == "" || len(b.Keys()) == 0 {
				t.Errorf("binding %v has no help or keys", b.Keys())
			}
			seen[h.Key+h.Desc] = true
		}
	}
	if len(seen) != 29 {
		t.Errorf("full help has %d bindings, want all 29 of the KeyMap", len(seen))
	}
	hs := newHarness(t, Options{}, 120, 40)
	for _, f := range []focus{focusTimeline, focusDeal, focusJapan, focusImpact, focusReader} {
		hs.m.setFocus(f)
		for _, b := range hs.m.shortHelp() {
			if !b.Enabled() || len(b.Keys()) == 0 {
				t.Errorf("short help for %v shows an unbound key", f)
			}
		}
	}
	_ = key.Binding{}
}

func TestStartOptions(t *testing.T) {
	hs := newHarness(t, Options{Item: "japan-nec"}, 120, 40)
	if hs.m.focus != focusJapan || hs.selectedID() != "japan-nec" {
		t.Errorf("--item japan-nec: focus %v, showing %q", hs.m.focus, hs.selectedID())
	}
	hs = newHarness(t, Options{Pane: PaneImpact}, 120, 40)
	if hs.m.focus != focusImpact || hs.selectedID() != "story" {
		t.Errorf("--pane impact: focus %v, showing %q", hs.m.focus, hs.selectedID())
	}
}

func TestBackgroundColourSwitchesTheme(t *testing.T) {
	hs := newHarness(t, Options{Theme: ThemeAuto}, 120, 40)
	if !hs.m.dark {
		t.Fatal("auto should start dark before the terminal answers")
	}
	hs.send(tea.BackgroundColorMsg{Color: white{}})
	if hs.m.dark || hs.m.styles.Glamour != "light" {
		t.Error("a light background did not switch to the light theme")
	}
	// An explicit theme ignores the terminal.
	hs = newHarness(t, Options{Theme: ThemeDark}, 120, 40)
	hs.send(tea.BackgroundColorMsg{Color: white{}})
	if !hs.m.dark {
		t.Error("--theme dark switched on the terminal's answer")
	}
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }
