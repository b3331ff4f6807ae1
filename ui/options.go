package ui

import (
	"fmt"
	"time"

	"github.com/charmbracelet/colorprofile"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// Theme chooses the colours.
type Theme int

// Themes.
const (
	ThemeAuto Theme = iota // ask the terminal, dark until it answers
	ThemeDark
	ThemeLight
)

// ThemeNames lists the names --theme accepts.
func ThemeNames() []string { return []string{"auto", "dark", "light"} }

// ParseTheme reads auto, dark or light.
func ParseTheme(s string) (Theme, error) {
	switch s {
	case "", "auto":
		return ThemeAuto, nil
	case "dark":
		return ThemeDark, nil
	case "light":
		return ThemeLight, nil
	}
	return ThemeAuto, fmt.Errorf("unknown theme %q: want auto, dark or light", s)
}

// Options are how the explorer starts.
type Options struct {
	Theme Theme
	Pane  model.Pane
	Item  string // id of the item to open at; empty for the pane's first
	Mouse bool   // capture the mouse
	// LightGuess starts an automatic theme light: the environment said
	// the background is light (termcap.DarkBackground, COLORFGBG). The
	// terminal's answer to the background query still decides.
	LightGuess bool
	// Profile is the terminal's colour profile (termcap.Profile), when
	// known; Bubble Tea converts colours to it. ASCII or less draws
	// without colour, keeping bold, underline and reverse (NO_COLOR, or
	// a terminal without colours).
	Profile colorprofile.Profile
	// Renders is a render cache to share with other explorers (the
	// sessions of a server); nil gives the explorer its own.
	Renders *mdrender.Cache
	// Suspend lets ctrl+z suspend the program, as a shell job. A server
	// leaves it off.
	Suspend bool
	// Tour starts the explorer in the guided tour, at its first step (t
	// does the same later). A story without a tour starts as usual, and
	// says it has none.
	Tour bool
	// TourPace is how long the tour's auto-advance (a) stays on a step;
	// 0 is DefaultTourPace. ParseTourPace reads and checks it.
	TourPace time.Duration
}

// The pace of the tour's auto-advance: its default and its limits.
const (
	DefaultTourPace = 30 * time.Second
	MinTourPace     = 5 * time.Second
	MaxTourPace     = 10 * time.Minute
)

// ParseTourPace reads a duration for the tour's auto-advance (20s,
// 1m30s): whole seconds, from MinTourPace to MaxTourPace, as its countdown
// shows seconds.
func ParseTourPace(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	switch {
	case err != nil:
		return 0, fmt.Errorf("%q is not a duration: write it as 20s, 45s or 1m30s", s)
	case d < MinTourPace || d > MaxTourPace:
		return 0, fmt.Errorf("%q is out of range: from %v to %v", s, MinTourPace, shortMinutes(MaxTourPace))
	case d%time.Second != 0:
		return 0, fmt.Errorf("%q is not a whole number of seconds", s)
	}
	return d, nil
}

// shortMinutes writes a whole number of minutes as 10m, not 10m0s.
func shortMinutes(d time.Duration) string { return fmt.Sprintf("%dm", int(d/time.Minute)) }

// tourPace is the pace to use: the option's, or the default.
func (o Options) tourPace() time.Duration {
	if o.TourPace <= 0 {
		return DefaultTourPace
	}
	return o.TourPace
}

func (o Options) noColor() bool {
	return o.Profile != colorprofile.Unknown && termcap.NoColour(o.Profile)
}
