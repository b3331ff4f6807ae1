package ui

import (
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// onStop fails unless the explorer shows step n (from 1) of the tour the
// way the explorer's own navigation would: the item selected in its
// pane's list, that pane's tab and reader focused, the reader on the item
// with the step's phrase to highlight, and the box saying which step.
func onStop(t *testing.T, hs *harness, n int) {
	t.Helper()
	stops := hs.m.story.TourStops()
	st := stops[n-1]
	id := st.Entry.Base().ID
	switch {
	case !hs.m.tour.active():
		t.Fatalf("step %d: not in the tour", n)
	case hs.m.tour.stop().Number != n:
		t.Fatalf("at step %d, want %d", hs.m.tour.stop().Number, n)
	case hs.m.focus != (focus{st.Pane, areaReader}):
		t.Fatalf("step %d: focus %+v, want the reader of %v", n, hs.m.focus, st.Pane)
	case hs.m.lists[st.Pane].selected().Base().ID != id:
		t.Fatalf("step %d: the %v list selects %q, want %q", n, st.Pane, hs.m.lists[st.Pane].selected().Base().ID, id)
	case hs.shown() != id || hs.m.reader.view != viewItem:
		t.Fatalf("step %d: the reader shows %q (view %v), want %q", n, hs.shown(), hs.m.reader.view, id)
	case hs.m.reader.query.String() != st.Highlight().String():
		t.Fatalf("step %d: the reader highlights %q, want %q", n, hs.m.reader.query.String(), st.Highlight().String())
	}
	want := fmt.Sprintf(hs.m.text.Tour.Step, n, len(stops))
	if !strings.Contains(hs.screen(), want) {
		t.Fatalf("step %d: the screen does not say %q:\n%s", n, want, hs.screen())
	}
}

func TestTourStartsAtStepOne(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 80, 24)
	if hs.m.tour.active() || strings.Contains(hs.screen(), "Step 1 of") {
		t.Fatal("the explorer starts in the tour without t")
	}
	hs.keys("t")
	onStop(t, hs, 1)
	screen := hs.screen()
	for _, want := range []string{"Guided tour · Step 1 of 13", "The story starts in July 2019", "From the article (P01); background: B01", "a: auto-advance", "space/→ next", "esc leave"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the first step's screen lacks %q:\n%s", want, screen)
		}
	}
	// The box sits between the tabs and the panes: it covers nothing.
	lines := strings.Split(screen, "\n")
	if !strings.HasPrefix(lines[2], "╭─ Guided tour") || hs.m.lay.reader.outer.Y != hs.m.lay.tour.Y+hs.m.lay.tour.H {
		t.Errorf("the box is not right under the tabs, above the reader:\n%s", screen)
	}
}

func TestTourStepKeys(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t")
	for _, c := range []struct {
		key  string
		want int
	}{{"right", 2}, {"space", 3}, {"l", 4}, {"enter", 5}, {"left", 4}, {"h", 3}, {"left", 2}, {"left", 1}} {
		hs.keys(c.key)
		onStop(t, hs, c.want)
	}
	hs.keys("left")
	onStop(t, hs, 1)
	if !strings.Contains(hs.screen(), "this is the first step") {
		t.Errorf("← at the first step does not say so:\n%s", hs.screen())
	}
	// The scrolling keys scroll the item and stay in the tour.
	hs.keys("j", "j")
	if hs.m.reader.offset() == 0 || !hs.m.tour.active() {
		t.Errorf("j j: offset %d, in the tour %v", hs.m.reader.offset(), hs.m.tour.active())
	}
}

