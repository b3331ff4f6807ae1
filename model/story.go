// Package model is the story as data: it loads and validates a content pack,
// searches it and exports it. It never styles and never talks to a terminal.
package model

// Kinds of content file, one per folder of a content pack.
const (
	KindStory  = "story"
	KindEvent  = "event"
	KindTerm   = "term"
	KindJapan  = "japan"
	KindImpact = "impact"
	KindNote   = "note"
	KindBlock  = "block"
	KindFact   = "fact"
)

// Provenance says where an item's claims come from.
const (
	FromArticle    = "article"
	FromBackground = "background"
)

// Item holds what every story item has, whatever its pane.
type Item struct {
	ID         string   `json:"id"`
	Kind       string   `json:"kind"`
	Title      string   `json:"title"`
	Summary    string   `json:"summary"`
	Provenance string   `json:"provenance"`
	Citations  []string `json:"citations"`
	Related    []string `json:"related"`
	Notes      []string `json:"notes"`
	Body       string   `json:"body"`
	// File is the content file the item came from, relative to the pack.
	File string `json:"-"`
}

// Base gives the common part of any entry; it is promoted to every type that
// embeds Item, which makes them all Entries.
func (it *Item) Base() *Item { return it }

// Entry is any item that can be shown on its own: the story, an event, a
// term, a Japan implication or a wider impact.
type Entry interface {
	Base() *Item
}

// Event is a point on the timeline.
type Event struct {
	Item
	Date         Date   `json:"date"`
	WhatChanged  string `json:"what_changed"`
	WhyItMatters string `json:"why_it_matters"`
}

// Parties that can gain from a deal term.
const (
	GainsMicrosoft = "microsoft"
	GainsOpenAI    = "openai"
	GainsBoth      = "both"
	GainsCustomers = "customers"
	GainsNeither   = "neither"
)

// Term is one clause of the deal, before and after the April 2026 amendment.
type Term struct {
	Item
	Before  string `json:"before"`
	After   string `json:"after"`
	Gains   string `json:"gains"`
	Changed bool   `json:"changed"`
}

// Implication is what the change means for Japan: a company, a sector or a
// policy aim, what the change enables there, and the caveats.
type Implication struct {
	Item
	Subject string   `json:"subject"`
	Enables string   `json:"enables"`
	Caveats []string `json:"caveats"`
}

// Groups of wider-impact items.
const (
	GroupBusiness = "business"
	GroupOutlook  = "outlook"
)

// Impact is a wider consequence for businesses, or part of the article's
// framing and outlook.
type Impact struct {
	Item
	Group string `json:"group"`
}

// Intro is the story item: what happened and how the article frames it.
type Intro struct {
	Item
	Date Date `json:"date"`
}

// Note is a source note: a correction or clarification of the article.
type Note struct {
	ID        string   `json:"id"`
	Title     string   `json:"title"`
	Summary   string   `json:"summary"`
	Blocks    []string `json:"blocks"`
	Citations []string `json:"citations"`
	Body      string   `json:"body"`
	File      string   `json:"-"`
}

// Roles of an article block.
const (
	RoleBody      = "body"
	RoleHeading   = "heading"
	RolePublisher = "publisher"
)

// Block is the source digest entry for one article block: our account of
// what it says, never its text.
type Block struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	Role    string `json:"role"`
	Summary string `json:"summary"`
	File    string `json:"-"`
}

// Fact is the source digest entry for one background fact.
type Fact struct {
	ID      string `json:"id"`
	Date    Date   `json:"date"`
	Section string `json:"section"`
	Summary string `json:"summary"`
	Source  string `json:"source"`
	File    string `json:"-"`
}

// Story is a whole, validated content pack.
type Story struct {
	Intro    *Intro
	Timeline []*Event // in date order
	Terms    []*Term
	Japan    []*Implication
	Impact   []*Impact
	Notes    []*Note
	Blocks   []*Block
	Facts    []*Fact

	entries map[string]Entry
	notes   map[string]*Note
	blocks  map[string]*Block
	facts   map[string]*Fact
}

// Entry finds a story item by id.
func (s *Story) Entry(id string) (Entry, bool) {
	e, ok := s.entries[id]
	return e, ok
}

// Note finds a source note by id.
func (s *Story) Note(id string) (*Note, bool) {
	n, ok := s.notes[id]
	return n, ok
}

// Entries lists every story item in reading order: the intro, then the
// timeline, the deal terms, Japan and the wider impact.
func (s *Story) Entries() []Entry {
	out := make([]Entry, 0, len(s.entries))
	out = append(out, s.Intro)
	for _, e := range s.Timeline {
		out = append(out, e)
	}
	for _, t := range s.Terms {
		out = append(out, t)
	}
	for _, j := range s.Japan {
		out = append(out, j)
	}
	for _, i := range s.Impact {
		out = append(out, i)
	}
	return out
}
