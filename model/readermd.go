package model

import (
	"fmt"
	"strings"
)

// ReaderMarkdown gives an entry as the explorer's reader renders it: the
// summary, the prose fields of its kind and the body. Short facts (date,
// status, who gains, subject) and a term's before and after are shown
// apart, as the reader's header.
func ReaderMarkdown(e Entry) string {
	it := e.Base()
	var b strings.Builder
	mi := MarkdownInline
	fmt.Fprintf(&b, "*%s*\n\n", mi(it.Summary))
	switch v := e.(type) {
	case *Event:
		fmt.Fprintf(&b, "**What changed.** %s\n\n**Why it matters.** %s\n\n", mi(v.WhatChanged), mi(v.WhyItMatters))
	case *Implication:
		fmt.Fprintf(&b, "**What it enables.** %s\n\n", mi(v.Enables))
		if len(v.Caveats) > 0 {
			b.WriteString("**Caveats.**\n\n")
			for _, c := range v.Caveats {
				fmt.Fprintf(&b, "- %s\n", mi(c))
			}
			b.WriteString("\n")
		}
	case *Glossary:
		fmt.Fprintf(&b, "**In this deal.** %s\n\n", mi(v.InThisDeal))
	}
	b.WriteString(it.Body)
	b.WriteString("\n")
	return b.String()
}

// SourcesMarkdown gives what an item cites, in our account of each
// source, and its source notes in full, as one Markdown document.
func (s *Story) SourcesMarkdown(it *Item) string {
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
		b.WriteString("## From the article\n\n*Our account of each block, not its text.*\n\n")
		for _, c := range article {
			fmt.Fprintf(&b, "- **%s** (%s): %s\n", c.ID, MarkdownInline(c.Where), MarkdownInline(c.Summary))
		}
		b.WriteString("\n")
	}
	if len(background) > 0 {
		b.WriteString("## Background facts\n\n*Not in the article: public statements, named with their date.*\n\n")
		for _, c := range background {
			// The source names its date: the fact's own date would say it twice.
			fmt.Fprintf(&b, "- **%s** (%s): %s\n", c.ID, MarkdownInline(c.Source), MarkdownInline(c.Summary))
		}
		b.WriteString("\n")
	}
	if len(it.Notes) > 0 {
		b.WriteString("## Source notes\n\n")
		for _, id := range it.Notes {
			if n, ok := s.Note(id); ok {
				fmt.Fprintf(&b, "- **%s %s** (about %s): %s\n", n.ID, MarkdownInline(n.Title), strings.Join(n.Blocks, ", "), MarkdownInline(n.Summary))
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

// Source finds a digest entry or note by id.
func (s *Story) Source(id string) (Source, bool) {
	if b, ok := s.blocks[id]; ok {
		md := fmt.Sprintf("*Our account of this block of the article, not its text.*\n\n%s\n\n- **Section:** %s\n- **Role:** %s\n", MarkdownInline(b.Summary), MarkdownInline(b.Section), b.Role)
		return Source{b.ID, KindBlock, b.ID + " · article, " + b.Section, md}, true
	}
	if f, ok := s.facts[id]; ok {
		md := fmt.Sprintf("%s\n\n- **Source:** %s\n- **Date:** %s\n- **Not in the article:** this is background, from public statements.\n", MarkdownInline(f.Summary), MarkdownInline(f.Source), f.Date.Long())
		return Source{f.ID, KindFact, f.ID + " · background fact", md}, true
	}
	if n, ok := s.notes[id]; ok {
		by := "the editorial notes kept beside the article"
		if n.Origin == NoteOurs {
			by = "dealtui's own reading of the article"
		}
		md := fmt.Sprintf("**%s**\n\n%s\n\n- **About:** %s\n- **Rests on:** %s\n- **From:** %s\n", MarkdownInline(n.Summary), n.Body, strings.Join(n.Blocks, ", "), orNone(n.Citations), by)
		return Source{n.ID, KindNote, n.ID + " · source note: " + n.Title, md}, true
	}
	return Source{}, false
}

func orNone(ids []string) string {
	if len(ids) == 0 {
		return "nothing beyond the article"
	}
	return strings.Join(ids, ", ")
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
