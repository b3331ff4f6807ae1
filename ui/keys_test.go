package ui

import (
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// tab goes list, reader, next pane's list…; shift+tab is its exact
// inverse; 1–5 jump to a pane's list.
func TestFocusKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	var seen []focus
	for range 2 * model.PaneCount {
		seen = append(seen, hs.m.focus)
		hs.keys("tab")
	}
	if hs.m.focus != (focus{}) {
		t.Fatalf("tab %d times: focus %+v, want back at the start", 2*model.PaneCount, hs.m.focus)
	}
	for i := len(seen) - 1; i >= 0; i-- {
		hs.keys("shift+tab")
		if hs.m.focus != seen[i] {
			t.Fatalf("shift+tab: focus %+v, want %+v", hs.m.focus, seen[i])
		}
	}
	if seen[1] != (focus{model.PaneTimeline, areaReader}) || seen[2] != (focus{model.PaneDeal, areaList}) {
		t.Errorf("tab order %+v", seen[:3])
	}
	for i, k := range []string{"1", "2", "3", "4", "5"} {
		hs.keys(k)
		p := model.Pane(i)
		if hs.m.focus != (focus{p, areaList}) {
			t.Errorf("%s: focus %+v, want pane %v", k, hs.m.focus, p)
		}
		if !strings.Contains(hs.screen(), "▸ "+p.Title()) {
			t.Errorf("%s: the pane title does not show the focus", k)
		}
		if hs.shown() != hs.m.lists[p].selected().Base().ID {
			t.Errorf("%s: the reader shows %q, not the pane's selection", k, hs.shown())
		}
	}
}

func TestMoveKeys(t *testing.T) {
	hs := newHarness(t, Options{}, 120, 40)
	tl := hs.m.story.Timeline
	at := func() int { return hs.m.lists[model.PaneTimeline].sel }
	if hs.shown() != "event-2026-multi-partnership" {
		t.Fatalf("opens on %q, want the 27 April 2026 event", hs.shown())
	}
	start := at()
	hs.keys("left")
	if at() != start-1 || hs.shown() != tl[start-1].ID {
		t.Errorf("←: row %d showing %q", at(), hs.shown())
	}
	hs.keys("l", "l", "h", "k", "up", "j", "down", "right")
	if at() != start+1 {
		t.Errorf("l l h k ↑ j ↓ →: row %d, want %d", at(), start+1)
	}
	hs.keys("g")
	if at() != 0 {
		t.Errorf("g: row %d", at())
	}
	hs.keys("G")
	if at() != len(tl)-1 {
		t.Errorf("G: row %d", at())
	}
	hs.keys("home", "ctrl+d")
	half := at()
	hs.keys("home", "pgdown")
	page := at()
	if half <= 0 || page <= half {
		t.Errorf("ctrl+d moved %d rows and pgdown %d: want half a page less than a page", half, page)
	}
	hs.keys("end", "ctrl+u")
	if at() != len(tl)-1-half {
		t.Errorf("ctrl+u from the end: row %d, want %d", at(), len(tl)-1-half)
	}
	hs.keys("pgup", "pgup")
	if at() != 0 {
		t.Errorf("pgup: row %d", at())
	}
}

func TestReaderScrollKeys(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneDeal}, 80, 24)
	hs.keys("enter")
	if !hs.m.focus.onReader() {
		t.Fatalf("enter: focus %+v, want the reader", hs.m.focus)
	}
	off := func() int { return hs.m.reader.offset() }
	hs.keys("j", "down")
	if off() != 2 {
		t.Errorf("j ↓: offset %d, want 2", off())
	}
	hs.keys("k")
	if off() != 1 {
		t.Errorf("k: offset %d, want 1", off())
	}
	hs.keys("g", "ctrl+d")
	half := off()
	hs.keys("g", "pgdown")
	if half <= 0 || off() <= half {
		t.Errorf("ctrl+d scrolled %d, pgdown %d", half, off())
	}
	hs.keys("G")
	if !hs.m.reader.vp.AtBottom() {
		t.Error("G: not at the bottom")
	}
	hs.keys("g")
	if off() != 0 {
		t.Errorf("g: offset %d", off())
	}
}

