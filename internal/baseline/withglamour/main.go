// Command withglamour is the baseline program (internal/baseline) with the
// Markdown stack linked in: Glamour, and through it Chroma, Goldmark and
// Bluemonday, whose package initialisation runs before main. It renders no
// Markdown. scripts/bench times its first frame to show what of dealtui's
// time to first frame is the libraries' start-up cost rather than
// dealtui's own work.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
)

// Line is what the program shows.
const Line = "bubble tea baseline with glamour: ready"

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

// render keeps Glamour linked, as dealtui has it; it is never called
// before the first frame.
var render = glamour.Render

func main() {
	if len(os.Args) > 1 && os.Args[1] == "render" {
		out, err := render("# linked", "dark")
		fmt.Print(out, err)
		return
	}
	if _, err := tea.NewProgram(model{}).Run(); err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}
