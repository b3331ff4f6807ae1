package serve

import (
	"encoding/binary"
	"fmt"
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// windowPayload is a window-change request's payload (RFC 4254 6.7).
func windowPayload(cols, rows int) []byte {
	p := make([]byte, 16)
	binary.BigEndian.PutUint32(p[0:], uint32(cols))
	binary.BigEndian.PutUint32(p[4:], uint32(rows))
	return p
}

// request sends a request on a session channel and waits for its answer,
// at most wait: the library left some unanswered, and a test must not
// hang on them.
func request(t *testing.T, s *gossh.Session, name string, payload []byte) (bool, error) {
	t.Helper()
	type answer struct {
		ok  bool
		err error
	}
	got := make(chan answer, 1)
	go func() {
		ok, err := s.SendRequest(name, true, payload)
		got <- answer{ok, err}
	}()
	select {
	case a := <-got:
		return a.ok, a.err
	case <-time.After(wait):
		return false, fmt.Errorf("%s: no answer after %v", name, wait)
	}
}

// Window changes between the pty request and the shell are answered and
// the latest is the session's size. (charm.land/ssh v0.4.3 alone puts
// each on a channel of one slot nobody reads before the shell: the second
// never got an answer, the shell never started.)
func TestWindowChangeBeforeShell(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	var answers []bool
	s, err := sshterm.Open(ts.dial(t), 110, 35, sshterm.Options{
		Claim: &[2]int{80, 24},
		BeforeShell: func(sess *gossh.Session, _ io.Writer) error {
			for _, size := range [][2]int{{90, 28}, {100, 30}, {110, 35}} {
				ok, err := request(t, sess, "window-change", windowPayload(size[0], size[1]))
				if err != nil {
					return err
				}
				answers = append(answers, ok)
			}
			return nil
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if fmt.Sprint(answers) != "[true true true]" {
		t.Errorf("window changes before the shell answered %v, want all true", answers)
	}
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 110 }, wait); err != nil {
		t.Fatalf("no frame at the last size asked before the shell: %v", err)
	}
	// After the shell, changes go on as before.
	if err := s.Resize(90, 30); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 90 }, wait); err != nil {
		t.Fatal(err)
	}
	s.Type("q")
	if status, err := s.Wait(wait); err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
}

// Agent forwarding and signals are refused at once, as is a window change
// on a session without a terminal; the session works after them. (The
// library answered agent forwarding "granted", and never answered a
// signal.)
func TestRequestsTheLibraryMishandled(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	for _, c := range []struct {
		name    string
		payload []byte
	}{
		{reqAgent, nil},
		{reqSignal, gossh.Marshal(struct{ Signal string }{"INT"})},
		{reqSignal, gossh.Marshal(struct{ Signal string }{"KILL"})},
		{reqWindowChange, windowPayload(100, 30)},
	} {
		ok, err := request(t, sess, c.name, c.payload)
		if err != nil || ok {
			t.Errorf("%s: answered %v, %v; want false", c.name, ok, err)
		}
	}
	out, err := sess.Output("print --width 40")
	if err != nil || len(out) == 0 {
		t.Fatalf("the session after the refused requests: %v", err)
	}
}

// The same after the shell started: refused, and the explorer goes on.
func TestRequestsDuringAnExplorer(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	c := ts.dial(t)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.RequestPty("xterm-256color", 24, 80, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{reqAgent, reqSignal} {
		if ok, err := request(t, sess, name, gossh.Marshal(struct{ Signal string }{"TERM"})); err != nil || ok {
			t.Errorf("%s during the explorer: answered %v, %v; want false", name, ok, err)
		}
	}
	if ok, err := request(t, sess, reqWindowChange, windowPayload(100, 30)); err != nil || !ok {
		t.Errorf("a window change during the explorer: %v, %v; want true", ok, err)
	}
}
