package model

import (
	"fmt"
	"strings"
	"sync"
)

// Labels are the words model writes around a pack's own text, in one
// language: section titles, the names of an item's fields, the deal
// table's head, who gains and a term's status, provenance, and the lines
// of the exports and of the reader's source views. Every field is set in
// every language (a test checks it); a field whose name ends in a format
// (its comment gives the English) takes its values with fmt, in the order
// the English does. The explorer may take pane titles and the words of
// the vocabulary from here too.
//
// LabelsFor gives the labels of a language; Story.Labels those of the
// story's language, which its exports use.
type Labels struct {
	Lang Lang

	// Pane titles (Pane.Title) and the exports' section titles.
	PaneTimeline, PaneDeal, PaneJapan, PaneImpact, PaneGlossary string
	SectionJapan                                                string // the Japan pane's section: "Implications for Japan"
	// The wider impact's groups: section titles (Group.Title) and short
	// tags (Group.Label).
	GroupBusiness, GroupOutlook, GroupQuestions string
	TagBusiness, TagOutlook, TagQuestions       string

	// Who gains from a term (Gains.Label) and its status (TermStatus.Label).
	GainsMicrosoft, GainsOpenAI, GainsBoth, GainsCustomers, GainsNeither  string
	StatusChanged, StatusUnchanged, StatusNotStated, StatusNotStatedShort string
	// What a Japan implication is about, what an article block is, and who
	// made a source note.
	SubjectCompany, SubjectSector, SubjectPolicy, SubjectOutlook string
	RoleBody, RoleHeading, RolePublisher                         string
	OriginEditorial, OriginOurs                                  string

	// Names of an item's fields, in its details and the reader.
	Date, WhatChanged, WhyItMatters          string
	Before, After, WhoGains, Status          string
	Subject, Enables, Caveats, PartOf        string
	InThisDeal, Section, Role, Source        string
	About, RestsOn, From, NotInArticle       string
	DetailFormat                             string // a field in a list: "**%s:** %s"
	DetailHeadFormat                         string // a field whose values follow as a list: "**%s:**"
	ProseFormat                              string // a field as a paragraph: "**%s.** %s"
	ProseHeadFormat                          string // a paragraph's head with a list after it: "**%s.**"
	BackgroundExplained, NothingBeyondSource string // a fact's "Not in the article", a note citing nothing

	// The deal table's head, and a term stacked when the table is narrow.
	HeadTerm, HeadBefore, HeadAfter, HeadGains, HeadStatus string
	StackedTermFormat                                      string // "* %s (%s; gains %s)": title, status, who gains
	StackedBefore, StackedAfter                            string

	// Provenance, terms and notes under an item.
	FromArticleFormat   string // "From the article (%s)": the article blocks
	AlsoBackground      string // "; background: ", before the background facts
	OnlyBackground      string // "Background, not in the article: "
	SourceGroupFormat   string // "%s (%s)": background facts, their source
	ListSep, GroupSep   string // between ids, between sources: ", ", "; "
	TermsFormat         string // "Terms: %s": the glossary entries
	TermsSep            string // between them: "; "
	SourcesFormat       string // "Sources: %s": the provenance line
	NoteFormat          string // "Source note %s: %s": id, summary
	EventTitleFormat    string // "%s — %s": date, title
	StatusSuffixFormat  string // " (%s)": a term's status after its title
	AtAGlance           string // "At a glance:", before the deal table
	Overview            string // "Overview": the story's own sections, in the Markdown export
	SourceNotes         string // "Source notes"
	NoteTextFormat      string // "%s %s (about %s): %s": id, title, blocks, summary
	NoteMarkdownFormat  string // "**%s — %s** (about %s): %s"
	NoteReaderFormat    string // "**%s %s** (about %s): %s"
	SourceDigest        string // "Source digest"
	DigestArticle       string // "The article"
	DigestBackground    string // "Background facts"
	TextDigestArticle   string // "Source digest: the article"
	TextDigestFacts     string // "Source digest: background facts"
	DigestArticleNote   string // "Our account of each block of the article, not its text."
	BlockTextFormat     string // "%s [%s, %s] %s": id, section, role, summary
	FactTextFormat      string // "%s [%s] %s Source: %s.": id, date, summary, source
	BlockMarkdownFormat string // "**%s** (%s, %s): %s"
	FactMarkdownFormat  string // "**%s** (%s): %s — *%s*"

	// The reader's views of an item's sources and of one source.
	ArticleHeading   string // "From the article"
	EachBlockNote    string // "Our account of each block, not its text."
	NotInArticleNote string // "Not in the article: public statements, named with their date."
	CitedBlockFormat string // "**%s** (%s): %s": id, section, summary
	CitedFactFormat  string // "**%s** (%s): %s": id, source (which names its date), summary
	ThisBlockNote    string // "Our account of this block of the article, not its text."
	BlockTitleFormat string // "%s · article, %s": id, section
	FactTitleFormat  string // "%s · background fact": id
	NoteTitleFormat  string // "%s · source note: %s": id, title

	// The guided tour's exports (print --format tour and tour-text).
	TourTitle        string // "Guided tour": a tour without a title of its own
	TourStepFormat   string // "%s. %s: %s": number, pane, item title
	TourItemFormat   string // "The item: %s": its summary
	TourItemMDFormat string // "**The item** (`%s`): %s": id, summary
	LookForFormat    string // "Look for: “%s”": the phrase
	LookForMDFormat  string // "**Look for:** “%s”"
	TourSources      string // "Sources", a heading
	TourSourcesHead  string // "Sources:", before a list
	StepBlockFormat  string // " (from the article, %s): %s": section, summary, after the id
	StepFactFormat   string // " (background: %s): %s": source, summary
	StepNoteFormat   string // " (source note, %s): %s": title, summary
}

