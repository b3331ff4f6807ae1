package serve

import (
	"fmt"
	"runtime/debug"
	"time"

	"charm.land/ssh"

	"github.com/dealtui/dealtui/model"
)

// The session handlers, as wish middleware, outermost first:
//
//	track  → every session: the session wrapper, the live set, recovery
//	admit  → draining, --rate, --max-sessions, --per-ip: "busy: …" and close
//	route  → a command: print; the accessible mode; no terminal: the
//	story as text; else on to
//	bubbletea.MiddlewareWithProgramHandler(newProgram) → the explorer

// track wraps each session, keeps it in the live set until it ends, and
// contains a panic in the handlers to that session.
func (s *Server) track(next ssh.Handler) ssh.Handler {
	return func(raw ssh.Session) {
		sess := newSession(raw, s.nextID.Add(1), s.cfg.input.resizeInterval, s.cfg.writeTimeout, s.cfg.MaxCells)
		sess.lang = sessionLang(sess.lang, sess.env, s.cfg.Story.Lang)
		// Tell the channel under the session (see channels.go).
		_, _ = raw.SendRequest(channelStarted, false, nil)
		defer func() { _, _ = raw.SendRequest(channelEnded, false, nil) }()
		s.register(sess)
		defer s.unregister(sess)
		defer sess.cancel()
		defer func() {
			if r := recover(); r != nil {
				s.log.Error("panic in session handler", "session", sess.id, "addr", sess.addr.String(),
					"panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				fmt.Fprintln(sess.Stderr(), "dealtui: internal error: this session has ended; the server goes on")
				sess.exit(exitError)
			}
		}()
		next(sess)
	}
}

// admit refuses a session with one readable line when the server drains
// or a limit is reached, and counts and logs the ones it lets in.
func (s *Server) admit(next ssh.Handler) ssh.Handler {
	return func(raw ssh.Session) {
		sess := raw.(*session)
		var release func()
		reason := ""
		switch {
		case s.draining.Load():
			reason = rejectDraining
		case s.rate != nil && s.rate.Allow(sess) != nil:
			reason = rejectRate
		default:
			release, reason = s.counter.acquire(sess.addr)
		}
		if reason != "" {
			s.metrics.reject(reason)
			s.log.Warn("session refused", "session", sess.id, "addr", sess.addr.String(), "reason", reason)
			fmt.Fprintln(sess.Stderr(), busyLine(reason))
			sess.exit(exitError)
			return
		}
		defer release()
		s.metrics.sessionStarted(sess.kind)
		s.log.Info("session started", s.sessionAttrs(sess)...)
		next(sess)
		d := time.Since(sess.start)
		s.metrics.sessionEnded(d)
		s.log.Info("session ended", "session", sess.id, "addr", sess.addr.String(),
			"duration", d.Round(time.Millisecond).String(), "ended_by", endedBy(sess.endReason()))
	}
}

func (s *Server) sessionAttrs(sess *session) []any {
	attrs := []any{"session", sess.id, "addr", sess.addr.String(), "kind", sess.kind}
	if sess.hasPty {
		attrs = append(attrs, "term", sess.term, "size", fmt.Sprintf("%dx%d", sess.pty.Window.Width, sess.pty.Window.Height))
	}
	if len(sess.args) > 0 {
		attrs = append(attrs, "command", commandLine(sess.args))
	}
	return attrs
}

func endedBy(reason string) string {
	if reason == "" {
		return "client"
	}
	return reason
}

// route answers commands, the accessible mode and sessions without a
// terminal itself, and hands the rest to the explorer.
func (s *Server) route(next ssh.Handler) ssh.Handler {
	return func(raw ssh.Session) {
		sess := raw.(*session)
		switch sess.kind {
		case kindCommand:
			width := 0
			if sess.hasPty {
				width = sess.pty.Window.Width
			}
			sess.exit(s.runCommand(sess, width))
		case kindAccessible:
			s.runAccessible(sess)
		case kindText:
			sess.exit(s.writeText(sess))
		default:
			next(sess)
			s.explorerEnded(sess)
		}
	}
}

// writeText answers a session without a terminal or a command: the story
// as text, or the tour as text when it asked for the tour.
func (s *Server) writeText(sess *session) int {
	story := s.cfg.storyIn(sess.lang)
	write := func() error { return story.WriteText(sess, model.DefaultWidth) }
	if sess.tour && story.Tour != nil {
		write = func() error { return story.WriteTourText(sess, model.DefaultWidth) }
	}
	if err := write(); err != nil {
		return exitError
	}
	return exitOK
}

// explorerEnded tells the client why the server ended its explorer, if it
// did, once the terminal is restored, and logs a panic with its stack.
func (s *Server) explorerEnded(sess *session) {
	p, st := sess.program()
	if p == nil {
		sess.exit(exitError)
		return
	}
	p.Kill() // ends it if it has not ended: its context, its input pump
	st.cells.set(0)
	if pe := st.panic(); pe != nil {
		sess.setReason(endPanic)
		s.log.Error("explorer panicked", "session", sess.id, "addr", sess.addr.String(),
			"where", pe.Where, "panic", fmt.Sprint(pe.Value), "stack", string(pe.Stack))
	}
	reason := sess.endReason()
	if line := s.endLine(reason); line != "" {
		fmt.Fprintln(sess.Stderr(), line)
	}
	if reason == endPanic {
		sess.exit(exitError)
		return
	}
	sess.exit(exitOK)
}

// endLine is what the client reads when the server ended its session.
func (s *Server) endLine(reason string) string {
	switch reason {
	case endIdle:
		return fmt.Sprintf("dealtui: closed after %s without a key press", s.cfg.IdleTimeout)
	case endMaxTime:
		return fmt.Sprintf("dealtui: closed: a session lasts at most %s", s.cfg.MaxSession)
	case endDrain:
		return "dealtui: the server is restarting; connect again in a moment"
	case endPanic:
		return "dealtui: internal error: this session has ended; the server goes on"
	}
	return ""
}
