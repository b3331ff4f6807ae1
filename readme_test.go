package main

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/ui"
)

// keyTable is README's key table as the KeyMap's help entries give it.
func keyTable() string {
	var b strings.Builder
	b.WriteString("| | keys | does |\n|---|---|---|\n")
	for _, g := range ui.DefaultKeyMap().Groups() {
		group := g.Title
		for _, k := range g.Bindings {
			h := k.Help()
			fmt.Fprintf(&b, "| %s | `%s` | %s |\n", group, h.Key, h.Desc)
			group = ""
		}
	}
	return b.String()
}

// README's key table must say what the KeyMap says.
func TestReadmeKeyTable(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	const begin, end = "<!-- keys:begin -->\n", "<!-- keys:end -->"
	s := string(readme)
	i, j := strings.Index(s, begin), strings.Index(s, end)
	if i < 0 || j < i {
		t.Fatalf("README.md has no %q … %q section", strings.TrimSpace(begin), end)
	}
	if got, want := s[i+len(begin):j], keyTable(); got != want {
		t.Errorf("README key table is out of date with ui.DefaultKeyMap; replace it with:\n\n%s", want)
	}
}

// The two commands a newcomer needs stay in README exactly.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"```sh\ngo run .\n```", "```sh\ngo test ./...\n```"} {
		if !strings.Contains(string(readme), cmd) {
			t.Errorf("README.md lost the command block %q", cmd)
		}
	}
}
