package model

import "strings"

// decode turns a record into the typed item for its kind and registers it.
func (l *loader) decode(r *record, kind string) {
	ps := &l.ps
	switch kind {
	case KindNote:
		l.decodeNote(r)
	case KindBlock:
		l.decodeBlock(r)
	case KindFact:
		l.decodeFact(r)
	default:
		it, rf := l.decodeItem(r, kind)
		var e Entry
		switch kind {
		case KindStory:
			in := &Intro{Item: it, Date: r.date(ps, "date", true)}
			if strings.TrimSpace(it.Body) == "" {
				ps.add(r.file, r.bodyLine, "the story needs a Markdown body after the front matter")
			}
			l.story.Intro, e = in, in
		case KindEvent:
			ev := &Event{
				Item:         it,
				Date:         r.date(ps, "date", true),
				WhatChanged:  r.str(ps, "what_changed", true),
				WhyItMatters: r.str(ps, "why_it_matters", true),
			}
			l.story.Timeline, e = append(l.story.Timeline, ev), ev
		case KindTerm:
			t := &Term{
				Item:    it,
				Before:  r.str(ps, "before", true),
				After:   r.str(ps, "after", true),
				Gains:   r.oneOf(ps, "gains", GainsMicrosoft, GainsOpenAI, GainsBoth, GainsCustomers, GainsNeither),
				Changed: r.boolean(ps, "changed"),
			}
			l.story.Terms, e = append(l.story.Terms, t), t
		case KindJapan:
			caveats, _ := r.list(ps, "caveats", true)
			j := &Implication{
				Item:    it,
				Subject: r.oneOf(ps, "subject", "company", "sector", "policy"),
				Enables: r.str(ps, "enables", true),
				Caveats: caveats,
			}
			l.story.Japan, e = append(l.story.Japan, j), j
		case KindImpact:
			im := &Impact{Item: it, Group: r.oneOf(ps, "group", GroupBusiness, GroupOutlook)}
			l.story.Impact, e = append(l.story.Impact, im), im
		}
		r.unknown(ps, kind)
		if it.ID != "" && l.addRefs(r, it.ID, rf) {
			l.story.entries[it.ID] = e
		}
	}
}

// decodeItem reads the fields every story item has.
func (l *loader) decodeItem(r *record, kind string) (Item, *refs) {
	ps := &l.ps
	it := Item{
		ID:         r.str(ps, "id", true),
		Kind:       kind,
		Title:      r.str(ps, "title", true),
		Summary:    r.str(ps, "summary", true),
		Provenance: r.oneOf(ps, "provenance", FromArticle, FromBackground),
		Body:       strings.TrimSpace(sanitize(r.body)),
		File:       r.file,
	}
	if it.ID != "" && !itemID.MatchString(it.ID) {
		ps.add(r.file, r.line("id"), "id %q: use lower-case letters, digits and single dashes", it.ID)
		it.ID = ""
	}
	rf := &refs{}
	it.Citations, rf.citeLines = r.list(ps, "citations", true)
	it.Related, rf.relLines = r.list(ps, "related", false)
	it.Notes, rf.noteLines = r.list(ps, "notes", false)
	rf.citations, rf.related, rf.notes = it.Citations, it.Related, it.Notes
	if it.Related == nil {
		it.Related = []string{}
	}
	if it.Notes == nil {
		it.Notes = []string{}
	}
	return it, rf
}

func (l *loader) decodeNote(r *record) {
	ps := &l.ps
	n := &Note{
		ID:      r.str(ps, "id", true),
		Title:   r.str(ps, "title", true),
		Summary: r.str(ps, "summary", true),
		Body:    strings.TrimSpace(sanitize(r.body)),
		File:    r.file,
	}
	rf := &refs{}
	n.Blocks, rf.blockLines = r.list(ps, "blocks", true)
	n.Citations, rf.citeLines = r.list(ps, "citations", false)
	if n.Citations == nil {
		n.Citations = []string{}
	}
	rf.blocks, rf.citations = n.Blocks, n.Citations
	r.unknown(ps, KindNote)
	if !l.checkID(r, n.ID, noteID, "N01") {
		return
	}
	if l.addRefs(r, n.ID, rf) {
		l.story.Notes = append(l.story.Notes, n)
		l.story.notes[n.ID] = n
	}
}

func (l *loader) decodeBlock(r *record) {
	ps := &l.ps
	b := &Block{
		ID:      r.str(ps, "id", true),
		Section: r.str(ps, "section", true),
		Role:    r.oneOf(ps, "role", RoleBody, RoleHeading, RolePublisher),
		Summary: r.str(ps, "summary", true),
		File:    r.file,
	}
	r.unknown(ps, KindBlock)
	if !l.checkID(r, b.ID, blockID, "P01") {
		return
	}
	if l.addRefs(r, b.ID, &refs{}) {
		l.story.Blocks = append(l.story.Blocks, b)
		l.story.blocks[b.ID] = b
	}
}

func (l *loader) decodeFact(r *record) {
	ps := &l.ps
	f := &Fact{
		ID:      r.str(ps, "id", true),
		Date:    r.date(ps, "date", true),
		Section: r.str(ps, "section", true),
		Summary: r.str(ps, "summary", true),
		Source:  r.str(ps, "source", true),
		File:    r.file,
	}
	r.unknown(ps, KindFact)
	if !l.checkID(r, f.ID, factID, "B01") {
		return
	}
	if l.addRefs(r, f.ID, &refs{}) {
		l.story.Facts = append(l.story.Facts, f)
		l.story.facts[f.ID] = f
	}
}

func (l *loader) checkID(r *record, id string, re interface{ MatchString(string) bool }, example string) bool {
	if id == "" {
		return false
	}
	if !re.MatchString(id) {
		l.ps.add(r.file, r.line("id"), "id %q: want the form %s", id, example)
		return false
	}
	return true
}
