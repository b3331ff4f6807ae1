package serve

import (
	"net"
	"net/netip"
	"strings"
	"testing"

	"github.com/pires/go-proxyproto"
	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// dialProxied connects, sends a PROXY header (v1 or v2) saying the client
// is from, then speaks SSH.
func dialProxied(t *testing.T, addr string, version byte, from string) (*gossh.Client, error) {
	t.Helper()
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	src := net.TCPAddrFromAddrPort(netip.MustParseAddrPort(from))
	dst := conn.RemoteAddr().(*net.TCPAddr)
	h := proxyproto.HeaderProxyFromAddrs(version, src, dst)
	if _, err := h.WriteTo(conn); err != nil {
		t.Fatal(err)
	}
	c, err := sshterm.DialConn(conn, addr, wait)
	if err != nil {
		conn.Close()
		return nil, err
	}
	t.Cleanup(func() { _ = c.Close() })
	return c, nil
}

// From a trusted source, the PROXY header's client address is the one the
// limits and the log use, with v1 and v2 headers; a trusted source that
// sends no header is refused.
func TestProxyHeaderFromTrustedSource(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) {
		c.PerIP = 1
		c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("127.0.0.0/8")}
	})
	open := func(version byte, from string) *sshterm.Session {
		t.Helper()
		c, err := dialProxied(t, ts.addr, version, from)
		if err != nil {
			t.Fatalf("PROXY v%d from %s: %v", version, from, err)
		}
		s, err := sshterm.Open(c, 80, 24, sshterm.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(s.Close)
		return s
	}
	a := open(2, "203.0.113.7:4242")
	if _, err := a.WaitText(title, wait); err != nil {
		t.Fatal(err)
	}
	b := open(1, "198.51.100.9:5555") // another client: its own per-IP count
	if _, err := b.WaitText(title, wait); err != nil {
		t.Fatal(err)
	}
	again := open(2, "203.0.113.7:4343") // the first client again: over --per-ip 1
	status, err := again.Wait(wait)
	if err != nil || status != 1 || !strings.Contains(again.Stderr(), "too many sessions open from your address") {
		t.Fatalf("a second session from 203.0.113.7: status %d, %v, stderr %q", status, err, again.Stderr())
	}
	logs := ts.log.String()
	for _, want := range []string{"addr=203.0.113.7 kind=explorer", "addr=198.51.100.9 kind=explorer", `msg="session refused" session=3 addr=203.0.113.7 reason=per_ip`} {
		if !strings.Contains(logs, want) {
			t.Errorf("the log has no %q", want)
		}
	}
	if strings.Contains(logs, "addr=127.0.0.1 kind") {
		t.Error("a session was logged with the proxy's address")
	}

	if _, err := sshterm.Dial(ts.addr, wait); err == nil {
		t.Error("a trusted source without a PROXY header was served")
	}
}

// From an untrusted source a PROXY header is refused (the connection
// fails, counted in dealtui_rejected_total); without one it is served.
func TestProxyHeaderFromUntrustedSource(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) {
		c.TrustedProxies = []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}
	})
	for _, v := range []byte{1, 2} {
		if c, err := dialProxied(t, ts.addr, v, "203.0.113.7:4242"); err == nil {
			c.Close()
			t.Fatalf("a PROXY v%d header from an untrusted source was accepted", v)
		}
	}
	eventually(t, "two refusals counted", func() bool {
		return metricValue(t, ts.Server, `dealtui_rejected_total{reason="proxy_header"}`) == 2
	})
	ts.explorer(t, 80, 24, sshterm.Options{}) // no header: served as it is
}