// esc leaves the tour at the step, the explorer works as ever, and t
// resumes at the same step.
func TestTourLeaveAndResume(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t", "right", "right")
	onStop(t, hs, 3)
	id := hs.shown()
	hs.keys("esc")
	if hs.m.tour.active() || hs.shown() != id || hs.m.reader.view != viewItem {
		t.Fatalf("esc: in the tour %v, showing %q", hs.m.tour.active(), hs.shown())
	}
	screen := hs.screen()
	if strings.Contains(screen, "Step 3 of 13") || !strings.Contains(screen, "left the tour at step 3 · t resumes it") {
		t.Errorf("after esc the box stays, or the footer does not say how to resume:\n%s", screen)
	}
	if hs.m.lay.reader.outer.Y != headerHeight {
		t.Error("the reader did not take the box's room back")
	}
	// The explorer is usable: tab, the arrows, the search.
	hs.keys("esc")
	if !hs.m.focus.onList() {
		t.Errorf("esc again: focus %+v, want the list", hs.m.focus)
	}
	hs.keys("tab", "tab")
	if hs.m.focus != (focus{model.PaneDeal, areaList}) {
		t.Errorf("tab tab: focus %+v", hs.m.focus)
	}
	hs.keys("down")
	if hs.m.lists[model.PaneDeal].sel != 1 {
		t.Errorf("↓ on the deal list: row %d", hs.m.lists[model.PaneDeal].sel)
	}
	hs.keys("/")
	hs.typeText("SoftBank")
	if !hs.m.search.active || hs.m.search.count(hs.m.text) == "" {
		t.Fatal("/ did not search")
	}
	hs.keys("enter")
	if hs.m.focus.pane == model.PaneDeal {
		t.Error("the search result was not opened")
	}
	hs.keys("t")
	onStop(t, hs, 3)
	hs.keys("[")
	if hs.m.tour.active() {
		t.Error("[ did not leave the tour")
	}
}

// A key of the explorer leaves the tour and does what it does.
func TestTourOtherKeysLeave(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		key  string
		want func(*harness) bool
	}{
		{"tab", func(hs *harness) bool { return hs.m.focus == (focus{model.PaneDeal, areaList}) }},
		{"3", func(hs *harness) bool { return hs.m.focus == (focus{model.PaneJapan, areaList}) }},
		{"/", func(hs *harness) bool { return hs.m.search.active }},
		{"o", func(hs *harness) bool { return hs.shown() == "story" }},
	} {
		hs := newHarness(t, Options{}, 80, 24)
		hs.keys("t", "right", c.key)
		if hs.m.tour.active() || !c.want(hs) {
			t.Errorf("%s in the tour: in the tour %v, focus %+v, showing %q", c.key, hs.m.tour.active(), hs.m.focus, hs.shown())
		}
		if err := fits(hs.m.View().Content, 80, 24); err != nil {
			t.Errorf("%s: %v", c.key, err)
		}
	}
	// ?, y and t keep it.
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t", "?")
	help := strings.Join(ansiStripAll(hs.m.help.lines), "\n")
	if !hs.m.help.isOpen() || !hs.m.tour.active() || !strings.Contains(help, "guided tour: start or resume") || !strings.Contains(help, "leave the tour (t resumes)") {
		t.Errorf("? in the tour: help %v, tour %v:\n%s", hs.m.help.isOpen(), hs.m.tour.active(), help)
	}
	hs.keys("esc")
	if hs.m.help.isOpen() || !hs.m.tour.active() {
		t.Error("esc closed the help and the tour at once")
	}
	hs.keys("y", "t")
	onStop(t, hs, 1)
}

// The last step says how to explore freely; space there ends the tour,
// and t starts it again at the first step.
func TestTourLastStep(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.English, model.Japanese} {
		s := testStory(t)
		if lang == model.Japanese {
			s = japaneseStory(t)
		}
		hs := harnessFor(t, s, Options{}, 80, 24)
		n := len(s.TourStops())
		hs.keys("t")
		for range n - 1 {
			hs.keys("space")
		}
		onStop(t, hs, n)
		box := strings.Join(ansiStripAll(hs.m.tour.boxLines), "\n")
		for _, word := range []string{"tab", "/", "?", "q"} {
			if !strings.Contains(box, word) {
				t.Errorf("%s: the last step's box does not name %q:\n%s", lang, word, box)
			}
		}
		if !strings.Contains(box, strings.Fields(hs.m.text.Tour.LastStep)[0]) {
			t.Errorf("%s: the last step's box lacks its words:\n%s", lang, box)
		}
		if strings.Contains(hs.screen(), hs.m.text.Tour.AutoHint) {
			t.Errorf("%s: the last step offers auto-advance", lang)
		}
		hs.keys("space")
		if hs.m.tour.active() || !strings.Contains(hs.screen(), hs.m.text.Tour.Finished) {
			t.Errorf("%s: space at the last step: in the tour %v:\n%s", lang, hs.m.tour.active(), hs.screen())
		}
		hs.keys("t")
		onStop(t, hs, 1)
	}
}

