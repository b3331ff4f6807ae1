package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

// Line is what the program shows.
const Line = "bubble tea baseline: ready"

// frameRate is dealtui's (ui.frameRate): a baseline at Bubble Tea's
// default 60 would reach its first frame later for that reason alone.
const frameRate = 120

type model struct{}

func (model) Init() tea.Cmd { return nil }

func (m model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

func (model) View() tea.View {
	v := tea.NewView(Line)
	v.AltScreen = true
	return v
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "init" {
		return // package initialisation only, for GODEBUG=inittrace=1
	}
	if _, err := tea.NewProgram(model{}, tea.WithFPS(frameRate)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}
