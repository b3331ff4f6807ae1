package model_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The deal table in text fits every width and cuts nothing: every word of
// every term's before and after is there.
func TestTermTableText(t *testing.T) {
	s := embedded(t)
	for _, width := range []int{20, 40, 71, 72, 80, 120, 200} {
		var b strings.Builder
		if err := s.WriteText(&b, width); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		start := strings.Index(out, "At a glance:")
		end := strings.Index(out[start:], "\n  * "+s.Terms[0].Title+"\n\n")
		if start < 0 || end < 0 {
			t.Fatalf("%d columns: no deal table", width)
		}
		table := out[start : start+end]
		for _, l := range strings.Split(table, "\n") {
			if ansi.StringWidth(l) > width {
				t.Errorf("%d columns: line of %d: %q", width, ansi.StringWidth(l), l)
			}
		}
		flat := strings.Join(strings.Fields(strings.NewReplacer("|", " ", "-+-", " ").Replace(table)), "")
		for _, term := range s.Terms {
			for _, text := range []string{term.Before, term.After} {
				for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == '-' }) {
					if !strings.Contains(flat, w) {
						t.Errorf("%d columns: %s: %q missing", width, term.ID, w)
					}
				}
			}
		}
	}
}