func ansiStripAll(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ansi.Strip(l)
	}
	return out
}

// tickRecorder stands in for tea.Tick: it counts the countdown's ticks
// asked for, and never sends them; the test sends them itself.
type tickRecorder struct{ asked int }

func (r *tickRecorder) tick(d time.Duration, _ func(time.Time) tea.Msg) tea.Cmd {
	if d == time.Second {
		r.asked++
	}
	return nil
}

// autoHarness is an explorer in the tour with a countdown of 10 s whose
// ticks the test sends itself (tick), recording those asked for.
func autoHarness(t *testing.T) (*harness, *tickRecorder, func()) {
	hs := newHarness(t, Options{TourPace: 10 * time.Second}, 80, 24)
	rec := &tickRecorder{}
	hs.m.tick = rec.tick
	return hs, rec, func() { hs.send(tourTick{hs.m.tour.seq}) }
}

// a starts a countdown, shown in the box, that advances the tour a step
// when it reaches 0 and starts again; a tick of an older countdown does
// nothing.
func TestTourAutoAdvance(t *testing.T) {
	t.Parallel()
	hs, rec, tick := autoHarness(t)
	hs.keys("t", "a")
	if !hs.m.tour.auto || rec.asked != 1 || !strings.Contains(hs.screen(), "next in 10s · a stops") {
		t.Fatalf("a: auto %v, %d ticks asked:\n%s", hs.m.tour.auto, rec.asked, hs.screen())
	}
	for range 9 {
		tick()
	}
	onStop(t, hs, 1)
	if !strings.Contains(hs.screen(), "next in 1s") || rec.asked != 10 {
		t.Fatalf("after 9 s: %d ticks asked:\n%s", rec.asked, hs.screen())
	}
	tick()
	onStop(t, hs, 2)
	if !strings.Contains(hs.screen(), "next in 10s") {
		t.Errorf("the countdown did not start again on step 2:\n%s", hs.screen())
	}
	hs.send(tourTick{hs.m.tour.seq - 1})
	if hs.m.tour.left != 10*time.Second {
		t.Errorf("a stale tick counted: %v left", hs.m.tour.left)
	}
	hs.keys("a")
	if hs.m.tour.auto || !strings.Contains(hs.screen(), "auto-advance off") {
		t.Errorf("a again: auto %v:\n%s", hs.m.tour.auto, hs.screen())
	}
}

// The countdown holds while the help is open, and goes on when it closes.
func TestTourAutoAdvanceHoldsForHelp(t *testing.T) {
	t.Parallel()
	hs, rec, tick := autoHarness(t)
	hs.keys("t", "a")
	tick()
	hs.keys("?")
	asked := rec.asked
	tick() // held: asks for no more
	if !hs.m.tour.held || rec.asked != asked || hs.m.tour.left != 9*time.Second {
		t.Fatalf("with the help open: held %v, %d more ticks, %v left", hs.m.tour.held, rec.asked-asked, hs.m.tour.left)
	}
	hs.keys("?")
	if hs.m.tour.held || rec.asked != asked+1 {
		t.Fatalf("the help closed: held %v, %d more ticks", hs.m.tour.held, rec.asked-asked)
	}
	tick()
	if hs.m.tour.left != 8*time.Second {
		t.Errorf("after the help: %v left", hs.m.tour.left)
	}
}

// esc stops the countdown: no tick is asked for, one on its way is stale,
// and auto-advance is off when the tour resumes.
func TestTourAutoAdvanceStopsOnLeave(t *testing.T) {
	t.Parallel()
	hs, rec, tick := autoHarness(t)
	hs.keys("t", "a", "esc")
	asked := rec.asked
	tick()
	if hs.m.tour.auto || hs.m.tour.counting() || rec.asked != asked {
		t.Fatalf("after esc: auto %v, %d more ticks", hs.m.tour.auto, rec.asked-asked)
	}
	hs.keys("t")
	onStop(t, hs, 1)
	if hs.m.tour.auto || strings.Contains(hs.screen(), "next in") {
		t.Error("auto-advance is back on after resuming")
	}
}

