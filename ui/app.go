// Package ui is the interactive explorer, a Bubble Tea program.
package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/model"
)

// Model is the root model of the explorer.
type Model struct {
	story         *model.Story
	width, height int
}

// New builds the explorer for a story.
func New(s *model.Story, _ Options) Model { return Model{story: s} }

// Init starts nothing yet.
func (m Model) Init() tea.Cmd { return nil }

// Update handles quitting and resizes.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

// View shows the story title.
func (m Model) View() tea.View {
	v := tea.NewView(m.story.Intro.Title + "\n\nThe explorer is being built. Press q to quit.")
	v.AltScreen = true
	return v
}

// Run starts the explorer and returns when the user quits.
func Run(ctx context.Context, s *model.Story, opts Options) error {
	_, err := tea.NewProgram(New(s, opts), tea.WithContext(ctx)).Run()
	return err
}
