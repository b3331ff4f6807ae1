package serve

import (
	"errors"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"charm.land/wish/v2/ratelimiter"
	"github.com/dealtui/dealtui/internal/mdrender"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"
)

// Server is `dealtui serve`: an SSH server that runs the explorer, one
// program per session.
type Server struct {
	cfg     Config
	log     *slog.Logger
	ssh     *ssh.Server
	counter *sessionCounter
	rate    ratelimiter.RateLimiter // nil: no rate limit
	metrics *metrics
	renders *mdrender.Cache // Glamour renderings, shared by all sessions
	conns   *connTable      // connections, before and after their sessions
	notes   *logSampler     // refusals, logged at most once an interval

	fingerprint string
	keyCreated  bool

	draining atomic.Bool
	nextID   atomic.Uint64

	mu   sync.Mutex
	live map[*session]struct{}
	idle chan struct{} // closed and remade when the last live session ends
}

// Connection-level bounds, beyond the session's own limits.
const (
	// connSlack is how long a connection may stay quiet past
	// --idle-timeout before it is cut: a backstop, since its session's
	// own timer ends the session first.
	connSlack = 5 * time.Minute
	// rateCacheSize is how many client addresses the rate limiter
	// remembers (least recently seen forgotten first).
	rateCacheSize = 65536
	// renderCacheBytes bounds the Glamour renderings all sessions share:
	// the story's items at a few dozen widths and both themes.
	renderCacheBytes = 64 << 20
)

// New makes a server from cfg, loading or creating its host key.
func New(cfg Config) (*Server, error) {
	if err := cfg.Check(); err != nil {
		return nil, err
	}
	signer, created, err := loadHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s := &Server{
		cfg:         cfg,
		log:         cfg.Logger,
		counter:     newSessionCounter(cfg.MaxSessions, cfg.PerIP),
		metrics:     newMetrics(),
		notes:       newLogSampler(cfg.Logger, refusalLogEvery),
		renders:     mdrender.NewCache(renderCacheBytes, 0),
		fingerprint: gossh.FingerprintSHA256(signer.PublicKey()),
		keyCreated:  created,
		live:        map[*session]struct{}{},
		idle:        make(chan struct{}),
	}
	if cfg.Rate > 0 {
		s.rate = ratelimiter.NewRateLimiter(rate.Limit(cfg.Rate), max(cfg.RateBurst, 1), rateCacheSize)
	}
	close(s.idle) // no session yet
	s.ssh, err = wish.NewServer(
		func(srv *ssh.Server) error { srv.AddHostKey(signer); return nil },
		wish.WithVersion("dealtui"),
		wish.WithMiddleware(
			bubbletea.MiddlewareWithProgramHandler(s.newProgram), // innermost
			s.route,
			s.admit,
			s.track, // outermost: sees every session first
		),
	)
	if err != nil {
		return nil, err
	}
	s.ssh.IdleTimeout = cfg.IdleTimeout + connSlack
	s.ssh.ConnectionFailedCallback = s.connFailed
	s.limitConns()
	return s, nil
}

// Fingerprint is the SHA256 fingerprint of the host key, as ssh shows it.
func (s *Server) Fingerprint() string { return s.fingerprint }

// KeyCreated says whether the host key was made by New.
func (s *Server) KeyCreated() bool { return s.keyCreated }

// Serve accepts SSH connections on ln until Close or Drain. With trusted
// proxies configured, connections from them must start with a PROXY
// header, whose client address is used; from anyone else a PROXY header
// is refused.
func (s *Server) Serve(ln net.Listener) error {
	ln = &limitListener{Listener: ln, t: s.conns, trusted: s.cfg.TrustedProxies, refused: s.connRefused}
	if len(s.cfg.TrustedProxies) > 0 {
		ln = proxyListener(ln, s.cfg.TrustedProxies)
	}
	err := s.ssh.Serve(ln)
	if errors.Is(err, ssh.ErrServerClosed) || s.draining.Load() {
		return nil
	}
	return err
}

// Handler serves /metrics and /healthz.
func (s *Server) Handler() http.Handler { return s.metrics.handler(&s.draining) }

// Close stops the server at once: listeners and connections are closed.
func (s *Server) Close() error {
	s.draining.Store(true)
	return s.ssh.Close()
}

// connFailed counts and logs (sampled) a connection that ended before
// its SSH handshake was done, and counts one that sent a PROXY header it
// may not send.
func (s *Server) connFailed(c net.Conn, err error) {
	reason := handshakeFailure(err)
	s.metrics.handshakeFailed(reason)
	if reason == failProxy {
		s.metrics.reject(rejectProxyHeader)
	}
	s.notes.note(slog.LevelInfo, "handshake failed", "handshake:"+reason,
		"addr", c.RemoteAddr().String(), "reason", reason, "err", err.Error())
}

// register adds a session to the live ones, which Drain waits for.
func (s *Server) register(sess *session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.live) == 0 {
		s.idle = make(chan struct{})
	}
	s.live[sess] = struct{}{}
}

func (s *Server) unregister(sess *session) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.live, sess)
	if len(s.live) == 0 {
		close(s.idle)
	}
}

// liveSessions lists the sessions open now, and a channel closed once
// there are none.
func (s *Server) liveSessions() ([]*session, <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]*session, 0, len(s.live))
	for sess := range s.live {
		out = append(out, sess)
	}
	return out, s.idle
}
