package model

import (
	"fmt"
	"io"
	"strings"
)

// DetailsMarkdown gives the structured fields of an entry as a Markdown
// list: the date and what changed for an event, before → after for a term,
// what it enables and the caveats for a Japan implication.
func DetailsMarkdown(e Entry) string { return detailsMarkdown(e, true) }

// detailsMarkdown is DetailsMarkdown, without the date when dated is
// false (the text export puts an event's date in its title line).
func detailsMarkdown(e Entry, dated bool) string {
	var b strings.Builder
	mi := MarkdownInline
	switch v := e.(type) {
	case *Intro:
		fmt.Fprintf(&b, "- **Date:** %s\n", v.Date.Long())
	case *Event:
		if dated {
			fmt.Fprintf(&b, "- **Date:** %s\n", v.Date.Long())
		}
		fmt.Fprintf(&b, "- **What changed:** %s\n- **Why it matters:** %s\n", mi(v.WhatChanged), mi(v.WhyItMatters))
	case *Term:
		fmt.Fprintf(&b, "- **Before:** %s\n- **After:** %s\n- **Who gains:** %s\n- **Status:** %s\n", mi(v.Before), mi(v.After), v.Gains.Label(), v.Status.Label())
	case *Implication:
		fmt.Fprintf(&b, "- **Subject:** %s\n- **What it enables:** %s\n", v.Subject, mi(v.Enables))
		if len(v.Caveats) > 0 {
			b.WriteString("- **Caveats:**\n")
		}
		for _, c := range v.Caveats {
			fmt.Fprintf(&b, "  - %s\n", mi(c))
		}
	case *Impact:
		fmt.Fprintf(&b, "- **Part of:** %s\n", strings.ToLower(v.Group.Title()))
	case *Glossary:
		fmt.Fprintf(&b, "- **In this deal:** %s\n", mi(v.InThisDeal))
	}
	return b.String()
}

// EntryMarkdown gives an entry as the reader shows it: summary, details and
// body. The title, provenance, notes and related items are shown apart.
func EntryMarkdown(e Entry) string {
	it := e.Base()
	var b strings.Builder
	fmt.Fprintf(&b, "*%s*\n\n", MarkdownInline(it.Summary))
	if d := DetailsMarkdown(e); d != "" {
		b.WriteString(d)
		b.WriteString("\n")
	}
	b.WriteString(it.Body)
	b.WriteString("\n")
	return b.String()
}

// WriteMarkdown writes the whole story as one Markdown document: the
// story's title, summary and sources, its overview (its own sections one
// level down, under "Overview"), then a section per part of the story
// with an item under each heading, the source notes and the source
// digest. Every citation and note id in the text links to its entry,
// which an HTML anchor marks: GitHub keeps it, and a terminal renderer
// such as Glamour shows nothing of it.
func (s *Story) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	in := s.Intro
	fmt.Fprintf(&b, "# %s\n\n", MarkdownInline(in.Title))
	b.WriteString(s.linked(ledeMarkdown(in)))
	s.mdSources(&b, &in.Item)
	b.WriteString("## Overview\n\n")
	s.mdBody(&b, in.Body, 2)
	for _, sec := range s.Sections() {
		if len(sec.Entries) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## %s\n\n", sec.Title)
		if sec.Pane == PaneDeal {
			markdownTermTable(&b, s.Terms)
		}
		for _, e := range sec.Entries {
			it := e.Base()
			fmt.Fprintf(&b, "### %s\n\n", MarkdownInline(it.Title))
			b.WriteString(s.linked(ledeMarkdown(e)))
			s.mdBody(&b, it.Body, 3)
			s.mdSources(&b, it)
		}
	}
	s.mdNotes(&b)
	s.mdDigest(&b)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// ledeMarkdown is an entry's summary and its details, each followed by a
// blank line.
func ledeMarkdown(e Entry) string {
	out := fmt.Sprintf("*%s*\n\n", MarkdownInline(e.Base().Summary))
	if d := DetailsMarkdown(e); d != "" {
		out += d + "\n"
	}
	return out
}

// mdBody writes an entry's body with its headings below level and its ids
// linked, and a blank line after it.
func (s *Story) mdBody(b *strings.Builder, body string, level int) {
	if body = strings.TrimSpace(body); body != "" {
		b.WriteString(s.linked(nestHeadings(body, level)))
		b.WriteString("\n\n")
	}
}

// linked is Markdown with its citation and note ids made links to their
// entries in the export.
func (s *Story) linked(md string) string { return linkIDs(md, s.anchor) }

// anchor is the name of the anchor of a digest entry or a note in the
// Markdown export: its id in lower case, as a heading's would be.
func (s *Story) anchor(id string) (string, bool) {
	_, block := s.blocks[id]
	_, fact := s.facts[id]
	_, note := s.notes[id]
	return strings.ToLower(id), block || fact || note
}

// anchorTag marks the entry of id for the links to it.
func anchorTag(id string) string { return `<a name="` + strings.ToLower(id) + `"></a>` }

func (s *Story) mdNotes(b *strings.Builder) {
	b.WriteString("## Source notes\n\n")
	for _, n := range s.Notes {
		rest := s.linked(fmt.Sprintf("(about %s): %s", strings.Join(n.Blocks, ", "), MarkdownInline(n.Summary)))
		fmt.Fprintf(b, "- %s**%s — %s** %s\n", anchorTag(n.ID), n.ID, s.linked(MarkdownInline(n.Title)), rest)
	}
	b.WriteString("\n")
}

func (s *Story) mdDigest(b *strings.Builder) {
	b.WriteString("## Source digest\n\n### The article\n\n")
	b.WriteString("Our account of each block of the article, not its text.\n\n")
	for _, bl := range s.Blocks {
		rest := s.linked(fmt.Sprintf("(%s, %s): %s", MarkdownInline(bl.Section), bl.Role, MarkdownInline(bl.Summary)))
		fmt.Fprintf(b, "- %s**%s** %s\n", anchorTag(bl.ID), bl.ID, rest)
	}
	b.WriteString("\n### Background facts\n\n")
	for _, f := range s.Facts {
		rest := s.linked(fmt.Sprintf("(%s): %s — *%s*", f.Date, MarkdownInline(f.Summary), MarkdownInline(f.Source)))
		fmt.Fprintf(b, "- %s**%s** %s\n", anchorTag(f.ID), f.ID, rest)
	}
}

func (s *Story) mdSources(b *strings.Builder, it *Item) {
	var q strings.Builder
	fmt.Fprintf(&q, "> %s\n", MarkdownInline(s.ProvenanceLine(it)))
	if t := s.TermsLine(it); t != "" {
		fmt.Fprintf(&q, ">\n> %s\n", MarkdownInline(t))
	}
	for _, id := range it.Notes {
		if n, ok := s.Note(id); ok {
			fmt.Fprintf(&q, ">\n> Source note %s: %s\n", n.ID, MarkdownInline(n.Summary))
		}
	}
	b.WriteString(s.linked(q.String()))
	b.WriteString("\n")
}
