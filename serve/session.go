package serve

import (
	"context"
	"io"
	"net/netip"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"github.com/dealtui/dealtui/model"
	gossh "golang.org/x/crypto/ssh"
)

// session is one SSH session as the server's handlers and the Bubble Tea
// middleware see it: the library's session with the client's environment
// reduced to what the program may see, its window clamped and its
// resizes paced, and writes bounded in time.
type session struct {
	ssh.Session
	id    uint64
	addr  netip.Addr
	kind  string
	tour  bool       // the command line asked for the guided tour
	lang  model.Lang // "" until the server decides it (sessionLang)
	start time.Time
	args  []string
	// connStart is when the session's connection began, which
	// --max-session counts from.
	connStart time.Time

	env     []string // COLORTERM, COLORFGBG, NO_COLOR, ACCESSIBLE, LANG, LC_*
	term    string
	pty     ssh.Pty
	hasPty  bool
	resizes *resizes
	out     *deadlineWriter

	writeTimeout time.Duration

	// ctx ends when the session's handler returns.
	ctx    context.Context
	cancel context.CancelFunc

	lastActive atomic.Int64 // unix nanoseconds of the last key press

	mu    sync.Mutex
	prog  *tea.Program
	state *sessionState
	// lineStop ends the accessible mode's run, and lineOut is its output,
	// for a session that runs it rather than the explorer.
	lineStop context.CancelFunc
	lineOut  *lineOutput
	reason   string // why the server ended the session; "" if the client did
}

// Why the server ended a session.
const (
	endIdle    = "idle"
	endMaxTime = "max_session"
	endDrain   = "restart"
	endWrite   = "write_timeout"
	endPanic   = "panic"
)

func newSession(raw ssh.Session, id uint64, resizeInterval, writeTimeout time.Duration, maxCells int) *session {
	s := &session{
		Session: raw,
		id:      id,
		addr:    clientAddr(raw.RemoteAddr()),
		start:   time.Now(),
		args:    raw.Command(),
		env:     clientEnv(raw.Environ()),
	}
	s.connStart = s.start
	if tc := connOf(raw.Context()); tc != nil {
		s.connStart = tc.start
	}
	s.ctx, s.cancel = context.WithCancel(context.Background())
	s.writeTimeout = writeTimeout
	s.out = &deadlineWriter{w: raw, timeout: writeTimeout, expire: s.writeExpired}
	pty, winch, ok := raw.Pty()
	s.hasPty = ok
	s.term = clientTerm(pty.Term)
	if ok {
		s.pty = ssh.Pty{Term: s.term, Window: fitWindow(pty.Window, maxCells)}
		s.resizes = newResizes(resizeInterval, s.pty.Window)
		s.resizes.fit = func(w ssh.Window) ssh.Window { return fitWindow(w, maxCells) }
		go s.resizes.pump(winch)
	}
	s.kind, s.lang = sessionKind(s.args, s.env, ok)
	if asks, ok := readerArgs(s.args); ok {
		s.tour = asks.tour
	}
	s.lastActive.Store(s.start.UnixNano())
	return s
}

// sessionKind is what a session runs, and the language its command line
// asks for: ssh -t HOST ja, the explorer in Japanese (without a terminal,
// the story as text in it); ssh -t HOST accessible, or ACCESSIBLE in the
// environment with a terminal, the accessible mode; anything else, a
// command.
func sessionKind(args, env []string, hasPty bool) (kind string, lang model.Lang) {
	asks, ok := readerArgs(args)
	switch {
	case !ok:
		return kindCommand, ""
	case asks.accessible, hasPty && envAccessible(env):
		return kindAccessible, asks.lang
	case hasPty:
		return kindExplorer, asks.lang
	}
	return kindText, asks.lang
}

// Environ is what the client sent of COLORTERM, COLORFGBG, NO_COLOR,
// ACCESSIBLE, LANG and LC_*.
func (s *session) Environ() []string { return slices.Clone(s.env) }

// Pty is the client's terminal with its TERM checked and its window
// clamped; resizes come paced and clamped on the channel.
func (s *session) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	if !s.hasPty {
		return ssh.Pty{}, nil, false
	}
	return s.pty, s.resizes.out, true
}

// Write writes to the client, bounded in time.
func (s *session) Write(p []byte) (int, error) { return s.out.Write(p) }

// Stderr is the client's standard error, bounded in time like Write.
func (s *session) Stderr() io.ReadWriter {
	e := s.Session.Stderr()
	return struct {
		io.Reader
		io.Writer
	}{e, &deadlineWriter{w: e, timeout: s.writeTimeout, expire: s.writeExpired}}
}

// touch records a key press, for the idle timeout.
func (s *session) touch() { s.lastActive.Store(time.Now().UnixNano()) }

func (s *session) idleFor(now time.Time) time.Duration {
	return now.Sub(time.Unix(0, s.lastActive.Load()))
}

// setProgram records the session's program once it is made.
func (s *session) setProgram(p *tea.Program, st *sessionState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.prog, s.state = p, st
}

func (s *session) program() (*tea.Program, *sessionState) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.prog, s.state
}

// setAccessible records the accessible mode's run once it is made.
func (s *session) setAccessible(stop context.CancelFunc, out *lineOutput) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.lineStop, s.lineOut = stop, out
}

// accessibleOutput is the accessible mode's output, nil for a session
// that does not run it.
func (s *session) accessibleOutput() *lineOutput {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lineOut
}

// end ends the session for a reason of the server's: its program quits
// the normal way (the client's terminal is restored), or the accessible
// mode ends at its next read, and the handler then tells the client why.
// The first reason given is kept.
func (s *session) end(reason string) {
	s.setReason(reason)
	s.mu.Lock()
	p, stop := s.prog, s.lineStop
	s.mu.Unlock()
	switch {
	case p != nil:
		p.Quit() // returns at once once the program has ended
	case stop != nil:
		stop()
	}
}

// setReason records why the server ends the session; the first is kept.
func (s *session) setReason(reason string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.reason == "" {
		s.reason = reason
	}
}

func (s *session) endReason() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.reason
}

// writeExpired ends a session whose client has read nothing for
// writeTimeout: its connection is closed, which fails the waiting write.
func (s *session) writeExpired() {
	s.setReason(endWrite)
	if c, ok := s.Context().Value(ssh.ContextKeyConn).(*gossh.ServerConn); ok {
		_ = c.Close()
	}
	_ = s.Session.Close()
}

// exit sends the exit status and closes the session.
func (s *session) exit(code int) { _ = s.Exit(code) }
