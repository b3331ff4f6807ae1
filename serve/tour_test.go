package serve

import (
	"encoding/base64"
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

// y copies the item in the reader to the client's clipboard: the OSC 52
// sequence reaches the client over SSH, with the item's Markdown in it.
func TestCopyOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 120, 40, sshterm.Options{KeepRaw: true})
	s.Type("y")
	if _, err := s.WaitRaw(func(raw []byte) bool { return strings.Contains(string(raw), "\x1b]52;c;") }, wait); err != nil {
		t.Fatal(err)
	}
	raw := string(s.Raw())
	seq := raw[strings.Index(raw, "\x1b]52;c;")+len("\x1b]52;c;"):]
	end := strings.IndexAny(seq, "\x07\x1b")
	if end < 0 {
		t.Fatalf("the OSC 52 sequence does not end: %.80q", seq)
	}
	md, err := base64.StdEncoding.DecodeString(seq[:end])
	if err != nil || !strings.HasPrefix(string(md), "# ") {
		t.Errorf("payload %.200q, %v", md, err)
	}
	if _, err := s.WaitText("copied “Multi-partnership framework” as Markdown", wait); err != nil {
		t.Error(err)
	}
}
