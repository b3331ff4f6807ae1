package serve

import (
	"math/rand/v2"
	"net"
	"net/netip"
	"sync"
	"time"
)

// Why a connection was refused before its handshake, as
// dealtui_connections_refused_total{reason} counts it.
const (
	refuseMaxConns = "max_conns"    // --max-conns open in all
	refusePerIP    = "per_ip_conns" // --per-ip-conns open from the address
	refuseStartups = "max_startups" // --max-startups not yet authenticated
)

// Connection states, as dealtui_connections_open{state} shows them.
const (
	statePreauth = "preauth"       // handshake not finished
	stateAuth    = "authenticated" // no session running
	stateSession = "session"       // at least one session running
)

// connTable counts the server's connections: open in all (from the moment
// they are accepted), per client address, those not yet authenticated and
// those with a session running. It decides which new connections are
// refused, and closes a connection that has had no session running for
// noSession.
type connTable struct {
	maxConns, perIP int
	startups        Startups
	noSession       time.Duration
	// idle is called, on a timer's goroutine, with a connection that has
	// had no session for noSession; it closes it.
	idle func(*trackedConn)
	// drop says yes with probability percent/100; tests replace it.
	drop func(percent int) bool

	mu       sync.Mutex
	open     int
	byIP     map[netip.Addr]int
	preauth  int
	sessions int // connections with a session running
}

func newConnTable(cfg Config, idle func(*trackedConn)) *connTable {
	return &connTable{
		maxConns:  cfg.MaxConns,
		perIP:     cfg.PerIPConns,
		startups:  cfg.Startups,
		noSession: cfg.NoSessionTimeout,
		idle:      idle,
		drop:      func(p int) bool { return rand.IntN(100) < p },
		byIP:      map[netip.Addr]int{},
	}
}

// accept counts a connection just accepted, or says no when --max-conns
// are open.
func (t *connTable) accept(c net.Conn) (*trackedConn, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.open >= t.maxConns {
		return nil, false
	}
	t.open++
	return &trackedConn{Conn: c, t: t, start: time.Now()}, true
}

// admit counts a connection against its client address and among those
// not yet authenticated, or says why it is refused: the address has
// --per-ip-conns open, or --max-startups are in their handshake (between
// soft and hard, at random).
func (t *connTable) admit(c *trackedConn, addr netip.Addr) (reason string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case c.closed:
		return refuseMaxConns // closed meanwhile: nothing to count
	case t.byIP[addr] >= t.perIP:
		return refusePerIP
	case t.preauth >= t.startups.Hard:
		return refuseStartups
	case t.preauth >= t.startups.Soft && t.drop(t.dropPercent()):
		return refuseStartups
	}
	t.byIP[addr]++
	t.preauth++
	c.addr, c.admitted, c.preauth = addr, true, true
	return ""
}

// dropPercent is the chance of dropping a new unauthenticated connection
// with t.preauth of them open, from Soft: Rate %, rising to 100 at Hard.
func (t *connTable) dropPercent() int {
	s := t.startups
	if s.Hard <= s.Soft {
		return 100
	}
	return s.Rate + (100-s.Rate)*(t.preauth-s.Soft)/(s.Hard-s.Soft)
}

// counts are the open connections by state.
func (t *connTable) counts() (preauth, auth, session int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.preauth, t.open - t.preauth - t.sessions, t.sessions
}

// trackedConn is a connection counted by a connTable until it is closed.
type trackedConn struct {
	net.Conn
	t     *connTable
	start time.Time

	// Guarded by t.mu.
	addr     netip.Addr
	admitted bool // counted against addr
	preauth  bool // handshake not finished
	sessions int  // sessions running
	channels int  // session channels open
	closed   bool
	idleGen  int // which arming of the idle timer is current
	idle     *time.Timer
}

// isAdmitted says whether the connection was counted against its address.
func (c *trackedConn) isAdmitted() bool {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	return c.admitted
}

