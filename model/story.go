package model

// Item holds what every story item has, whatever its pane.
type Item struct {
	ID         string     `json:"id"`
	Kind       Kind       `json:"kind"`
	Title      string     `json:"title"`
	Summary    string     `json:"summary"`
	Provenance Provenance `json:"provenance"`
	Citations  []string   `json:"citations"`
	Related    []string   `json:"related"`
	Notes      []string   `json:"notes"`
	// Terms lists the glossary entries the item uses.
	Terms []string `json:"terms"`
	Body  string   `json:"body"`
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

// Term is one clause of the deal, before and after the April 2026 amendment.
type Term struct {
	Item
	Before string `json:"before"`
	After  string `json:"after"`
	Gains  Gains  `json:"gains"`
	// Changed is true when the amendment changed the term; Status says
	// the same in words, and can say the sources do not tell.
	Changed bool       `json:"changed"`
	Status  TermStatus `json:"status"`
}

// Implication is what the change means for Japan: a company, a sector or a
// policy aim, what the change enables there, and the caveats.
type Implication struct {
	Item
	Subject Subject  `json:"subject"`
	Enables string   `json:"enables"`
	Caveats []string `json:"caveats"`
}

// Impact is a wider consequence for businesses, or part of the article's
// framing and outlook.
type Impact struct {
	Item
	Group Group `json:"group"`
}

// Intro is the story item: what happened and how the article frames it.
type Intro struct {
	Item
	Date Date `json:"date"`
}

// Glossary is a glossary entry: a term the story uses, defined plainly,
// and what it means in this deal.
type Glossary struct {
	Item
	InThisDeal string `json:"in_this_deal"`
	// Match lists the words and phrases whose presence in an item's text
	// means the item uses the term.
	Match []string `json:"match"`
}

// Note is a source note: a correction or clarification of the article.
type Note struct {
	ID        string     `json:"id"`
	Title     string     `json:"title"`
	Summary   string     `json:"summary"`
	Blocks    []string   `json:"blocks"`
	Citations []string   `json:"citations"`
	Origin    NoteOrigin `json:"origin"`
	Body      string     `json:"body"`
	File      string     `json:"-"`
}

// Block is the source digest entry for one article block: our account of
// what it says, never its text.
type Block struct {
	ID      string `json:"id"`
	Section string `json:"section"`
	Role    Role   `json:"role"`
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
	// Lang is the language the pack is written in (story.md's lang).
	Lang Lang
	// Aliases are the pack's search aliases (story.md's aliases): groups
	// of phrases that name the same thing, as written.
	Aliases [][]string

	Intro    *Intro
	Timeline []*Event // in date order
	Terms    []*Term
	Japan    []*Implication
	Impact   []*Impact // in group order, then file order
	Glossary []*Glossary
	Notes    []*Note
	Blocks   []*Block
	Facts    []*Fact
	// Tour is the guided tour of tour.md; nil when the pack has none.
	Tour *Tour

	index  searchIndex
	alias  aliasIndex
	vocab  vocabulary
	screen screenForm
	labels labelsOnce

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
