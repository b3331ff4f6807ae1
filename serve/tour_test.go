package serve

import (
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// ssh -t HOST tour starts the explorer in the guided tour, in the
// session's language; its keys walk it as they do locally. With
// "accessible" the line-by-line mode starts at the tour's first step, and
// without a terminal the tour comes as text.
func TestTourOverSSH(t *testing.T) {
	t.Parallel()
	ts := startEditions(t, nil)
	t.Run("explorer", func(t *testing.T) {
		t.Parallel()
		tourInExplorer(t, ts, 80, 24, "tour", "Guided tour · Step 1 of 13", "Step 2 of 13")
	})
	t.Run("explorer in Japanese", func(t *testing.T) {
		t.Parallel()
		tourInExplorer(t, ts, 60, 20, "ja tour", "ガイドツアー・ステップ1/13", "ステップ2/13")
	})
	t.Run("accessible", func(t *testing.T) {
		t.Parallel()
		s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{Command: "tour accessible", KeepRaw: true})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		d := &lineDialogue{t: t, s: s}
		d.waitFor("Step 1 of 13.", 0)
		d.say("", "Step 2 of 13.")
		d.say("q", "Goodbye.")
		if status, err := s.Wait(wait); err != nil || status != 0 {
			t.Fatalf("status %d, %v", status, err)
		}
		checkPlainLines(t, s.Raw())
	})
	t.Run("text", func(t *testing.T) {
		t.Parallel()
		out, errOut, status := ts.run(t, "tour")
		if status != 0 || errOut != "" || !strings.Contains(out, "1. Timeline: The partnership begins") || strings.Contains(out, "\x1b") {
			t.Errorf("status %d, stderr %q, stdout:\n%.600s", status, errOut, out)
		}
	})
}

// tourInExplorer opens the explorer with a command line asking for the
// tour, waits for its first step, goes to the next with space, and quits.
func tourInExplorer(t *testing.T, ts *testServer, cols, rows int, command, first, second string) {
	s, err := sshterm.Open(ts.dial(t), cols, rows, sshterm.Options{Command: command})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	for i, want := range []string{first, second} {
		if i > 0 {
			s.Type(" ")
		}
		if _, err := s.WaitText(want, wait); err != nil {
			t.Fatal(err)
		}
	}
	s.Type("q")
	if status, err := s.Wait(wait); err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
}
