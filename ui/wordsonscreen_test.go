package ui

import (
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/model"
)

// TestEveryWordOnScreen is the property behind review finding H1: at
// every width the explorer draws (40 to 200 columns), every item of every
// edition, and the story overview, shows every character of its Markdown,
// in order, and its title. Each paragraph, heading and list item of the
// Markdown must be found whole in the reader's lines, after the one before
// it; spaces are left out of the comparison, since a line break takes the
// place of one in English and of none in Japanese. A character cut at a
// wrap, or a line too wide for the reader (cut by the box), fails it. The
// quick suite tries a sample of widths; -tags integration tries them all.
func TestEveryWordOnScreen(t *testing.T) {
	// the narrowest, the review's sizes (70, 80) and a split screen
	widths := []int{minWidth, 70, 80, 120}
	if integrationRun {
		widths = widths[:0]
		for w := minWidth; w <= 200; w++ {
			widths = append(widths, w)
		}
	}
	for _, lang := range []model.Lang{model.English, model.Japanese} {
		s, err := compiled.StoryIn(lang)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(string(lang), func(t *testing.T) {
			t.Parallel()
			for _, e := range s.Entries() {
				checkWordsOnScreen(t, s, e, false, widths)
			}
			if s.Intro != nil {
				checkWordsOnScreen(t, s, s.Intro, true, widths)
			}
		})
	}
}

func checkWordsOnScreen(t *testing.T, s *model.Story, e model.Entry, intro bool, widths []int) {
	t.Helper()
	it := e.Base()
	want := append([]string{it.Title}, wordcheck.Blocks(model.ReaderMarkdownIn(e, s.Labels()))...)
	var hs *harness
	for _, w := range widths {
		if hs == nil {
			hs = harnessFor(t, s, Options{Theme: ThemeDark}, w, 30)
			if intro {
				hs.keys("o")
			} else {
				hs.m.goTo(e, areaReader)
				hs.send(hs.m.refresh())
			}
		} else {
			hs.send(tea.WindowSizeMsg{Width: w, Height: 30})
		}
		if hs.m.reader.docID() != it.ID && !intro {
			t.Fatalf("%s at %d columns: the reader shows %q", it.ID, w, hs.m.reader.docID())
		}
		if _, err := wordcheck.InOrder(hs.m.reader.lines, 0, want...); err != nil {
			t.Errorf("%s (%s) at %d columns, reader %d wide: %v", it.ID, s.Lang, w, hs.m.reader.width, err)
		}
	}
}