// At the last step there is nothing to advance to: a says so, and a
// countdown that reaches it stops.
func TestTourAutoAdvanceAtTheEnd(t *testing.T) {
	t.Parallel()
	hs, _, tick := autoHarness(t)
	hs.keys("t")
	for range 12 {
		hs.keys("right")
	}
	onStop(t, hs, 13)
	hs.keys("a")
	if hs.m.tour.auto || !strings.Contains(hs.screen(), "nothing to advance to") {
		t.Errorf("a at the last step: auto %v", hs.m.tour.auto)
	}
	hs.keys("left", "a")
	for range 10 {
		tick()
	}
	onStop(t, hs, 13)
	if hs.m.tour.counting() {
		t.Error("the countdown goes on at the last step")
	}
}

func TestTourPaceDefault(t *testing.T) {
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t", "a")
	if !strings.Contains(hs.screen(), "next in 30s") {
		t.Errorf("the default pace is not 30 s:\n%s", hs.screen())
	}
}

func TestParseTourPace(t *testing.T) {
	for in, want := range map[string]time.Duration{"5s": 5 * time.Second, "20s": 20 * time.Second, "1m30s": 90 * time.Second, "10m": 10 * time.Minute} {
		if got, err := ParseTourPace(in); err != nil || got != want {
			t.Errorf("ParseTourPace(%q) = %v, %v", in, got, err)
		}
	}
	for in, want := range map[string]string{
		"0": "out of range", "-5s": "out of range", "4s": "out of range", "10m1s": "out of range", "11m": "out of range",
		"2.5s": "out of range", "7.5s": "whole number of seconds", "fast": "not a duration", "": "not a duration",
	} {
		if _, err := ParseTourPace(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseTourPace(%q): %v, want %q", in, err, want)
		}
	}
}

// A pack without tour.md: t says so, and nothing else changes; asked to
// start in the tour, the explorer starts as usual and says it.
func TestTourWithoutTour(t *testing.T) {
	t.Parallel()
	s, err := model.LoadDir(filepath.Join("..", "testdata", "packs", "valid"))
	if err != nil {
		t.Fatal(err)
	}
	if s.Tour != nil {
		t.Fatal("the valid pack has a tour: the test needs one without")
	}
	for _, lang := range []model.Lang{model.English, model.Japanese} {
		hs := harnessFor(t, s, Options{}, 80, 24)
		hs.m.text = textFor(lang) // the pack is English; the words are the test's
		before, f := hs.shown(), hs.m.focus
		hs.keys("t")
		if hs.m.tour.active() || hs.shown() != before || hs.m.focus != f || !strings.Contains(hs.screen(), hs.m.text.Tour.NoTour) {
			t.Errorf("%s: t without a tour: in it %v, showing %q:\n%s", lang, hs.m.tour.active(), hs.shown(), hs.screen())
		}
	}
	hs := harnessFor(t, s, Options{Tour: true}, 80, 24)
	if hs.m.tour.active() || !strings.Contains(hs.screen(), "this story has no guided tour") {
		t.Errorf("Options.Tour without a tour:\n%s", hs.screen())
	}
}

// Options.Tour starts at the first step, as dealtui tour and a server
// session do.
func TestTourOption(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{Tour: true}, 80, 24)
	onStop(t, hs, 1)
	hs.keys("right")
	onStop(t, hs, 2)
}

// s shows what the step cites, and the item again; esc from there leaves
// the tour on the item.
func TestTourStepSources(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t", "s")
	if hs.m.reader.view != viewStepSources || !strings.Contains(hs.screen(), "Step 1 of 13: its sources") || !strings.Contains(hs.screen(), "2 cited, with the step's source notes") {
		t.Fatalf("s: view %v:\n%s", hs.m.reader.view, hs.screen())
	}
	for _, id := range []string{"P01", "B01", "N01"} {
		if !strings.Contains(strings.Join(ansiStripAll(hs.m.reader.lines), "\n"), id) {
			t.Errorf("the step's sources lack %s", id)
		}
	}
	hs.keys("s")
	onStop(t, hs, 1)
	hs.keys("s", "right")
	onStop(t, hs, 2)
	hs.keys("s", "esc")
	if hs.m.tour.active() || hs.m.reader.view != viewItem || hs.shown() != hs.m.story.TourStops()[1].Entry.Base().ID {
		t.Errorf("esc from the step's sources: view %v, showing %q", hs.m.reader.view, hs.shown())
	}
}

