package model_test

import (
	"strings"
	"testing"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
)

func embedded(t testing.TB) *model.Story {
	t.Helper()
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatalf("embedded story: %v", err)
	}
	return s
}

func TestEmbeddedStoryLoads(t *testing.T) {
	s := embedded(t)
	for _, sec := range s.Sections() {
		if len(sec.Entries) == 0 && sec.Title != "Open questions" && sec.Title != "Glossary" {
			t.Errorf("section %q is empty", sec.Title)
		}
	}
	if len(s.Timeline) < 8 {
		t.Errorf("timeline has %d events, want at least 8", len(s.Timeline))
	}
	first, last := s.Timeline[0].Date.Year, s.Timeline[len(s.Timeline)-1].Date.Year
	if first != 2019 || last != 2032 {
		t.Errorf("timeline runs %d–%d, want 2019–2032", first, last)
	}
	if len(s.Blocks) != 23 || len(s.Facts) != 10 {
		t.Errorf("digest has %d article blocks and %d facts, want 23 and 10", len(s.Blocks), len(s.Facts))
	}
	var article, background bool
	for _, e := range s.Timeline {
		article = article || e.Provenance == model.FromArticle
		background = background || e.Provenance == model.FromBackground
	}
	if !article || !background {
		t.Error("the timeline should hold both article and background events")
	}
}

// Every article body block is cited by some item, and every citation
// resolves to a digest entry: the provenance the reader sees is complete.
func TestEmbeddedStoryProvenance(t *testing.T) {
	s := embedded(t)
	for _, e := range s.Entries() {
		it := e.Base()
		cites := s.Cites(it)
		if len(cites) != len(it.Citations) {
			t.Errorf("%s: %d of %d citations resolve", it.ID, len(cites), len(it.Citations))
		}
		line := s.ProvenanceLine(it)
		if it.Provenance == model.FromArticle && !strings.HasPrefix(line, "From the article (P") {
			t.Errorf("%s: provenance line %q", it.ID, line)
		}
		if it.Provenance == model.FromBackground && !strings.HasPrefix(line, "Background, not in the article") {
			t.Errorf("%s: provenance line %q", it.ID, line)
		}
	}
}
