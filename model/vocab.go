package model

// The story's vocabulary: every closed set of words a content file may use,
// as a type of its own. Each set is listed once, in the order people see
// it; the loader accepts exactly these words and the JSON export writes
// them as they are.

// Kind is the kind of a content file; it must match the file's folder.
type Kind string

// Kinds of content file.
const (
	KindStory    Kind = "story"
	KindEvent    Kind = "event"
	KindTerm     Kind = "term"
	KindJapan    Kind = "japan"
	KindImpact   Kind = "impact"
	KindGlossary Kind = "glossary"
	KindNote     Kind = "note"
	KindBlock    Kind = "block"
	KindFact     Kind = "fact"
	KindTour     Kind = "tour"
)

// IsStoryItem reports the kinds of the story's items in its panes
// (events, terms, Japan and wider-impact items), beside the story
// itself, the glossary, the notes and the digest.
func (k Kind) IsStoryItem() bool {
	return k == KindEvent || k == KindTerm || k == KindJapan || k == KindImpact
}

// Provenance says where an item's claims come from.
type Provenance string

// Provenances.
const (
	FromArticle    Provenance = "article"
	FromBackground Provenance = "background"
)

// Provenances lists the provenances a content file may give.
func Provenances() []Provenance { return []Provenance{FromArticle, FromBackground} }

// Gains names who gains from a deal term.
type Gains string

// Parties that can gain from a deal term.
const (
	GainsMicrosoft Gains = "microsoft"
	GainsOpenAI    Gains = "openai"
	GainsBoth      Gains = "both"
	GainsCustomers Gains = "customers"
	GainsNeither   Gains = "neither"
)

// AllGains lists who can gain, in the order the format documents them.
func AllGains() []Gains {
	return []Gains{GainsMicrosoft, GainsOpenAI, GainsBoth, GainsCustomers, GainsNeither}
}

// Label says who gains, for people.
func (g Gains) Label() string {
	switch g {
	case GainsMicrosoft:
		return "Microsoft"
	case GainsOpenAI:
		return "OpenAI"
	case GainsBoth:
		return "both"
	case GainsCustomers:
		return "customers"
	}
	return "neither"
}

// Group is the part of the wider-impact pane an item belongs to.
type Group string

// Groups of wider-impact items, in the order they are shown.
const (
	GroupBusiness  Group = "business"
	GroupOutlook   Group = "outlook"
	GroupQuestions Group = "questions"
)

// Groups lists the wider-impact groups in reading order.
func Groups() []Group { return []Group{GroupBusiness, GroupOutlook, GroupQuestions} }

// Title is the heading of the group's section in exports.
func (g Group) Title() string {
	switch g {
	case GroupOutlook:
		return "Framing and outlook"
	case GroupQuestions:
		return "Open questions"
	}
	return "Impact on businesses"
}

// Label is the group's short tag.
func (g Group) Label() string {
	if g == GroupQuestions {
		return "open question"
	}
	return string(g)
}

// Subject is what a Japan implication is about.
type Subject string

// Subjects of Japan implications.
const (
	SubjectCompany Subject = "company"
	SubjectSector  Subject = "sector"
	SubjectPolicy  Subject = "policy"
	SubjectOutlook Subject = "outlook"
)

// Subjects lists the subjects a Japan implication may have.
func Subjects() []Subject {
	return []Subject{SubjectCompany, SubjectSector, SubjectPolicy, SubjectOutlook}
}

// Role is what an article block is.
type Role string

// Roles of an article block.
const (
	RoleBody      Role = "body"
	RoleHeading   Role = "heading"
	RolePublisher Role = "publisher"
)

// Roles lists the roles an article block may have.
func Roles() []Role { return []Role{RoleBody, RoleHeading, RolePublisher} }

// NoteOrigin says who made a source note.
type NoteOrigin string

// Origins of source notes.
const (
	// NoteEditorial notes come from the editorial notes kept beside the
	// article (N01–N11).
	NoteEditorial NoteOrigin = "editorial"
	// NoteOurs notes are this product's own reading of the article.
	NoteOurs NoteOrigin = "ours"
)

// NoteOrigins lists the origins a note may give.
func NoteOrigins() []NoteOrigin { return []NoteOrigin{NoteEditorial, NoteOurs} }

// TermStatus says whether the amendment of 27 April 2026 changed a term.
type TermStatus string

// Statuses of a deal term.
const (
	StatusChanged   TermStatus = "changed"
	StatusUnchanged TermStatus = "unchanged"
	// StatusNotStated is for a term the sources do not say was there
	// before, or whether it changed.
	StatusNotStated TermStatus = "not stated"
)

// Short says the status in a table cell: "not stated" for a term the
// sources say nothing of.
func (s TermStatus) Short() string {
	if s == StatusNotStated {
		return "not stated"
	}
	return s.Label()
}

// Label says the status for people.
func (s TermStatus) Label() string {
	switch s {
	case StatusChanged:
		return "changed"
	case StatusUnchanged:
		return "unchanged"
	}
	return "change not stated"
}
