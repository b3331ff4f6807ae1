package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the explorer. The help views and the
// README key table are generated from it.
type KeyMap struct {
	NextPane     key.Binding
	PrevPane     key.Binding
	Timeline     key.Binding
	Deal         key.Binding
	Japan        key.Binding
	Impact       key.Binding
	Up           key.Binding
	Down         key.Binding
	Left         key.Binding
	Right        key.Binding
	Open         key.Binding
	Back         key.Binding
	PageUp       key.Binding
	PageDown     key.Binding
	HalfPageUp   key.Binding
	HalfPageDown key.Binding
	Top          key.Binding
	Bottom       key.Binding
	Search       key.Binding
	NextMatch    key.Binding
	PrevMatch    key.Binding
	Sources      key.Binding
	ChangedOnly  key.Binding
	Help         key.Binding
	Quit         key.Binding

	// While the search input is open.
	SearchAccept key.Binding
	SearchCancel key.Binding
	SearchUp     key.Binding
	SearchDown   key.Binding
}

// DefaultKeyMap is the key map described in DESIGN.md.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		NextPane:     key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next pane")),
		PrevPane:     key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous pane")),
		Timeline:     key.NewBinding(key.WithKeys("1"), key.WithHelp("1", "timeline")),
		Deal:         key.NewBinding(key.WithKeys("2"), key.WithHelp("2", "deal changes")),
		Japan:        key.NewBinding(key.WithKeys("3"), key.WithHelp("3", "Japan")),
		Impact:       key.NewBinding(key.WithKeys("4"), key.WithHelp("4", "wider impact")),
		Up:           key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up")),
		Down:         key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down")),
		Left:         key.NewBinding(key.WithKeys("left", "h"), key.WithHelp("←/h", "earlier event")),
		Right:        key.NewBinding(key.WithKeys("right", "l"), key.WithHelp("→/l", "later event")),
		Open:         key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "open")),
		Back:         key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		PageUp:       key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:     key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		HalfPageUp:   key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", "half page up")),
		HalfPageDown: key.NewBinding(key.WithKeys("ctrl+d"), key.WithHelp("ctrl+d", "half page down")),
		Top:          key.NewBinding(key.WithKeys("g", "home"), key.WithHelp("g/home", "top")),
		Bottom:       key.NewBinding(key.WithKeys("G", "end"), key.WithHelp("G/end", "bottom")),
		Search:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "search")),
		NextMatch:    key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "next match")),
		PrevMatch:    key.NewBinding(key.WithKeys("N"), key.WithHelp("N", "previous match")),
		Sources:      key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "cited sources")),
		ChangedOnly:  key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "changed only")),
		Help:         key.NewBinding(key.WithKeys("?"), key.WithHelp("?", "help")),
		Quit:         key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", "quit")),

		SearchAccept: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "go to result")),
		SearchCancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel")),
		SearchUp:     key.NewBinding(key.WithKeys("up", "ctrl+p"), key.WithHelp("↑/ctrl+p", "previous result")),
		SearchDown:   key.NewBinding(key.WithKeys("down", "ctrl+n"), key.WithHelp("↓/ctrl+n", "next result")),
	}
}

// HelpGroup is one titled column of the full help.
type HelpGroup struct {
	Title    string
	Bindings []key.Binding
}

// Groups gives every binding in the full help's columns; README's key
// table follows it.
func (k KeyMap) Groups() []HelpGroup {
	return []HelpGroup{
		{"Panes", []key.Binding{k.NextPane, k.PrevPane, k.Timeline, k.Deal, k.Japan, k.Impact}},
		{"Move", []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Open, k.Back}},
		{"Scroll", []key.Binding{k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom}},
		{"Find and show", []key.Binding{k.Search, k.NextMatch, k.PrevMatch, k.Sources, k.ChangedOnly, k.Help, k.Quit}},
		{"In search", []key.Binding{k.SearchDown, k.SearchUp, k.SearchAccept, k.SearchCancel}},
	}
}
