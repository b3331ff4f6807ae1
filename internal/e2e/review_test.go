//go:build integration

package e2e

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/model"
)

// The first-use review (../shared/reviews/ux-3.md, issue 23) replayed in
// tmux: for each of its high and medium findings, the review's size and
// keys, and what the fix shows on the screen. M2 (the screenshots) is
// checked by ui's TestScreenshotsCurrent, in the quick suite.
func TestReviewUX3(t *testing.T) {
	t.Parallel()
	for _, f := range []struct {
		id   string
		test func(t *testing.T)
	}{
		{"H1 no character lost at a wrap", reviewH1},
		{"H2 n walks every result", reviewH2},
		{"M1 the item always named", reviewM1},
		{"M3 the deal terms at 80 columns", reviewM3},
		{"M4 wider impact grouped", reviewM4},
		{"M5 lists use their room", reviewM5},
		{"M6 COLORFGBG", reviewM6},
		{"M7 links in view first", reviewM7},
		{"M8 glossary, not terms", reviewM8},
		{"M9 --item suggests", reviewM9},
		{"M10 NO_COLOR link and hits", reviewM10},
		{"M11 search suggests a word", reviewM11},
	} {
		t.Run(f.id, func(t *testing.T) {
			t.Parallel()
			f.test(t)
		})
	}
}

// H1: the reader dropped the last character of list lines that filled its
// width ("(P11┃ N07)"). Each of the review's cases, read from the top to
// the end: every box whole with a blank column before its right side on
// every page, the review's phrase intact, and every word of the item's
// Markdown on screen in order.
func reviewH1(t *testing.T) {
	en, err := compiled.StoryIn(model.English)
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		w, h   int
		id     string
		phrase string
	}{
		{80, 24, "open-questions", "(P11; N07)"},
		{80, 24, "event-2025-definitive-agreement", "verified by an independent expert panel."},
		{80, 24, "closing-outlook", "economies and technology for generations."},
		{70, 30, "open-questions", "(P11; N07)"},
		{70, 30, "event-2025-definitive-agreement", "verified by an independent expert panel."},
		{70, 30, "closing-outlook", "economies and technology for generations."},
		{100, 30, "event-2026-multi-partnership", "Other large cloud providers may license OpenAI's models."},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%dx%d %s", c.w, c.h, c.id), func(t *testing.T) {
			t.Parallel()
			e, ok := en.Entry(c.id)
			if !ok {
				t.Fatalf("no item %s", c.id)
			}
			s := explore(t, c.w, c.h, nil, "--item "+c.id)
			s.send("Enter")
			s.waitFor("▸ Reader")
			shown := readThrough(t, s)
			if _, err := wordcheck.InOrder(shown, 0, c.phrase); err != nil {
				t.Errorf("the review's phrase: %v\nthe reader's lines:\n%s", err, strings.Join(shown, "\n"))
			}
			want := append([]string{e.Base().Title}, wordcheck.Blocks(model.ReaderMarkdownIn(e, en.Labels()))...)
			if _, err := wordcheck.InOrder(shown, 0, want...); err != nil {
				t.Errorf("the item's words: %v\nthe reader's lines:\n%s", err, strings.Join(shown, "\n"))
			}
		})
	}
}

// position is the search's place in the footer: "Stargate 3 of 5 · 2/4
// here".
var position = regexp.MustCompile(`(\d+) of (\d+)(?: · (\d+)/(\d+) here)?`)

// H2: n never moved past the first result once a result was open. At
// 120×40, /Stargate, enter, then n: every press moves (the footer's count
// follows), through every match of every result to the last, then wraps
// around to the first with a message; N then wraps back to the last. At
// 80×24 /2032, n walks the matches in the item, then opens the next
// result.
func reviewH2(t *testing.T) {
	t.Run("120x40 Stargate", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 120, 40, nil, "")
		s.send("/")
		s.typeText("Stargate")
		s.waitFor("1 of 5")
		s.send("Enter")
		screen := s.waitFor("Stargate 1 of 5")
		last := walkResults(t, s, screen, "search wrapped around to the first result")
		if last != "5 of 5" {
			t.Errorf("n wrapped around from %q, not from the last result", last)
		}
		s.waitFor("Stargate 1 of 5") // the message gives way to the count
		s.send("N")
		s.waitFor("search wrapped around to the last result")
		s.waitFor("Stargate 5 of 5")
	})
	t.Run("80x24 2032", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 80, 24, nil, "")
		s.send("/")
		s.typeText("2032")
		s.waitFor("1 of ")
		s.send("Enter")
		screen := s.waitFor("2032 1 of ")
		walkResults(t, s, screen, "2032 2 of ")
	})
}

