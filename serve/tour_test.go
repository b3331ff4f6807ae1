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
		s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{Command: "tour"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		if _, err := s.WaitText("Guided tour · Step 1 of 13", wait); err != nil {
			t.Fatal(err)
		}
		s.Type(" ")
		if _, err := s.WaitText("Step 2 of 13", wait); err != nil {
			t.Fatal(err)
		}
		s.Type("q")
		if status, err := s.Wait(wait); err != nil || status != 0 {
			t.Fatalf("status %d, %v", status, err)
		}
	})
	t.Run("explorer in Japanese", func(t *testing.T) {
		t.Parallel()
		s, err := sshterm.Open(ts.dial(t), 60, 20, sshterm.Options{Command: "ja tour"})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		if _, err := s.WaitText("ガイドツアー・ステップ1/13", wait); err != nil {
			t.Fatal(err)
		}
		s.Type("q")
		if status, err := s.Wait(wait); err != nil || status != 0 {
			t.Fatalf("status %d, %v", status, err)
		}
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
