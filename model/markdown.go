package model

import (
	"fmt"
	"io"
	"strings"
)

// DetailsMarkdown gives the structured fields of an entry as a Markdown
// list: the date and what changed for an event, before → after for a term,
// what it enables and the caveats for a Japan implication.
func DetailsMarkdown(e Entry) string {
	var b strings.Builder
	mi := MarkdownInline
	switch v := e.(type) {
	case *Intro:
		fmt.Fprintf(&b, "- **Date:** %s\n", v.Date.Long())
	case *Event:
		fmt.Fprintf(&b, "- **Date:** %s\n- **What changed:** %s\n- **Why it matters:** %s\n", v.Date.Long(), mi(v.WhatChanged), mi(v.WhyItMatters))
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

// WriteMarkdown writes the whole story as one Markdown document.
func (s *Story) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	in := s.Intro
	fmt.Fprintf(&b, "# %s\n\n", MarkdownInline(in.Title))
	fmt.Fprintf(&b, "%s\n\n", EntryMarkdown(in))
	s.mdSources(&b, &in.Item)
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
			b.WriteString(EntryMarkdown(e))
			b.WriteString("\n")
			s.mdSources(&b, it)
		}
	}
	b.WriteString("## Source notes\n\n")
	for _, n := range s.Notes {
		fmt.Fprintf(&b, "- **%s — %s** (about %s): %s\n", n.ID, MarkdownInline(n.Title), strings.Join(n.Blocks, ", "), MarkdownInline(n.Summary))
	}
	b.WriteString("\n## Source digest\n\n### The article\n\n")
	b.WriteString("Our account of each block of the article, not its text.\n\n")
	for _, bl := range s.Blocks {
		fmt.Fprintf(&b, "- **%s** (%s, %s): %s\n", bl.ID, MarkdownInline(bl.Section), bl.Role, MarkdownInline(bl.Summary))
	}
	b.WriteString("\n### Background facts\n\n")
	for _, f := range s.Facts {
		fmt.Fprintf(&b, "- **%s** (%s): %s — *%s*\n", f.ID, f.Date, MarkdownInline(f.Summary), MarkdownInline(f.Source))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (s *Story) mdSources(b *strings.Builder, it *Item) {
	fmt.Fprintf(b, "> %s\n", MarkdownInline(s.ProvenanceLine(it)))
	if t := s.TermsLine(it); t != "" {
		fmt.Fprintf(b, ">\n> %s\n", MarkdownInline(t))
	}
	for _, id := range it.Notes {
		if n, ok := s.Note(id); ok {
			fmt.Fprintf(b, ">\n> Source note %s: %s\n", n.ID, MarkdownInline(n.Summary))
		}
	}
	b.WriteString("\n")
}
