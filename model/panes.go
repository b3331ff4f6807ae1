package model

import "fmt"

// Pane is one of the parts the story is told in. The order of the panes,
// and of the sections within them, is defined here once: the explorer's
// tabs, the text and Markdown exports and the JSON document all follow it.
type Pane int

// The panes, in reading order.
const (
	PaneTimeline Pane = iota
	PaneDeal
	PaneJapan
	PaneImpact
	PaneGlossary
	PaneCount
)

// Panes lists every pane in reading order.
func Panes() []Pane {
	return []Pane{PaneTimeline, PaneDeal, PaneJapan, PaneImpact, PaneGlossary}
}

// Name is the pane's word on the command line (--pane) and in JSON.
func (p Pane) Name() string {
	return [...]string{"timeline", "deal", "japan", "impact", "glossary"}[p]
}

// Title is the pane's heading.
func (p Pane) Title() string {
	return [...]string{"Timeline", "Deal changes", "Japan", "Wider impact", "Glossary"}[p]
}

// ParsePane reads a pane's name.
func ParsePane(name string) (Pane, error) {
	for _, p := range Panes() {
		if p.Name() == name {
			return p, nil
		}
	}
	return 0, fmt.Errorf("unknown pane %q: want one of %s", name, joinNames(Panes()))
}

// PaneNames lists the panes' names, in order.
func PaneNames() []string {
	out := make([]string, 0, PaneCount)
	for _, p := range Panes() {
		out = append(out, p.Name())
	}
	return out
}

func joinNames(ps []Pane) string {
	s := ""
	for i, p := range ps {
		if i > 0 {
			s += ", "
		}
		s += p.Name()
	}
	return s
}

// PaneOf gives the pane an entry is shown in. The story overview heads the
// wider-impact pane, with the article's framing.
func PaneOf(e Entry) Pane {
	switch e.(type) {
	case *Term:
		return PaneDeal
	case *Implication:
		return PaneJapan
	case *Impact, *Intro:
		return PaneImpact
	case *Glossary:
		return PaneGlossary
	}
	return PaneTimeline
}

// Section is a titled run of entries within a pane.
type Section struct {
	Pane    Pane
	Title   string
	Entries []Entry
}

// Sections gives the story's parts in reading order, titled in its
// language, each pane split into its sections (the wider impact by
// group). The story overview is not in any section: it comes before them
// all.
func (s *Story) Sections() []Section { return s.sections(s.Labels()) }

// sections gives the sections, titled by l, or untitled when l is nil:
// what needs only their entries does not make the labels, as it may run
// while the story is loaded.
func (s *Story) sections(l *Labels) []Section {
	if l == nil {
		l = &Labels{}
	}
	out := []Section{
		{PaneTimeline, l.PaneTimeline, entries(s.Timeline)},
		{PaneDeal, l.PaneDeal, entries(s.Terms)},
		{PaneJapan, l.SectionJapan, entries(s.Japan)},
	}
	for _, g := range Groups() {
		var in []Entry
		for _, i := range s.Impact {
			if i.Group == g {
				in = append(in, i)
			}
		}
		out = append(out, Section{PaneImpact, l.GroupTitle(g), in})
	}
	return append(out, Section{PaneGlossary, l.PaneGlossary, entries(s.Glossary)})
}

// PaneGroups gives the titled groups of a pane's entries, in order, for a
// pane that has more than one (the wider impact: the overview, then its
// groups); nil for the others.
func (s *Story) PaneGroups(p Pane) []Section {
	var out []Section
	if p == PaneImpact && s.Intro != nil {
		out = append(out, Section{PaneImpact, s.Labels().Overview, []Entry{s.Intro}})
	}
	for _, sec := range s.Sections() {
		if sec.Pane == p && len(sec.Entries) > 0 {
			out = append(out, sec)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// PaneEntries gives the entries of one pane in order: its sections, one
// after the other, with the story overview first in the wider impact.
func (s *Story) PaneEntries(p Pane) []Entry {
	var out []Entry
	if p == PaneImpact && s.Intro != nil {
		out = append(out, s.Intro)
	}
	for _, sec := range s.sections(nil) {
		if sec.Pane == p {
			out = append(out, sec.Entries...)
		}
	}
	return out
}

// Entries lists every story item in reading order: the overview, then each
// pane's sections.
func (s *Story) Entries() []Entry {
	out := make([]Entry, 0, len(s.entries))
	if s.Intro != nil {
		out = append(out, s.Intro)
	}
	for _, sec := range s.sections(nil) {
		out = append(out, sec.Entries...)
	}
	return out
}

func entries[T Entry](items []T) []Entry {
	out := make([]Entry, len(items))
	for i, it := range items {
		out[i] = it
	}
	return out
}