// A click outside the box leaves the tour, as esc does, and then does
// what it does; a click in the box does nothing; the wheel on the item
// scrolls it.
func TestTourMouse(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 120, 40)
	hs.keys("t", "right")
	box := hs.m.lay.tour
	hs.click(box.X+5, box.Y+1)
	onStop(t, hs, 2)
	r := hs.m.lay.reader.content
	hs.send(tea.MouseWheelMsg{X: r.X + 2, Y: r.Y + 2, Button: tea.MouseWheelDown})
	onStop(t, hs, 2)
	if hs.m.reader.offset() == 0 {
		t.Error("the wheel did not scroll the item")
	}
	hs.send(tea.MouseWheelMsg{X: box.X + 2, Y: box.Y + 2, Button: tea.MouseWheelDown})
	onStop(t, hs, 2)
	span := hs.m.lay.tabs[model.PaneJapan]
	hs.click((span.x0+span.x1)/2, 1)
	if hs.m.tour.active() || hs.m.focus != (focus{model.PaneJapan, areaList}) {
		t.Errorf("a click on a tab: in the tour %v, focus %+v", hs.m.tour.active(), hs.m.focus)
	}
	hs.keys("t")
	onStop(t, hs, 2)
	hs.click(r.X+2, r.Y+r.H-1)
	if hs.m.tour.active() {
		t.Error("a click on the item did not leave the tour")
	}
	hs.keys("t")
	l := hs.m.lay.list.content
	hs.send(tea.MouseWheelMsg{X: l.X + 2, Y: l.Y + 2, Button: tea.MouseWheelDown})
	if hs.m.tour.active() {
		t.Error("the wheel on the list did not leave the tour")
	}
}

// Resizing keeps the step, the box and the phrase in view; below the
// smallest size the too-small screen shows, and the tour comes back.
func TestTourResize(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 80, 24)
	hs.keys("t", "right", "right", "right", "right", "right", "right")
	for _, sz := range [][2]int{{60, 20}, {120, 40}, {30, 10}, {40, 12}, {200, 50}, {80, 24}} {
		hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		view := hs.m.View().Content
		checkFits(t, view, sz[0], sz[1])
		if sz[0] < minWidth || sz[1] < minHeight {
			if !strings.Contains(ansi.Strip(view), "Terminal too small") {
				t.Errorf("%v: not the too-small screen", sz)
			}
			continue
		}
		onStop(t, hs, 7)
		if hs.m.lay.tour.empty() {
			t.Errorf("%v: no box", sz)
		}
		if sz[1] >= 20 {
			checkPhraseInView(t, hs, fmt.Sprint(sz))
		}
	}
}

// checkPhraseInView fails unless the step's phrase is highlighted on a
// line of the reader on screen, and the item's title is on screen: at
// the top of the reader, or in its title line.
func checkPhraseInView(t *testing.T, hs *harness, where string) {
	t.Helper()
	r := hs.m.reader
	st := hs.m.tour.stop()
	if len(r.matches) == 0 || r.matchAt < 0 {
		t.Errorf("%s, step %d: %q is not highlighted in %q", where, st.Number, st.Phrase, st.Item)
		return
	}
	line := r.matches[r.matchAt]
	if !r.onScreen(line) {
		t.Errorf("%s, step %d: %q is on line %d, off screen (lines %d–%d)", where, st.Number, st.Phrase, line, r.offset(), r.offset()+r.height-1)
		return
	}
	screen := hs.screen()
	if !strings.Contains(screen, strings.TrimRight(ansi.Strip(r.lines[line]), " ")) {
		t.Errorf("%s, step %d: the highlighted line is not on the screen", where, st.Number)
	}
	title := st.Entry.Base().Title
	if r.offset() > 0 && !strings.Contains(screen, "▸ "+title) {
		t.Errorf("%s, step %d: the item is scrolled and its title %q is not in the reader's title line:\n%s", where, st.Number, title, screen)
	}
	if r.offset() == 0 && !strings.Contains(ansi.Strip(r.lines[0]), strings.Fields(title)[0]) {
		t.Errorf("%s, step %d: the reader does not start with the item's title", where, st.Number)
	}
}

