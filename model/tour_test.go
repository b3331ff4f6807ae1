package model_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dealtui/dealtui/model"
)

// validWith is the valid test pack with files added or replaced.
func validWith(t *testing.T, files map[string]string) fstest.MapFS {
	t.Helper()
	root := filepath.Join("..", "testdata", "packs", "valid")
	pack := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(root), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(name)))
		pack[name] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, text := range files {
		pack[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return pack
}

// fourPanes is a tour of the valid pack that visits the four panes.
const fourPanes = `---
kind: tour
title: A short tour
intro: Four stops.
steps:
  - item: start
    phrase: first event
    narration: It starts here.
    citations: [B01]
  - item: term-one
    narration: A term changed.
    citations: [P01]
    notes: [N01]
  - item: a-company
    narration: What it means for a company.
    citations: [P01]
  - item: an-impact
    phrase: BUSINESSES
    narration: And for businesses.
    citations: [P01, B01]
---
`

func loadFourPanes(t *testing.T) *model.Story {
	t.Helper()
	s, err := model.Load(validWith(t, map[string]string{"tour.md": fourPanes}))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestTourLoads(t *testing.T) {
	s := loadFourPanes(t)
	if s.Tour == nil || s.Tour.Title != "A short tour" || s.Tour.Intro != "Four stops." || s.Tour.File != "tour.md" {
		t.Fatalf("tour = %+v", s.Tour)
	}
	stops := s.TourStops()
	if len(stops) != 4 {
		t.Fatalf("%d stops, want 4", len(stops))
	}
	wantPanes := []model.Pane{model.PaneTimeline, model.PaneDeal, model.PaneJapan, model.PaneImpact}
	for i, st := range stops {
		if st.Number != i+1 || st.Of != 4 || st.Pane != wantPanes[i] || st.Entry.Base().ID != st.Item {
			t.Errorf("stop %d = %+v", i, st)
		}
	}
	if got := stops[1].Notes; len(got) != 1 || got[0] != "N01" {
		t.Errorf("notes of step 2 = %v", got)
	}
}

// The phrase is found as the search finds a quoted phrase: in any case.
func TestTourHighlight(t *testing.T) {
	s := loadFourPanes(t)
	stops := s.TourStops()
	e, _ := s.Entry("an-impact")
	if m := stops[3].Highlight().Matches(e.Base().Summary); len(m) != 1 {
		t.Errorf("the phrase of step 4 matches %v in %q", m, e.Base().Summary)
	}
	if !stops[2].Highlight().Empty() {
		t.Error("a step without a phrase has a highlight")
	}
}

func TestStepSources(t *testing.T) {
	s := loadFourPanes(t)
	if got := s.SourcesLine([]string{"P01", "B01"}); !strings.HasPrefix(got, "From the article (P01); background: B01") {
		t.Errorf("SourcesLine = %q", got)
	}
	if got := s.SourcesLine([]string{"B01"}); !strings.HasPrefix(got, "Background, not in the article: B01") {
		t.Errorf("SourcesLine = %q", got)
	}
	if got := s.StepSources(s.TourStops()[3].TourStep); len(got) != 2 || got[0].ID != "P01" || got[1].ID != "B01" {
		t.Errorf("StepSources = %+v", got)
	}
}

// A pack without tour.md is valid and has no tour.
func TestNoTour(t *testing.T) {
	s, err := loadPack(t, "valid")
	if err != nil {
		t.Fatal(err)
	}
	if s.Tour != nil || s.TourStops() != nil {
		t.Errorf("tour = %+v", s.Tour)
	}
}

// The tour survives the compiled form and the screen form.
func TestTourCompiled(t *testing.T) {
	s, err := model.Load(validWith(t, map[string]string{"tour.md": fourPanes}))
	if err != nil {
		t.Fatal(err)
	}
	data, err := model.Encode(s)
	if err != nil {
		t.Fatal(err)
	}
	d, err := model.Decode(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if d.Tour == nil || len(d.TourStops()) != 4 || d.Tour.Steps[0].Phrase != "first event" || d.Tour.Steps[3].Citations[1] != "B01" {
		t.Errorf("decoded tour = %+v", d.Tour)
	}
	if s.ForScreen().Tour != s.Tour {
		t.Error("the screen form of a plain story lost its tour")
	}
}

// Each mistake in tour.md is reported at its file and line.
func TestTourProblems(t *testing.T) {
	step := func(item, extra string) string {
		return "  - item: " + item + "\n    narration: Words of ours.\n    citations: [P01]\n" + extra
	}
	others := step("term-one", "") + step("a-company", "") + step("an-impact", "")
	head := "---\nkind: tour\nsteps:\n"
	tests := []struct {
		name, tour string
		want       []string
	}{
		{"missing item", head + step("no-such-item", "") + others + "---\n",
			[]string{`tour.md:4: step 1: item "no-such-item" is not the id of any item`}},
		{"phrase not in the item", head + step("start", "    phrase: the last event\n") + others + "---\n",
			[]string{`tour.md:7: step 1: phrase "the last event" is not in the text of item "start"`}},
		{"phrase with a quote", head + step("start", "    phrase: 'the \"first\" event'\n") + others + "---\n",
			[]string{`tour.md:7: step 1: the phrase may not contain a double quote`}},
		{"no citations", head + "  - item: start\n    narration: Words.\n" + others + "---\n",
			[]string{`tour.md:4: missing required field "citations"`}},
		{"unknown citation", head + "  - item: start\n    narration: Words.\n    citations: [B09]\n" + others + "---\n",
			[]string{`tour.md:6: step 1: citation "B09" is not a known article block`}},
		{"unknown note", head + step("start", "    notes: [N07]\n") + others + "---\n",
			[]string{`tour.md:7: step 1: note "N07" is not the id of any source note`}},
		{"no narration", head + "  - item: start\n    citations: [B01]\n" + others + "---\n",
			[]string{`tour.md:4: missing required field "narration"`}},
		{"narration too long", head + "  - item: start\n    narration: " + strings.Repeat("word ", 61) + "\n    citations: [B01]\n" + others + "---\n",
			[]string{`tour.md:5: step 1: the narration has 61 words: at most 60`}},

		{"unknown field in a step", head + step("start", "    colour: red\n") + others + "---\n",
			[]string{`tour.md:7: unknown field "colour" in a tour step`}},
		{"a step that is not a mapping", head + "  - start\n" + others + "---\n",
			[]string{`tour.md:4: field "steps": each entry must be a mapping`, `tour.md:3: the tour does not visit the Timeline pane`}},
		{"no item", head + "  - narration: Words.\n    citations: [B01]\n" + others + "---\n",
			[]string{`tour.md:4: missing required field "item"`}},
		{"no steps", "---\nkind: tour\nsteps: []\n---\n", []string{`tour.md:3: field "steps" is empty`}},
		{"steps missing", "---\nkind: tour\ntitle: T\n---\n", []string{`tour.md:1: missing required field "steps"`}},
		{"a body", head + step("start", "") + others + "---\nSome text.\n", []string{`tour.md:17: tour.md has no body`}},
		{"only one pane", head + step("start", "") + "---\n", []string{
			`tour.md:3: the tour does not visit the Deal changes pane`,
			`tour.md:3: the tour does not visit the Japan pane`,
			`tour.md:3: the tour does not visit the Wider impact pane`}},
		{"a step twice", head + step("start", "") + others + step("start", "    item: end\n") + "---\n",
			[]string{`tour.md:19: field "item" is given twice (first at line 16)`}},
		{"wrong kind", "---\nkind: story\nsteps: []\n---\n", []string{`tour.md:2: kind is "story" but files in this folder are "tour"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := model.Load(validWith(t, map[string]string{"tour.md": tc.tour}))
			var le *model.LoadError
			if !errors.As(err, &le) {
				t.Fatalf("err = %v, want a *LoadError", err)
			}
			var got []string
			for _, p := range le.Problems {
				got = append(got, p.String())
			}
			for _, w := range tc.want {
				found := false
				for _, g := range got {
					found = found || strings.HasPrefix(g, w)
				}
				if !found {
					t.Errorf("missing problem %q in:\n%s", w, strings.Join(got, "\n"))
				}
			}
			if len(got) != len(tc.want) {
				t.Errorf("%d problems, want %d:\n%s", len(got), len(tc.want), strings.Join(got, "\n"))
			}
		})
	}
}

// In a Japanese pack a narration is measured in characters: 150 at most,
// however few its words.
func TestJapaneseNarrationLimit(t *testing.T) {
	valid := validWith(t, nil)
	story := strings.Replace(string(valid["story.md"].Data), "kind: story\n", "kind: story\nlang: ja\n", 1)
	for n, want := range map[int]string{150: "", 151: "tour.md:8: step 1: the narration has 151 characters: at most 150 in Japanese"} {
		tour := strings.Replace(fourPanes, "narration: It starts here.", "narration: "+strings.Repeat("あ", n), 1)
		_, err := model.Load(validWith(t, map[string]string{"story.md": story, "tour.md": tour}))
		switch {
		case want == "" && err != nil:
			t.Errorf("%d characters: %v", n, err)
		case want != "" && (err == nil || !strings.Contains(err.Error(), want)):
			t.Errorf("%d characters: %v, want %q", n, err, want)
		}
	}
}

func TestNarrationLength(t *testing.T) {
	for _, tc := range []struct {
		s    string
		lang model.Lang
		n    int
	}{
		{"Three short words.", model.English, 3},
		{"OpenAIは2032年まで", model.Japanese, 14},
		{"日本 の 企業", model.Japanese, 5},
		{"", model.English, 0},
	} {
		if n := model.NarrationLength(tc.s, tc.lang); n != tc.n {
			t.Errorf("NarrationLength(%q, %s) = %d; want %d", tc.s, tc.lang, n, tc.n)
		}
	}
}
