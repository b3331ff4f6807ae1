package ui

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/model"
)

// searchStory is testdata/packs/search: the search tests count on its
// words, not on the story that ships. "lighthouse" is in five results: an
// event (its title, what_changed and body three times, far down), the other
// event (its summary), a deal term, a Japan item and a note;
// "keeper" is in a body, the story's and a digest entry.
func searchStory(t testing.TB) *model.Story {
	t.Helper()
	s, err := model.LoadDir(filepath.Join("..", "testdata", "packs", "search"))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestSearchFlow(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	if !hs.m.search.active {
		t.Fatal("/ did not open the search")
	}
	hs.typeText("lighthouse")
	screen := hs.screen()
	if !strings.Contains(screen, "1 of 5") || !strings.Contains(screen, "The lighthouse is built") {
		t.Errorf("live results missing:\n%s", screen)
	}
	n := len(hs.m.search.hits)
	hs.keys("down")
	if hs.m.search.sel != 1 {
		t.Errorf("↓ in results: %d", hs.m.search.sel)
	}
	if !strings.Contains(hs.screen(), "2 of ") {
		t.Error("the count does not follow the selection")
	}
	hs.keys("up", "enter")
	first := hs.m.search.hits[0]
	if hs.m.search.active || hs.shown() != first.ID {
		t.Fatalf("enter: active %v, showing %q, want %q", hs.m.search.active, hs.shown(), first.ID)
	}
	if len(hs.m.reader.matches) == 0 {
		t.Error("the reader does not highlight the match")
	}
	if !strings.Contains(hs.screen(), "lighthouse 1 of 5") {
		t.Errorf("no count in the footer after a search:\n%s", hs.screen())
	}
	// N from the first hit goes round to the last.
	hs.m.reader.setOffset(0)
	for range 50 {
		if hs.m.search.lastAt == n-1 {
			break
		}
		hs.keys("N")
	}
	if hs.m.search.lastAt != n-1 {
		t.Errorf("N never reached the last hit: at %d of %d", hs.m.search.lastAt, n)
	}
}

// n goes through the matches inside the item before moving on.
func TestNextMatchWithinItem(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 80, 24)
	hs.keys("/")
	hs.typeText("lighthouse")
	hs.keys("enter")
	if item := hs.shown(); item != "start" || len(hs.m.reader.matches) < 3 {
		t.Fatalf("the first result is %q with %d highlighted lines; the pack has changed", item, len(hs.m.reader.matches))
	}
	hs.keys("n")
	if hs.shown() != "start" {
		t.Errorf("n moved to %q while the first event has more matches below", hs.shown())
	}
}

// Each search starts in an empty box; ↑ in it brings back the last query.
func TestSearchStartsFresh(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	hs.typeText("Lighthouse")
	hs.keys("enter", "/")
	if v := hs.m.search.input.Value(); v != "" {
		t.Fatalf("the second search starts with %q", v)
	}
	hs.typeText("keeper")
	if strings.Contains(hs.m.search.input.Value(), "Lighthouse") {
		t.Fatal("typing appended to the old query")
	}
	hs.keys("esc", "/", "up")
	if v := hs.m.search.input.Value(); v != "keeper" {
		t.Errorf("↑ in an empty box gives %q, want the last query typed, even one left with esc", v)
	}
	hs.keys("up")
	if v := hs.m.search.input.Value(); v != "Lighthouse" {
		t.Errorf("↑ again gives %q, want the one before", v)
	}
}

// Two words find the items with both; the snippets are plain text.
func TestSearchWordsAndSnippets(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	hs.typeText("lighthouse keeper")
	if len(hs.m.search.hits) != 1 || hs.m.search.hits[0].ID != "start" {
		t.Fatalf(`"lighthouse keeper" found %d results, want the first event alone`, len(hs.m.search.hits))
	}
	for _, line := range strings.Split(hs.screen(), "\n") {
		if strings.Contains(line, "**") || strings.Contains(line, "## ") {
			t.Errorf("Markdown in a result: %q", line)
		}
	}
	hs.keys("esc", "/")
	hs.typeText("wrong point")
	if h, ok := hs.m.search.selected(); !ok || h.ID != "N01" {
		t.Errorf("wrong point: first hit %+v, want the source note N01", h)
	}
	hs.keys("enter")
	if hs.m.reader.view != viewSource || hs.m.reader.sourceID != "N01" {
		t.Errorf("enter on a note: view %v %q", hs.m.reader.view, hs.m.reader.sourceID)
	}
}

