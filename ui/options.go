package ui

import (
	"fmt"
	"strings"
)

// Theme chooses the colours.
type Theme int

// Themes.
const (
	ThemeAuto Theme = iota // ask the terminal, dark until it answers
	ThemeDark
	ThemeLight
)

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

// Pane identifies one of the tabbed panes.
type Pane int

// Panes, in tab order.
const (
	PaneTimeline Pane = iota
	PaneDeal
	PaneJapan
	PaneImpact
	paneCount
)

// PaneNames lists the names --pane accepts, in tab order.
func PaneNames() []string { return []string{"timeline", "deal", "japan", "impact"} }

// ParsePane reads a pane name; empty means the timeline.
func ParsePane(s string) (Pane, error) {
	if s == "" {
		return PaneTimeline, nil
	}
	for i, n := range PaneNames() {
		if s == n {
			return Pane(i), nil
		}
	}
	return PaneTimeline, fmt.Errorf("unknown pane %q: want one of %s", s, strings.Join(PaneNames(), ", "))
}

// Options are how the explorer starts.
type Options struct {
	Theme Theme
	Pane  Pane
	Item  string // id of the item to open at; empty for the first
	Mouse bool   // capture the mouse
	// NoColor drops all colour (NO_COLOR, or output that is not a terminal).
	NoColor bool
}
