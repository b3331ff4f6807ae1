//go:build integration

package e2e

import (
	"bufio"
	"encoding/json"
	"io"
	"net"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// serveProcess is dealtui serve as a process, with its log.
type serveProcess struct {
	cmd  *exec.Cmd
	addr string
	rest chan string // the log after the serving line, once it ends
}

// startServe runs the binary's serve with args and waits for it to say
// where it listens.
func startServe(t *testing.T, bin string, args ...string) *serveProcess {
	t.Helper()
	p := &serveProcess{cmd: exec.Command(bin, append([]string{"serve", "--log-format", "json"}, args...)...), rest: make(chan string, 1)}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = p.cmd.Process.Kill() })
	logs := bufio.NewScanner(stderr)
	for p.addr == "" && logs.Scan() {
		var rec struct{ Msg, Addr string }
		if json.Unmarshal(logs.Bytes(), &rec) == nil && rec.Msg == "serving" {
			p.addr = rec.Addr
		}
	}
	if p.addr == "" {
		t.Fatal("no serving line in the log")
	}
	go func() {
		var b strings.Builder
		for logs.Scan() {
			b.WriteString(logs.Text() + "\n")
		}
		_, _ = io.Copy(&b, stderr)
		p.rest <- b.String()
	}()
	return p
}

// dealtui serve as a process: SIGTERM stops new connections, tells the
// open session the server is restarting, closes it once --drain has run
// out, and the process exits 0.
func TestServeDrainsOnSIGTERM(t *testing.T) {
	p := startServe(t, plainBinary(t), "--listen", "127.0.0.1:0", "--host-key", filepath.Join(t.TempDir(), "key"), "--drain", "1s")
	c, err := sshterm.Dial(p.addr, 20*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	s, err := sshterm.Open(c, 100, 30, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitText("Microsoft and OpenAI end exclusivity", 20*time.Second); err != nil {
		t.Fatal(err)
	}
	// The notice is on the screen only until the drain ends the session
	// (1 s): watched for as the output arrives, not when this goroutine
	// next runs.
	notice := s.Watch(func(screen string) bool { return strings.Contains(screen, "The server is restarting") })
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-notice:
	case <-time.After(20 * time.Second):
		t.Fatalf("no notice that the server is restarting; the screen:\n%s", s.Screen())
	}
	waitRefused(t, p.addr)
	if _, err := sshterm.Dial(p.addr, 2*time.Second); err == nil {
		t.Error("a new connection was accepted after SIGTERM")
	}
	status, err := s.Wait(20 * time.Second)
	if err != nil || status != 0 || !strings.Contains(s.Stderr(), "the server is restarting; connect again in a moment") {
		t.Errorf("the session: status %d, %v, stderr %q", status, err, s.Stderr())
	}
	// The log to its end first: Wait closes the pipe, and what the
	// reader had not read yet (on a loaded machine, the last lines) would
	// be lost.
	log := <-p.rest
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("dealtui serve exited with %v\n%s", err, log)
	}
	if !strings.Contains(log, `"msg":"drained"`) {
		t.Errorf("the log does not end with drained:\n%s", log)
	}
}

// waitRefused waits (5 s at most) until addr refuses connections. The
// drain closes the listener on a goroutine of its own, which a loaded
// machine can run after the notice is on the screen.
func waitRefused(t *testing.T, addr string) {
	t.Helper()
	refused := time.Now().Add(5 * time.Second)
	for {
		c, err := net.DialTimeout("tcp", addr, time.Second)
		if err != nil {
			return
		}
		c.Close()
		if time.Now().After(refused) {
			t.Fatal("the port still accepts connections 5 s after SIGTERM")
		}
		time.Sleep(20 * time.Millisecond)
	}
}
