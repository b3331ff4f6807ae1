package ui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// Golden frames of the tour, as plain text: every step at 80×24, and a
// few at 60×20 and in Japanese. Regenerate with
// go test ./ui -run TestGoldenTour -update, and read the diff.
func TestGoldenTour(t *testing.T) {
	t.Parallel()
	cases := []struct {
		lang  model.Lang
		w, h  int
		steps []int // nil: every step
	}{
		{model.English, 80, 24, nil},
		{model.English, 60, 20, []int{1, 4, 7, 13}},
		{model.Japanese, 80, 24, []int{1, 9, 13}},
		{model.Japanese, 60, 20, []int{1, 13}},
	}
	for _, c := range cases {
		s := testStory(t)
		if c.lang == model.Japanese {
			s = japaneseStory(t)
		}
		want := map[int]bool{}
		for _, n := range c.steps {
			want[n] = true
		}
		hs := harnessFor(t, s, Options{Theme: ThemeDark, Tour: true}, c.w, c.h)
		for n := 1; n <= len(s.TourStops()); n++ {
			if n > 1 {
				hs.keys("space")
			}
			if c.steps != nil && !want[n] {
				continue
			}
			t.Run(fmt.Sprintf("%s/%dx%d/step%02d", c.lang, c.w, c.h, n), func(t *testing.T) {
				view := hs.m.View().Content
				checkFits(t, view, c.w, c.h)
				golden.RequireEqual(t, ansi.Strip(view))
			})
		}
	}
}

// One tour frame as a grid of styles (the box's border, title, text and
// countdown beside the highlighted phrase), with auto-advance on.
// Regenerate with go test ./ui -run TestGoldenTourColour -update.
func TestGoldenTourColour(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{Theme: ThemeDark, Tour: true}, 80, 24)
	hs.keys("space", "space", "space", "a")
	golden.RequireEqual(t, styleGrid(hs.m.View().Content, 80, 24))
}

// Without colour the tour keeps to attributes, and the phrase is still
// marked (reversed).
func TestTourNoColour(t *testing.T) {
	t.Parallel()
	hs := newHarness(t, Options{Theme: ThemeDark, Profile: colorprofile.ASCII, Tour: true}, 80, 24)
	for n := range 13 {
		if n > 0 {
			hs.keys("space")
		}
		frame := hs.m.View().Content
		if hasColour(frame) {
			t.Fatalf("step %d: colour codes in a NO_COLOR frame", n+1)
		}
		if hs.m.reader.matchAt < 0 {
			t.Fatalf("step %d: no phrase marked", n+1)
		}
	}
}
