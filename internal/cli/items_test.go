package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/model"
)

// dealtui items lists the built-in story's items, one a line: the golden
// files are the list a person sees, and its JSON.
func TestItemsGolden(t *testing.T) {
	for _, format := range itemsFormats() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "items", "--format", format)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			golden.RequireEqual(t, out)
		})
	}
}

// Every id items lists opens with --item, and every item is listed once,
// in the order of the panes: the list is exactly what --item takes.
func TestItemsAreWhatItemTakes(t *testing.T) {
	story, err := builtinStory(model.English)
	if err != nil {
		t.Fatal(err)
	}
	_, out, _ := runCLI(t, "items")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	entries := story.Entries()
	if len(lines) != len(entries) {
		t.Fatalf("items lists %d lines; the story has %d items", len(lines), len(entries))
	}
	for i, l := range lines {
		id := strings.Fields(l)[0]
		if id != entries[i].Base().ID {
			t.Errorf("line %d is %q, want the item %s", i+1, l, entries[i].Base().ID)
		}
		if err := checkItem(story, id); err != nil {
			t.Errorf("--item refuses %s, which items lists: %v", id, err)
		}
	}
	var list []itemLine
	_, out, _ = runCLI(t, "items", "-f", "json")
	if err := json.Unmarshal([]byte(out), &list); err != nil || len(list) != len(entries) {
		t.Fatalf("items --format json: %d items, %v", len(list), err)
	}
}

// --content gives the list of that pack's items.
func TestItemsOfAPack(t *testing.T) {
	code, out, errOut := runCLI(t, "--content", "../../testdata/packs/search", "items")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	want := "story      impact    A story to search\n" +
		"start      timeline  The lighthouse is built\n" +
		"end        timeline  It ends\n" +
		"term-one   deal      Lighthouse dues\n" +
		"a-company  japan     A company\n" +
		"an-impact  impact    An impact\n" +
		"cloud      glossary  Cloud\n"
	if out != want {
		t.Errorf("items of the search pack:\n%s\nwant:\n%s", out, want)
	}
}

// An id --item cannot open gets the nearest ids, or what it names when it
// is a source, and the command that lists the ids --item takes.
func TestItemErrors(t *testing.T) {
	tests := []struct {
		id   string
		want string
	}{
		{"ip-licenc", `--item "ip-licenc": no item has that id; did you mean ip-licence?`},
		{"IP-Licence", "did you mean ip-licence?"},
		{"exclusivty", "did you mean exclusivity?"},
		{"event-20", "did you mean event-2019-partnership, event-2023-third-phase or event-2025-first-refusal?"},
		{"zzzzqqqq", `--item "zzzzqqqq": no item has that id` + "\n"},
		{"N06", `--item "N06": N06 is a source note, not a story item; --item takes story items only.` +
			"\nN06 opens from the items that cite it (s in the explorer shows an item's cited sources), such as --item story."},
		{"P01", "P01 is the digest of an article block, not a story item"},
		{"b01", "B01 is a background fact, not a story item"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, "--item", tt.id)
		if code != exitUsage || out != "" {
			t.Errorf("--item %s: exit %d, stdout %q", tt.id, code, out)
		}
		if !strings.Contains(errOut, tt.want) || !strings.Contains(errOut, "\nList the ids --item takes with: dealtui items\n") {
			t.Errorf("--item %s: stderr\n%s\nwant %q and the items command", tt.id, errOut, tt.want)
		}
	}
}

// items takes no argument and only its formats.
func TestItemsUsageErrors(t *testing.T) {
	for _, c := range []badCase{
		{"a format items does not write", []string{"items", "--format", "markdown"}, []string{`--format: unknown format "markdown": want one of text, json`, "Try 'dealtui items --help'"}},
		{"an argument", []string{"items", "ip-licence"}, []string{`unexpected argument "ip-licence" for "dealtui items"`}},
	} {
		t.Run(c.name, func(t *testing.T) { runBad(t, c) })
	}
}

// On a terminal, a title too long for the line goes on under its column;
// the other columns and every word stay.
func TestItemsWrapOnATerminal(t *testing.T) {
	story, err := builtinStory(model.English)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := writeItems(&b, story, 80); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}
	const first = "story                              impact    Microsoft and OpenAI end\n" +
		"                                             exclusivity\n" +
		"event-2019-partnership             timeline  The partnership begins\n"
	if !strings.HasPrefix(out, first) {
		t.Errorf("the first items at 80 columns:\n%s\nwant:\n%s", out[:200], first)
	}
	var whole strings.Builder
	_ = writeItems(&whole, story, 0)
	if strings.Join(strings.Fields(out), " ") != strings.Join(strings.Fields(whole.String()), " ") {
		t.Error("wrapping lost or changed a word")
	}
}
