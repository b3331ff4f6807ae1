package ui

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// hostilePayloads are the data parts of the control sequences in
// testdata/packs/hostile: they must not be on screen either, as sequences
// are removed whole.
var hostilePayloads = []string{"ZWNobyBwd25lZA==", "pwned", "+q544e", "Gf=100", "bm90IGNsb3NlZA=="}

// glamourLink is an OSC 8 hyperlink as Glamour writes one for a Markdown
// link: the only sequence but SGR a model frame may carry (the guard drops
// it before the terminal; see TestHostileFrames).
var glamourLink = regexp.MustCompile(`\x1b\]8;[^\x07\x1b]*(\x07|\x1b\\)`)

// Every frame of the explorer over the hostile pack, in every pane, the
// reader, the sources view, the search and the help, at three sizes, dark
// and without colour: byte for byte, nothing from content reaches the
// terminal as a control. The model's frame has only SGR sequences (and
// Glamour's OSC 8 links for Markdown links, with the target written out
// in the text); the frame the terminal gets has only SGR.
func TestHostileFrames(t *testing.T) {
	t.Parallel()
	story, err := model.Load(os.DirFS(filepath.Join("..", "testdata", "packs", "hostile")))
	if err != nil {
		t.Fatalf("the hostile pack must load: %v", err)
	}
	frames, links := 0, 0
	for _, opts := range []Options{{Theme: ThemeDark, Mouse: true}, {Theme: ThemeLight, Profile: colorprofile.ASCII}} {
		for _, sz := range [][2]int{{80, 24}, {120, 40}, {200, 60}} {
			hs := harnessFor(t, story, opts, 120, 40)
			hs.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
			check := func(what string) {
				t.Helper()
				frames++
				view := hs.m.View().Content
				name := fmt.Sprintf("%dx%d nocolor=%v %s", sz[0], sz[1], opts.noColor(), what)
				if err := fits(view, sz[0], sz[1]); err != nil {
					t.Errorf("%s: %v", name, err)
				}
				links += len(glamourLink.FindAllString(view, -1))
				if why := onlySGR(view, false); why != "" {
					t.Errorf("%s: model frame: %s\n%q", name, why, view)
				}
				guarded := Guard(hs.m, func() {}).View().Content
				if why := onlySGR(guarded, false); why != "" {
					t.Errorf("%s: frame sent to the terminal: %s", name, why)
				}
				for _, p := range hostilePayloads {
					if strings.Contains(view, p) {
						t.Errorf("%s: the payload %q of a control sequence is on screen", name, p)
					}
				}
			}
			check("start")
			for _, pane := range []string{"1", "2", "3", "4"} {
				hs.keys(pane)
				check("pane " + pane)
				for i := range 3 {
					hs.keys("j")
					check(fmt.Sprintf("pane %s row %d", pane, i+1))
					hs.keys("enter")
					check(fmt.Sprintf("pane %s row %d reader", pane, i+1))
					hs.keys("G")
					check(fmt.Sprintf("pane %s row %d reader bottom", pane, i+1))
					hs.keys("s")
					check(fmt.Sprintf("pane %s row %d sources", pane, i+1))
					hs.keys("esc", "esc")
				}
			}
			hs.keys("/")
			hs.typeText("end")
			check("search")
			hs.keys("down", "down")
			check("search, third result")
			hs.keys("enter")
			check("search result")
			hs.keys("?")
			check("help")
		}
	}
	if links != 0 {
		t.Errorf("%d OSC 8 links from Glamour reached the model's frames; render.go should strip them", links)
	}
	t.Logf("%d frames checked", frames)
}

// The hostile pack loads with every field cleaned: no control, no bidi or
// invisible character, no escape sequence payload, in any field of any
// item, note or source.
func TestHostileStoryFields(t *testing.T) {
	story, err := model.Load(os.DirFS(filepath.Join("..", "testdata", "packs", "hostile")))
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, e := range story.Entries() {
		texts = append(texts, model.EntryMarkdown(e), e.Base().Title)
	}
	for _, n := range story.Notes {
		texts = append(texts, n.Title, n.Summary, n.Body)
	}
	for _, b := range story.Blocks {
		texts = append(texts, b.Section, b.Summary)
	}
	for _, f := range story.Facts {
		texts = append(texts, f.Section, f.Summary, f.Source)
	}
	for _, s := range texts {
		if why := onlySGR(s, false); why != "" || strings.Contains(s, "\x1b") || strings.Contains(s, "\t") {
			t.Errorf("%s in %q", why, s)
		}
		for _, p := range hostilePayloads {
			if strings.Contains(s, p) {
				t.Errorf("payload %q left in %q", p, s)
			}
		}
		for _, ref := range []string{"&#27;", "&#x1B;", "&#155;", "&#x202E;", "&zwj;", "&rlm;", "&ZeroWidthSpace;"} {
			if strings.Contains(s, ref) {
				t.Errorf("character reference %s left in %q (Glamour would decode it)", ref, s)
			}
		}
	}
}

// An item with 12,000 related ids (as many as 64 KiB of front matter
// holds) costs the reader no more than its first links: a screenful of
// lines, and → is answered without building them all.
func TestThousandsOfRelated(t *testing.T) {
	dir := filepath.Join("..", "testdata", "packs", "valid")
	pack := fstest.MapFS{}
	err := fs.WalkDir(os.DirFS(dir), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(filepath.Join(dir, p))
		pack[p] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	const at = "why_it_matters: It is the start.\n"
	related := "related: [" + strings.Repeat("end, ", 11999) + "end]\n"
	start := string(pack["timeline/01-start.md"].Data)
	pack["timeline/01-start.md"].Data = []byte(strings.Replace(start, at, at+related, 1))
	s, err := model.Load(pack)
	if err != nil {
		t.Fatal(err)
	}
	hs := harnessFor(t, s, Options{Item: "start"}, 120, 40)
	hs.keys("enter")
	for range 70 {
		hs.keys("right")
	}
	r := hs.m.reader
	if len(r.lines) > 4*maxLinks || len(r.links) > 2*maxLinks {
		t.Errorf("%d lines and %d links for 12,000 related ids", len(r.lines), len(r.links))
	}
	if !strings.Contains(ansi.Strip(strings.Join(r.lines, "\n")), "and 11940 more") {
		t.Error("the reader does not say how many related items it leaves out")
	}
}