// ←/→ choose a link in the reader, enter follows it, [ comes back to the
// item and the scroll position it left, ] goes forward again; esc closes
// the reader for the list of the item shown.
func TestLinksAndHistory(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	hs.keys("enter", "j", "j", "j")
	from := hs.shown()
	var target link
	for range len(hs.m.reader.links) {
		hs.keys("right")
		if l, _ := hs.m.reader.selectedLink(); l.kind == linkEntry && l.standalone {
			target = l
			break
		}
	}
	if target.id == "" {
		t.Fatal("no related link found with →")
	}
	fromOff := hs.m.reader.offset()
	hs.keys("enter")
	if hs.shown() != target.id {
		t.Fatalf("enter on a related link: showing %q, want %q", hs.shown(), target.id)
	}
	e, _ := hs.m.story.Entry(target.id)
	if hs.m.focus.pane != model.PaneOf(e) || hs.m.lists[hs.m.focus.pane].selected() != e {
		t.Errorf("the link's item is not selected in its pane %v", model.PaneOf(e))
	}
	hs.keys("[")
	if hs.shown() != from || hs.m.reader.offset() != fromOff {
		t.Errorf("[: showing %q at %d, want %q at %d", hs.shown(), hs.m.reader.offset(), from, fromOff)
	}
	hs.keys("]")
	if hs.shown() != target.id {
		t.Errorf("]: showing %q, want %q again", hs.shown(), target.id)
	}
	hs.keys("esc")
	if !hs.m.focus.onList() || hs.shown() != target.id {
		t.Errorf("esc in the reader: focus %+v showing %q, want the list with %q", hs.m.focus, hs.shown(), target.id)
	}
}

// A citation is a link: it opens that digest entry in the reader, with the
// items that cite it, and esc comes back.
func TestCitationLinks(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	hs.keys("enter", "right")
	l, ok := hs.m.reader.selectedLink()
	if !ok || l.kind != linkSource || l.id != "P04" {
		t.Fatalf("first link is %+v, want the citation P04", l)
	}
	hs.keys("enter")
	if hs.m.reader.view != viewSource || hs.m.reader.sourceID != "P04" {
		t.Fatalf("enter on P04: view %v %q", hs.m.reader.view, hs.m.reader.sourceID)
	}
	screen := hs.screen()
	for _, want := range []string{"P04", "Our account of this block", "Cited by", "Licence to OpenAI's IP"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the P04 view lacks %q:\n%s", want, screen)
		}
	}
	hs.keys("esc")
	if hs.m.reader.view != viewItem || hs.shown() != "ip-licence" {
		t.Errorf("esc: view %v showing %q", hs.m.reader.view, hs.shown())
	}
}

func TestSourcesKey(t *testing.T) {
	hs := newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	hs.keys("s")
	if hs.m.reader.view != viewSources {
		t.Fatal("s did not show the sources")
	}
	text := ansi.Strip(strings.Join(hs.m.reader.lines, "\n"))
	for _, want := range []string{"From the article", "P04", "Background facts", "B07", "Source notes", "N04"} {
		if !strings.Contains(text, want) {
			t.Errorf("sources view lacks %q", want)
		}
	}
	if !strings.Contains(hs.screen(), "Cited sources") {
		t.Error("the reader's title does not say it shows the sources")
	}
	if strings.Contains(text, "**") {
		t.Error("the sources view shows Markdown marks: it should be rendered")
	}
	hs.keys("s")
	if hs.m.reader.view != viewItem {
		t.Error("s again did not return to the item")
	}
	hs.keys("s", "esc")
	if hs.m.reader.view != viewItem {
		t.Error("esc did not leave the sources")
	}
}

func TestChangedOnlyKey(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneDeal}, 120, 40)
	d := hs.m.lists[model.PaneDeal]
	all := d.count()
	hs.keys("c")
	if d.count() == 0 || d.count() >= all {
		t.Fatalf("c: %d of %d terms shown", d.count(), all)
	}
	for _, e := range d.shown {
		if e.(*model.Term).Status != model.StatusChanged {
			t.Errorf("%s is shown but did not change", e.Base().ID)
		}
	}
	screen := hs.screen()
	if !strings.Contains(screen, "changed of") || !strings.Contains(screen, "c show all terms") {
		t.Errorf("the title and the footer do not say the list is filtered:\n%s", screen)
	}
	hs.keys("c")
	if d.count() != all {
		t.Error("c again did not show every term")
	}
}

