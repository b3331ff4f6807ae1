package serve

import (
	"context"
	"fmt"
	"time"
)

// closeGrace is how long sessions ended by a drain get to say so to their
// clients before the connections left are cut.
const closeGrace = 3 * time.Second

// Drain stops the server gracefully: it stops accepting connections and
// sessions (/healthz answers 503), tells each open explorer and
// accessible session that the server is restarting, and gives the
// sessions up to grace to end. Those still open then are ended the normal
// way (their terminals restored, a line saying why), and whatever is left
// after closeGrace is cut. It returns once every session has ended and
// the server is closed.
func (s *Server) Drain(grace time.Duration) {
	s.draining.Store(true)
	stopCtx, stop := context.WithCancel(context.Background())
	defer stop()
	go func() { _ = s.ssh.Shutdown(stopCtx) }() // closes the listeners now

	sessions, idle := s.liveSessions()
	s.log.Info("draining", "sessions", len(sessions), "grace", grace.String())
	notice := fmt.Sprintf("The server is restarting: this session ends within %s. Connect again in a moment.", grace.Round(time.Second))
	for _, sess := range sessions {
		if p, _ := sess.program(); p != nil {
			go p.Send(noticeMsg{notice})
		} else if out := sess.accessibleOutput(); out != nil {
			go out.notice(notice)
		}
	}
	timer := time.NewTimer(grace)
	defer timer.Stop()
	select {
	case <-idle:
	case <-timer.C:
		sessions, idle = s.liveSessions()
		s.log.Info("drain: ending open sessions", "sessions", len(sessions))
		for _, sess := range sessions {
			go sess.end(endDrain)
		}
		select {
		case <-idle:
		case <-time.After(closeGrace):
		}
	}
	_ = s.ssh.Close()
	s.log.Info("drained")
}
