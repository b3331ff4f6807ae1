package serve

import (
	"net/netip"
	"sync"
)

// Why a session was refused, as dealtui_rejected_total{reason} counts it.
const (
	rejectMaxSessions = "max_sessions"
	rejectPerIP       = "per_ip"
	rejectRate        = "rate"
	rejectDraining    = "draining"
	rejectProxyHeader = "proxy_header"
)

// busyLine is the one line a refused client reads, by reason.
func busyLine(reason string) string {
	switch reason {
	case rejectPerIP:
		return "busy: too many sessions open from your address, try again shortly"
	case rejectRate:
		return "busy: too many new sessions from your address, try again shortly"
	case rejectDraining:
		return "busy: the server is restarting, try again shortly"
	}
	return "busy: the server is full, try again shortly"
}

// sessionCounter counts open sessions, in all and per client address.
type sessionCounter struct {
	max, perIP int

	mu    sync.Mutex
	total int
	byIP  map[netip.Addr]int
}

func newSessionCounter(max, perIP int) *sessionCounter {
	return &sessionCounter{max: max, perIP: perIP, byIP: map[netip.Addr]int{}}
}

// acquire counts a new session from addr, or says why it may not open.
func (c *sessionCounter) acquire(addr netip.Addr) (release func(), reason string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.total >= c.max:
		return nil, rejectMaxSessions
	case c.byIP[addr] >= c.perIP:
		return nil, rejectPerIP
	}
	c.total++
	c.byIP[addr]++
	var once sync.Once
	return func() { once.Do(func() { c.release(addr) }) }, ""
}

func (c *sessionCounter) release(addr netip.Addr) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.total--
	if c.byIP[addr]--; c.byIP[addr] <= 0 {
		delete(c.byIP, addr)
	}
}