// A key that does nothing where it is pressed says so, for a moment.
func TestKeysThatDoNothingSaySo(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneJapan}, 120, 40)
	for _, tt := range []struct{ key, want string }{
		{"c", "c works in Deal changes"},
		{"n", "no search yet"},
		{"right", "←/→ move between events"},
	} {
		hs.keys(tt.key)
		if !strings.Contains(hs.screen(), tt.want) {
			t.Errorf("%s: the footer does not say %q:\n%s", tt.key, tt.want, hs.screen())
		}
		hs.send(statusExpired{hs.m.status.seq})
		if strings.Contains(hs.screen(), tt.want) {
			t.Errorf("%s: the message stays", tt.key)
		}
	}
}

func TestHelpOverlay(t *testing.T) {
	hs := newHarness(t, Options{}, 60, 20)
	hs.keys("?")
	if !hs.m.help.open || !strings.Contains(hs.screen(), "previous pane") {
		t.Fatal("? did not open the help")
	}
	sel := hs.m.lists[0].sel
	hs.keys("j")
	if hs.m.lists[0].selIndex() != sel || !hs.m.help.open {
		t.Error("j moved the list behind the help, or closed it")
	}
	hs.keys("G")
	if !strings.Contains(hs.screen(), "quit") {
		t.Errorf("the help does not reach quit at 60×20:\n%s", hs.screen())
	}
	hs.keys("?")
	if hs.m.help.open {
		t.Fatal("? again did not close it")
	}
	hs.keys("?", "esc")
	if hs.m.help.open {
		t.Fatal("esc did not close the help")
	}
}

// The footer keeps "? help" and "q quit" at every width the explorer
// draws at, dropping the other hints first.
func TestFooterKeepsHelpAndQuit(t *testing.T) {
	t.Parallel()
	for _, w := range []int{40, 50, 60, 80, 120, 200} {
		for _, p := range model.Panes() {
			hs := newHarness(t, Options{Pane: p}, w, 24)
			for _, keys := range [][]string{nil, {"enter"}} {
				hs.keys(keys...)
				lines := strings.Split(hs.screen(), "\n")
				footer := lines[len(lines)-1]
				if !strings.Contains(footer, "? help") || !strings.Contains(footer, "q quit") {
					t.Errorf("%d columns, %v %v: footer %q", w, p, keys, footer)
				}
			}
		}
	}
}

func TestQuitKeys(t *testing.T) {
	for _, k := range []string{"q", "ctrl+c"} {
		hs := newHarness(t, Options{}, 120, 40)
		hs.keys(k)
		if !hs.quit {
			t.Errorf("%s did not quit", k)
		}
	}
	hs := newHarness(t, Options{}, 120, 40)
	hs.keys("/", "q")
	if hs.quit || hs.m.search.input.Value() != "q" {
		t.Errorf("q in the search box: quit %v, value %q", hs.quit, hs.m.search.input.Value())
	}
	hs.keys("ctrl+c")
	if !hs.quit {
		t.Error("ctrl+c in the search box did not quit")
	}
}

// ctrl+z suspends only when allowed (never in a server session).
func TestSuspendKey(t *testing.T) {
	for _, allowed := range []bool{true, false} {
		hs := newHarness(t, Options{Suspend: allowed}, 120, 40)
		_, cmd := hs.m.Update(keyMsg("ctrl+z"))
		suspended := false
		for _, c := range flatten(cmd) {
			if _, ok := c().(tea.SuspendMsg); ok {
				suspended = true
			}
		}
		if suspended != allowed {
			t.Errorf("Suspend %v: ctrl+z suspended %v", allowed, suspended)
		}
	}
}

// flatten lists the commands of a command, opening batches.
func flatten(cmd tea.Cmd) []tea.Cmd {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if cmds, ok := cmdList(msg); ok {
		var out []tea.Cmd
		for _, c := range cmds {
			out = append(out, flatten(c)...)
		}
		return out
	}
	return []tea.Cmd{func() tea.Msg { return msg }}
}

