package model

import (
	"fmt"
	"io"
	"strings"
)

// DetailsMarkdown gives the structured fields of an entry as a Markdown
// list, in English: see DetailsMarkdownIn.
func DetailsMarkdown(e Entry) string { return DetailsMarkdownIn(e, LabelsFor(English)) }

// DetailsMarkdownIn gives the structured fields of an entry as a Markdown
// list, named in the labels' language: the date and what changed for an
// event, before → after for a term, what it enables and the caveats for a
// Japan implication.
func DetailsMarkdownIn(e Entry, l *Labels) string {
	var b strings.Builder
	mi := MarkdownInline
	line := func(name, value string) { b.WriteString("- " + l.detail(name, value) + "\n") }
	switch v := e.(type) {
	case *Intro:
		line(l.Date, l.LongDate(v.Date))
	case *Event:
		line(l.Date, l.LongDate(v.Date))
		line(l.WhatChanged, mi(v.WhatChanged))
		line(l.WhyItMatters, mi(v.WhyItMatters))
	case *Term:
		line(l.Before, mi(v.Before))
		line(l.After, mi(v.After))
		line(l.WhoGains, l.GainsWord(v.Gains))
		line(l.Status, l.StatusWord(v.Status))
	case *Implication:
		line(l.Subject, l.SubjectWord(v.Subject))
		line(l.Enables, mi(v.Enables))
		if len(v.Caveats) > 0 {
			b.WriteString("- " + fmt.Sprintf(l.DetailHeadFormat, l.Caveats) + "\n")
		}
		for _, c := range v.Caveats {
			fmt.Fprintf(&b, "  - %s\n", mi(c))
		}
	case *Impact:
		line(l.PartOf, strings.ToLower(l.GroupTitle(v.Group)))
	case *Glossary:
		line(l.InThisDeal, mi(v.InThisDeal))
	}
	return b.String()
}

// EntryMarkdown gives an entry as the reader shows it, in English: see
// EntryMarkdownIn.
func EntryMarkdown(e Entry) string { return EntryMarkdownIn(e, LabelsFor(English)) }

// EntryMarkdownIn gives an entry as the reader shows it: summary, details
// and body. The title, provenance, notes and related items are shown
// apart.
func EntryMarkdownIn(e Entry, l *Labels) string {
	it := e.Base()
	var b strings.Builder
	fmt.Fprintf(&b, "*%s*\n\n", MarkdownInline(it.Summary))
	if d := DetailsMarkdownIn(e, l); d != "" {
		b.WriteString(d)
		b.WriteString("\n")
	}
	b.WriteString(it.Body)
	b.WriteString("\n")
	return b.String()
}

// WriteMarkdown writes the whole story as one Markdown document, with the
// labels of its language.
func (s *Story) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	l := s.Labels()
	in := s.Intro
	fmt.Fprintf(&b, "# %s\n\n", MarkdownInline(in.Title))
	fmt.Fprintf(&b, "%s\n\n", EntryMarkdownIn(in, l))
	s.mdSources(&b, &in.Item)
	for _, sec := range s.Sections() {
		if len(sec.Entries) == 0 {
			continue
		}
		fmt.Fprintf(&b, "## %s\n\n", sec.Title)
		if sec.Pane == PaneDeal {
			markdownTermTable(&b, l, s.Terms)
		}
		for _, e := range sec.Entries {
			it := e.Base()
			fmt.Fprintf(&b, "### %s\n\n", MarkdownInline(it.Title))
			b.WriteString(EntryMarkdownIn(e, l))
			b.WriteString("\n")
			s.mdSources(&b, it)
		}
	}
	s.mdDigest(&b, l)
	_, err := io.WriteString(w, b.String())
	return err
}

// mdDigest writes the source notes and the source digest.
func (s *Story) mdDigest(b *strings.Builder, l *Labels) {
	mi := MarkdownInline
	fmt.Fprintf(b, "## %s\n\n", l.SourceNotes)
	for _, n := range s.Notes {
		b.WriteString("- " + fmt.Sprintf(l.NoteMarkdownFormat, n.ID, mi(n.Title), strings.Join(n.Blocks, l.ListSep), mi(n.Summary)) + "\n")
	}
	fmt.Fprintf(b, "\n## %s\n\n### %s\n\n", l.SourceDigest, l.DigestArticle)
	b.WriteString(l.DigestArticleNote + "\n\n")
	for _, bl := range s.Blocks {
		b.WriteString("- " + fmt.Sprintf(l.BlockMarkdownFormat, bl.ID, mi(bl.Section), l.RoleWord(bl.Role), mi(bl.Summary)) + "\n")
	}
	fmt.Fprintf(b, "\n### %s\n\n", l.DigestBackground)
	for _, f := range s.Facts {
		b.WriteString("- " + fmt.Sprintf(l.FactMarkdownFormat, f.ID, f.Date, mi(f.Summary), mi(f.Source)) + "\n")
	}
}

func (s *Story) mdSources(b *strings.Builder, it *Item) {
	fmt.Fprintf(b, "> %s\n", MarkdownInline(s.ProvenanceLine(it)))
	if t := s.TermsLine(it); t != "" {
		fmt.Fprintf(b, ">\n> %s\n", MarkdownInline(t))
	}
	for _, id := range it.Notes {
		if n, ok := s.Note(id); ok {
			fmt.Fprintf(b, ">\n> %s\n", fmt.Sprintf(s.Labels().NoteFormat, n.ID, MarkdownInline(n.Summary)))
		}
	}
	b.WriteString("\n")
}
