package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
)

// A client with a terminal gets the explorer at its size; keys move it; a
// window change brings a frame at the new width; q ends the session with
// status 0 and the client's screen restored.
func TestExplorerOverSSH(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 120, 40, sshterm.Options{KeepRaw: true})
	if got := frameWidth(s.Screen()); got != 120 {
		t.Fatalf("first frame is %d wide, want 120:\n%s", got, s.Screen())
	}

	if _, err := s.Type("2"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
		t.Fatalf("key 2 did not open the deal changes: %v", err)
	}

	if err := s.Resize(80, 24); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 80 && strings.Contains(sc, "▸ Deal changes") }, wait); err != nil {
		t.Fatalf("no frame at the new width: %v", err)
	}

	if _, err := s.Type("q"); err != nil {
		t.Fatal(err)
	}
	status, err := s.Wait(wait)
	if err != nil || status != 0 {
		t.Fatalf("after q: status %d, %v", status, err)
	}
	raw := s.Raw()
	for _, seq := range []string{"\x1b[?1049h", "\x1b[?1049l"} { // alternate screen entered and left
		if !bytes.Contains(raw, []byte(seq)) {
			t.Errorf("the output has no %q", seq)
		}
	}
	if i, j := bytes.LastIndex(raw, []byte("\x1b[?1049l")), bytes.LastIndex(raw, []byte("\x1b[?1049h")); i < j {
		t.Error("the alternate screen was entered again after it was left")
	}
}

// Without a terminal (ssh host > story.txt) the client gets the story as
// plain text, as dealtui | cat gives it, and status 0.
func TestNoTerminalGetsText(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	out, errOut, status := ts.run(t, "")
	var want bytes.Buffer
	if err := testStory(t).WriteText(&want, model.DefaultWidth); err != nil {
		t.Fatal(err)
	}
	if status != 0 || errOut != "" {
		t.Fatalf("status %d, stderr %q", status, errOut)
	}
	if out != want.String() {
		t.Fatalf("got %d bytes, want the %d of WriteText; start:\n%.300s", len(out), want.Len(), out)
	}
}

// A command is answered by the configured Command (the command line's
// print: internal/cli's tests), with the client's arguments and terminal
// width, its output going to the client and its result the exit status;
// without one, every command is refused with one line and status 2.
func TestCommandIsTheConfigured(t *testing.T) {
	t.Parallel()
	type call struct {
		args  []string
		width int
	}
	calls := make(chan call, 1)
	ts := startServer(t, func(c *Config) {
		c.Command = func(_ context.Context, args []string, _ model.Lang, width int, stdout, stderr io.Writer) int {
			calls <- call{args, width}
			fmt.Fprint(stdout, "out:"+strings.Join(args, ","))
			fmt.Fprint(stderr, "err")
			return 3
		}
	})
	out, errOut, status := ts.run(t, "print --format json")
	if out != "out:print,--format,json" || errOut != "err" || status != 3 {
		t.Errorf("stdout %q, stderr %q, status %d", out, errOut, status)
	}
	if c := <-calls; c.width != 0 || len(c.args) != 3 {
		t.Errorf("Command got %+v; want three arguments and width 0 (no terminal)", c)
	}
	none := startServer(t, func(c *Config) { c.Command = nil })
	out, errOut, status = none.run(t, "print")
	if status != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "dealtui: this server answers no commands") {
		t.Errorf("without a Command: status %d, stdout %q, stderr %q", status, out, errOut)
	}
}
