package ui

import (
	"fmt"
	"image/color"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

// fuzzKeys are the named keys a fuzz byte can press.
var fuzzKeys = []string{
	"enter", "esc", "tab", "shift+tab", "up", "down", "left", "right", "pgup", "pgdown", "home", "end",
	"ctrl+u", "ctrl+d", "ctrl+n", "ctrl+p", "space", "/", "?", "n", "N", "s", "c", "g", "G",
	"j", "k", "h", "l", "1", "2", "3", "4", "x", "S", "ctrl+c", "q",
}

// fuzzRunes are characters worth typing into the search: wide, combining,
// right-to-left, invisible, emoji.
var fuzzRunes = []rune{'a', 'S', 'o', 'f', 't', ' ', '-', '2', '0', '富', '士', '通', 'é', '\u0301', '\u202e', '\u200b', '🙂', 'ﾃ', '\u3000', 'İ', 'ſ', 'K'}

// uiStep is one message decoded from fuzz bytes, and how many it used.
func uiStep(data []byte) (tea.Msg, int) {
	b := func(i int) byte {
		if i < len(data) {
			return data[i]
		}
		return 0
	}
	op := b(0)
	switch {
	case op < 120: // a named key
		return keyMsg(fuzzKeys[int(op)%len(fuzzKeys)]), 1
	case op < 160: // a printable character
		r := fuzzRunes[int(b(1))%len(fuzzRunes)]
		if b(1) >= 128 {
			r = rune(0x20 + int(b(1))%0x5f) // ASCII
		}
		return tea.KeyPressMsg{Code: r, Text: string(r)}, 2
	case op < 175: // a paste of raw bytes (controls, escapes, invalid UTF-8 included)
		n := int(b(1)) % 64
		end := min(2+n, len(data))
		return tea.PasteMsg{Content: string(data[min(2, end):end])}, 2 + n
	case op < 200: // a click
		btn := []tea.MouseButton{tea.MouseLeft, tea.MouseLeft, tea.MouseLeft, tea.MouseRight, tea.MouseMiddle}[int(b(3))%5]
		return tea.MouseClickMsg{X: int(b(1)), Y: int(b(2)) % 128, Button: btn}, 4
	case op < 215: // the wheel
		btn := []tea.MouseButton{tea.MouseWheelUp, tea.MouseWheelDown, tea.MouseWheelLeft, tea.MouseWheelRight}[int(b(3))%4]
		return tea.MouseWheelMsg{X: int(b(1)), Y: int(b(2)) % 128, Button: btn}, 4
	case op < 220:
		return tea.MouseMotionMsg{X: int(b(1)), Y: int(b(2)) % 128}, 3
	case op < 225:
		return tea.MouseReleaseMsg{X: int(b(1)), Y: int(b(2)) % 128, Button: tea.MouseLeft}, 3
	case op < 245: // a resize
		w, h := fuzzSize(b(1), b(2))
		return tea.WindowSizeMsg{Width: w, Height: h}, 3
	case op < 250: // the terminal answers the background query
		if b(1)%2 == 0 {
			return tea.BackgroundColorMsg{Color: color.RGBA{0xfa, 0xfa, 0xfa, 0xff}}, 2
		}
		return tea.BackgroundColorMsg{Color: color.RGBA{0x10, 0x10, 0x10, 0xff}}, 2
	case op < 253:
		return tea.FocusMsg{}, 1
	default:
		return tea.BlurMsg{}, 1
	}
}

// fuzzSize decodes a terminal size: mostly 0–299 × 0–119, sometimes the
// extremes 1×1 and 1000×500.
func fuzzSize(a, b byte) (int, int) {
	switch {
	case a == 255 && b == 255:
		return 1000, 500
	case a == 254:
		return 1, 1
	}
	return int(a) * 300 / 254, int(b) * 120 / 256
}

// checkFrame is what every frame must be: no larger than the terminal,
// with no escape sequence but SGR and no control character but newline in
// what the model draws, and nothing unsafe at all once guarded.
func checkFrame(view string, w, h int) error {
	if w <= 0 || h <= 0 {
		if view != "" {
			return fmt.Errorf("a %dx%d terminal got a frame", w, h)
		}
		return nil
	}
	if err := fits(view, w, h); err != nil {
		return err
	}
	if why := onlySGR(view, true); why != "" {
		return fmt.Errorf("model frame: %s", why)
	}
	if g := termsafe.Frame(view); g != view {
		if why := onlySGR(g, false); why != "" {
			return fmt.Errorf("guarded frame: %s", why)
		}
	}
	return nil
}

// onlySGR reports the first escape sequence that is not SGR, or control
// character other than newline, in s; with allowInvisible false, also the
// first bidirectional or invisible character.
func onlySGR(s string, allowInvisible bool) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := termsafe.SGRLen(s[i:])
			if n == 0 {
				return fmt.Sprintf("escape sequence %q at byte %d", s[i:min(i+12, len(s))], i)
			}
			i += n
			continue
		case c == '\n':
		case c < 0x20 || c == 0x7f:
			return fmt.Sprintf("control %#x at byte %d", c, i)
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				return fmt.Sprintf("invalid UTF-8 at byte %d", i)
			}
			if (r >= 0x80 && r <= 0x9f) || (!allowInvisible && termsafe.IsUnsafe(r)) {
				return fmt.Sprintf("character %U at byte %d", r, i)
			}
			i += size
			continue
		}
		i++
	}
	return ""
}

