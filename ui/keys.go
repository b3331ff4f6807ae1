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
	Sources, ChangedOnly, Copy   key.Binding
	Help, Quit, ForceQuit        key.Binding
	Suspend                      key.Binding

	// While the search box is open.
	SearchAccept, SearchCancel, SearchUp, SearchDown, SearchSuggest key.Binding

	// The guided tour: t starts it; the others work during it.
	Tour, TourNext, TourPrev, TourSources, TourAuto, TourLeave key.Binding

	groups    [6]string // the help's group titles
	tourGroup string
}

// DefaultKeyMap is the key map described in DESIGN.md, described in
// English (the README's key table and the man page follow it).
func DefaultKeyMap() KeyMap { return keyMapWith(enText()) }

// keyMapWith is the key map with its help in a language's words.
func keyMapWith(t *uiText) KeyMap {
	w := t.KeyHelp
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	k := func(keys ...string) []string { return keys }
	return KeyMap{
		groups:   t.HelpGroups,
		NextPane: b(k("tab"), "tab", w.NextPane),
		PrevPane: b(k("shift+tab"), "shift+tab", w.PrevPane),
		Timeline: b(k("1"), "1", w.Timeline),
		Deal:     b(k("2"), "2", w.Deal),
		Japan:    b(k("3"), "3", w.Japan),
		Impact:   b(k("4"), "4", w.Impact),
		Glossary: b(k("5"), "5", w.Glossary),
		Overview: b(k("o"), "o", w.Overview),

		Up:       b(k("up", "k"), "↑/k", w.Up),
		Down:     b(k("down", "j"), "↓/j", w.Down),
		Left:     b(k("left", "h"), "←/h", w.Left),
		Right:    b(k("right", "l"), "→/l", w.Right),
		Open:     b(k("enter"), "enter", w.Open),
		Back:     b(k("esc"), "esc", w.Back),
		HistBack: b(k("["), "[", w.HistBack),
		HistFwd:  b(k("]"), "]", w.HistFwd),

		PageUp:       b(k("pgup"), "pgup", w.PageUp),
		PageDown:     b(k("pgdown"), "pgdn", w.PageDown),
		HalfPageUp:   b(k("ctrl+u"), "ctrl+u", w.HalfPageUp),
		HalfPageDown: b(k("ctrl+d"), "ctrl+d", w.HalfPageDown),
		Top:          b(k("g", "home"), "g/home", w.Top),
		Bottom:       b(k("G", "end"), "G/end", w.Bottom),

		Search:      b(k("/"), "/", w.Search),
		NextMatch:   b(k("n"), "n", w.NextMatch),
		PrevMatch:   b(k("N"), "N", w.PrevMatch),
		Sources:     b(k("s"), "s", w.Sources),
		ChangedOnly: b(k("c"), "c", w.ChangedOnly),
		Copy:        b(k("y"), "y", w.Copy),
		Help:        b(k("?"), "?", w.Help),
		Quit:        b(k("q"), "q", w.Quit),
		ForceQuit:   b(k("ctrl+c"), "ctrl+c", w.ForceQuit),
		Suspend:     b(k("ctrl+z"), "ctrl+z", w.Suspend),

		SearchAccept:  b(k("enter"), "enter", w.SearchAccept),
		SearchCancel:  b(k("esc"), "esc", w.SearchCancel),
		SearchUp:      b(k("up", "ctrl+p"), "↑/ctrl+p", w.SearchUp),
		SearchDown:    b(k("down", "ctrl+n"), "↓/ctrl+n", w.SearchDown),
		SearchSuggest: b(k("tab"), "tab", w.SearchSuggest),

		tourGroup:   t.Tour.HelpGroup,
		Tour:        b(k("t"), "t", t.Tour.KeyTour),
		TourNext:    b(k("space", "right", "l", "enter"), "space/→", t.Tour.KeyNext),
		TourPrev:    b(k("left", "h"), "←", t.Tour.KeyPrev),
		TourSources: b(k("s"), "s", t.Tour.KeySources),
		TourAuto:    b(k("a"), "a", t.Tour.KeyAuto),
		TourLeave:   b(k("esc"), "esc", t.Tour.KeyLeave),
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
	g := k.groups
	return []HelpGroup{
		{g[0], []key.Binding{k.NextPane, k.PrevPane, k.Timeline, k.Deal, k.Japan, k.Impact, k.Glossary, k.Overview}},
		{g[1], []key.Binding{k.Up, k.Down, k.Left, k.Right, k.Open, k.Back, k.HistBack, k.HistFwd}},
		{g[2], []key.Binding{k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom}},
		{g[3], []key.Binding{k.Search, k.NextMatch, k.PrevMatch, k.Sources, k.ChangedOnly, k.Copy}},
		{g[4], []key.Binding{k.SearchDown, k.SearchUp, k.SearchAccept, k.SearchCancel, k.SearchSuggest}},
		{k.tourGroup, []key.Binding{k.Tour, k.TourNext, k.TourPrev, k.TourSources, k.TourAuto, k.TourLeave}},
		{g[5], []key.Binding{k.Help, k.Quit, k.ForceQuit, k.Suspend}},
	}
}
