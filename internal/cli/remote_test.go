package cli

import (
	"bytes"
	"context"
	"net"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/serve"
)

// remote runs a command line as an SSH client's, with the client's width.
func remote(t *testing.T, story *model.Story, width int, args ...string) (string, string, int) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := RemoteCommand(map[model.Lang]*model.Story{model.English: story})(context.Background(), args, model.English, width, &out, &errOut)
	return out.String(), errOut.String(), code
}

// Over SSH, print and its flags are answered as dealtui print answers;
// anything else, --content included (a client reads none of the server's
// files), gets one line on stderr and status 2.
func TestRemoteCommand(t *testing.T) {
	story, err := builtinStory(model.English)
	if err != nil {
		t.Fatal(err)
	}
	export := func(f model.Format, width int) string {
		var b bytes.Buffer
		if err := story.Export(&b, f, width); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	for _, c := range []struct {
		args  []string
		width int
		want  string
	}{
		{[]string{"print"}, 0, export(model.FormatText, 80)},
		{[]string{"print"}, 100, export(model.FormatText, 100)},
		{[]string{"print"}, 5000, export(model.FormatText, model.MaxWidth)},
		{[]string{"print", "--format", "json"}, 0, export(model.FormatJSON, 80)},
		{[]string{"print", "-f", "markdown", "--width", "60"}, 0, export(model.FormatMarkdown, 60)},
		{[]string{"print", "--width=50"}, 120, export(model.FormatText, 50)},
	} {
		out, errOut, code := remote(t, story, c.width, c.args...)
		if code != exitOK || errOut != "" || out != c.want {
			t.Errorf("%q at %d columns: exit %d, stderr %q, output right: %v", c.args, c.width, code, errOut, out == c.want)
		}
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"ls", "-la"}, `dealtui: unknown command "ls": this server answers only: print [--format text|markdown|json|html|tour|tour-text] [--width N] [--lang ja|en], or [ja|en] [accessible] [tour] to read the story`},
		{[]string{"cat", "/etc/passwd"}, `dealtui: unknown command "cat"`},
		{[]string{"--content", "/etc", "print"}, `dealtui: unknown flag: --content`},
		{[]string{"print", "--content", "/etc"}, `dealtui: unknown flag: --content`},
		{[]string{"print", "--format", "xml"}, `dealtui: --format: unknown format "xml": want one of text, markdown, json, html`},
		{[]string{"print", "--width", "5"}, `dealtui: invalid argument "5" for "--width" flag: want a whole number of columns from 20 to 1000`},
		{[]string{"print", "--colour"}, `dealtui: unknown flag: --colour`},
		{[]string{"print", "extra"}, `dealtui: unexpected argument "extra" for "dealtui print"`},
		{[]string{"serve"}, `dealtui: unknown command "serve"`},
		{[]string{"\x1b]0;pwned\x07"}, `dealtui: unknown command "\x1b]0;pwned\x07"`},
	} {
		out, errOut, code := remote(t, story, 80, c.args...)
		if code != exitUsage || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, c.want) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and one line starting %q", c.args, code, out, errOut, c.want)
		}
	}
	if out, errOut, code := remote(t, story, 80, "print", "--help"); code != exitOK || errOut != "" || !strings.Contains(out, "--format") {
		t.Errorf("print --help: exit %d, stderr %q, stdout %q", code, errOut, out)
	}
}

// dealtui serve answers a client's command line with this command line's
// print, end to end over SSH.
func TestServeAnswersPrint(t *testing.T) {
	story, err := builtinStory(model.English)
	if err != nil {
		t.Fatal(err)
	}
	cfg := serve.NewConfig(story)
	cfg.HostKeyPath = filepath.Join(t.TempDir(), "key")
	cfg.Command = RemoteCommand(map[model.Lang]*model.Story{model.English: story})
	srv, err := serve.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	t.Cleanup(func() { _ = srv.Close() })
	c, err := sshterm.Dial(ln.Addr().String(), 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out bytes.Buffer
	sess.Stdout = &out
	if err := sess.Run("print --format json"); err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := story.WriteJSON(&want); err != nil {
		t.Fatal(err)
	}
	if out.String() != want.String() {
		t.Errorf("got %d bytes, want the %d of the JSON export", out.Len(), want.Len())
	}
}
