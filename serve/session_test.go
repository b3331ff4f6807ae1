package serve

import (
	"bytes"
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

// print and its flags are answered as dealtui print answers; anything else
// gets one line on stderr and status 2.
func TestPrintCommand(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	story := testStory(t)
	export := func(f model.Format, width int) string {
		var b bytes.Buffer
		if err := story.Export(&b, f, width); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, c := range []struct{ cmd, want string }{
		{"print", export(model.FormatText, 80)},
		{"print --format json", export(model.FormatJSON, 80)},
		{"print -f markdown --width 60", export(model.FormatMarkdown, 60)},
		{"print --width=50", export(model.FormatText, 50)},
	} {
		out, errOut, status := ts.run(t, c.cmd)
		if status != 0 || errOut != "" || out != c.want {
			t.Errorf("%q: status %d, stderr %q, output right: %v", c.cmd, status, errOut, out == c.want)
		}
	}
	for _, c := range []struct{ cmd, want string }{
		{"ls -la", `dealtui: unknown command "ls": this server answers only: print [--format text|markdown|json] [--width N]`},
		{"cat /etc/passwd", `dealtui: unknown command "cat"`},
		{"print --format xml", `dealtui: unknown format "xml": want one of text, markdown, json`},
		{"print --width 5", `dealtui: invalid argument "5" for "--width" flag: want a whole number of columns from 20 to 1000`},
		{"print --width 100000", `dealtui: invalid argument "100000" for "--width" flag: want a whole number of columns from 20 to 1000`},
		{"print --colour", `dealtui: unknown flag: --colour`},
		{"print extra", `dealtui: unexpected argument "extra" for "dealtui print"`},
		{"'\x1b]0;pwned\x07'", `dealtui: unknown command "\x1b]0;pwned\x07"`},
	} {
		out, errOut, status := ts.run(t, c.cmd)
		lines := strings.Count(errOut, "\n")
		if status != 2 || out != "" || lines != 1 || !strings.HasPrefix(errOut, c.want) {
			t.Errorf("%q: status %d, stdout %q, stderr %q; want status 2 and one line starting %q", c.cmd, status, out, errOut, c.want)
		}
		if strings.ContainsRune(errOut, 0x1b) {
			t.Errorf("%q: the error line carries an escape character: %q", c.cmd, errOut)
		}
	}
}
