package model

import (
	"fmt"
	"strings"
)

// ReaderMarkdown gives an entry as the explorer's reader renders it, in
// English: see ReaderMarkdownIn.
func ReaderMarkdown(e Entry) string { return ReaderMarkdownIn(e, LabelsFor(English)) }

// ReaderMarkdownIn gives an entry as the explorer's reader renders it,
// its fields named in the labels' language: the summary, the prose fields
// of its kind and the body. Short facts (date, status, who gains,
// subject) and a term's before and after are shown apart, as the reader's
// header.
func ReaderMarkdownIn(e Entry, l *Labels) string {
	it := e.Base()
	var b strings.Builder
	mi := MarkdownInline
	fmt.Fprintf(&b, "*%s*\n\n", mi(it.Summary))
	switch v := e.(type) {
	case *Event:
		b.WriteString(l.prose(l.WhatChanged, mi(v.WhatChanged)) + "\n\n" + l.prose(l.WhyItMatters, mi(v.WhyItMatters)) + "\n\n")
	case *Implication:
		b.WriteString(l.prose(l.Enables, mi(v.Enables)) + "\n\n")
		if len(v.Caveats) > 0 {
			b.WriteString(fmt.Sprintf(l.ProseHeadFormat, l.Caveats) + "\n\n")
			for _, c := range v.Caveats {
				fmt.Fprintf(&b, "- %s\n", mi(c))
			}
			b.WriteString("\n")
		}
	case *Glossary:
		b.WriteString(l.prose(l.InThisDeal, mi(v.InThisDeal)) + "\n\n")
	}
	b.WriteString(it.Body)
	b.WriteString("\n")
	return b.String()
}

// SourcesMarkdown gives what an item cites, in our account of each
// source, and its source notes in full, as one Markdown document in the
// story's language.
func (s *Story) SourcesMarkdown(it *Item) string {
	l := s.Labels()
	mi := MarkdownInline
	var b strings.Builder
	var article, background []Citation
	for _, c := range s.Cites(it) {
		if c.Origin == FromArticle {
			article = append(article, c)
		} else {
			background = append(background, c)
		}
	}
	if len(article) > 0 {
		fmt.Fprintf(&b, "## %s\n\n*%s*\n\n", l.ArticleHeading, l.EachBlockNote)
		for _, c := range article {
			b.WriteString("- " + fmt.Sprintf(l.CitedBlockFormat, c.ID, mi(c.Where), mi(c.Summary)) + "\n")
		}
		b.WriteString("\n")
	}
	if len(background) > 0 {
		fmt.Fprintf(&b, "## %s\n\n*%s*\n\n", l.DigestBackground, l.NotInArticleNote)
		for _, c := range background {
			// The source names its date: the fact's own date would say it twice.
			b.WriteString("- " + fmt.Sprintf(l.CitedFactFormat, c.ID, mi(c.Source), mi(c.Summary)) + "\n")
		}
		b.WriteString("\n")
	}
	if len(it.Notes) > 0 {
		fmt.Fprintf(&b, "## %s\n\n", l.SourceNotes)
		for _, id := range it.Notes {
			if n, ok := s.Note(id); ok {
				b.WriteString("- " + fmt.Sprintf(l.NoteReaderFormat, n.ID, mi(n.Title), strings.Join(n.Blocks, l.ListSep), mi(n.Summary)) + "\n")
			}
		}
	}
	return b.String()
}

// Source is one source the reader can open on its own: an article block's
// digest entry, a background fact or a source note.
type Source struct {
	ID       string
	Kind     Kind
	Title    string
	Markdown string
}

// Source finds a digest entry or note by id, in the story's language.
func (s *Story) Source(id string) (Source, bool) {
	l := s.Labels()
	mi := MarkdownInline
	item := func(name, value string) string { return "- " + l.detail(name, value) + "\n" }
	if b, ok := s.blocks[id]; ok {
		md := fmt.Sprintf("*%s*\n\n%s\n\n", l.ThisBlockNote, mi(b.Summary)) + item(l.Section, mi(b.Section)) + item(l.Role, l.RoleWord(b.Role))
		return Source{b.ID, KindBlock, fmt.Sprintf(l.BlockTitleFormat, b.ID, b.Section), md}, true
	}
	if f, ok := s.facts[id]; ok {
		md := mi(f.Summary) + "\n\n" + item(l.Source, mi(f.Source)) + item(l.Date, l.LongDate(f.Date)) + item(l.NotInArticle, l.BackgroundExplained)
		return Source{f.ID, KindFact, fmt.Sprintf(l.FactTitleFormat, f.ID), md}, true
	}
	if n, ok := s.notes[id]; ok {
		rests := l.NothingBeyondSource
		if len(n.Citations) > 0 {
			rests = strings.Join(n.Citations, l.ListSep)
		}
		md := fmt.Sprintf("**%s**\n\n%s\n\n", mi(n.Summary), n.Body) + item(l.About, strings.Join(n.Blocks, l.ListSep)) + item(l.RestsOn, rests) + item(l.From, l.OriginWord(n.Origin))
		return Source{n.ID, KindNote, fmt.Sprintf(l.NoteTitleFormat, n.ID, n.Title), md}, true
	}
	return Source{}, false
}

// CitedBy lists the story items that cite a source or list a note, in
// reading order.
func (s *Story) CitedBy(id string) []Entry {
	var out []Entry
	for _, e := range s.Entries() {
		it := e.Base()
		for _, ids := range [][]string{it.Citations, it.Notes} {
			if containsID(ids, id) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}
