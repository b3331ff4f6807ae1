package model_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// The checks below hold for the embedded story, not for every valid pack:
// they are what CONTENT.md asks of this product's content beyond what
// model.Load enforces.

// editorialNotes is how many notes the editorial notes beside the article
// hold (N01–N11); notes after them are this product's own reading.
const editorialNotes = 11

// storyItems lists the items a reader reads as the story: the overview,
// the timeline, the deal terms, Japan and the wider impact. Glossary
// entries are not among them.
func storyItems(s *model.Story) []*model.Item {
	items := []*model.Item{&s.Intro.Item}
	for _, e := range s.Timeline {
		items = append(items, &e.Item)
	}
	for _, t := range s.Terms {
		items = append(items, &t.Item)
	}
	for _, j := range s.Japan {
		items = append(items, &j.Item)
	}
	for _, i := range s.Impact {
		items = append(items, &i.Item)
	}
	return items
}

// Every background fact and every body block of the article is cited by a
// story item: the digest holds nothing the story does not use.
func TestEveryDigestEntryIsCited(t *testing.T) {
	s := embedded(t)
	cited := map[string]bool{}
	for _, it := range storyItems(s) {
		for _, c := range it.Citations {
			cited[c] = true
		}
	}
	for _, f := range s.Facts {
		if !cited[f.ID] {
			t.Errorf("%s: background fact %s is cited by no story item", f.File, f.ID)
		}
	}
	for _, b := range s.Blocks {
		if b.Role == model.RoleBody && !cited[b.ID] {
			t.Errorf("%s: article block %s is cited by no story item", b.File, b.ID)
		}
	}
}

// Every block the publisher inserted is explained by a source note.
func TestPublisherBlocksHaveNotes(t *testing.T) {
	s := embedded(t)
	for _, b := range s.Blocks {
		if b.Role != model.RolePublisher {
			continue
		}
		if !slices.ContainsFunc(s.Notes, func(n *model.Note) bool { return slices.Contains(n.Blocks, b.ID) }) {
			t.Errorf("%s: publisher block %s is the subject of no source note", b.File, b.ID)
		}
	}
}

// Every source note is shown beside at least one story item.
func TestEveryNoteIsReachable(t *testing.T) {
	s := embedded(t)
	shown := map[string]bool{}
	for _, it := range storyItems(s) {
		for _, n := range it.Notes {
			shown[n] = true
		}
	}
	for _, n := range s.Notes {
		if !shown[n.ID] {
			t.Errorf("%s: note %s is listed in the notes of no story item", n.File, n.ID)
		}
	}
}

// A note an item lists concerns it: the note is about a block the item
// cites or rests on a source the item cites. Notes about what the
// publisher inserted belong on the story overview.
func TestItemNotesConcernTheirItems(t *testing.T) {
	s := embedded(t)
	roles := map[string]model.Role{}
	for _, b := range s.Blocks {
		roles[b.ID] = b.Role
	}
	for _, it := range storyItems(s) {
		for _, id := range it.Notes {
			n, ok := s.Note(id)
			if !ok {
				t.Errorf("%s: note %s does not exist", it.File, id)
				continue
			}
			if concerns(n, it, roles) {
				continue
			}
			t.Errorf("%s: lists note %s (about %v, resting on %v), but cites none of those", it.File, id, n.Blocks, n.Citations)
		}
	}
}

func concerns(n *model.Note, it *model.Item, roles map[string]model.Role) bool {
	for _, c := range append(slices.Clone(n.Blocks), n.Citations...) {
		if slices.Contains(it.Citations, c) {
			return true
		}
	}
	if it.Kind != model.KindStory {
		return false
	}
	for _, b := range n.Blocks {
		if roles[b] == model.RolePublisher {
			return true
		}
	}
	return false
}

// N01–N11 come from the editorial notes; later notes are this product's
// own reading and say so.
func TestNoteOrigins(t *testing.T) {
	s := embedded(t)
	for _, n := range s.Notes {
		var num int
		if _, err := fmt.Sscanf(n.ID, "N%d", &num); err != nil {
			t.Fatalf("%s: note id %q: %v", n.File, n.ID, err)
		}
		want := model.NoteEditorial
		if num > editorialNotes {
			want = model.NoteOurs
		}
		if n.Origin != want {
			t.Errorf("%s: origin %q, want %q", n.File, n.Origin, want)
		}
	}
}
