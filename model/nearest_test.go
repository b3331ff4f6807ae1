package model_test

import (
	"slices"
	"testing"
)

func TestNearestIDs(t *testing.T) {
	s := embedded(t)
	tests := []struct {
		id   string
		want []string
	}{
		{"ip-licenc", []string{"ip-licence"}},                                 // a prefix
		{"IP-LICENCE", []string{"ip-licence"}},                                // case
		{"iplicence", []string{"ip-licence"}},                                 // one edit
		{"ip-lciense", []string{"ip-licence"}},                                // a swap and a spelling
		{"event-2025-definitve", []string{"event-2025-definitive-agreement"}}, // the beginning, with a slip
		{"exclusivty", []string{"exclusivity"}},
		{"ip", nil},  // too short to guess from
		{"N06", nil}, // no item is near a note's id
		{"zzzzzzzz", nil},
	}
	for _, tt := range tests {
		if got := s.NearestIDs(tt.id, 3); !slices.Equal(got, tt.want) {
			t.Errorf("NearestIDs(%q) = %v, want %v", tt.id, got, tt.want)
		}
	}
	// At most n, each an item's id, nearest first.
	got := s.NearestIDs("event-20", 3)
	if len(got) != 3 {
		t.Fatalf("NearestIDs(event-20) = %v, want three events", got)
	}
	for _, id := range got {
		if _, ok := s.Entry(id); !ok {
			t.Errorf("NearestIDs gave %q, which is no item", id)
		}
	}
	if got := s.NearestIDs("ip-licenc", 0); len(got) != 0 {
		t.Errorf("NearestIDs(n=0) = %v", got)
	}
}
