package serve

import (
	"errors"
	"io"
	"net"
	"net/netip"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// dialFrom opens a TCP connection to addr from a loopback address of its
// own (127.0.0.2…), a client address apart.
func dialFrom(t *testing.T, src, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: wait}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// sshFrom is an SSH client connected from src.
func sshFrom(t *testing.T, src, addr string) (*gossh.Client, error) {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: wait}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	t.Cleanup(func() { c.Close() })
	return sshterm.DialConn(c, addr, wait)
}

// closedByServer waits for the server to close c, and says whether it
// did within wait (a read ends with EOF or a reset rather than a timeout).
func closedByServer(c net.Conn) bool {
	_ = c.SetReadDeadline(time.Now().Add(wait))
	_, err := io.Copy(io.Discard, c)
	var ne net.Error
	return !(errors.As(err, &ne) && ne.Timeout())
}

// refusedAtOnce connects from src and says whether the server closed the
// connection at once (the reset it closes with may reach the dial).
func refusedAtOnce(t *testing.T, src, addr string) bool {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(src)}, Timeout: wait}
	c, err := d.Dial("tcp", addr)
	if errors.Is(err, syscall.ECONNRESET) {
		return true
	}
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	return closedByServer(c)
}

// Past --per-ip-conns, connections from that address are closed before
// their handshake, whatever their state, while another address connects;
// one closed frees a place.
func TestPerAddressConnectionCap(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.PerIPConns = 3 })
	var held []net.Conn
	for range 2 { // two that never send a version line
		held = append(held, dialFrom(t, "127.0.0.1", ts.addr))
	}
	c, err := sshFrom(t, "127.0.0.1", ts.addr) // one authenticated, no session
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	eventually(t, "three connections from 127.0.0.1 counted", func() bool {
		p, a, _ := ts.conns.counts()
		return p+a == 3
	})
	if !refusedAtOnce(t, "127.0.0.1", ts.addr) {
		t.Fatal("a fourth connection from the same address was not closed")
	}
	other, err := sshFrom(t, "127.0.0.2", ts.addr)
	if err != nil {
		t.Fatalf("another address was refused: %v", err)
	}
	other.Close()
	held[0].Close()
	eventually(t, "a place frees when a connection closes", func() bool {
		c, err := sshFrom(t, "127.0.0.1", ts.addr)
		if err == nil {
			c.Close()
		}
		return err == nil
	})
	if got := metricValue(t, ts.Server, `dealtui_connections_refused_total{reason="per_ip_conns"}`); got < 1 {
		t.Errorf("per_ip_conns refusals counted %v", got)
	}
}

// Past --max-conns every new connection is closed at once.
func TestTotalConnectionCap(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxConns = 2 })
	dialFrom(t, "127.0.0.1", ts.addr)
	dialFrom(t, "127.0.0.2", ts.addr)
	eventually(t, "two connections counted", func() bool { p, _, _ := ts.conns.counts(); return p == 2 })
	if !refusedAtOnce(t, "127.0.0.3", ts.addr) {
		t.Fatal("a third connection was not closed")
	}
	if got := metricValue(t, ts.Server, `dealtui_connections_refused_total{reason="max_conns"}`); got != 1 {
		t.Errorf("max_conns refusals counted %v, want 1", got)
	}
}

// A connection that does not finish its handshake is closed after
// --handshake-timeout, and counted.
func TestHandshakeTimeout(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.HandshakeTimeout = 200 * time.Millisecond })
	if !closedByServer(dialFrom(t, "127.0.0.1", ts.addr)) {
		t.Fatal("a connection that sent nothing was not closed")
	}
	eventually(t, "the failure counted", func() bool {
		return metricValue(t, ts.Server, `dealtui_handshake_failures_total{reason="timeout"}`) == 1
	})
}

