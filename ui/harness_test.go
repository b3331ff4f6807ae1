package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func testStory(t testing.TB) *model.Story {
	t.Helper()
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// harness drives a Model synchronously, running the commands it returns
// (renders included) until none are left, as the Bubble Tea loop would.
type harness struct {
	t    testing.TB
	m    Model
	quit bool
}

func newHarness(t testing.TB, opts Options, w, h int) *harness {
	t.Helper()
	hs := &harness{t: t, m: New(testStory(t), opts)}
	hs.send(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

// send delivers a message, or runs a command, and everything that follows.
func (hs *harness) send(v any) {
	queue := []any{v}
	for steps := 0; len(queue) > 0; steps++ {
		if steps > 1000 {
			hs.t.Fatal("update loop did not settle")
		}
		next := queue[0]
		queue = queue[1:]
		switch x := next.(type) {
		case nil:
		case tea.Cmd:
			if x != nil {
				queue = append(queue, runCmd(x))
			}
		case tea.Msg:
			if isQuit(x) {
				hs.quit = true
				continue
			}
			if cmds, ok := cmdList(x); ok {
				for _, c := range cmds {
					queue = append(queue, c)
				}
				continue
			}
			if x == nil {
				continue
			}
			if _, ok := x.(tea.BackgroundColorMsg); !ok && reflect.TypeOf(x).PkgPath() == "charm.land/bubbletea/v2" && !isInput(x) {
				continue // terminal requests the harness does not answer
			}
			nm, cmd := hs.m.Update(x)
			hs.m = nm.(Model)
			queue = append(queue, cmd)
		}
	}
}

func isInput(msg tea.Msg) bool {
	switch msg.(type) {
	case tea.KeyPressMsg, tea.WindowSizeMsg, tea.MouseClickMsg, tea.MouseWheelMsg, tea.PasteMsg:
		return true
	}
	return false
}

func isQuit(msg tea.Msg) bool {
	_, ok := msg.(tea.QuitMsg)
	return ok
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

// runCmd runs a command, giving up on ones that wait (timers, terminal
// queries).
func runCmd(c tea.Cmd) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(2 * time.Second):
		return nil
	}
}

func (hs *harness) keys(keys ...string) {
	for _, k := range keys {
		hs.send(keyMsg(k))
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "left":
		return tea.KeyPressMsg{Code: tea.KeyLeft}
	case "right":
		return tea.KeyPressMsg{Code: tea.KeyRight}
	case "pgup":
		return tea.KeyPressMsg{Code: tea.KeyPgUp}
	case "pgdown":
		return tea.KeyPressMsg{Code: tea.KeyPgDown}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "ctrl+c", "ctrl+u", "ctrl+d", "ctrl+n", "ctrl+p":
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
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

func (hs *harness) selectedID() string {
	if e := hs.m.reader.entry; e != nil {
		return e.Base().ID
	}
	return ""
}