// walkResults presses n until the footer shows until, checking that each
// press moves the search on (to a later match in the item, or a later
// result) and that the footer says where it is. It returns the last
// position seen before until.
func walkResults(t *testing.T, s *tmuxSession, screen, until string) string {
	t.Helper()
	result, match, last := 1, 1, ""
	for range 40 {
		before := footer(screen)
		s.send("n")
		what := "the footer to change from " + before
		screen = s.waitUntil(func(screen string) bool { return footer(screen) != before }, &what)
		if strings.Contains(footer(screen), until) {
			return last
		}
		m := position.FindStringSubmatch(footer(screen))
		if m == nil {
			t.Fatalf("after n the footer does not say where the search is: %q", footer(screen))
		}
		var r, here int
		fmt.Sscan(m[1], &r)
		if m[3] != "" {
			fmt.Sscan(m[3], &here)
		}
		if r < result || (r == result && here <= match) {
			t.Fatalf("n went from result %d, match %d, to %q", result, match, footer(screen))
		}
		result, match, last = r, here, m[1]+" of "+m[2]
	}
	t.Fatalf("40 presses of n never reached %q; the footer: %q", until, footer(screen))
	return ""
}

// M1: after a jump from search the item's title was scrolled away, and
// nothing said which item was open. At 80×24, /Azure, ↓↓↓, enter opens
// "The partnership begins" part way down: the reader's heading names the
// pane, the item's place in it and its title. The same after a scroll to
// the end of another item.
func reviewM1(t *testing.T) {
	items := listedItems(t)
	t.Run("after a search jump", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 80, 24, nil, "")
		s.send("/")
		s.typeText("Azure")
		s.waitFor("1 of ")
		s.send("Down", "Down", "Down")
		s.waitFor("4 of ")
		s.send("Enter")
		s.waitFor("Azure 4 of ")
		f := s.settledFrame()
		checkStickyTitle(t, f, items, "event-2019-partnership")
	})
	t.Run("after a scroll", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 80, 24, nil, "--item ip-licence")
		s.send("Enter")
		s.waitFor("▸ Reader")
		s.send("G")
		s.waitFor("100%")
		checkStickyTitle(t, s.settledFrame(), items, "ip-licence")
	})
}

// paneNames are the panes' names as the tabs show them.
var paneNames = map[string]string{
	"timeline": "Timeline", "deal": "Deal changes", "japan": "Japan", "impact": "Wider impact", "glossary": "Glossary",
}

// checkStickyTitle checks that the reader is scrolled past the item's
// own header (its title and sources are out of view) and that its heading
// says "Pane · n/total · Title" for the item id.
func checkStickyTitle(t *testing.T, f *frame, items []listed, id string) {
	t.Helper()
	b := readerBox(t, f, checkBoxes(t, f))
	heading := f.inner(b, b.top+1)
	var it listed
	for _, i := range items {
		if i.ID == id {
			it = i
		}
	}
	pane := inPane(items, it.Pane)
	n := slices.IndexFunc(pane, func(i listed) bool { return i.ID == id }) + 1
	want := fmt.Sprintf("▸ %s · %d/%d · %s", paneNames[it.Pane], n, len(pane), it.Title)
	if !strings.HasPrefix(heading, want) {
		t.Errorf("the reader's heading is %q, want it to start %q:\n%s", heading, want, f)
	}
	if m := regexp.MustCompile(`(\d+)%$`).FindStringSubmatch(heading); m == nil || m[1] == "0" {
		t.Errorf("the reader is not scrolled down (heading %q): the test proves nothing", heading)
	}
	if y, _ := f.find("From the article", b.top, b.bottom); y >= 0 {
		t.Errorf("the item's own header is in view, so the test proves nothing:\n%s", f)
	}
}