// previewingLighthouse opens a search from the timeline's second item and
// types "dues", whose result (the deal term) the reader previews; it gives
// the item the search began from.
func previewingLighthouse(t *testing.T) (*harness, string) {
	t.Helper()
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("1", "j")
	at := hs.shown()
	hs.keys("/")
	hs.typeText("dues")
	if hs.shown() == at {
		t.Fatal("the reader does not preview the result")
	}
	return hs, at
}

// esc puts back the place the search started from.
func TestSearchEscRestores(t *testing.T) {
	hs, at := previewingLighthouse(t)
	hs.keys("esc")
	if hs.m.search.active || hs.shown() != at || hs.m.focus != (focus{model.PaneTimeline, areaList}) {
		t.Errorf("esc: active %v, showing %q (want %q), focus %+v", hs.m.search.active, hs.shown(), at, hs.m.focus)
	}
}

// A query with no result leaves the reader on the item the search began
// from, not on the preview of the last query that had one.
func TestSearchWithNoResultShowsWhereItBegan(t *testing.T) {
	hs, at := previewingLighthouse(t)
	hs.typeText("zzqx")
	if len(hs.m.search.hits) != 0 || hs.shown() != at {
		t.Errorf("%d hits; the reader shows %q, want %q", len(hs.m.search.hits), hs.shown(), at)
	}
}

// A highlighted match is drawn in the match style in the reader.
func TestReaderHighlight(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	hs.typeText("dues")
	hs.keys("enter")
	r := hs.m.reader
	if len(r.matches) == 0 {
		t.Fatal("no highlighted line")
	}
	line := r.lines[r.matches[0]]
	if !strings.Contains(ansi.Strip(line), "dues") || !strings.Contains(line, hs.m.styles.Match.Render("dues")[:6]) {
		t.Errorf("the match is not styled: %q", line)
	}
	if top := r.offset(); r.matches[0] < top || r.matches[0] >= top+r.height {
		t.Errorf("the first match (line %d) is not on screen (top %d)", r.matches[0], top)
	}
}

// A snippet shows as much of the field as fits, the match always whole:
// the text before it gets a third of the room, or all the text after it
// leaves.
func TestSnippet(t *testing.T) {
	st := NewStyles(true, true)
	long := strings.Repeat("word ", 20)
	cases := []struct {
		text, match string
		w           int
		want        string
	}{
		{"Fujitsu and NEC", "NEC", 34, "title: Fujitsu and NEC"},
		{long + "NEC" + " " + long, "NEC", 40, "title: …word NEC word word word word…"},
		{"NEC", "NEC", 4, "NEC"},
	}
	for _, c := range cases {
		i := strings.Index(c.text, c.match)
		h := model.Hit{Field: "title", Text: c.text, Start: i, End: i + len(c.match)}
		got := ansi.Strip(snippet(&st, "title: ", h, c.w))
		if got != c.want || ansi.StringWidth(got) > c.w {
			t.Errorf("%q at %d columns: %q, want %q", c.text, c.w, got, c.want)
		}
	}
}