// An authenticated connection with no session is closed after
// --no-session-timeout though it sends keepalives; one whose session runs
// is not, and is closed that long after its session ended.
func TestConnectionWithoutSession(t *testing.T) {
	t.Parallel()
	// Long enough for the busy connection to open its session within it,
	// which the race detector on a busy machine can slow past 300 ms.
	grace := time.Second
	if raceDetector {
		grace = 2 * time.Second
	}
	ts := startServer(t, func(c *Config) { c.NoSessionTimeout = grace })
	idle := ts.dial(t)
	stop := make(chan struct{})
	defer close(stop)
	go func() { // keepalives, as ssh -o ServerAliveInterval sends them
		for {
			select {
			case <-stop:
				return
			case <-time.After(grace / 4):
				_, _, _ = idle.SendRequest("keepalive@openssh.com", true, nil)
			}
		}
	}()
	ended := make(chan error, 1)
	go func() { ended <- idle.Wait() }()

	busy := ts.dial(t)
	s, err := sshterm.Open(busy, 80, 24, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitText(title, wait); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ended:
	case <-time.After(wait):
		t.Fatal("a connection without a session, sending keepalives, was not closed")
	}
	// The connection with the session is still served.
	s.Type("2")
	if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
		t.Fatalf("the connection with a session: %v", err)
	}
	s.Type("q")
	if _, err := s.Wait(wait); err != nil {
		t.Fatal(err)
	}
	busyEnded := make(chan error, 1)
	go func() { busyEnded <- busy.Wait() }()
	select {
	case <-busyEnded:
	case <-time.After(wait):
		t.Fatal("the connection was not closed after its session ended")
	}
	if got := metricValue(t, ts.Server, `dealtui_connections_closed_total{reason="no_session"}`); got != 2 {
		t.Errorf("connections closed for no session: %v, want 2", got)
	}
}

// testTable is a table of at most 10 connections, 2 per address, 3:50:5
// unauthenticated; drops says whether the random early drop drops.
func testTable() (*connTable, *bool) {
	cfg := NewConfig(nil)
	cfg.MaxConns, cfg.PerIPConns, cfg.Startups = 10, 2, Startups{Soft: 3, Rate: 50, Hard: 5}
	tab := newConnTable(cfg, func(*trackedConn) {})
	drops := new(bool)
	tab.drop = func(int) bool { return *drops }
	return tab, drops
}

// openIn accepts and admits a connection from addr, or says why not.
func openIn(tab *connTable, addr string) (*trackedConn, string) {
	c, ok := tab.accept(nopConn{})
	if !ok {
		return nil, refuseMaxConns
	}
	if r := tab.admit(c, netip.MustParseAddr(addr)); r != "" {
		_ = c.Close()
		return nil, r
	}
	return c, ""
}

// --per-ip-conns per address; --max-startups between soft and hard at
// random (here: always or never), all at hard; the chance rises from
// rate at soft.
func TestConnTableRefusals(t *testing.T) {
	t.Parallel()
	tab, drops := testTable()
	openIn(tab, "10.0.0.1")
	openIn(tab, "10.0.0.1")
	if _, r := openIn(tab, "10.0.0.1"); r != refusePerIP {
		t.Fatalf("a third from one address: %q, want per_ip_conns", r)
	}
	openIn(tab, "10.0.0.2")
	*drops = true
	if _, r := openIn(tab, "10.0.0.3"); r != refuseStartups {
		t.Fatalf("past soft with the drop on: %q", r)
	}
	*drops = false
	openIn(tab, "10.0.0.4")
	openIn(tab, "10.0.0.5")
	if _, r := openIn(tab, "10.0.0.6"); r != refuseStartups {
		t.Fatalf("at hard: %q", r)
	}
	for _, c := range []struct{ preauth, want int }{{3, 50}, {4, 75}} {
		tab.preauth = c.preauth
		if got := tab.dropPercent(); got != c.want {
			t.Errorf("drop chance with %d in their handshake: %d%%, want %d%%", c.preauth, got, c.want)
		}
	}
}

// Counts by state follow a connection's life, and a closed connection is
// taken out of every count, whatever comes after.
func TestConnTableCounts(t *testing.T) {
	t.Parallel()
	tab, _ := testTable()
	a1, _ := openIn(tab, "10.0.0.1")
	openIn(tab, "10.0.0.1")
	c2, _ := openIn(tab, "10.0.0.2")
	if p, auth, s := tab.counts(); p != 3 || auth != 0 || s != 0 {
		t.Fatalf("counts %d %d %d, want 3 0 0", p, auth, s)
	}
	a1.authenticated()
	c2.authenticated()
	c2.sessionStarted()
	if p, auth, s := tab.counts(); p != 1 || auth != 1 || s != 1 {
		t.Fatalf("counts %d %d %d, want 1 1 1", p, auth, s)
	}
	_ = c2.Close()
	c2.sessionEnded() // after the close: nothing more to count
	_ = a1.Close()
	if p, auth, s := tab.counts(); p != 1 || auth != 0 || s != 0 || tab.open != 1 || tab.byIP[netip.MustParseAddr("10.0.0.1")] != 1 {
		t.Fatalf("after closing two: counts %d %d %d, open %d", p, auth, s, tab.open)
	}
}

// nopConn is a connection that is not there, for the table's arithmetic.
type nopConn struct{ net.Conn }

func (nopConn) Close() error { return nil }
