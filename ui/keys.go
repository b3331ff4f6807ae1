package ui

import "charm.land/bubbles/v2/key"

// KeyMap holds every key binding of the explorer. Keys are only ever
// matched through it (key.Matches), and the help, the footer, the man page
// and the README's key table are all made from it.
type KeyMap struct {
	NextPane, PrevPane                      key.Binding
	Timeline, Deal, Japan, Impact, Glossary key.Binding
	Overview                                key.Binding

	Up, Down, Left, Right key.Binding
	Open, Back            key.Binding
	HistBack, HistFwd     key.Binding

	PageUp, PageDown, HalfPageUp, HalfPageDown, Top, Bottom key.Binding

	Search, NextMatch, PrevMatch key.Binding
	Sources, ChangedOnly         key.Binding
	Help, Quit, ForceQuit        key.Binding
	Suspend                      key.Binding

	// While the search box is open.
	SearchAccept, SearchCancel, SearchUp, SearchDown key.Binding
}

// DefaultKeyMap is the key map described in DESIGN.md.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := func(keys ...string) []string { return keys }
	return KeyMap{
		NextPane: b(k("tab"), "tab", "list, reader, next pane"),
		PrevPane: b(k("shift+tab"), "shift+tab", "previous pane"),
		Timeline: b(k("1"), "1", "timeline"),
		Deal:     b(k("2"), "2", "deal changes"),
		Japan:    b(k("3"), "3", "Japan"),
		Impact:   b(k("4"), "4", "wider impact"),
		Glossary: b(k("5"), "5", "glossary"),
		Overview: b(k("o"), "o", "story overview"),

		Up:       b(k("up", "k"), "↑/k", "up"),
		Down:     b(k("down", "j"), "↓/j", "down"),
		Left:     b(k("left", "h"), "←/h", "earlier event · previous link"),
		Right:    b(k("right", "l"), "→/l", "later event · next link"),
		Open:     b(k("enter"), "enter", "open"),
		Back:     b(k("esc"), "esc", "close the reader, then back"),
		HistBack: b(k("["), "[", "back to where you were"),
		HistFwd:  b(k("]"), "]", "forward again"),

		PageUp:       b(k("pgup"), "pgup", "page up"),
		PageDown:     b(k("pgdown"), "pgdn", "page down"),
		HalfPageUp:   b(k("ctrl+u"), "ctrl+u", "half page up"),
		HalfPageDown: b(k("ctrl+d"), "ctrl+d", "half page down"),
		Top:          b(k("g", "home"), "g/home", "top"),
		Bottom:       b(k("G", "end"), "G/end", "bottom"),

		Search:      b(k("/"), "/", "search"),
		NextMatch:   b(k("n"), "n", "next match"),
		PrevMatch:   b(k("N"), "N", "previous match"),
		Sources:     b(k("s"), "s", "cited sources"),
		ChangedOnly: b(k("c"), "c", "changed terms only"),
		Help:        b(k("?"), "?", "help"),
		Quit:        b(k("q"), "q", "quit"),
		ForceQuit:   b(k("ctrl+c"), "ctrl+c", "quit, from anywhere"),
		Suspend:     b(k("ctrl+z"), "ctrl+z", "suspend (fg to return)"),

		SearchAccept: b(k("enter"), "enter", "go to result"),
		SearchCancel: b(k("esc"), "esc", "cancel"),
		SearchUp:     b(k("up", "ctrl+p"), "↑/ctrl+p", "previous result (or earlier query)"),
		SearchDown:   b(k("down", "ctrl+n"), "↓/ctrl+n", "next result"),
	}
}

// HelpGroup is one titled column of the full help.
type HelpGroup struct {
	Title    string
	Bindings []key.Binding
}

// Groups gives every binding in the full help's columns; the README's key
// table and the man page follow it.
func (k KeyMap) Groups() []HelpGroup {
	return []HelpGroup{
		{"Panes", []key.Binding{k.NextPane, k.PrevPane, k.Timeline, k.Deal, k.Japan, k.Impact, k.Glossary, k.Overview}},
		{"Move", []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Open, k.Back, k.HistBack, k.HistFwd}},
		{"Scroll", []key.Binding{k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom}},
		{"Find and show", []key.Binding{k.Search, k.NextMatch, k.PrevMatch, k.Sources, k.ChangedOnly}},
		{"In search", []key.Binding{k.SearchDown, k.SearchUp, k.SearchAccept, k.SearchCancel}},
		{"Program", []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}},
	}
}
