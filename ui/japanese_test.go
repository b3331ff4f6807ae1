package ui

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// Golden frames of the Japanese edition: each pane at 80×24, 120×40 and
// 60×20, its list and then its reader; the help and a search. Every
// frame fits, and holds no Latin word but those of the story's own text
// (the names JA-STYLE.md keeps in Latin), the keys and the program's
// name. Regenerate with go test ./ui -run TestGoldenJapanese -update.
func TestGoldenJapanese(t *testing.T) {
	s := japaneseStory(t)
	allowed := latinAllowed(t, s)
	frame := func(t *testing.T, hs *harness, w, h int) {
		t.Helper()
		view := hs.m.View().Content
		checkFits(t, view, w, h)
		plain := ansi.Strip(view)
		if words := latinWords(plain, allowed); len(words) > 0 {
			t.Errorf("English on a Japanese screen: %q", words)
		}
		golden.RequireEqual(t, plain)
	}
	for _, sz := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
		for _, p := range model.Panes() {
			name := fmt.Sprintf("%dx%d/%s", sz[0], sz[1], p.Name())
			t.Run(name, func(t *testing.T) {
				hs := harnessFor(t, s, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				frame(t, hs, sz[0], sz[1])
			})
			t.Run(name+"-reader", func(t *testing.T) {
				hs := harnessFor(t, s, Options{Theme: ThemeDark, Pane: p}, sz[0], sz[1])
				hs.keys("enter")
				frame(t, hs, sz[0], sz[1])
			})
		}
		t.Run(fmt.Sprintf("%dx%d/help", sz[0], sz[1]), func(t *testing.T) {
			hs := harnessFor(t, s, Options{Theme: ThemeDark}, sz[0], sz[1])
			hs.keys("?")
			frame(t, hs, sz[0], sz[1])
		})
		t.Run(fmt.Sprintf("%dx%d/search", sz[0], sz[1]), func(t *testing.T) {
			hs := harnessFor(t, s, Options{Theme: ThemeDark}, sz[0], sz[1])
			hs.keys("/")
			hs.typeText("ソフトバンク")
			frame(t, hs, sz[0], sz[1])
		})
	}
}

// The Japanese edition in each theme, raw and as a grid of styles.
func TestGoldenJapaneseColour(t *testing.T) {
	s := japaneseStory(t)
	for _, th := range goldenThemes() {
		hs := harnessFor(t, s, th.opts, 120, 40)
		frame := hs.m.View().Content
		t.Run("raw/"+th.name, func(t *testing.T) { golden.RequireEqual(t, frame) })
		t.Run("grid/"+th.name, func(t *testing.T) { golden.RequireEqual(t, styleGrid(frame, 120, 40)) })
	}
}

var latinWord = regexp.MustCompile(`[A-Za-z][A-Za-z0-9'’.+-]*[A-Za-z0-9]|[A-Za-z]`)

// latinAllowed is every Latin word of the story's text (its text export
// holds all of it, labelled in Japanese), of the key names, and the
// program's name.
func latinAllowed(t *testing.T, s *model.Story) map[string]bool {
	t.Helper()
	var b bytes.Buffer
	if err := s.WriteText(&b, model.MaxWidth); err != nil {
		t.Fatal(err)
	}
	for _, g := range keyMapWith(textFor(model.Japanese)).Groups() {
		for _, k := range g.Bindings {
			b.WriteString(" " + k.Help().Key)
		}
	}
	// the program, its flag and a format the help names
	b.WriteString(" dealtui no-mouse Markdown")
	allowed := map[string]bool{}
	for _, w := range latinWord.FindAllString(b.String(), -1) {
		allowed[w] = true
	}
	return allowed
}

// latinWords gives the Latin words of a screen that are not allowed; a
// word cut at the screen's edge ("Microso…") or at a snippet's start
// ("…penAI") is allowed when it is part of a word of the story.
func latinWords(screen string, allowed map[string]bool) []string {
	var out []string
	for _, w := range latinWord.FindAllString(screen, -1) {
		if allowed[w] || partOfAllowed(w, allowed) {
			continue
		}
		out = append(out, w)
	}
	return out
}

func partOfAllowed(w string, allowed map[string]bool) bool {
	for a := range allowed {
		if strings.Contains(a, w) {
			return true
		}
	}
	return false
}
