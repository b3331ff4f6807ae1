package model

import "strings"

// decode turns a record into the typed item for its kind and registers it.
func (l *loader) decode(r *record, kind Kind) {
	switch kind {
	case KindNote:
		l.decodeNote(r)
		return
	case KindBlock:
		l.decodeBlock(r)
		return
	case KindFact:
		l.decodeFact(r)
		return
	case KindTour:
		l.decodeTour(r)
		return
	}
	it, rf := l.decodeItem(r, kind)
	e := l.decodeEntry(r, kind, it)
	r.unknown(&l.ps, kind)
	if it.ID != "" && l.addRefs(r, it.ID, rf) {
		l.story.entries[it.ID] = e
	}
}

// decodeEntry reads the fields of one kind of story item and adds it to
// its pane.
func (l *loader) decodeEntry(r *record, kind Kind, it Item) Entry {
	ps := &l.ps
	s := &l.story
	switch kind {
	case KindStory:
		in := &Intro{Item: it, Date: r.date(ps, "date", true)}
		if strings.TrimSpace(it.Body) == "" {
			ps.add(r.file, r.bodyLine, "the story needs a Markdown body after the front matter")
		}
		s.Intro = in
		s.Lang = optionalOneOf(ps, r, "lang", Langs(), English)
		groups, lines := r.aliasGroups(ps, "aliases")
		checkAliases(ps, r.file, groups, lines)
		s.Aliases = groups
		if s.Aliases == nil {
			s.Aliases = [][]string{}
		}
		return in
	case KindEvent:
		ev := &Event{
			Item:         it,
			Date:         r.date(ps, "date", true),
			WhatChanged:  r.str(ps, "what_changed", true),
			WhyItMatters: r.str(ps, "why_it_matters", true),
		}
		s.Timeline = append(s.Timeline, ev)
		return ev
	case KindTerm:
		t := &Term{
			Item:   it,
			Before: r.str(ps, "before", true),
			After:  r.str(ps, "after", true),
			Gains:  oneOf(ps, r, "gains", AllGains()),
			Status: r.termStatus(ps, "changed"),
		}
		t.Changed = t.Status == StatusChanged
		s.Terms = append(s.Terms, t)
		return t
	case KindJapan:
		caveats, _ := r.list(ps, "caveats", false)
		j := &Implication{
			Item:    it,
			Subject: oneOf(ps, r, "subject", Subjects()),
			Enables: r.str(ps, "enables", true),
			Caveats: nonNil(caveats),
		}
		s.Japan = append(s.Japan, j)
		return j
	case KindImpact:
		im := &Impact{Item: it, Group: oneOf(ps, r, "group", Groups())}
		s.Impact = append(s.Impact, im)
		return im
	}
	match, lines := r.list(ps, "match", true)
	for i, phrase := range match {
		if why := phraseProblem(phrase); why != "" {
			ps.add(r.file, lines[i], "match phrase %q %s", phrase, why)
		}
	}
	g := &Glossary{Item: it, InThisDeal: r.str(ps, "in_this_deal", true), Match: nonNil(match)}
	l.matchLines[g] = lines
	s.Glossary = append(s.Glossary, g)
	return g
}

// decodeItem reads the fields every story item has.
func (l *loader) decodeItem(r *record, kind Kind) (Item, *refs) {
	ps := &l.ps
	it := Item{
		ID:         r.str(ps, "id", true),
		Kind:       kind,
		Title:      r.str(ps, "title", true),
		Summary:    r.str(ps, "summary", true),
		Provenance: oneOf(ps, r, "provenance", Provenances()),
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
	it.Terms, rf.termLines = r.list(ps, "terms", false)
	rf.citations, rf.related, rf.notes, rf.terms = it.Citations, it.Related, it.Notes, it.Terms
	it.Related, it.Notes, it.Terms = nonNil(it.Related), nonNil(it.Notes), nonNil(it.Terms)
	return it, rf
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (l *loader) decodeNote(r *record) {
	ps := &l.ps
	n := &Note{
		ID:      r.str(ps, "id", true),
		Title:   r.str(ps, "title", true),
		Summary: r.str(ps, "summary", true),
		Origin:  optionalOneOf(ps, r, "origin", NoteOrigins(), NoteEditorial),
		Body:    strings.TrimSpace(sanitize(r.body)),
		File:    r.file,
	}
	rf := &refs{}
	n.Blocks, rf.blockLines = r.list(ps, "blocks", true)
	n.Citations, rf.citeLines = r.list(ps, "citations", false)
	n.Citations = nonNil(n.Citations)
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
		Role:    oneOf(ps, r, "role", Roles()),
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
