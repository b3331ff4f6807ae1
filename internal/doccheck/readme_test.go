package doccheck

import (
	"fmt"
	"os"
	"path/filepath"
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
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
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

// The commands a newcomer needs stay in README exactly, and CI runs the
// README's test commands.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	ci, err := os.ReadFile(filepath.Join("..", "..", ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	for _, cmd := range []string{"go run .", "go test ./...", "go test -tags integration ./..."} {
		if !strings.Contains(string(readme), "```sh\n"+cmd+"\n```") {
			t.Errorf("README.md lost the command block for %q", cmd)
		}
		if strings.HasPrefix(cmd, "go test") && !strings.Contains(string(ci), "\n"+cmd+"\n") {
			t.Errorf(".ci/run does not run the README's %q", cmd)
		}
	}
}
