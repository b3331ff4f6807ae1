package model

import (
	"maps"
	"slices"
)

// checkGlossary checks the glossary against the items: every term an item
// lists is defined, every item that uses a term's words lists the term,
// and every entry is used by some item.
func (l *loader) checkGlossary() {
	byID := make(map[string]*Glossary, len(l.story.Glossary))
	for _, g := range l.story.Glossary {
		byID[g.ID] = g
	}
	used := map[string]bool{}
	gi := newGlossaryIndex(l.story.Glossary)
	for _, e := range l.story.Entries() {
		if _, isGlossary := e.(*Glossary); isGlossary {
			continue
		}
		it := e.Base()
		rf := l.refs[it.ID]
		if rf == nil {
			continue
		}
		for i, t := range rf.terms {
			if _, ok := byID[t]; !ok {
				l.ps.add(rf.file, rf.termLines[i], "term %q is not the id of any glossary entry", t)
			}
			used[t] = true
		}
		l.checkUses(gi, e, rf)
	}
	for _, g := range l.story.Glossary {
		if rf := l.refs[g.ID]; rf != nil && rf.file == g.File && !used[g.ID] {
			l.ps.add(g.File, rf.idLine, "glossary entry %q is used by no item: list it in the terms of the items that use it, or remove it", g.ID)
		}
	}
}

// checkUses reports each glossary term whose words an item uses without
// listing the term, in glossary order.
func (l *loader) checkUses(gi *glossaryIndex, e Entry, rf *refs) {
	found := gi.uses(FieldsIn(e, l.story.Lang))
	if len(found) == 0 {
		return
	}
	it := e.Base()
	line := 1
	if len(rf.termLines) > 0 {
		line = rf.termLines[0]
	}
	entries := slices.Sorted(maps.Keys(found))
	for _, i := range entries {
		g := l.story.Glossary[i]
		if slices.Contains(it.Terms, g.ID) {
			continue
		}
		u := found[i]
		l.ps.add(rf.file, line, "the %s field uses %q (glossary entry %s): add %s to terms", u.field, g.Match[u.phrase], g.ID, g.ID)
	}
}