// n walks every match of the accepted search: the matches inside the open
// result first, then on to the next result, round the end with a word in
// the footer; N walks back the same way. The footer counts the result
// and the match within it. At every size, from wherever the reader is.
func TestNextWalksEveryMatch(t *testing.T) {
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 50}} {
		t.Run(fmt.Sprintf("%dx%d", sz[0], sz[1]), func(t *testing.T) {
			hs := harnessFor(t, searchStory(t), Options{}, sz[0], sz[1])
			hs.keys("/")
			hs.typeText("lighthouse")
			hs.keys("enter")
			hits := len(hs.m.search.hits)
			perResult := map[string]int{}
			var order []string
			for range 40 {
				id := hs.m.reader.docID()
				if len(order) == 0 || order[len(order)-1] != id {
					order = append(order, id)
				}
				perResult[id]++
				if len(order) > hits {
					break
				}
				hs.keys("n")
			}
			if len(order) != hits+1 || order[hits] != order[0] {
				t.Fatalf("n visited %v; want each of the %d results once, then the first again", order, hits)
			}
			if !strings.Contains(hs.screen(), "wrapped around to the first result") {
				t.Errorf("no word in the footer on wrapping:\n%s", hs.screen())
			}
			hs.keys("n")
			if strings.Contains(hs.screen(), "wrapped around") || !strings.Contains(hs.screen(), "lighthouse 1 of") {
				t.Errorf("the next n still shows the wrap message, not the count:\n%s", hs.screen())
			}
			hs.keys("N")
			if perResult["start"] < 5 { // 4 matches, and the wrap back to it
				t.Errorf("n stopped at %d matches in the first result, which has more", perResult["start"]-1)
			}
			hs.keys("N")
			if got := hs.m.reader.docID(); got != order[hits-1] {
				t.Errorf("N from the first result went to %q, want the last, %q", got, order[hits-1])
			}
		})
	}
}

// n goes on from the result the reader shows, wherever it was opened from.
func TestNextFromTheResultShown(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	hs.typeText("lighthouse")
	hs.keys("enter", "2") // the deal term is a result; open it from its pane
	if hs.shown() != "term-one" {
		t.Fatalf("the deal pane shows %q", hs.shown())
	}
	hits := hs.m.story.SearchQuery(hs.m.search.last)
	at := -1
	for i, h := range hits {
		if h.ID == "term-one" {
			at = i
		}
	}
	if at < 0 || at+1 >= len(hits) {
		t.Fatalf("the deal term is result %d of %d; the pack has changed", at, len(hits))
	}
	hs.keys("n")
	if got := hs.m.reader.docID(); got != hits[at+1].ID {
		t.Errorf("n from the deal term went to %q, want the result after it, %q", got, hits[at+1].ID)
	}
	if want := fmt.Sprintf("lighthouse %d of %d", at+2, len(hits)); !strings.Contains(hs.screen(), want) {
		t.Errorf("the footer does not say %q:\n%s", want, hs.screen())
	}
}

// A query that finds nothing gets the nearest words of the story (review
// finding M11), and tab searches for them, in either language.
func TestSearchSuggestsANearWord(t *testing.T) {
	for _, c := range []struct {
		name        string
		story       *model.Story
		typed, want string
		line        string
	}{
		{"en", searchStory(t), "lighthuose", "lighthouse", "Did you mean lighthouse? tab searches for it."},
		{"ja", japaneseStory(t), "microsfot", "microsoft", "もしかして：microsoft（tab でこの語を検索）"},
	} {
		t.Run(c.name, func(t *testing.T) {
			hs := harnessFor(t, c.story, Options{}, 120, 40)
			hs.keys("/")
			hs.typeText(c.typed)
			if _, err := wordcheck.InOrder(hs.m.search.lines, 0, c.line); err != nil || len(hs.m.search.hits) != 0 {
				t.Fatalf("%d hits; the results do not say %q:\n%s", len(hs.m.search.hits), c.line, hs.screen())
			}
			hs.keys("tab")
			if got := hs.m.search.input.Value(); got != c.want || len(hs.m.search.hits) == 0 {
				t.Fatalf("after tab the box holds %q with %d hits, want %q with some", got, len(hs.m.search.hits), c.want)
			}
			if _, err := wordcheck.InOrder(hs.m.search.lines, 0, c.line); err == nil {
				t.Error("the suggestion is still offered once taken")
			}
		})
	}
}

// tab without a suggestion does nothing to the box.
func TestTabWithoutSuggestion(t *testing.T) {
	hs := harnessFor(t, searchStory(t), Options{}, 120, 40)
	hs.keys("/")
	hs.typeText("zzqx")
	hs.keys("tab")
	if got := hs.m.search.input.Value(); got != "zzqx" || !hs.m.search.active {
		t.Errorf("box %q, active %v", got, hs.m.search.active)
	}
}
