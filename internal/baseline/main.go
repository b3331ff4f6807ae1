// Command baseline is the smallest Bubble Tea v2 program: it prints one
// line and quits on q or ctrl+c. scripts/bench measures its time to first
// frame beside dealtui's: what any Bubble Tea program pays to start.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

// Line is what the program shows.
const Line = "bubble tea baseline: ready"

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

func (model) View() tea.View { return tea.NewView(Line) }

func main() {
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}
