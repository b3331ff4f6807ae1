package model_test

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSearchFindsAcrossPanes(t *testing.T) {
	s := embedded(t)
	tests := []struct {
		query   string
		mustHit []string // ids that must be among the hits
		top     string   // id expected first, if any
	}{
		{"SoftBank", []string{"japan-softbank"}, ""},
		{"softbank", []string{"japan-softbank"}, ""},
		{"SOFTBANK", []string{"japan-softbank"}, ""},
		{"2032", []string{"ip-licence"}, ""},
		{"non-exclusive", []string{"ip-licence"}, ""},
		{"NON-EXCLUSIVE", []string{"ip-licence"}, ""},
		{"Fujitsu", []string{"japan-fujitsu"}, "japan-fujitsu"},
	}
	for _, tt := range tests {
		hits := s.Search(tt.query)
		if len(hits) == 0 {
			t.Errorf("Search(%q) found nothing", tt.query)
			continue
		}
		found := map[string]bool{}
		for _, h := range hits {
			found[h.Entry.Base().ID] = true
			got := h.Text[h.Start:h.End]
			if !strings.EqualFold(got, tt.query) {
				t.Errorf("Search(%q): span in %s.%s is %q", tt.query, h.Entry.Base().ID, h.Field, got)
			}
		}
		for _, id := range tt.mustHit {
			if !found[id] {
				t.Errorf("Search(%q) missed %s; got %v", tt.query, id, keys(found))
			}
		}
		if tt.top != "" && hits[0].Entry.Base().ID != tt.top {
			t.Errorf("Search(%q) ranked %s first, want %s", tt.query, hits[0].Entry.Base().ID, tt.top)
		}
		for i := 1; i < len(hits); i++ {
			if hits[i].Score > hits[i-1].Score {
				t.Errorf("Search(%q) not sorted by score at %d", tt.query, i)
			}
		}
	}
}

func TestSearchTitleOutranksBody(t *testing.T) {
	s := embedded(t)
	hits := s.Search("Fujitsu")
	if hits[0].Field != "title" {
		t.Errorf("best Fujitsu hit is in %q, want title", hits[0].Field)
	}
}

func TestSearchOddQueries(t *testing.T) {
	s := embedded(t)
	for _, q := range []string{"", "   ", "\xff\xfe", "[(*.+?", strings.Repeat("a", 1<<20), "zzzz-no-such-text"} {
		if hits := s.Search(q); len(hits) != 0 {
			t.Errorf("Search(%.20q) = %d hits, want none", q, len(hits))
		}
	}
	// Case folding beyond ASCII: the span still covers whole runes.
	for _, h := range s.Search("É") {
		if !utf8.ValidString(h.Text[h.Start:h.End]) {
			t.Errorf("span splits a rune: %q", h.Text[h.Start:h.End])
		}
	}
}

func keys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
