package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"time"
)

// Listen are the addresses Run listens on, and how long it drains.
type Listen struct {
	SSH     string        // --listen
	Metrics string        // --metrics; "" for none
	Drain   time.Duration // --drain
	// Ready, if set, is called with the addresses once both listen.
	Ready func(ssh, metrics net.Addr)
}

// Run serves until ctx ends (the command ends it on SIGTERM or SIGINT),
// then drains (see Server.Drain) and returns nil. An error means it could
// not start, or the listener failed.
func Run(ctx context.Context, cfg Config, l Listen) error {
	note, err := fitFileLimit(&cfg)
	if err != nil {
		return err
	}
	srv, err := New(cfg)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", l.SSH)
	if err != nil {
		return fmt.Errorf("--listen %s: %w", l.SSH, bareNet(err))
	}
	defer ln.Close()
	var metricsAddr net.Addr
	var hs *http.Server
	if l.Metrics != "" {
		mln, err := net.Listen("tcp", l.Metrics)
		if err != nil {
			return fmt.Errorf("--metrics %s: %w", l.Metrics, bareNet(err))
		}
		metricsAddr = mln.Addr()
		hs = &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 5 * time.Second, ReadTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
		go func() { _ = hs.Serve(&capListener{Listener: mln, max: metricsMaxConns}) }()
		defer hs.Close()
	}
	if note != "" {
		cfg.Logger.Warn(note)
	}
	cfg.Logger.Info("serving", "addr", ln.Addr().String(), "metrics", addrString(metricsAddr),
		"host_key", cfg.HostKeyPath, "host_key_created", srv.KeyCreated(), "fingerprint", srv.Fingerprint(),
		"max_sessions", cfg.MaxSessions, "per_ip", cfg.PerIP, "rate", cfg.Rate,
		"idle_timeout", cfg.IdleTimeout.String(), "max_session", cfg.MaxSession.String(),
		"proxy_protocol", len(cfg.TrustedProxies) > 0,
		"max_conns", cfg.MaxConns, "per_ip_conns", cfg.PerIPConns, "max_startups", cfg.Startups.String(),
		"handshake_timeout", cfg.HandshakeTimeout.String(), "no_session_timeout", cfg.NoSessionTimeout.String(),
		"max_channels", cfg.MaxChannels, "max_cells", cfg.MaxCells,
		"worst_case_rss_mib", WorstCaseRSS(cfg)>>20, "files_needed", FilesNeeded(cfg))
	if l.Ready != nil {
		l.Ready(ln.Addr(), metricsAddr)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		srv.Close()
		if err != nil {
			return fmt.Errorf("serving on %s: %w", ln.Addr(), err)
		}
		return nil
	case <-ctx.Done():
	}
	srv.Drain(l.Drain)
	return nil
}

func addrString(a net.Addr) string {
	if a == nil {
		return "off"
	}
	return a.String()
}

// bareNet is a listen error without Go's "listen tcp …:" prefix, which
// the message's flag and value already say.
func bareNet(err error) error {
	var oe *net.OpError
	if errors.As(err, &oe) && oe.Err != nil {
		return oe.Err
	}
	return err
}
