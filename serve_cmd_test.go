package main

import (
	"bufio"
	"encoding/json"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/loadtest/sshterm"
)

// Bad flags to serve are usage errors (exit 2) that name the flag; a
// listen address that cannot be used ends it with exit 1.
func TestServeFlagErrors(t *testing.T) {
	key := filepath.Join(t.TempDir(), "key")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--max-sessions", "0"}, exitUsage, "dealtui: --max-sessions 0: want at least 1"},
		{[]string{"--per-ip", "-1"}, exitUsage, "dealtui: --per-ip -1: want at least 1"},
		{[]string{"--rate", "-2"}, exitUsage, "dealtui: --rate -2: want 0 (no limit) or more"},
		{[]string{"--idle-timeout", "0s"}, exitUsage, "dealtui: --idle-timeout 0s: want a positive duration"},
		{[]string{"--drain", "-1s"}, exitUsage, "dealtui: --drain -1s: want 0 or more"},
		{[]string{"--proxy-protocol", "10.0.0.0/99"}, exitUsage, `dealtui: --proxy-protocol: "10.0.0.0/99" is not an address or a CIDR range`},
		{[]string{"--proxy-protocol", "haproxy"}, exitUsage, `dealtui: --proxy-protocol: "haproxy" is not an address`},
		{[]string{"--log-format", "xml"}, exitUsage, `dealtui: --log-format "xml": want text or json`},
		{[]string{"--idle-timeout", "soon"}, exitUsage, `invalid argument "soon" for "--idle-timeout"`},
		{[]string{"extra"}, exitUsage, `dealtui: unexpected argument "extra" for "dealtui serve"`},
		{[]string{"--listen", "127.0.0.1:99999", "--host-key", key}, exitError, "dealtui: --listen 127.0.0.1:99999: "},
		{[]string{"--content", "/nonexistent"}, exitUsage, `dealtui: --content "/nonexistent": no such file or directory`},
	} {
		code, out, errOut := runCLI(t, append([]string{"serve"}, c.args...)...)
		if code != c.code || out != "" || !strings.Contains(errOut, c.want) {
			t.Errorf("serve %v: exit %d, stdout %q, stderr %q; want exit %d and %q", c.args, code, out, errOut, c.code, c.want)
		}
	}
}

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
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitText("The server is restarting", 20*time.Second); err != nil {
		t.Fatal(err)
	}
	if _, err := sshterm.Dial(p.addr, 2*time.Second); err == nil {
		t.Error("a new connection was accepted after SIGTERM")
	}
	status, err := s.Wait(20 * time.Second)
	if err != nil || status != 0 || !strings.Contains(s.Stderr(), "the server is restarting; connect again in a moment") {
		t.Errorf("the session: status %d, %v, stderr %q", status, err, s.Stderr())
	}
	if err := p.cmd.Wait(); err != nil {
		t.Fatalf("dealtui serve exited with %v\n%s", err, <-p.rest)
	}
	if log := <-p.rest; !strings.Contains(log, `"msg":"drained"`) {
		t.Errorf("the log does not end with drained:\n%s", log)
	}
}
