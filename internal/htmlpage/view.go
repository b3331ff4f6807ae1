package htmlpage

import "html/template"

// The page's parts as the template writes them: every text already cut
// into pieces (citations linked), every link an anchor and its words.

type link struct {
	Href string // an anchor of the page, without its #
	Text string
}

type dateView struct {
	ISO  string // for <time datetime>
	Text string
}

// field is one of an item's labelled facts: a text, or a list of them.
type field struct {
	Label string
	Text  []piece
	List  [][]piece
}

// provView says where an item's claims come from, in words as well as by
// the mark's colour.
type provView struct {
	Article    bool
	Mark       string
	Cites      []link // the article blocks of an article item, or the facts of a background one
	AlsoLabel  string // before Background, for an article item that adds facts
	Background []sourceGroup
}

// sourceGroup is the background facts an item cites from one source.
type sourceGroup struct {
	Cites  []link
	Source string
}

type itemView struct {
	Anchor  string
	Level   int // of its heading: 3, or 4 under a group's heading
	Title   string
	Number  int // its marker's number on the timeline, or 0
	Date    *dateView
	Status  string // a term's, when it did not change
	Summary []piece
	Fields  []field
	Body    template.HTML
	Prov    provView
	Terms   []link
	Related []link
	Notes   []link
}

type groupView struct {
	Anchor string
	Title  string
	Items  []itemView
}

type termRow struct {
	Href          string
	Title         string
	Before, After []piece
	Gains         string
	Status        string
	Changed       bool
}

type noteView struct {
	Anchor  string
	ID      string
	Title   string
	Summary []piece
	About   []link
	RestsOn []link
	Body    template.HTML
	CitedBy []link
}

type blockView struct {
	Anchor  string
	ID      string
	Section string
	Role    string
	Summary []piece
	CitedBy []link
}

type factView struct {
	Anchor  string
	ID      string
	Date    dateView
	Section string
	Summary []piece
	Source  string
	CitedBy []link
}

type tocEntry struct {
	Href  string
	Title string
	Sub   []link
}

// page is all the template needs.
type page struct {
	Lang     string
	L        *Labels
	Title    string
	Date     dateView
	Lede     []piece
	Intro    itemView
	TOC      []tocEntry
	Figures  []*figure // the timeline, wide and narrow
	Events   []itemView
	Rows     []termRow
	Terms    []itemView
	Japan    []itemView
	Impact   []groupView
	Glossary []itemView
	Notes    []noteView // editorial
	Ours     []noteView
	Blocks   []blockView
	Facts    []factView
}
