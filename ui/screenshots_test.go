package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// The README's screenshots are of the current program (review finding
// M2): each screen docs/screenshots/shots lists, drawn now, is the text
// scripts/screenshots captured from the running program with the picture
// (docs/screenshots/NAME.txt). A change that alters one of those screens
// fails here until scripts/screenshots is run again, which remakes the
// pictures and their text together. (The text is compared, not the
// colours: a change of colour alone goes unnoticed.)
func TestScreenshotsCurrent(t *testing.T) {
	dir := filepath.Join("..", "docs", "screenshots")
	list, err := os.ReadFile(filepath.Join(dir, "shots"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, line := range strings.Split(string(list), "\n") {
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		shot, err := parseShot(line)
		if err != nil {
			t.Fatalf("docs/screenshots/shots:%d: %v", i+1, err)
		}
		n++
		t.Run(shot.name, func(t *testing.T) {
			t.Parallel()
			want, err := os.ReadFile(filepath.Join(dir, shot.name+".txt"))
			if err != nil {
				t.Fatalf("%v: run scripts/screenshots", err)
			}
			got := shot.draw(t)
			if msg := screenDiff(string(want), got); msg != "" {
				t.Errorf("docs/%s.png is out of date: the explorer no longer draws docs/screenshots/%s.txt (%s); run scripts/screenshots to remake the screenshots, and check them", shot.name, shot.name, msg)
			}
		})
	}
	if n == 0 {
		t.Fatal("docs/screenshots/shots lists no screenshot")
	}
}

// shot is a line of docs/screenshots/shots: a screenshot's name, the
// terminal's size, dealtui's flags and the keys sent.
type shot struct {
	name       string
	w, h       int
	lang       model.Lang
	opts       Options
	keys, text []string // in order: a key when text is "", else text typed
}

func parseShot(line string) (shot, error) {
	f := strings.Split(line, "|")
	if len(f) != 4 {
		return shot{}, fmt.Errorf("want NAME | COLUMNSxROWS | ARGS | KEYS: %q", line)
	}
	s := shot{name: strings.TrimSpace(f[0]), opts: Options{Theme: ThemeDark}}
	if _, err := fmt.Sscanf(strings.TrimSpace(f[1]), "%dx%d", &s.w, &s.h); err != nil {
		return s, fmt.Errorf("size %q: %v", f[1], err)
	}
	s.lang = model.English
	args := strings.Fields(f[2])
	for i := 0; i+1 < len(args); i += 2 {
		var err error
		switch v := args[i+1]; args[i] {
		case "--theme":
			s.opts.Theme, err = ParseTheme(v)
		case "--pane":
			s.opts.Pane, err = model.ParsePane(v)
		case "--item":
			s.opts.Item = v
		case "--lang":
			s.lang, err = model.ParseLang(v)
		default:
			err = fmt.Errorf("this test does not know the flag %s", args[i])
		}
		if err != nil {
			return s, err
		}
	}
	if len(args)%2 != 0 {
		return s, fmt.Errorf("a flag without its value: %q", f[2])
	}
	for _, k := range strings.Fields(f[3]) {
		switch kind, v, _ := strings.Cut(k, ":"); kind {
		case "key":
			s.keys, s.text = append(s.keys, v), append(s.text, "")
		case "text":
			s.keys, s.text = append(s.keys, ""), append(s.text, v)
		default:
			return s, fmt.Errorf("a key is key:NAME or text:WORDS, not %q", k)
		}
	}
	return s, nil
}

// draw is the screen the shot shows, as text.
func (s shot) draw(t *testing.T) string {
	t.Helper()
	story := testStory(t)
	if s.lang == model.Japanese {
		story = japaneseStory(t)
	}
	hs := harnessFor(t, story, s.opts, s.w, s.h)
	for i, k := range s.keys {
		if k != "" {
			hs.keys(k)
		} else {
			hs.typeText(s.text[i])
		}
	}
	view := hs.m.View().Content
	checkFits(t, view, s.w, s.h)
	return ansi.Strip(view)
}

// screenDiff compares two screens as tmux captures them (no spaces at
// the ends of lines, none of the empty lines at the end) and says where
// the first difference is, or "".
func screenDiff(want, got string) string {
	norm := func(s string) []string {
		var out []string
		for _, l := range strings.Split(s, "\n") {
			out = append(out, strings.TrimRight(l, " "))
		}
		for len(out) > 0 && out[len(out)-1] == "" {
			out = out[:len(out)-1]
		}
		return out
	}
	w, g := norm(want), norm(got)
	for i := range max(len(w), len(g)) {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d was %q, is now %q", i+1, wl, gl)
		}
	}
	return ""
}