// Every step, at 80×24 and 60×20 (and larger), in both languages:
// the phrase highlighted and on screen, the title named, the frame
// within the terminal.
func TestTourPhraseInViewEveryStep(t *testing.T) {
	t.Parallel()
	for _, lang := range []model.Lang{model.English, model.Japanese} {
		s := testStory(t)
		if lang == model.Japanese {
			s = japaneseStory(t)
		}
		for _, sz := range [][2]int{{80, 24}, {60, 20}, {100, 30}, {120, 40}, {200, 50}} {
			hs := harnessFor(t, s, Options{Theme: ThemeDark, Tour: true}, sz[0], sz[1])
			for n := 1; n <= len(s.TourStops()); n++ {
				if n > 1 {
					hs.keys("space")
				}
				where := fmt.Sprintf("%s %dx%d", lang, sz[0], sz[1])
				onStop(t, hs, n)
				checkFits(t, hs.m.View().Content, sz[0], sz[1])
				checkPhraseInView(t, hs, where)
				if cut := strings.Contains(strings.Join(ansiStripAll(hs.m.tour.boxLines), ""), "…"); cut {
					t.Errorf("%s, step %d: the narration is cut:\n%s", where, n, hs.screen())
				}
			}
		}
	}
}

// Every frame of the tour fits the terminal, at sizes from the smallest
// up, in every theme.
func TestTourFramesFit(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{40, 12}, {41, 13}, {45, 15}, {50, 16}, {60, 20}, {79, 23}, {80, 24}, {89, 30}, {90, 30}, {100, 25}, {120, 40}, {139, 45}, {140, 45}, {200, 50}, {39, 30}, {100, 11}}
	for i, sz := range sizes[:runs(10, len(sizes))] {
		opts := []Options{{Theme: ThemeDark}, {Theme: ThemeLight}, {Theme: ThemeDark, Profile: colorprofile.ASCII}}[i%3]
		opts.Tour = true
		hs := newHarness(t, opts, sz[0], sz[1])
		for n := range 13 {
			if n > 0 {
				hs.keys("space")
			}
			if err := fits(hs.m.View().Content, sz[0], sz[1]); err != nil {
				t.Fatalf("step %d: %v", n+1, err)
			}
		}
	}
}

// Below 60×20 the narration comes first and may be cut, but the
// phrase's line is still on screen.
func TestTourSmallScreens(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{45, 14}, {40, 12}, {50, 16}} {
		hs := newHarness(t, Options{Tour: true}, sz[0], sz[1])
		for n := 1; n <= 13; n++ {
			if n > 1 {
				hs.keys("space")
			}
			r := hs.m.reader
			if len(r.matches) == 0 || !r.onScreen(r.matches[max(r.matchAt, 0)]) {
				t.Errorf("%v, step %d: the phrase's line is off screen (offset %d, height %d, matches %v)", sz, n, r.offset(), r.height, r.matches)
			}
		}
	}
}

// At random sizes, in both languages, every step's phrase is found and
// its first line is on screen, and the frame fits.
func TestTourPhraseFoundAtAnySize(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(21, 3))
	for i := range runs(12, 60) {
		s := testStory(t)
		if i%2 == 1 {
			s = japaneseStory(t)
		}
		w, h := minWidth+rng.IntN(160), minHeight+rng.IntN(50)
		hs := harnessFor(t, s, Options{Tour: true}, w, h)
		for n := 1; n <= len(s.TourStops()); n++ {
			if n > 1 {
				hs.keys("space")
			}
			r := hs.m.reader
			if len(r.matches) == 0 || !r.onScreen(r.matches[max(r.matchAt, 0)]) {
				t.Errorf("%s %dx%d, step %d: the phrase is not found or off screen (offset %d, height %d, matches %v)", s.Lang, w, h, n, r.offset(), r.height, r.matches)
			}
			checkFits(t, hs.m.View().Content, w, h)
		}
	}
}
