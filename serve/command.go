package serve

import (
	"fmt"
	"strings"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// runCommand answers a session that asks for a command with the
// configured Command, or refuses it when there is none.
func (s *Server) runCommand(sess *session, width int) int {
	if s.cfg.Command == nil {
		fmt.Fprintln(sess.Stderr(), "dealtui: this server answers no commands: connect with a terminal")
		return exitUsage
	}
	return s.cfg.Command(sess.ctx, sess.args, sess.lang, width, sess, sess.Stderr())
}

// Exit statuses of a session.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// commandLine shows a command as a log records it.
func commandLine(args []string) string {
	s := strings.Join(args, " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return termsafe.Visible(s)
}
