package model

import (
	"cmp"
	"slices"
)

// validate checks what no single file can: references between files,
// coverage of the article, the glossary, and that no pane is empty. It
// then puts the timeline in date order and the wider impact in group
// order.
func (l *loader) validate() {
	cited := map[string]bool{}
	for _, id := range l.order {
		l.checkRefs(id, cited)
	}
	for _, b := range l.story.Blocks {
		if b.Role == RoleBody && !cited[b.ID] {
			l.ps.add(b.File, 1, "article block %s is not cited by any item: every body block must be", b.ID)
		}
	}
	l.checkGlossary()
	l.checkTour()
	l.checkPanes()
	l.sortPanes()
}

// checkRefs checks the references of one item or note, and marks what it
// cites.
func (l *loader) checkRefs(id string, cited map[string]bool) {
	rf := l.refs[id]
	e, isEntry := l.story.entries[id]
	_, isNote := l.story.notes[id]
	if !isEntry && !isNote {
		return
	}
	ps := &l.ps
	for i, c := range rf.citations {
		switch _, ok := l.citable(c); {
		case !ok:
			ps.add(rf.file, rf.citeLines[i], "citation %q is not a known article block (P01…) or background fact (B01…) of this pack", c)
		case isEntry:
			cited[c] = true
		}
	}
	for i, b := range rf.blocks {
		if _, ok := l.story.blocks[b]; !ok {
			ps.add(rf.file, rf.blockLines[i], "block %q is not a known article block", b)
		}
	}
	for i, r := range rf.related {
		switch _, ok := l.story.entries[r]; {
		case r == id:
			ps.add(rf.file, rf.relLines[i], "related %q is the item itself", r)
		case !ok:
			ps.add(rf.file, rf.relLines[i], "related %q is not the id of any item", r)
		}
	}
	for i, n := range rf.notes {
		if _, ok := l.story.notes[n]; !ok {
			ps.add(rf.file, rf.noteLines[i], "note %q is not the id of any source note", n)
		}
	}
	if isEntry {
		l.checkProvenance(e.Base(), rf)
	}
}

func (l *loader) citable(id string) (Provenance, bool) {
	if _, ok := l.story.blocks[id]; ok {
		return FromArticle, true
	}
	if _, ok := l.story.facts[id]; ok {
		return FromBackground, true
	}
	return "", false
}

// checkProvenance: an article item rests on at least one article block; a
// background item cites background facts only.
func (l *loader) checkProvenance(it *Item, rf *refs) {
	article, _ := SplitCitations(it.Citations)
	switch it.Provenance {
	case FromArticle:
		if len(article) == 0 && len(it.Citations) > 0 {
			l.ps.add(rf.file, rf.citeLines[0], "provenance is article but no article block (P01…) is cited")
		}
	case FromBackground:
		for i, c := range it.Citations {
			if IsArticleID(c) {
				l.ps.add(rf.file, rf.citeLines[i], "provenance is background but %s is an article block: use provenance article", c)
			}
		}
	}
}

func (l *loader) checkPanes() {
	s := &l.story
	if s.Intro == nil {
		l.ps.add(storyFile, 0, "missing: the pack needs a story.md")
	}
	empty := []struct {
		n      int
		folder string
	}{
		{len(s.Timeline), FolderOf(KindEvent)},
		{len(s.Terms), FolderOf(KindTerm)},
		{len(s.Japan), FolderOf(KindJapan)},
		{len(s.Impact), FolderOf(KindImpact)},
		{len(s.Blocks), FolderOf(KindBlock)},
	}
	for _, e := range empty {
		if e.n == 0 {
			l.ps.add(e.folder+"/", 0, "no items: this section must not be empty")
		}
	}
}

// sortPanes sorts the timeline by date and the wider impact by group, each
// keeping file order among equals.
func (l *loader) sortPanes() {
	slices.SortStableFunc(l.story.Timeline, func(a, b *Event) int {
		switch {
		case a.Date.Before(b.Date):
			return -1
		case b.Date.Before(a.Date):
			return 1
		}
		return cmp.Compare(a.File, b.File)
	})
	slices.SortStableFunc(l.story.Impact, func(a, b *Impact) int {
		return cmp.Compare(slices.Index(Groups(), a.Group), slices.Index(Groups(), b.Group))
	})
}
