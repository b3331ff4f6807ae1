package ui

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/model"
)

// embeddedStory is the story loaded once for all the tests, as a server
// loads it once for all its sessions: nothing in ui changes a Story.
var embeddedStory = sync.OnceValues(func() (*model.Story, error) { return model.Load(content.FS()) })

// japaneseStory is the built-in Japanese edition.
func japaneseStory(t testing.TB) *model.Story {
	t.Helper()
	s, err := compiled.StoryIn(model.Japanese)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func testStory(t testing.TB) *model.Story {
	t.Helper()
	s, err := embeddedStory()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// harness drives a Model synchronously, running the commands it returns
// (renders included) until none are left, as the Bubble Tea loop would.
// A command that does not return in time fails the test: nothing the
// explorer asks for may hang. Status messages do not expire on their own
// (the harness sends statusExpired when a test wants it).
type harness struct {
	t    testing.TB
	m    *Model
	quit bool
}

// cmdTimeout is how long a command may take, race detector and a busy
// machine included.
const cmdTimeout = 30 * time.Second

func newHarness(t testing.TB, opts Options, w, h int) *harness {
	t.Helper()
	return harnessFor(t, testStory(t), opts, w, h)
}

// testRenders is one render cache for the tests' explorers, as a server's
// sessions share one: the same renderings are not made again in every
// test. A test that must start cold passes its own in Options.Renders.
var testRenders = sync.OnceValue(func() *mdrender.Cache {
	c := mdrender.NewCache(mdrender.DefaultCacheBytes, cmdTimeout)
	return c
})

func harnessFor(t testing.TB, s *model.Story, opts Options, w, h int) *harness {
	t.Helper()
	if opts.Renders == nil {
		opts.Renders = testRenders()
	}
	hs := &harness{t: t, m: New(s, opts)}
	hs.m.tick = func(time.Duration, func(time.Time) tea.Msg) tea.Cmd { return nil }
	hs.send(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send delivers a message, or runs a command, and everything that follows.
func (hs *harness) send(v any) {
	hs.t.Helper()
	queue := []any{v}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 5000 {
			hs.t.Fatal("update loop did not settle")
		}
		next := queue[0]
		queue = queue[1:]
		switch x := next.(type) {
		case nil:
		case tea.Cmd:
			if x != nil {
				queue = append(queue, hs.runCmd(x))
			}
		case tea.Msg:
			queue = append(queue, hs.deliver(x)...)
		}
	}
}

// deliver gives a message to the model, or opens a batch or sequence.
func (hs *harness) deliver(msg tea.Msg) []any {
	if _, ok := msg.(tea.QuitMsg); ok {
		hs.quit = true
		return nil
	}
	if cmds, ok := cmdList(msg); ok {
		out := make([]any, len(cmds))
		for i, c := range cmds {
			out[i] = c
		}
		return out
	}
	if msg == nil || (reflect.TypeOf(msg).PkgPath() == "charm.land/bubbletea/v2" && !isInput(msg)) {
		return nil // terminal requests the harness does not answer
	}
	_, cmd := hs.m.Update(msg)
	return []any{cmd}
}

func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.WindowSizeMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg, tea.BackgroundColorMsg, tea.ResumeMsg:
		return true
	}
	return false
}

// cmdList opens tea.Batch and tea.Sequence messages.
func cmdList(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != reflect.TypeOf((tea.Cmd)(nil)) {
		return nil, false
	}
	out := make([]tea.Cmd, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface().(tea.Cmd)
	}
	return out, true
}

// runCmd runs a command, failing the test if it does not return.
func (hs *harness) runCmd(c tea.Cmd) tea.Msg {
	hs.t.Helper()
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(cmdTimeout):
		hs.t.Fatalf("a command did not return within %v", cmdTimeout)
		return nil
	}
}

func (hs *harness) keys(keys ...string) {
	hs.t.Helper()
	for _, k := range keys {
		hs.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	special := map[string]tea.KeyPressMsg{
		"enter": {Code: tea.KeyEnter}, "esc": {Code: tea.KeyEscape}, "tab": {Code: tea.KeyTab},
		"shift+tab": {Code: tea.KeyTab, Mod: tea.ModShift}, "up": {Code: tea.KeyUp}, "down": {Code: tea.KeyDown},
		"left": {Code: tea.KeyLeft}, "right": {Code: tea.KeyRight}, "pgup": {Code: tea.KeyPgUp},
		"pgdown": {Code: tea.KeyPgDown}, "home": {Code: tea.KeyHome}, "end": {Code: tea.KeyEnd},
		"space": {Code: tea.KeySpace, Text: " "}, "backspace": {Code: tea.KeyBackspace},
	}
	if msg, ok := special[k]; ok {
		return msg
	}
	if rest, ok := strings.CutPrefix(k, "ctrl+"); ok {
		return tea.KeyPressMsg{Code: rune(rest[0]), Mod: tea.ModCtrl}
	}
	r := []rune(k)[0]
	msg := tea.KeyPressMsg{Code: r, Text: k}
	if r >= 'A' && r <= 'Z' {
		msg.Code, msg.ShiftedCode, msg.Mod = r+'a'-'A', r, tea.ModShift
	}
	return msg
}

func (hs *harness) typeText(s string) {
	for _, r := range s {
		hs.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// screen is the frame as plain text.
func (hs *harness) screen() string { return ansi.Strip(hs.m.View().Content) }

// shown is the id of what the reader shows.
func (hs *harness) shown() string {
	if e := hs.m.reader.entry; e != nil {
		return e.Base().ID
	}
	return ""
}

// click clicks at a point of the screen.
func (hs *harness) click(x, y int) {
	hs.t.Helper()
	hs.send(tea.MouseClickMsg{X: x, Y: y, Button: tea.MouseLeft})
}

// checkFits fails when the frame is larger than the terminal.
func checkFits(t testing.TB, view string, w, h int) {
	t.Helper()
	if err := fits(view, w, h); err != nil {
		t.Fatal(err)
	}
}

func fits(view string, w, h int) error {
	lines := strings.Split(view, "\n")
	if view != "" && len(lines) > h {
		return fmt.Errorf("%d lines on a %d-line terminal (%dx%d)", len(lines), h, w, h)
	}
	for i, l := range lines {
		if lw := ansi.StringWidth(l); lw > w {
			return fmt.Errorf("line %d is %d wide on a %d-column terminal (%dx%d): %q", i, lw, w, w, h, ansi.Strip(l))
		}
	}
	return nil
}

// runs is how many cases a property or storm test tries: a sample in the
// quick go test ./..., all of them with -tags integration.
func runs(sample, full int) int {
	if integrationRun {
		return full
	}
	return sample
}
