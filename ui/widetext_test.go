package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/model"
)

// Japanese text is two columns a character: rows, titles and the reader
// must measure it so, cut it only between characters, and never overflow.
func TestWideText(t *testing.T) {
	s, err := model.Load(os.DirFS(filepath.Join("..", "testdata", "packs", "japanese")))
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{80, 24}, {120, 40}, {45, 14}, {61, 20}} {
		hs := harnessFor(t, s, Options{Pane: model.PaneJapan, Theme: ThemeDark}, size[0], size[1])
		if size[0] < mediumFrom {
			hs.keys("enter")
		}
		view := hs.m.View().Content
		checkFits(t, view, size[0], size[1])
		screen := hs.screen()
		if !strings.Contains(screen, "富士通") {
			t.Errorf("%v: the Japanese title is not on screen:\n%s", size, screen)
		}
		if strings.ContainsRune(screen, '\uFFFD') {
			t.Errorf("%v: a wide character was cut in half", size)
		}
		if size[0] >= mediumFrom && (!strings.Contains(screen, "日本語の本文です") || !strings.Contains(screen, "期待される。")) {
			t.Errorf("%v: the Japanese body is not in the reader:\n%s", size, screen)
		}
	}
}
