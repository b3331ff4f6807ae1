package sshterm

import (
	"errors"
	"fmt"
	"io"
	"net"
	"strings"
	"sync"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/termemu"
)

// Config is how clients connect: as anyone, with no key or password,
// trusting any host key (the servers are our own, on loopback).
func Config(timeout time.Duration) *gossh.ClientConfig {
	return &gossh.ClientConfig{
		User:            "reader",
		HostKeyCallback: gossh.InsecureIgnoreHostKey(), //nolint:gosec // test and load clients of our own server
		Timeout:         timeout,
	}
}

// Dial connects to an SSH server.
func Dial(addr string, timeout time.Duration) (*gossh.Client, error) {
	return gossh.Dial("tcp", addr, Config(timeout))
}

// DialConn makes an SSH client over a connection already open, for a
// connection that first sends something else (a PROXY header).
func DialConn(conn net.Conn, addr string, timeout time.Duration) (*gossh.Client, error) {
	if timeout > 0 {
		_ = conn.SetDeadline(time.Now().Add(timeout))
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, Config(timeout))
	if err != nil {
		return nil, err
	}
	_ = conn.SetDeadline(time.Time{})
	return gossh.NewClient(c, chans, reqs), nil
}

// Options are the terminal a session asks for.
type Options struct {
	Term string            // TERM; xterm-256color if empty
	Env  map[string]string // sent with "env" requests before the shell
	// Background is the colour the screen reports when asked (OSC 11), as
	// rgb:RRRR/GGGG/BBBB; black if empty. Answer, if set, is sent instead
	// of a well-formed answer.
	Background string
	Answer     string
	// KeepRaw keeps every byte the server sent, for Raw.
	KeepRaw bool
	// Claim, if set, is the window size {cols, rows} the pty request
	// claims, instead of the screen's: for sizes no screen has.
	Claim *[2]int
	// BeforeShell, if set, runs between the pty request and the shell,
	// with the session's input: for requests a client may send there
	// (window changes), or keys typed ahead.
	BeforeShell func(sess *gossh.Session, stdin io.Writer) error
	// Command, if set, is run with the terminal instead of a shell
	// (ssh -t HOST ja).
	Command string
}

// Session is an SSH session with a terminal, drawn on a virtual screen.
type Session struct {
	sess  *gossh.Session
	stdin io.WriteCloser

	mu      sync.Mutex
	term    *termemu.Term
	replies []string
	asked   int           // background-colour queries answered
	at      time.Time     // when output was last read
	changed chan struct{} // closed, and remade, whenever output arrives
	raw     []byte
	keepRaw bool
	stderr  strings.Builder
	watches []watch // screens waited for, checked as each output arrives

	done    chan struct{} // closed when the output ends
	exited  chan struct{} // closed when the session has ended
	exitErr error
}

// Open starts a shell session with a terminal of cols×rows.
func Open(c *gossh.Client, cols, rows int, o Options) (*Session, error) {
	sess, err := c.NewSession()
	if err != nil {
		return nil, err
	}
	for k, v := range o.Env {
		if err := sess.Setenv(k, v); err != nil {
			sess.Close()
			return nil, fmt.Errorf("env %s: %w", k, err)
		}
	}
	term := o.Term
	if term == "" {
		term = "xterm-256color"
	}
	claimCols, claimRows := cols, rows
	if o.Claim != nil {
		claimCols, claimRows = o.Claim[0], o.Claim[1]
	}
	if err := sess.RequestPty(term, claimRows, claimCols, gossh.TerminalModes{}); err != nil {
		sess.Close()
		return nil, fmt.Errorf("pty: %w", err)
	}
	s, err := start(sess, cols, rows, o)
	if err != nil {
		return nil, err
	}
	if o.BeforeShell != nil {
		if err := o.BeforeShell(sess, s.stdin); err != nil {
			sess.Close()
			return nil, fmt.Errorf("before the shell: %w", err)
		}
	}
	if o.Command != "" {
		err = sess.Start(o.Command)
	} else {
		err = sess.Shell()
	}
	if err != nil {
		sess.Close()
		return nil, fmt.Errorf("shell: %w", err)
	}
	go s.wait()
	return s, nil
}

func start(sess *gossh.Session, cols, rows int, o Options) (*Session, error) {
	s := &Session{
		sess:    sess,
		term:    termemu.NewTerm(cols, rows),
		changed: make(chan struct{}),
		done:    make(chan struct{}),
		exited:  make(chan struct{}),
		keepRaw: o.KeepRaw,
	}
	if o.Background != "" {
		s.term.Background = o.Background
	}
	s.term.Reply = func(a string) {
		if strings.HasPrefix(a, "\x1b]11;") {
			s.asked++
			if o.Answer != "" {
				a = o.Answer
			}
		}
		s.replies = append(s.replies, a)
	}
	var err error
	if s.stdin, err = sess.StdinPipe(); err != nil {
		return nil, err
	}
	out, err := sess.StdoutPipe()
	if err != nil {
		return nil, err
	}
	sess.Stderr = lockedWriter{&s.mu, &s.stderr}
	go s.read(out)
	return s, nil
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (s *Session) read(out io.Reader) {
	defer close(s.done)
	buf := make([]byte, 32<<10)
	for {
		n, err := out.Read(buf)
		if n > 0 {
			s.mu.Lock()
			_, _ = s.term.Write(buf[:n])
			if s.keepRaw {
				s.raw = append(s.raw, buf[:n]...)
			}
			s.check()
			s.at = time.Now()
			replies := s.replies
			s.replies = nil
			s.mu.Unlock()
			// Answer queries before anyone waiting on the screen wakes:
			// keys they type then reach the server after the answers, as
			// from a terminal that answers at once.
			for _, r := range replies {
				_, _ = io.WriteString(s.stdin, r)
			}
			s.mu.Lock()
			close(s.changed)
			s.changed = make(chan struct{})
			s.mu.Unlock()
		}
		if err != nil {
			return
		}
	}
}

// watch is a screen waited for, and the channel closed when it is shown.
type watch struct {
	ok   func(screen string) bool
	seen chan struct{}
}

// Watch returns a channel closed as soon as the screen satisfies ok,
// checked after each piece of output, in the goroutine that reads it: a
// screen that lasts only until the next output is seen, however late
// those waiting on the channel run.
func (s *Session) Watch(ok func(screen string) bool) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	w := watch{ok, make(chan struct{})}
	s.watches = append(s.watches, w)
	s.check()
	return w.seen
}

