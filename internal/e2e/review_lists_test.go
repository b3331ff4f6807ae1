//go:build integration

package e2e

import (
	"fmt"
	"strings"
	"testing"
)

// M5: lists cut every summary to one line while rows stood empty, every
// Japan summary began "Per the article,", titles were cut while the
// reader had blank columns, and the reader changed width from tab to tab.
// Now: at 80×24 (Japan) and 120×40 (Timeline) a summary that does not fit
// one line takes two; the Japan summaries start differently; at 200×50 no
// timeline title is cut; at 120×40 the reader keeps its width on every
// tab (low 12).
func reviewM5(t *testing.T) {
	items := listedItems(t)
	for _, c := range []struct {
		w, h      int
		pane, tab string
	}{
		{80, 24, "japan", "Japan"},
		{120, 40, "timeline", "Timeline"},
		{200, 50, "timeline", "Timeline"},
	} {
		t.Run(fmt.Sprintf("%dx%d %s", c.w, c.h, c.pane), func(t *testing.T) {
			t.Parallel()
			s := explore(t, c.w, c.h, nil, "--pane "+c.pane)
			f := s.settledFrame()
			want := inPane(items, c.pane)
			rows := listRows(f, readerBox(t, f, checkBoxes(t, f)), want)
			if len(rows) != len(want) {
				t.Fatalf("%d of the %d items in view:\n%s", len(rows), len(want), f)
			}
			for _, r := range rows {
				checkSummary(t, r, c.w == 200)
			}
			if c.pane == "japan" {
				checkOpenings(t, rows)
			}
		})
	}
	t.Run("120x40 the reader's width on every tab", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 120, 40, nil, "")
		var first box
		for i, tab := range []string{"Timeline", "Deal changes", "Japan", "Wider impact", "Glossary"} {
			s.send(fmt.Sprint(i + 1))
			s.waitFor("▸ " + tab)
			f := s.settledFrame()
			boxes := checkBoxes(t, f)
			reader := boxes[len(boxes)-1] // the right-hand one
			if i == 0 {
				first = reader
			} else if reader.left != first.left || reader.right != first.right {
				t.Errorf("on %s the reader spans columns %d–%d, on Timeline %d–%d", tab, reader.left, reader.right, first.left, first.right)
			}
		}
	})
}

// listRow is an item's rows in a list: its title's row, and the
// summary's.
type listRow struct {
	title, row string
	summary    []string
}

// listRows finds the rows of the items in box b: a title row (a
// timeline event's after its mark and date), the title whole or cut with
// "…", then the summary's rows up to the next title.
func listRows(f *frame, b box, items []listed) []listRow {
	var out []listRow
	for y := b.top + 2; y < b.bottom; y++ {
		text := f.textIn(y, b.left+4, b.right)
		if title := titleIn(text, items); title != "" {
			out = append(out, listRow{title: title, row: text})
			continue
		}
		if len(out) > 0 && strings.TrimSpace(text) != "" {
			out[len(out)-1].summary = append(out[len(out)-1].summary, strings.TrimSpace(text))
		}
	}
	return out
}

// titleIn gives the title of the item a list row shows, or "".
func titleIn(text string, items []listed) string {
	if _, after, ok := strings.Cut(text, " · "); ok && (strings.HasPrefix(text, "● ") || strings.HasPrefix(text, "○ ")) {
		text = after
	}
	for _, it := range items {
		cut, isCut := strings.CutSuffix(text, "…")
		if strings.HasPrefix(text, it.Title) || (isCut && len(cut) > 8 && strings.HasPrefix(it.Title, cut)) {
			return it.Title
		}
	}
	return ""
}

// checkSummary checks an item's rows: a summary on one line, or on two
// when it is longer; with whole, a title not cut.
func checkSummary(t *testing.T, r listRow, whole bool) {
	t.Helper()
	n := len(r.summary)
	if n == 0 || n > 2 || (n == 1 && strings.HasSuffix(r.summary[0], "…")) {
		t.Errorf("%q: the summary is on %d lines: %q", r.title, n, r.summary)
	}
	if whole && strings.HasSuffix(r.row, "…") {
		t.Errorf("%q: the title is cut with room to spare: %q", r.title, r.row)
	}
}

// checkOpenings checks that the summaries do not all start with the same
// words, nor any with "Per the article,".
func checkOpenings(t *testing.T, rows []listRow) {
	t.Helper()
	starts := map[string]bool{}
	for _, r := range rows {
		words := strings.Fields(strings.Join(r.summary, " "))
		starts[strings.Join(words[:min(3, len(words))], " ")] = true
		if strings.HasPrefix(strings.Join(words, " "), "Per the article,") {
			t.Errorf("%q: the summary starts \"Per the article,\"", r.title)
		}
	}
	if len(starts) < 2 {
		t.Errorf("every summary starts with the same words: %v", starts)
	}
}
