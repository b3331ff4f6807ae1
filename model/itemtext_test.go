package model_test

import (
	"strings"
	"testing"
)

// An item's text is exactly its part of the text export, at any width:
// the accessible mode shows what print --format text prints.
func TestItemTextIsPartOfTheExport(t *testing.T) {
	s := embedded(t)
	for _, width := range []int{40, 80, 132} {
		var all strings.Builder
		if err := s.WriteText(&all, width); err != nil {
			t.Fatal(err)
		}
		for _, e := range s.Entries() {
			got := s.ItemText(e, width)
			if !strings.Contains(all.String(), got) {
				t.Errorf("width %d: the text of %s is not in the export:\n%s", width, e.Base().ID, got)
			}
			if strings.HasPrefix(got, "\n") || !strings.HasSuffix(got, "\n") || strings.HasSuffix(got, "\n\n") {
				t.Errorf("width %d: the text of %s does not start and end on a line of text", width, e.Base().ID)
			}
		}
	}
}
