package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// A pack without tour.md loads, but has no tour to print: a usage error,
// with the reason.
func TestPrintTourWithoutTour(t *testing.T) {
	pack := filepath.Join("..", "..", "testdata", "packs", "valid")
	for _, format := range []string{"tour", "tour-text"} {
		code, out, errOut := runCLI(t, "--content", pack, "print", "--format", format)
		if code != exitUsage || out != "" || !strings.Contains(errOut, "this story has no tour: its pack has no tour.md") {
			t.Errorf("--format %s: exit %d, stdout %q, stderr %q", format, code, out, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "--content", pack, "print", "--format", "json"); code != exitOK {
		t.Errorf("the JSON of a pack without a tour: exit %d, %s", code, errOut)
	}
}

// A pack whose tour names an item it does not have fails to load, with
// tour.md's line.
func TestTourMissingItemFailsToLoad(t *testing.T) {
	pack := filepath.Join("..", "..", "testdata", "packs", "tour-missing-item")
	code, _, errOut := runCLI(t, "--content", pack, "print")
	if code != exitUsage || !strings.Contains(errOut, `tour-missing-item/tour.md:8: step 2: item "term-two" is not the id of any item`) {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// Without a terminal, dealtui tour prints the tour as text, as print
// --format tour-text does, in the story's language and at --width.
func TestTourCommandWithoutTerminal(t *testing.T) {
	for _, c := range []struct {
		name string
		args []string
	}{
		{"en", nil}, {"ja-width60", []string{"--lang", "ja", "--width", "60"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, append([]string{"tour"}, c.args...)...)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			_, text, _ := runCLI(t, append([]string{"print", "--format", "tour-text"}, c.args...)...)
			if out != text {
				t.Error("dealtui tour without a terminal does not print what print --format tour-text does")
			}
			golden.RequireEqual(t, out)
		})
	}
}

// --tour-pace takes whole seconds from 5s to 10m, on dealtui and on
// dealtui tour; anything else is a usage error that says what it wants.
func TestTourPaceFlag(t *testing.T) {
	for _, cmd := range [][]string{nil, {"tour"}} {
		for _, c := range []struct{ pace, want string }{
			{"0", `--tour-pace: "0" is out of range: from 5s to 10m`},
			{"-20s", `--tour-pace: "-20s" is out of range`},
			{"11m", `--tour-pace: "11m" is out of range`},
			{"4s", `--tour-pace: "4s" is out of range`},
			{"7.5s", `--tour-pace: "7.5s" is not a whole number of seconds`},
			{"soon", `--tour-pace: "soon" is not a duration: write it as 20s, 45s or 1m30s`},
			{"20", `--tour-pace: "20" is not a duration`},
		} {
			code, out, errOut := runCLI(t, append(cmd, "--tour-pace", c.pace)...)
			if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) {
				t.Errorf("%v --tour-pace %s: exit %d, stdout %d bytes, stderr %q", cmd, c.pace, code, len(out), errOut)
			}
		}
		for _, pace := range []string{"5s", "20s", "1m30s", "10m"} {
			if code, _, errOut := runCLI(t, append(cmd, "--tour-pace", pace)...); code != exitOK {
				t.Errorf("%v --tour-pace %s: exit %d, %s", cmd, pace, code, errOut)
			}
		}
	}
}

// dealtui tour takes the explorer's flags of look and feel, not where to
// open; a story without a tour is a usage error.
func TestTourCommandFlags(t *testing.T) {
	for _, args := range [][]string{{"--theme", "light"}, {"--no-mouse"}, {"--theme", "dark", "--tour-pace", "15s", "--width", "72"}} {
		if code, _, errOut := runCLI(t, append([]string{"tour"}, args...)...); code != exitOK {
			t.Errorf("tour %v: exit %d, %s", args, code, errOut)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--theme", "sepia"}, `--theme: unknown theme "sepia"`},
		{[]string{"--pane", "deal"}, "unknown flag: --pane"},
		{[]string{"--width", "5"}, "--width"},
		{[]string{"now"}, `unexpected argument "now" for "dealtui tour"`},
		{[]string{"--content", filepath.Join("..", "..", "testdata", "packs", "valid")}, "this story has no tour: its pack has no tour.md"},
	} {
		code, out, errOut := runCLI(t, append([]string{"tour"}, c.args...)...)
		if code != exitUsage || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("tour %v: exit %d, stdout %d bytes, stderr %q", c.args, code, len(out), errOut)
		}
	}
}

// With ACCESSIBLE set, dealtui tour is the accessible mode, started at
// the tour's first step (no t needed), and enter goes on to the next.
func TestTourCommandAccessible(t *testing.T) {
	t.Setenv("ACCESSIBLE", "1")
	var out, errOut bytes.Buffer
	code := Run(context.Background(), Build{}, []string{"tour"}, strings.NewReader("\nq\n"), &out, &errOut)
	if code != exitOK || !strings.Contains(out.String(), "Step 1 of 13.") || !strings.Contains(out.String(), "Step 2 of 13.") {
		t.Errorf("exit %d, stderr %q, stdout:\n%s", code, errOut.String(), out.String())
	}
}
