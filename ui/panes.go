package ui

import "github.com/dealtui/dealtui/model"

// focus is what the keyboard drives: one of the four panes or the reader.
type focus int

const (
	focusTimeline focus = iota
	focusDeal
	focusJapan
	focusImpact
	focusReader
	focusCount
)

func (f focus) pane() (Pane, bool) {
	if f < focusReader {
		return Pane(f), true
	}
	return 0, false
}

func (p Pane) focus() focus { return focus(p) }

func (p Pane) title() string {
	return [...]string{"Timeline", "Deal changes", "Japan", "Wider impact"}[p]
}

// shortTitle is the tab label for narrow terminals.
func (p Pane) shortTitle() string {
	return [...]string{"Time", "Deal", "Japan", "Impact"}[p]
}

// paneOf gives the pane an entry is shown in; the story intro heads the
// wider-impact pane, with the article's framing.
func paneOf(e model.Entry) Pane {
	switch e.(type) {
	case *model.Term:
		return PaneDeal
	case *model.Implication:
		return PaneJapan
	case *model.Impact, *model.Intro:
		return PaneImpact
	}
	return PaneTimeline
}

// paneEntries gives the entries of each pane, in order.
func paneEntries(s *model.Story) [paneCount][]model.Entry {
	var out [paneCount][]model.Entry
	for p := range paneCount {
		out[p] = s.PaneEntries(model.Pane(p))
	}
	return out
}
