package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// Golden frames of the root view: each pane at three sizes, on dark and
// light backgrounds and without colour. Regenerate with
// go test ./ui -run TestGoldenViews -update.
func TestGoldenViews(t *testing.T) {
	t.Parallel()
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		for _, p := range model.Panes() {
			name := fmt.Sprintf("%dx%d/%s", sz[0], sz[1], p.Name())
			t.Run(name, func(t *testing.T) {
				hs := newHarness(t, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				view := hs.m.View().Content
				checkFits(t, view, sz[0], sz[1])
				golden.RequireEqual(t, ansi.Strip(view))
			})
		}
	}
}

// One frame per theme, twice: with its escape codes (raw, in
// TestGoldenColour/raw), and as a reviewer can read it (styleGrid: the
// text, a letter per cell for its style, and the legend of the styles'
// colours and attributes). Regenerate with go test ./ui -run
// TestGoldenColour -update.
func TestGoldenColour(t *testing.T) {
	for _, th := range goldenThemes() {
		hs := newHarness(t, th.opts, 120, 40)
		frame := hs.m.View().Content
		t.Run("raw/"+th.name, func(t *testing.T) { golden.RequireEqual(t, frame) })
		t.Run("grid/"+th.name, func(t *testing.T) { golden.RequireEqual(t, styleGrid(frame, 120, 40)) })
	}
}

// goldenTheme is a theme the colour golden frames are drawn in.
type goldenTheme struct {
	name string
	opts Options
}

func goldenThemes() []goldenTheme {
	return []goldenTheme{
		{"dark", Options{Theme: ThemeDark}},
		{"light", Options{Theme: ThemeLight}},
		{"nocolor", Options{Theme: ThemeDark, Profile: colorprofile.ASCII}},
	}
}

func TestGoldenTooSmall(t *testing.T) {
	for _, sz := range [][2]int{{39, 12}, {40, 11}, {20, 5}, {1, 1}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			hs := newHarness(t, Options{Theme: ThemeDark}, sz[0], sz[1])
			view := hs.m.View().Content
			checkFits(t, view, sz[0], sz[1])
			golden.RequireEqual(t, ansi.Strip(view))
		})
	}
}

func TestNoColorHasNoColour(t *testing.T) {
	for _, p := range model.Panes() {
		hs := newHarness(t, Options{Theme: ThemeDark, Profile: colorprofile.ASCII, Pane: p}, 120, 40)
		frames := []string{hs.m.View().Content}
		hs.keys("enter", "s")
		frames = append(frames, hs.m.View().Content)
		for _, frame := range frames {
			if hasColour(frame) {
				t.Errorf("pane %v: colour codes in a NO_COLOR frame", p)
			}
		}
	}
}

// hasColour reports an SGR sequence that sets a foreground or background
// colour (30–49, 90–107, or extended 38/48).
func hasColour(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] != 0x1b || s[i+1] != '[' {
			continue
		}
		j := i + 2
		for j < len(s) && s[j] != 'm' && j-i < 64 {
			j++
		}
		params := s[i+2 : j]
		n := 0
		for k := 0; k <= len(params); k++ {
			if k == len(params) || params[k] == ';' || params[k] == ':' {
				if (n >= 30 && n <= 49) || (n >= 90 && n <= 107) {
					return true
				}
				n = 0
				continue
			}
			n = n*10 + int(params[k]-'0')
		}
	}
	return false
}

// At 70 columns with the reader on the whole screen, the tabs leave room
// for "› Reader", and the reader's title gives way to its percentage,
// cut with "…" (review follow-up: "› Re", a title cut short with no mark).
func TestNarrowReaderHeader(t *testing.T) {
	hs := newHarness(t, Options{Theme: ThemeDark, Item: "event-2025-definitive-agreement"}, 70, 30)
	hs.keys("enter", "pgdown")
	lines := strings.Split(hs.screen(), "\n")
	if !strings.Contains(lines[1], "› Reader") {
		t.Errorf("tab line %q", lines[1])
	}
	if !strings.Contains(lines[3], "…") || !strings.Contains(lines[3], "%") {
		t.Errorf("reader title %q: want a title cut with … and the percentage", lines[3])
	}
	checkFits(t, hs.m.View().Content, 70, 30)
}

// While the search box is open its results have the screen: the narrow
// tabs do not claim the reader, and say so again once it is closed.
func TestNarrowReaderTabWhileSearching(t *testing.T) {
	hs := newHarness(t, Options{Theme: ThemeDark}, 80, 24)
	hs.keys("enter", "/")
	if tabs := strings.Split(hs.screen(), "\n")[1]; strings.Contains(tabs, "› Reader") {
		t.Errorf("searching, the tabs say %q", tabs)
	}
	hs.keys("esc")
	if tabs := strings.Split(hs.screen(), "\n")[1]; !strings.Contains(tabs, "› Reader") {
		t.Errorf("back in the reader, the tabs say %q", tabs)
	}
}
