//go:build integration

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// M8: "terms" meant both the deal's terms and the glossary's entries: the
// narrow tab read "5 Terms", the reader's glossary line "Terms …". At
// 60×20 the tab, the pane, the help and the reader all say "Glossary"
// for the glossary; "terms" is left to the deal.
func reviewM8(t *testing.T) {
	s := explore(t, 60, 20, nil, "")
	tabs := lines(s.screen())[1]
	if !strings.Contains(tabs, "5 Glossary") || strings.Contains(tabs, "Terms") {
		t.Errorf("the tabs at 60 columns: %q", tabs)
	}
	s.send("Enter")
	s.waitFor("▸ Reader")
	shown := readThrough(t, s)
	glossary := false
	for _, l := range shown {
		glossary = glossary || strings.HasPrefix(l, "Glossary ")
		if strings.HasPrefix(l, "Terms") {
			t.Errorf("the reader calls glossary entries terms: %q", l)
		}
	}
	if !glossary {
		t.Errorf("the reader has no Glossary line:\n%s", strings.Join(shown, "\n"))
	}
	s.send("5")
	heading := lines(s.waitFor("▸ Glossary"))[3]
	if strings.Contains(heading, "terms") {
		t.Errorf("the glossary pane counts terms: %q", heading)
	}
	s.send("?")
	help := s.waitFor("▸ Keys")
	if !strings.Contains(help, "5         glossary") {
		t.Errorf("the help does not name 5 glossary:\n%s", help)
	}
}

// M9: an unknown --item suggested a command whose ids --item then
// refused, and no near id. In a shell at 80×24: a near miss gets "did you
// mean" and the command that lists the ids; a note's id says what it is;
// an id from dealtui items opens. Then every id dealtui items lists is
// accepted, and every source and note id refused with that command.
func reviewM9(t *testing.T) {
	bin := plainBinary(t)
	s := newTmux(t, 80, 24)
	s.send(bin+" --item ip-licenc; echo exit=$?", "Enter")
	s.waitFor("did you mean ip-licence?", "List the ids --item takes with: dealtui items", "exit=2")
	s.send("clear; "+bin+" --item N06; echo exit=$?", "Enter")
	screen := s.waitFor("N06 is a source note", "dealtui items", "exit=2")
	if strings.Contains(screen, "grep") {
		t.Errorf("the error still suggests grep:\n%s", screen)
	}
	items := listedItems(t)
	last := items[len(items)-1]
	s.send("clear; "+bin+" --item "+last.ID+"; echo exit=$?", "Enter")
	s.waitFor(last.Title, "q quit")
	s.send("q")
	s.waitFor("exit=0")

	for _, it := range items {
		if code, _, errOut := runCLI(t, "--item", it.ID, "--width", "20"); code != 0 {
			t.Errorf("dealtui items lists %s, which --item refuses: %s", it.ID, errOut)
		}
	}
	for _, id := range sourceIDs(t) {
		code, _, errOut := runCLI(t, "--item", id)
		if code != 2 || !strings.Contains(errOut, "dealtui items") {
			t.Errorf("--item %s: exit %d, %q", id, code, errOut)
		}
	}
}

// sourceIDs are the ids of the article's blocks, the background facts
// and the notes, from the JSON export.
func sourceIDs(t *testing.T) []string {
	t.Helper()
	_, js, _ := runCLI(t, "print", "--format", "json")
	var doc struct {
		Notes   []struct{ ID string }
		Sources struct{ Article, Background []struct{ ID string } }
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, list := range [][]struct{ ID string }{doc.Notes, doc.Sources.Article, doc.Sources.Background} {
		for _, x := range list {
			ids = append(ids, x.ID)
		}
	}
	if len(ids) == 0 {
		t.Fatal("no source or note ids in the JSON export")
	}
	return ids
}

// M11: a search with no result offered nothing. At 80×24, /exclusivty,
// enter: the results say "No result for exclusivty." and suggest
// "exclusivity"; tab searches for it. The same in the Japanese edition
// (its suggestions are the story's Latin words).
func reviewM11(t *testing.T) {
	for _, c := range []struct {
		lang                       string
		ready, nothing, suggestion string
		found                      string
	}{
		{"en", "q quit", "No result for exclusivty.", "Did you mean exclusivity?", "1 of "},
		{"ja", "q 終了", "exclusivty は見つかりませんでした。", "もしかして：exclusivity", "1/"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			t.Parallel()
			s := explore(t, 80, 24, nil, "--lang "+c.lang, c.ready)
			s.send("/")
			s.typeText("exclusivty")
			s.waitFor(c.nothing)
			s.send("Enter")
			s.waitFor(c.nothing, c.suggestion)
			s.send("Tab")
			s.waitFor("/ exclusivity", c.found)
		})
	}
}
