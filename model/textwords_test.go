package model_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/model"
)

// TestTextExportKeepsEveryWord: at every width from 30 to 200, the text
// export of each edition shows every item's title, summary and every
// paragraph and list item of its body, in order (review finding H1 for
// print). The quick suite tries a sample of widths, -tags integration
// all of them.
func TestTextExportKeepsEveryWord(t *testing.T) {
	widths := []int{30, 40, 70, 80, 120, 200}
	if integrationRun {
		widths = widths[:0]
		for w := 30; w <= 200; w++ {
			widths = append(widths, w)
		}
	}
	for _, lang := range []string{"en", "ja"} {
		s, err := model.LoadDir(filepath.Join("..", "content", lang))
		if err != nil {
			t.Fatal(err)
		}
		s = s.ForScreen()
		for _, w := range widths {
			var b bytes.Buffer
			if err := s.WriteText(&b, w); err != nil {
				t.Fatal(err)
			}
			text := wordcheck.Squashed(strings.Split(b.String(), "\n"))
			for _, e := range append([]model.Entry{s.Intro}, s.Entries()...) {
				it := e.Base()
				want := []string{it.Title, it.Summary}
				if term, ok := e.(*model.Term); ok {
					want = append(want, term.Before, term.After)
				}
				want = append(want, wordcheck.Blocks(it.Body)...)
				if _, err := text.InOrder(0, want...); err != nil {
					t.Errorf("%s, %s at %d columns: %v", lang, it.ID, w, err)
				}
			}
		}
	}
}
