package main

import (
	"fmt"
	"os"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/glamour/v2"
)

// Line is what the program shows above the snippet.
const Line = "bubble tea baseline with glamour: ready"

const frameRate = 120

// snippet is a little Markdown of the kinds dealtui's items hold: a
// paragraph with emphasis and a list.
const snippet = `The **exclusive** partnership gives way to a *multi-partnership* framework:

- OpenAI may serve its products on any cloud.
- Microsoft keeps its licence to OpenAI's IP until 2032.
`

type model struct{ body string }

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

func (m model) View() tea.View {
	v := tea.NewView(Line + "\n" + m.body)
	v.AltScreen = true
	return v
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "init" {
		return // package initialisation only, for GODEBUG=inittrace=1
	}
	r, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(80))
	if err == nil {
		var body string
		if body, err = r.Render(snippet); err == nil {
			err = run(strings.TrimSpace(body))
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "baseline:", err)
		os.Exit(1)
	}
}

func run(body string) error {
	_, err := tea.NewProgram(model{body}, tea.WithFPS(frameRate)).Run()
	return err
}