// LabelsFor gives the labels of a language (English for any other).
func LabelsFor(l Lang) *Labels {
	if l.orEnglish() == Japanese {
		return japaneseLabels()
	}
	return englishLabels()
}

// Labels gives the labels of the story's language.
func (s *Story) Labels() *Labels {
	s.labels.once.Do(func() { s.labels.l = LabelsFor(s.Lang) })
	return s.labels.l
}

// labelsOnce holds a story's labels, made on first use.
type labelsOnce struct {
	once sync.Once
	l    *Labels
}

// PaneTitle is a pane's title.
func (l *Labels) PaneTitle(p Pane) string {
	return [...]string{l.PaneTimeline, l.PaneDeal, l.PaneJapan, l.PaneImpact, l.PaneGlossary}[p]
}

// GroupTitle is the heading of a wider-impact group's section.
func (l *Labels) GroupTitle(g Group) string {
	switch g {
	case GroupOutlook:
		return l.GroupOutlook
	case GroupQuestions:
		return l.GroupQuestions
	}
	return l.GroupBusiness
}

// GroupTag is a wider-impact group's short tag.
func (l *Labels) GroupTag(g Group) string {
	switch g {
	case GroupOutlook:
		return l.TagOutlook
	case GroupQuestions:
		return l.TagQuestions
	}
	return l.TagBusiness
}

// GainsWord says who gains from a term.
func (l *Labels) GainsWord(g Gains) string {
	switch g {
	case GainsMicrosoft:
		return l.GainsMicrosoft
	case GainsOpenAI:
		return l.GainsOpenAI
	case GainsBoth:
		return l.GainsBoth
	case GainsCustomers:
		return l.GainsCustomers
	}
	return l.GainsNeither
}

// StatusWord says whether the amendment changed a term.
func (l *Labels) StatusWord(s TermStatus) string {
	switch s {
	case StatusChanged:
		return l.StatusChanged
	case StatusUnchanged:
		return l.StatusUnchanged
	}
	return l.StatusNotStated
}

// SubjectWord says what a Japan implication is about.
func (l *Labels) SubjectWord(s Subject) string {
	switch s {
	case SubjectCompany:
		return l.SubjectCompany
	case SubjectSector:
		return l.SubjectSector
	case SubjectPolicy:
		return l.SubjectPolicy
	case SubjectOutlook:
		return l.SubjectOutlook
	}
	return string(s)
}

// RoleWord says what an article block is.
func (l *Labels) RoleWord(r Role) string {
	switch r {
	case RoleBody:
		return l.RoleBody
	case RoleHeading:
		return l.RoleHeading
	case RolePublisher:
		return l.RolePublisher
	}
	return string(r)
}

// OriginWord says who made a source note.
func (l *Labels) OriginWord(o NoteOrigin) string {
	if o == NoteOurs {
		return l.OriginOurs
	}
	return l.OriginEditorial
}

// TermHead is the deal table's head.
func (l *Labels) TermHead() []string {
	return []string{l.HeadTerm, l.HeadBefore, l.HeadAfter, l.HeadGains, l.HeadStatus}
}

// TermCells are a term's cells, in the head's order.
func (l *Labels) TermCells(t *Term) []string {
	status := l.StatusWord(t.Status)
	if t.Status == StatusNotStated {
		status = l.StatusNotStatedShort // one line in its column
	}
	return []string{t.Title, t.Before, t.After, l.GainsWord(t.Gains), status}
}

// LongDate gives a date for people in the labels' language.
func (l *Labels) LongDate(d Date) string { return d.LongIn(l.Lang) }

// detail is one field of a Markdown list: "**Date:** 27 April 2026".
func (l *Labels) detail(name, value string) string { return fmt.Sprintf(l.DetailFormat, name, value) }

// prose is one field as a paragraph: "**What changed.** …".
func (l *Labels) prose(name, value string) string { return fmt.Sprintf(l.ProseFormat, name, value) }

// trimSource cuts the full stop from the end of a source's name, which
// the lines that quote it close themselves.
func trimSource(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "."), "。")
}