// authenticated records the end of the handshake: the connection now has
// noSession to start a session.
func (c *trackedConn) authenticated() {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	if c.closed || !c.preauth {
		return
	}
	c.preauth = false
	c.t.preauth--
	c.armIdleLocked()
}

// sessionStarted and sessionEnded count the sessions running on the
// connection; with none, it is closed after noSession.
func (c *trackedConn) sessionStarted() {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	if c.closed {
		return
	}
	c.sessions++
	if c.sessions == 1 {
		c.t.sessions++
		c.stopIdleLocked()
	}
}

func (c *trackedConn) sessionEnded() {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	if c.closed || c.sessions == 0 {
		return
	}
	c.sessions--
	if c.sessions == 0 {
		c.t.sessions--
		c.armIdleLocked()
	}
}

// openChannel counts a new session channel, or says no when max are open.
func (c *trackedConn) openChannel(max int) bool {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	if c.channels >= max {
		return false
	}
	c.channels++
	return true
}

func (c *trackedConn) closeChannel() {
	c.t.mu.Lock()
	defer c.t.mu.Unlock()
	c.channels--
}

func (c *trackedConn) armIdleLocked() {
	c.stopIdleLocked()
	gen := c.idleGen
	c.idle = time.AfterFunc(c.t.noSession, func() {
		c.t.mu.Lock()
		expired := !c.closed && c.sessions == 0 && c.idleGen == gen
		c.t.mu.Unlock()
		if expired {
			c.t.idle(c)
		}
	})
}

func (c *trackedConn) stopIdleLocked() {
	c.idleGen++
	if c.idle != nil {
		c.idle.Stop()
		c.idle = nil
	}
}

// Close closes the connection and takes it out of the counts, once.
func (c *trackedConn) Close() error {
	c.t.mu.Lock()
	if !c.closed {
		c.closed = true
		c.stopIdleLocked()
		t := c.t
		t.open--
		if c.admitted {
			if t.byIP[c.addr]--; t.byIP[c.addr] <= 0 {
				delete(t.byIP, c.addr)
			}
		}
		if c.preauth {
			t.preauth--
		}
		if c.sessions > 0 {
			t.sessions--
		}
	}
	c.t.mu.Unlock()
	return c.Conn.Close()
}

// closeAtOnce closes a refused connection with a reset rather than the
// usual goodbye, so that the server keeps no state for it (TIME_WAIT).
func closeAtOnce(c net.Conn) {
	inner := c
	if tc, ok := c.(*trackedConn); ok {
		inner = tc.Conn
	}
	if tcp, ok := inner.(*net.TCPConn); ok {
		_ = tcp.SetLinger(0)
	}
	_ = c.Close()
}

// limitListener counts every connection it accepts in a connTable, and
// closes at once those past --max-conns. A connection that does not come
// from a trusted proxy is admitted by its address here too, so a flood
// from one address is refused in the accept loop itself, with nothing
// started for it; one from a trusted proxy is admitted once its PROXY
// header has been read (Server.connOpened).
type limitListener struct {
	net.Listener
	t       *connTable
	trusted []netip.Prefix
	refused func(reason string, addr netip.Addr)
}

func (l *limitListener) Accept() (net.Conn, error) {
	for {
		c, err := l.Listener.Accept()
		if err != nil {
			return nil, err
		}
		addr := clientAddr(c.RemoteAddr())
		tc, ok := l.t.accept(c)
		reason := refuseMaxConns
		if ok {
			if reason = ""; !l.fromProxy(addr) {
				reason = l.t.admit(tc, addr)
			}
		}
		if reason == "" {
			return tc, nil
		}
		l.refused(reason, addr)
		if tc != nil {
			closeAtOnce(tc)
		} else {
			closeAtOnce(c)
		}
	}
}

func (l *limitListener) fromProxy(addr netip.Addr) bool {
	for _, p := range l.trusted {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}