// check closes the channels of the watches the screen now satisfies.
// Called with s.mu held.
func (s *Session) check() {
	if len(s.watches) == 0 {
		return
	}
	screen := s.term.Screen()
	left := s.watches[:0]
	for _, w := range s.watches {
		if w.ok(screen) {
			close(w.seen)
		} else {
			left = append(left, w)
		}
	}
	s.watches = left
}

func (s *Session) wait() {
	err := s.sess.Wait()
	<-s.done
	s.mu.Lock()
	s.exitErr = err
	s.mu.Unlock()
	close(s.exited)
}

// ErrTimeout is returned when the screen does not show what is waited for
// in time.
var ErrTimeout = errors.New("sshterm: timed out")

// WaitFor waits until the screen satisfies ok, and gives the time the
// output that made it so was read.
func (s *Session) WaitFor(ok func(screen string) bool, timeout time.Duration) (time.Time, error) {
	return s.waitUntil(func() bool { return ok(s.term.Screen()) }, timeout)
}

// WaitAnswered waits until the screen has answered the server's
// background-colour query (OSC 11).
func (s *Session) WaitAnswered(timeout time.Duration) error {
	_, err := s.waitUntil(func() bool { return s.asked > 0 }, timeout)
	return err
}

// waitUntil waits until cond, called with s.mu held, is true after some
// output.
func (s *Session) waitUntil(cond func() bool, timeout time.Duration) (time.Time, error) {
	deadline := time.NewTimer(timeout)
	defer deadline.Stop()
	for {
		s.mu.Lock()
		good, at, ch := cond(), s.at, s.changed
		s.mu.Unlock()
		if good {
			return at, nil
		}
		select {
		case <-ch:
		case <-s.done:
			if s.holds(cond) {
				return s.lastOutput(), nil
			}
			return time.Time{}, fmt.Errorf("sshterm: the session ended before the screen showed what was expected:\n%s", s.Screen())
		case <-deadline.C:
			return time.Time{}, fmt.Errorf("%w after %v; the screen:\n%s", ErrTimeout, timeout, s.Screen())
		}
	}
}

func (s *Session) holds(cond func() bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cond()
}

func (s *Session) lastOutput() time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.at
}

// WaitRaw waits until every byte the server has sent so far
// (Options.KeepRaw) satisfies ok: for output read as a stream of lines
// rather than as a screen.
func (s *Session) WaitRaw(ok func(raw []byte) bool, timeout time.Duration) (time.Time, error) {
	return s.waitUntil(func() bool { return ok(s.raw) }, timeout)
}

// WaitText waits until the screen shows text.
func (s *Session) WaitText(text string, timeout time.Duration) (time.Time, error) {
	return s.WaitFor(func(screen string) bool { return strings.Contains(screen, text) }, timeout)
}

// Screen is the text on the virtual screen now.
func (s *Session) Screen() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.term.Screen()
}

// Raw is every byte the server has sent, with Options.KeepRaw.
func (s *Session) Raw() []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]byte(nil), s.raw...)
}

// Stderr is what the server has written to the session's standard error.
func (s *Session) Stderr() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.stderr.String()
}

// Type sends keys, as typed, in one write, and gives the time it was
// written.
func (s *Session) Type(keys string) (time.Time, error) {
	now := time.Now()
	_, err := io.WriteString(s.stdin, keys)
	return now, err
}

// Resize changes the window size: the screen, and the server is told.
func (s *Session) Resize(cols, rows int) error {
	s.mu.Lock()
	s.term.Resize(cols, rows)
	s.mu.Unlock()
	return s.sess.WindowChange(rows, cols)
}

// WindowChange tells the server of a window size without changing the
// screen: for sizes no screen has.
func (s *Session) WindowChange(cols, rows int) error { return s.sess.WindowChange(rows, cols) }

// Wait waits for the session to end and gives its exit status (-1 when
// the server sent none).
func (s *Session) Wait(timeout time.Duration) (int, error) {
	select {
	case <-s.exited:
	case <-time.After(timeout):
		return -1, fmt.Errorf("%w: the session did not end within %v", ErrTimeout, timeout)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return ExitStatus(s.exitErr)
}

// Ended is closed when the session has ended.
func (s *Session) Ended() <-chan struct{} { return s.exited }

// ExitStatus reads the exit status from what gossh.Session.Wait returned.
func ExitStatus(err error) (int, error) {
	var ee *gossh.ExitError
	var missing *gossh.ExitMissingError
	switch {
	case err == nil:
		return 0, nil
	case errors.As(err, &ee):
		return ee.ExitStatus(), nil
	case errors.As(err, &missing):
		return -1, nil
	}
	return -1, err
}

// Close ends the session from the client's side.
func (s *Session) Close() { _ = s.sess.Close() }