// Every binding has help text, the full help lists them all once, and the
// short help only names keys that are bound.
func TestKeyMapHelp(t *testing.T) {
	km := DefaultKeyMap()
	seen := map[string]bool{}
	for _, g := range km.Groups() {
		for _, b := range g.Bindings {
			h := b.Help()
			if h.Key == "" || h.Desc == "" || len(b.Keys()) == 0 {
				t.Errorf("binding %v has no help or keys", b.Keys())
			}
			if seen[h.Key+h.Desc] {
				t.Errorf("%s %s is in the help twice", h.Key, h.Desc)
			}
			seen[h.Key+h.Desc] = true
		}
	}
	hs := newHarness(t, Options{}, 120, 40)
	for _, p := range model.Panes() {
		for _, a := range []area{areaList, areaReader} {
			hs.m.switchTo(focus{p, a})
			for _, b := range hs.m.shortHelp() {
				if !b.Enabled() || len(b.Keys()) == 0 {
					t.Errorf("short help for %v/%v shows an unbound key", p, a)
				}
			}
		}
	}
}

func TestStartOptions(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{Item: "japan-softbank"}, 120, 40)
	if hs.m.focus.pane != model.PaneJapan || hs.shown() != "japan-softbank" {
		t.Errorf("--item japan-softbank: focus %+v, showing %q", hs.m.focus, hs.shown())
	}
	hs = newHarness(t, Options{Pane: model.PaneImpact}, 120, 40)
	if hs.m.focus.pane != model.PaneImpact || hs.shown() != "story" {
		t.Errorf("--pane impact: focus %+v, showing %q", hs.m.focus, hs.shown())
	}
	// --item on a term: the band, which is the timeline's, is not shown.
	hs = newHarness(t, Options{Item: "ip-licence"}, 120, 40)
	if !hs.m.lay.band.empty() || strings.Contains(hs.screen(), "22 July 2019 ·") {
		t.Error("--item ip-licence shows the timeline band")
	}
}

// The overview opens from anywhere and esc comes back.
func TestOverviewKey(t *testing.T) {
	hs := newHarness(t, Options{Pane: model.PaneJapan}, 120, 40)
	hs.keys("j", "o")
	if hs.shown() != "story" || !hs.m.focus.onReader() {
		t.Fatalf("o: showing %q, focus %+v", hs.shown(), hs.m.focus)
	}
	hs.keys("esc")
	if hs.m.focus.pane != model.PaneJapan || hs.shown() != hs.m.story.Japan[1].ID {
		t.Errorf("esc after o: focus %+v showing %q", hs.m.focus, hs.shown())
	}
}

// The first key moves nothing but what it is for: the layout does not
// change under the reader's eyes (ux-3, low 1).
func TestFirstKeyKeepsTheLayout(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}} {
		hs := newHarness(t, Options{Pane: model.PaneJapan}, sz[0], sz[1])
		before := hs.screen()
		hs.keys("x") // a key that does nothing here
		if after := hs.screen(); lineCount(after, "┃") != lineCount(before, "┃") {
			t.Errorf("%dx%d: the list's box changed height on the first key", sz[0], sz[1])
		}
	}
}

func lineCount(s, sub string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, sub) {
			n++
		}
	}
	return n
}

func TestBackgroundColourSwitchesTheme(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{Theme: ThemeAuto}, 120, 40)
	if !hs.m.dark {
		t.Fatal("auto should start dark before the terminal answers")
	}
	hs.send(tea.BackgroundColorMsg{Color: white{}})
	if hs.m.dark || hs.m.styles.Glamour != mdrender.Light {
		t.Error("a light background did not switch to the light theme")
	}
	hs = newHarness(t, Options{Theme: ThemeDark}, 120, 40)
	hs.send(tea.BackgroundColorMsg{Color: white{}})
	if !hs.m.dark {
		t.Error("--theme dark switched on the terminal's answer")
	}
}

type white struct{}

func (white) RGBA() (r, g, b, a uint32) { return 0xffff, 0xffff, 0xffff, 0xffff }

// With --theme auto, a light background named by the environment
// (COLORFGBG) starts the explorer light, for terminals that do not answer
// the background query; an answer still decides.
func TestLightGuessStartsLight(t *testing.T) {
	hs := newHarness(t, Options{Theme: ThemeAuto, LightGuess: true}, 80, 24)
	if hs.m.dark {
		t.Fatal("the explorer starts dark with a light background guessed")
	}
	hs.m.Update(tea.BackgroundColorMsg{Color: color.Black})
	if !hs.m.dark {
		t.Error("the terminal's dark answer did not win over the guess")
	}
}
