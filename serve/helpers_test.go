package serve

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
)

// wait is how long a test waits for something that takes milliseconds,
// on a machine that may be busy. It is a bound on a hang, not a budget.
const wait = 20 * time.Second

// title is on the first line of every frame of the explorer.
const title = "Microsoft and OpenAI end exclusivity"

func testStory(t testing.TB) *model.Story {
	t.Helper()
	s, err := model.Load(content.FS())
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// logBuffer collects the server's log.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// testServer is a server on 127.0.0.1, port chosen by the system.
type testServer struct {
	*Server
	addr string
	log  *logBuffer
}

// exportCommand stands in for the command line's print (which serve
// cannot import: the command line imports serve): print writes the
// story's text export, anything else gets one line and status 2.
func exportCommand(story *model.Story) func(context.Context, []string, model.Lang, int, io.Writer, io.Writer) int {
	return func(_ context.Context, args []string, _ model.Lang, width int, stdout, stderr io.Writer) int {
		if len(args) == 0 || args[0] != "print" {
			fmt.Fprintln(stderr, "dealtui: unknown command")
			return 2
		}
		if story.Export(stdout, model.FormatText, width) != nil {
			return 1
		}
		return 0
	}
}

// startServer starts a server with the defaults and what change changes;
// it is closed when the test ends.
func startServer(t testing.TB, change func(*Config)) *testServer {
	t.Helper()
	cfg := NewConfig(testStory(t))
	cfg.Command = exportCommand(cfg.Story)
	cfg.HostKeyPath = filepath.Join(t.TempDir(), "key")
	cfg.Rate = 0 // tests open many sessions from one address
	cfg.PerIP = 1000
	cfg.MaxSessions = 1000
	cfg.PerIPConns, cfg.MaxConns = 1000, 2000
	cfg.Startups = Startups{Soft: 1000, Rate: 30, Hard: 1000}
	logs := &logBuffer{}
	cfg.Logger = slog.New(slog.NewTextHandler(logs, nil))
	if change != nil {
		change(&cfg)
	}
	srv, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_ = srv.Serve(ln)
	}()
	t.Cleanup(func() {
		_ = srv.Close()
		<-done
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return &testServer{Server: srv, addr: ln.Addr().String(), log: logs}
}

func (ts *testServer) dial(t testing.TB) *gossh.Client {
	t.Helper()
	c, err := sshterm.Dial(ts.addr, wait)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

// explorer opens a session with a terminal of cols×rows on its own
// connection and waits for the first frame.
func (ts *testServer) explorer(t testing.TB, cols, rows int, o sshterm.Options) *sshterm.Session {
	t.Helper()
	s, err := sshterm.Open(ts.dial(t), cols, rows, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if _, err := s.WaitText(title, wait); err != nil {
		t.Fatal(err)
	}
	return s
}

// run runs a command without a terminal on its own connection, and gives
// its output, standard error and exit status.
func (ts *testServer) run(t testing.TB, cmd string) (stdout, stderr string, status int) {
	t.Helper()
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	if cmd == "" {
		err = sess.Shell()
		if err == nil {
			err = sess.Wait()
		}
	} else {
		err = sess.Run(cmd)
	}
	status, err = sshterm.ExitStatus(err)
	if err != nil {
		t.Fatalf("%q: %v", cmd, err)
	}
	return out.String(), errOut.String(), status
}

// frameWidth is the width of the frame's top border, the first line that
// starts with a box corner.
func frameWidth(screen string) int {
	for _, line := range strings.Split(screen, "\n") {
		if strings.HasPrefix(line, "┏") || strings.HasPrefix(line, "╭") {
			return len([]rune(line))
		}
	}
	return 0
}

// eventually waits for cond, which becomes true as goroutines finish.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(wait)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not so after %v: %s", wait, what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