// FuzzUI decodes the fuzz bytes into options, a size and a sequence of
// key, mouse, paste, resize and terminal messages, applies them to the
// root model as the Bubble Tea loop would (renders included), and checks
// every frame: it never panics, and every view fits the terminal (no line
// wider by display width, no more lines) and carries no control sequence
// but SGR.
func FuzzUI(f *testing.F) {
	seeds := [][]byte{
		{0, 0},
		{120, 40, 0},
		{200, 50, 1, 0, 1, 2, 3, 4, 5, 6, 7},
		{80, 24, 2, 17, 140, 1, 140, 2, 140, 3, 0, 4},                      // search, type, enter
		{39, 12, 0, 230, 40, 12, 230, 39, 11, 230, 1, 1, 230, 0, 0},        // around "too small"
		{255, 255, 0, 0, 1, 2, 3},                                          // 1000×500
		{254, 0, 0, 1, 2, 3},                                               // 1×1
		{100, 30, 3, 160, 10, 27, 93, 53, 50, 59, 99, 59, 7, 10, 0},        // paste with escapes
		{140, 45, 0, 180, 10, 1, 0, 180, 60, 20, 0, 205, 60, 20, 1, 8},     // clicks and wheel
		{90, 30, 4, 9, 9, 9, 9, 245, 1, 246, 0, 0, 34, 35, 36, 28, 29, 30}, // help, themes
		{60, 20, 5, 24, 24, 3, 3, 4, 0, 0, 25, 25, 0, 0, 36},               // sources, changed, quit
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		story, err := embeddedStory()
		if err != nil {
			t.Fatal(err)
		}
		if len(data) < 3 {
			data = append(data, make([]byte, 3-len(data))...)
		}
		w, h := fuzzSize(data[0], data[1])
		o := data[2]
		opts := Options{
			Theme:   Theme(o % 3),
			Profile: profileFor(o&4 != 0),
			Mouse:   o&8 == 0,
			Pane:    model.Pane(int(o>>4) % int(model.PaneCount)),
		}
		hs := harnessFor(t, story, opts, w, h)
		check := func(what string) {
			if err := checkFrame(hs.m.View().Content, w, h); err != nil {
				t.Fatalf("after %s: %v\n%s", what, err, ansi.Strip(hs.m.View().Content))
			}
		}
		check("start")
		data = data[3:]
		for steps := 0; len(data) > 0 && steps < 300 && !hs.quit; steps++ {
			msg, n := uiStep(data)
			data = data[min(n, len(data)):]
			if ws, ok := msg.(tea.WindowSizeMsg); ok {
				w, h = ws.Width, ws.Height
			}
			// Deliver the message itself (the harness would drop the mouse
			// motion, release and focus messages), then what it leads to.
			_, cmd := hs.m.Update(msg)
			hs.send(cmd)
			check(fmt.Sprintf("step %d (%T %v)", steps, msg, msg))
		}
	})
}

// Many sizes in a row, from 0×0 to 1000×500, as a resize storm delivers
// them: every frame fits. A quick run takes 60 of the 200 generated sizes.
func TestResizeStormFits(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{}, 120, 40)
	sizes := [][2]int{{0, 0}, {1, 1}, {1000, 500}, {40, 12}, {39, 12}, {40, 11}, {2, 300}, {300, 2}, {89, 30}, {90, 30}, {139, 40}, {140, 40}}
	for i := range runs(60, 200) {
		sizes = append(sizes, [2]int{(i * 37) % 260, (i * 53) % 90})
	}
	for i, sz := range sizes {
		hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		if i%3 == 0 {
			hs.keys([]string{"tab", "right", "enter", "s", "esc"}[i%5])
		}
		if err := checkFrame(hs.m.View().Content, sz[0], sz[1]); err != nil {
			t.Fatalf("%dx%d: %v", sz[0], sz[1], err)
		}
	}
}

// profileFor is a colour profile with or without colour.
func profileFor(noColour bool) colorprofile.Profile {
	if noColour {
		return colorprofile.ASCII
	}
	return colorprofile.TrueColor
}
