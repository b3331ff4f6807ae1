package model_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// The built-in tour, in English and in Japanese: what issue 21 asks of it
// beyond what Load checks for any pack.

func TestBuiltInTour(t *testing.T) {
	for _, tc := range []struct {
		lang  string
		story *model.Story
	}{{"en", embedded(t)}, {"ja", japanesePack(t)}} {
		t.Run(tc.lang, func(t *testing.T) {
			stops := tc.story.TourStops()
			if n := len(stops); n < 10 || n > 14 {
				t.Fatalf("the tour has %d steps: want 10 to 14", n)
			}
			if tc.story.Tour.Title == "" || tc.story.Tour.Intro == "" {
				t.Error("the built-in tour has no title or intro")
			}
			// The story in order: the timeline first, in date order, then
			// the deal, Japan and the wider impact, ending on what the
			// sources leave open.
			last := -1
			for i, st := range stops {
				if int(st.Pane) < last {
					t.Errorf("step %d (%s, %s) goes back to an earlier pane", i+1, st.Item, st.Pane.Name())
				}
				last = int(st.Pane)
				if st.Phrase == "" {
					t.Errorf("step %d has no phrase to highlight", i+1)
				}
			}
			for i := 1; i < len(stops) && stops[i].Pane == model.PaneTimeline; i++ {
				if a, b := stops[i-1].Entry.(*model.Event), stops[i].Entry.(*model.Event); b.Date.Before(a.Date) {
					t.Errorf("step %d (%s) is earlier than the step before it", i+1, b.ID)
				}
			}
			if got := stops[len(stops)-1].Item; got != "open-questions" {
				t.Errorf("the last step shows %s: want open-questions", got)
			}
		})
	}
}

// The last step says how to explore freely, in words that hold in every
// front end (the keys are each front end's to add).
func TestTourEndsWithFreeExploring(t *testing.T) {
	for lang, want := range map[string]*model.Story{"explore freely": embedded(t), "自由に開き": japanesePack(t)} {
		steps := want.Tour.Steps
		if n := steps[len(steps)-1].Narration; !strings.Contains(n, lang) {
			t.Errorf("the last narration does not say %q: %s", lang, n)
		}
	}
}

// The Japanese tour visits the same items with the same sources as the
// English one (JA-STYLE.md: same ids and citations).
func TestJapaneseTourMatchesEnglish(t *testing.T) {
	en, ja := embedded(t).Tour.Steps, japanesePack(t).Tour.Steps
	if len(en) != len(ja) {
		t.Fatalf("%d steps in English, %d in Japanese", len(en), len(ja))
	}
	for i := range en {
		if en[i].Item != ja[i].Item || !slices.Equal(en[i].Citations, ja[i].Citations) || !slices.Equal(en[i].Notes, ja[i].Notes) {
			t.Errorf("step %d: English %s %v %v, Japanese %s %v %v", i+1,
				en[i].Item, en[i].Citations, en[i].Notes, ja[i].Item, ja[i].Citations, ja[i].Notes)
		}
	}
}

// Every narration of the built-in tour is within its limit in its own
// measure: words in English, characters in Japanese.
func TestTourNarrationMeasures(t *testing.T) {
	for _, st := range embedded(t).Tour.Steps {
		if n := model.NarrationLength(st.Narration, model.English); n > model.MaxNarrationWords {
			t.Errorf("%s: %d words", st.Item, n)
		}
	}
	ja := japanesePack(t)
	if ja.Lang != model.Japanese {
		t.Fatalf("content/ja says its language is %q", ja.Lang)
	}
	for _, st := range ja.Tour.Steps {
		if n := model.NarrationLength(st.Narration, model.Japanese); n > model.MaxNarrationChars {
			t.Errorf("%s: %d characters", st.Item, n)
		}
	}
}

// The Japanese tour, as print writes it: go test ./model -run
// TestJapaneseTourExports -update, and read the diff. Around the pack's
// own text it says nothing in English.
func TestJapaneseTourExports(t *testing.T) {
	s := japanesePack(t)
	labels, inText := splitEnglishLabels(t, s)
	for _, f := range []model.Format{model.FormatTour, model.FormatTourText} {
		t.Run(string(f), func(t *testing.T) {
			var b bytes.Buffer
			if err := s.Export(&b, f, 80); err != nil {
				t.Fatal(err)
			}
			golden.RequireEqual(t, b.String())
			for i, line := range strings.Split(b.String(), "\n") {
				if why := englishOnLine(line, labels, inText); why != "" {
					t.Errorf("line %d has %s: %.100s", i+1, why, line)
				}
			}
			for _, whole := range []string{"The item", "Look for", "Sources", "from the article", "background:", "source note", "Guided tour"} {
				if strings.Contains(b.String(), whole) {
					t.Errorf("it has %q", whole)
				}
			}
		})
	}
}
