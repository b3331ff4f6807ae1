package htmlpage

import (
	"github.com/dealtui/dealtui/model"
)

// item gives an entry as the page shows it, its heading at level (its
// marker's number on the timeline, or 0).
func (b *builder) item(e model.Entry, level, number int) itemView {
	it := e.Base()
	v := itemView{
		Anchor: Anchor(e), Level: level, Title: it.Title, Number: number,
		Summary: pieces(b.s, it.Summary),
		Fields:  b.fields(e),
		Body:    b.markdown(it.Body, level),
		Prov:    b.prov(it),
	}
	switch x := e.(type) {
	case *model.Event:
		d := b.date(x.Date)
		v.Date = &d
	case *model.Term:
		if x.Status != model.StatusChanged {
			v.Status = b.l.Statuses[x.Status]
		}
	}
	for _, id := range it.Terms {
		if g, ok := b.s.Entry(id); ok {
			v.Terms = append(v.Terms, link{Anchor(g), g.Base().Title})
		}
	}
	for _, id := range it.Related {
		if r, ok := b.s.Entry(id); ok {
			v.Related = append(v.Related, link{Anchor(r), r.Base().Title})
		}
	}
	for _, id := range it.Notes {
		if n, ok := b.s.Note(id); ok {
			v.Notes = append(v.Notes, link{SourceAnchor(n.ID), n.ID + " " + n.Title})
		}
	}
	return v
}

// fields gives the labelled facts of an entry's kind.
func (b *builder) fields(e model.Entry) []field {
	l := b.l
	text := func(label, s string) field { return field{Label: label, Text: pieces(b.s, s)} }
	switch x := e.(type) {
	case *model.Event:
		return []field{text(l.WhatChanged, x.WhatChanged), text(l.WhyItMatters, x.WhyItMatters)}
	case *model.Term:
		return []field{
			text(l.Before, x.Before), text(l.After, x.After),
			text(l.WhoGains, l.Gains[x.Gains]), text(l.Status, l.Statuses[x.Status]),
		}
	case *model.Implication:
		out := []field{text(l.Subject, l.Subjects[x.Subject]), text(l.Enables, x.Enables)}
		if len(x.Caveats) > 0 {
			f := field{Label: l.Caveats}
			for _, c := range x.Caveats {
				f.List = append(f.List, pieces(b.s, c))
			}
			out = append(out, f)
		}
		return out
	case *model.Glossary:
		return []field{text(l.InThisDeal, x.InThisDeal)}
	}
	return nil
}

// prov says where an item comes from: the article's blocks, and the
// background facts grouped by their source.
func (b *builder) prov(it *model.Item) provView {
	article, background := model.SplitCitations(it.Citations)
	v := provView{Article: it.Provenance == model.FromArticle}
	if v.Article {
		v.Mark = b.l.FromArticle
		v.Cites = b.citeLinks(article)
		if len(background) > 0 {
			v.AlsoLabel = b.l.AlsoBackground
		}
	} else {
		v.Mark = b.l.FromBackground
	}
	index := map[string]int{}
	for _, id := range background {
		c, ok := b.s.Cite(id)
		if !ok {
			continue
		}
		i, seen := index[c.Source]
		if !seen {
			i = len(v.Background)
			index[c.Source] = i
			v.Background = append(v.Background, sourceGroup{Source: trimStop(c.Source)})
		}
		v.Background[i].Cites = append(v.Background[i].Cites, link{SourceAnchor(id), id})
	}
	return v
}

func (b *builder) citeLinks(ids []string) []link {
	out := make([]link, 0, len(ids))
	for _, id := range ids {
		out = append(out, link{SourceAnchor(id), id})
	}
	return out
}

func (b *builder) note(n *model.Note) noteView {
	return noteView{
		Anchor: SourceAnchor(n.ID), ID: n.ID, Title: n.Title,
		Summary: pieces(b.s, n.Summary),
		About:   b.citeLinks(n.Blocks),
		RestsOn: b.citeLinks(n.Citations),
		Body:    b.markdown(n.Body, 4),
		CitedBy: b.citedBy(n.ID),
	}
}

// citedBy links the items that cite a source or list a note.
func (b *builder) citedBy(id string) []link {
	var out []link
	for _, e := range b.s.CitedBy(id) {
		out = append(out, link{Anchor(e), e.Base().Title})
	}
	return out
}
