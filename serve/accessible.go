package serve

import (
	"context"
	"errors"
	"io"

	"github.com/dealtui/dealtui/internal/accessible"
)

// runAccessible runs the accessible mode (internal/accessible) for a
// session that asked for it: ssh -t HOST accessible, ACCESSIBLE in its
// environment with a terminal, or ssh HOST accessible without one. It
// speaks the session's language, wraps at its window's width and pages at
// its height, as they are when it answers (without a terminal: 80
// columns, no paging), and is bounded as an explorer is: its input by
// lineInput, its time by watchTime (idle, --max-session), a drain by a
// notice and then its end. Its exit status is 0, or 1 if it failed.
func (s *Server) runAccessible(sess *session) {
	story := s.cfg.storyIn(sess.lang)
	ctx, stop := context.WithCancel(sess.ctx)
	defer stop()
	out := newLineOutput(sess, sess.hasPty)
	in := newLineInput(ctx, s.cfg.input, sess.hasPty, lineHooks{
		flush: out.Flush, touch: sess.touch, dropped: s.metrics.inputDropped,
	})
	go in.pump(sess.Session)
	sess.setAccessible(stop, out)
	go s.watchTime(sess)
	opts := accessible.Options{Lang: story.Lang, Raw: sess.hasPty, Tour: sess.tour}
	if sess.hasPty {
		opts.Size = func() (int, int) {
			w := sess.resizes.latest()
			return w.Width, w.Height
		}
	}
	err := accessible.Run(ctx, story, in, out, opts)
	_ = out.Flush()
	code := exitOK
	reason := sess.endReason()
	switch {
	case reason != "":
		s.tellEnd(sess, reason)
	case err != nil && !errors.Is(err, io.EOF):
		code = exitError
		s.log.Warn("accessible session failed", "session", sess.id, "addr", sess.addr.String(), "err", err.Error())
	}
	sess.exit(code)
}

// tellEnd tells the client of an accessible session why the server ended
// it, on standard error: after the mode's last line, which a raw
// terminal ends with CR LF.
func (s *Server) tellEnd(sess *session, reason string) {
	line := s.endLine(reason)
	if line == "" {
		return
	}
	end := "\n"
	if sess.hasPty {
		end = "\r\n"
	}
	_, _ = io.WriteString(sess.Stderr(), line+end)
}
