package ui

import (
	"fmt"

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
}

func (o Options) noColor() bool {
	return o.Profile != colorprofile.Unknown && termcap.NoColour(o.Profile)
}
