package serve

import (
	"errors"
	"log/slog"
	"net"
	"net/netip"
	"os"
	"time"

	"charm.land/ssh"
	"github.com/pires/go-proxyproto"
	gossh "golang.org/x/crypto/ssh"
)

// maxSessionSlack is how long a connection may outlive --max-session,
// counted from its start: time for its session, ended then, to restore
// the client's terminal and say why.
const maxSessionSlack = closeGrace + defaultWriteTimeout

// refusalLogEvery is how often a kind of refusal is logged at most.
const refusalLogEvery = 10 * time.Second

// connKey is where a connection's trackedConn is kept in its context.
type connKey struct{}

// connOf is the tracked connection of a connection's context, or nil.
func connOf(ctx ssh.Context) *trackedConn {
	c, _ := ctx.Value(connKey{}).(*trackedConn)
	return c
}

// trackedOf finds the tracked connection under what the SSH library was
// given: the connection itself, or a PROXY protocol reader around it.
func trackedOf(c net.Conn) *trackedConn {
	switch c := c.(type) {
	case *trackedConn:
		return c
	case *proxyproto.Conn:
		tc, _ := c.Raw().(*trackedConn)
		return tc
	}
	return nil
}

// limitConns sets up the connection-level limits on the SSH server.
func (s *Server) limitConns() {
	s.conns = newConnTable(s.cfg, s.closeIdle)
	s.metrics.watchConns(s.conns, s.cfg.MaxConns)
	s.ssh.ConnCallback = s.connOpened
	s.ssh.ServerConfigCallback = s.serverConfig
	s.ssh.HandshakeTimeout = s.cfg.HandshakeTimeout
	s.ssh.MaxTimeout = s.cfg.MaxSession + maxSessionSlack
	s.ssh.ChannelHandlers = s.channelHandlers()
}

// connOpened runs before a connection's handshake. A connection from a
// trusted proxy, whose client address is known once its PROXY header is
// read (RemoteAddr reads it), is refused here past --per-ip-conns or
// --max-startups (others were, in the accept loop). It keeps the
// connection's tracking in its context.
func (s *Server) connOpened(ctx ssh.Context, c net.Conn) net.Conn {
	tc := trackedOf(c)
	if tc == nil {
		return c
	}
	if !tc.isAdmitted() { // from a trusted proxy: by the address its header gave
		addr := clientAddr(c.RemoteAddr())
		if reason := s.conns.admit(tc, addr); reason != "" {
			s.connRefused(reason, addr)
			closeAtOnce(tc)
			return nil
		}
	}
	ctx.SetValue(connKey{}, tc)
	return c
}

// serverConfig is each connection's SSH configuration: anyone is let in
// with no key or password, and that moment ends the handshake's count.
func (s *Server) serverConfig(ctx ssh.Context) *gossh.ServerConfig {
	return &gossh.ServerConfig{
		NoClientAuth: true,
		NoClientAuthCallback: func(gossh.ConnMetadata) (*gossh.Permissions, error) {
			if tc := connOf(ctx); tc != nil {
				tc.authenticated()
			}
			return nil, nil
		},
	}
}

// connRefused counts and logs (sampled) a connection refused by a limit.
func (s *Server) connRefused(reason string, addr netip.Addr) {
	s.metrics.connRefused(reason)
	s.notes.note(slog.LevelWarn, "connection refused", "refused:"+reason, "reason", reason, "addr", addr.String())
}

// closeIdle closes a connection that has had no session running for
// --no-session-timeout.
func (s *Server) closeIdle(c *trackedConn) {
	s.metrics.connClosed(closeNoSession)
	s.notes.note(slog.LevelInfo, "connection closed: no session", "closed:no_session",
		"addr", c.addr.String(), "after", s.cfg.NoSessionTimeout.String())
	_ = c.Close()
}

// Why the server closed a connection, as dealtui_connections_closed_total
// counts it.
const (
	closeNoSession = "no_session" // no session running for --no-session-timeout
	closeInput     = "input"      // a channel flooded before its shell
)

// Why a handshake failed, as dealtui_handshake_failures_total counts it.
const (
	failTimeout  = "timeout"
	failProxy    = "proxy_header"
	failProtocol = "protocol" // anything else: not SSH, a reset, a bad packet
)

func handshakeFailure(err error) string {
	var ne net.Error
	switch {
	case isProxyRefusal(err):
		return failProxy
	case errors.Is(err, os.ErrDeadlineExceeded), errors.As(err, &ne) && ne.Timeout():
		return failTimeout
	}
	return failProtocol
}
