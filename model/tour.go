package model

// Tour is a guided path through the story, defined by the pack's tour.md:
// steps in order, each showing one item with a short narration of ours
// and the sources that narration rests on. A pack without tour.md has
// none (Story.Tour is nil).
type Tour struct {
	// Title and Intro are optional; a front end that shows the tour names
	// it in its own words when Title is empty.
	Title string      `json:"title"`
	Intro string      `json:"intro"`
	Steps []*TourStep `json:"steps"`
	File  string      `json:"-"`
}

// TourStep is one stop of the tour: the item it shows, a phrase of that
// item's text to point at, and the narration with its sources.
type TourStep struct {
	// Item is the id of a story item (in any pane, the glossary too); the
	// step's pane is the item's (PaneOf).
	Item string `json:"item"`
	// Phrase, when not empty, occurs in the item's text as Highlight finds
	// it: the words a front end highlights in the item.
	Phrase    string `json:"phrase"`
	Narration string `json:"narration"`
	// Citations lists the article blocks and background facts the
	// narration rests on (at least one); Notes, the source notes a reader
	// of this step should see.
	Citations []string `json:"citations"`
	Notes     []string `json:"notes"`
}

// Highlight is the query that finds the step's phrase in its item's text,
// as the search finds a quoted phrase (Query.Matches gives the places to
// highlight); it is empty when the step has no phrase.
func (st *TourStep) Highlight() Query {
	if st.Phrase == "" {
		return Query{}
	}
	return ParseQuery(`"` + st.Phrase + `"`)
}

// TourStop is a step of the tour with what it names looked up.
type TourStop struct {
	*TourStep
	// Number counts from 1; Of is how many steps the tour has.
	Number, Of int
	Entry      Entry
	Pane       Pane
}

// TourStops gives the tour's steps, resolved, in order; none when the
// story has no tour. Load has checked that every step's item exists.
func (s *Story) TourStops() []TourStop {
	if s.Tour == nil {
		return nil
	}
	out := make([]TourStop, 0, len(s.Tour.Steps))
	for i, st := range s.Tour.Steps {
		e, ok := s.Entry(st.Item)
		if !ok {
			continue
		}
		out = append(out, TourStop{TourStep: st, Number: i + 1, Of: len(s.Tour.Steps), Entry: e, Pane: PaneOf(e)})
	}
	return out
}

// StepSources resolves a step's citations against the source digest,
// article blocks first, as Cites does for an item.
func (s *Story) StepSources(st *TourStep) []Citation {
	return s.Cites(&Item{Citations: st.Citations})
}

// SourcesLine says where a text with these citations comes from, in the
// words ProvenanceLine uses for an item: from the article when any
// article block is cited, else background.
func (s *Story) SourcesLine(ids []string) string {
	it := Item{Provenance: FromBackground, Citations: ids}
	if article, _ := SplitCitations(ids); len(article) > 0 {
		it.Provenance = FromArticle
	}
	return s.ProvenanceLine(&it)
}
