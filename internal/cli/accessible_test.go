package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// runWithInput runs the program with input on standard input.
func runWithInput(t *testing.T, input string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(context.Background(), Build{}, args, strings.NewReader(input), &out, &errOut)
	return code, out.String(), errOut.String()
}

// --accessible, or ACCESSIBLE set non-empty, starts the accessible mode,
// on pipes too; ACCESSIBLE set empty does not.
func TestAccessibleStarts(t *testing.T) {
	t.Setenv("ACCESSIBLE", "")
	code, out, errOut := runWithInput(t, "2\nq\n", "--accessible")
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	// Standard input is a pipe: what is read is echoed after its prompt.
	for _, want := range []string{"dealtui, accessible mode.", "Menu. Command (h for help): 2\n", "10. Continuing joint work\n", "Goodbye.\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
	t.Setenv("ACCESSIBLE", "1")
	if _, env, _ := runWithInput(t, "2\nq\n"); env != out {
		t.Error("ACCESSIBLE=1 does not start what --accessible does")
	}
	t.Setenv("ACCESSIBLE", "")
	if _, plain, _ := runWithInput(t, "2\nq\n"); strings.Contains(plain, "accessible mode") {
		t.Error("ACCESSIBLE set empty started the accessible mode")
	}
}

// The accessible mode starts at --item or --pane, checked as the explorer
// checks them, and speaks the story's language.
func TestAccessibleOptions(t *testing.T) {
	t.Setenv("ACCESSIBLE", "")
	_, out, _ := runWithInput(t, "q\n", "--accessible", "--item", "ip-licence", "--width", "60")
	if !strings.Contains(out, "Deal changes, item 2 of 10.\n") {
		t.Errorf("did not start at the item:\n%s", out)
	}
	for _, l := range strings.Split(out, "\n") {
		if len([]rune(l)) > 60 && !strings.Contains(l, "(h for help): ") {
			t.Errorf("a line wider than --width 60: %q", l)
		}
	}
	if code, _, errOut := runWithInput(t, "q\n", "--accessible", "--item", "nope"); code != exitUsage || !strings.Contains(errOut, `--item "nope"`) {
		t.Errorf("an unknown --item: exit %d, %q", code, errOut)
	}
	ja := filepath.Join("..", "..", "content", "ja")
	for _, args := range [][]string{{"--content", ja}, {"--lang", "ja"}} {
		if _, out, _ := runWithInput(t, "q\n", append([]string{"--accessible"}, args...)...); !strings.Contains(out, "メニュー。コマンド（hでヘルプ）：") {
			t.Errorf("%v: the Japanese story did not get the Japanese mode:\n%s", args, out)
		}
	}
}
