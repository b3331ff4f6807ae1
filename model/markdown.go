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
func DetailsMarkdownIn(e Entry, l *Labels) string { return detailsMarkdown(e, l, true) }

// detailsMarkdown is DetailsMarkdownIn, without an event's date when dated
// is false (the text export puts it in the event's title line).
func detailsMarkdown(e Entry, l *Labels, dated bool) string {
	var b strings.Builder
	mi := MarkdownInline
	line := func(name, value string) { b.WriteString("- " + l.detail(name, value) + "\n") }
	switch v := e.(type) {
	case *Intro:
		line(l.Date, l.LongDate(v.Date))
	case *Event:
		if dated {
			line(l.Date, l.LongDate(v.Date))
		}
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
// labels of its language: the story's title, summary and sources, its
// overview (its own sections one level down), then a section per part of
// the story with an item under each heading, the source notes and the
// source digest. Every citation and note id in the text links to its
// entry, which an HTML anchor marks: GitHub keeps it, and a terminal
// renderer such as Glamour shows nothing of it.
func (s *Story) WriteMarkdown(w io.Writer) error {
	var b strings.Builder
	l := s.Labels()
	in := s.Intro
	fmt.Fprintf(&b, "# %s\n\n", MarkdownInline(in.Title))
	b.WriteString(s.linked(ledeMarkdown(in, l)))
	s.mdSources(&b, &in.Item)
	fmt.Fprintf(&b, "## %s\n\n", l.Overview)
	s.mdBody(&b, in.Body, 2)
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
			b.WriteString(s.linked(ledeMarkdown(e, l)))
			s.mdBody(&b, it.Body, 3)
			s.mdSources(&b, it)
		}
	}
	s.mdDigest(&b, l)
	_, err := io.WriteString(w, strings.TrimRight(b.String(), "\n")+"\n")
	return err
}

// ledeMarkdown is an entry's summary and its details, each followed by a
// blank line.
func ledeMarkdown(e Entry, l *Labels) string {
	out := fmt.Sprintf("*%s*\n\n", MarkdownInline(e.Base().Summary))
	if d := DetailsMarkdownIn(e, l); d != "" {
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

// anchored is one entry of the notes or the digest: its anchor, then its
// line with every id but its own linked.
func (s *Story) anchored(id, line string) string {
	own := func(x string) (string, bool) {
		if x == id {
			return "", false
		}
		return s.anchor(x)
	}
	return "- " + `<a name="` + strings.ToLower(id) + `"></a>` + linkIDs(line, own) + "\n"
}

// mdDigest writes the source notes and the source digest.
func (s *Story) mdDigest(b *strings.Builder, l *Labels) {
	mi := MarkdownInline
	fmt.Fprintf(b, "## %s\n\n", l.SourceNotes)
	for _, n := range s.Notes {
		b.WriteString(s.anchored(n.ID, fmt.Sprintf(l.NoteMarkdownFormat, n.ID, mi(n.Title), strings.Join(n.Blocks, l.ListSep), mi(n.Summary))))
	}
	fmt.Fprintf(b, "\n## %s\n\n### %s\n\n", l.SourceDigest, l.DigestArticle)
	b.WriteString(l.DigestArticleNote + "\n\n")
	for _, bl := range s.Blocks {
		b.WriteString(s.anchored(bl.ID, fmt.Sprintf(l.BlockMarkdownFormat, bl.ID, mi(bl.Section), l.RoleWord(bl.Role), mi(bl.Summary))))
	}
	fmt.Fprintf(b, "\n### %s\n\n", l.DigestBackground)
	for _, f := range s.Facts {
		b.WriteString(s.anchored(f.ID, fmt.Sprintf(l.FactMarkdownFormat, f.ID, f.Date, mi(f.Summary), mi(f.Source))))
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
			fmt.Fprintf(&q, ">\n> %s\n", fmt.Sprintf(s.Labels().NoteFormat, n.ID, MarkdownInline(n.Summary)))
		}
	}
	b.WriteString(s.linked(q.String()))
	b.WriteString("\n")
}
