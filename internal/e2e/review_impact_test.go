//go:build integration

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// M4: the wider impact was a flat list of fifteen rows, and o silently
// moved the tab to "4 Wider impact". The list now goes under
// headings, the overview first and then the groups under the headings
// dealtui print gives them, each item under its group's; o from the Japan
// pane opens the overview with the Japan tab still the current one, and
// esc comes back to Japan (80×24; the list is read whole at 80×60).
func reviewM4(t *testing.T) {
	t.Run("grouped", func(t *testing.T) {
		t.Parallel()
		want := impactOutline(t)
		// tall enough for the whole list: 15 items, 4 headings
		s := explore(t, 80, 60, nil, "--pane impact")
		f := s.settledFrame()
		b := readerBox(t, f, checkBoxes(t, f))
		var rows []string
		for y := b.top + 2; y < b.bottom; y++ {
			rows = append(rows, strings.Replace(f.textIn(y, b.left+2, b.right), "▸", " ", 1))
		}
		var got []string
		for _, r := range rows {
			switch {
			case r != "" && !strings.HasPrefix(r, " "):
				got = append(got, "# "+strings.ToLower(r))
			case contains(want, strings.TrimSpace(r)):
				got = append(got, strings.TrimSpace(r))
			}
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("the wider impact's headings and items:\n%s\nwant (as dealtui print groups them):\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	})
	t.Run("o keeps the tab", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 80, 24, nil, "--pane japan")
		before := s.settledFrame()
		s.send("o")
		s.waitFor("▸ Reader", "27 April 2026 · the story")
		after := s.settledFrame()
		for _, tab := range []string{"3 Japan", "4 Wider impact"} {
			y, x := before.find(tab, 1, 2)
			if y < 0 {
				t.Fatalf("no tab %q:\n%s", tab, before)
			}
			b, a := before.rows[y][x+2].st, after.rows[y][x+2].st
			if !b.Equal(&a) || after.textIn(y, x, x+len(tab)) != tab {
				t.Errorf("o changed the tab %q: %s, then %s:\n%s", tab, styleOf(b), styleOf(a), after)
			}
		}
		s.send("Escape")
		s.waitFor("▸ Japan")
	})
}

// impactOutline is the wider impact as dealtui print gives it: the
// overview, then each group's heading (lower case, "# " before it) and
// its items' titles.
func impactOutline(t *testing.T) []string {
	t.Helper()
	_, js, _ := runCLI(t, "print", "--format", "json")
	var doc struct {
		Story  struct{ Title string }
		Impact []struct{ Title, Group string }
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	_, text, _ := runCLI(t, "print")
	out := []string{"# overview", doc.Story.Title}
	group := ""
	for _, it := range doc.Impact {
		if it.Group != group {
			group = it.Group
			out = append(out, "# "+headingAbove(t, text, "* "+it.Title))
		}
		out = append(out, it.Title)
	}
	return out
}

// headingAbove is the underlined heading of the text export that comes
// last before line, in lower case.
func headingAbove(t *testing.T, text, line string) string {
	t.Helper()
	ls := lines(text)
	heading := ""
	for i := 1; i < len(ls); i++ {
		if strings.TrimSpace(ls[i]) == line {
			return strings.ToLower(heading)
		}
		if strings.HasPrefix(ls[i], "---") && strings.Trim(ls[i], "-") == "" {
			heading = ls[i-1]
		}
	}
	t.Fatalf("dealtui print has no line %q", line)
	return ""
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
