//go:build integration

package deploy

import (
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
	"github.com/dealtui/dealtui/internal/testkit/needtool"
	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

func needHAProxy(t *testing.T) {
	t.Helper()
	if cluster.HAProxyPath() == "" {
		needtool.Missing(t, "haproxy is not installed (apt-get install haproxy; .ci/run and scripts/loadtest install it)")
	}
}

// haproxy -c accepts the configuration with its defaults and with the
// addresses given in the environment.
func TestHAProxyConfigValid(t *testing.T) {
	t.Parallel()
	needHAProxy(t)
	for _, env := range [][]string{nil, {"DEALTUI_LISTEN=127.0.0.1:2222", "DEALTUI_REPLICA1=10.0.0.11:2222", "DEALTUI_REPLICA1_HEALTH=9222"}} {
		out, err := cluster.CheckHAProxy("haproxy.cfg", env)
		if err != nil || strings.Contains(out, "WARNING") || strings.Contains(out, "ALERT") {
			t.Errorf("haproxy -c with %q: %v\n%s", env, err, out)
		}
	}
}

// client is a reader connecting through HAProxy from 127.0.0.2, an
// address of its own, so the replicas can be seen to log it rather than
// HAProxy's.
type client struct {
	c    *gossh.Client
	s    *sshterm.Session
	keys []string // the host keys the client was shown
}

func connect(t *testing.T, addr string) *client {
	t.Helper()
	conn, err := (&net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP("127.0.0.2")}, Timeout: 10 * time.Second}).Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	cl := &client{}
	cfg := sshterm.Config(20 * time.Second)
	var mu sync.Mutex
	cfg.HostKeyCallback = func(_ string, _ net.Addr, key gossh.PublicKey) error {
		mu.Lock()
		defer mu.Unlock()
		cl.keys = append(cl.keys, gossh.FingerprintSHA256(key))
		return nil
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, cfg)
	if err != nil {
		t.Fatal(err)
	}
	cl.c = gossh.NewClient(c, chans, reqs)
	t.Cleanup(func() { cl.c.Close() })
	if cl.s, err = sshterm.Open(cl.c, 100, 30, sshterm.Options{}); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.s.WaitText("Microsoft and OpenAI end exclusivity", 20*time.Second); err != nil {
		t.Fatal(err)
	}
	return cl
}

func active(t *testing.T, r *cluster.Replica) float64 {
	t.Helper()
	m, err := r.Scrape()
	if err != nil {
		t.Fatal(err)
	}
	return m["dealtui_sessions_active"]
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("not so after 20s: %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// cluster is HAProxy on haproxy.cfg in front of three replicas (the
// binary, one shared host key, --proxy-protocol 127.0.0.1).
type cluster3 struct {
	h        *cluster.HAProxy
	replicas []*cluster.Replica
}

func startCluster(t *testing.T) cluster3 {
	t.Helper()
	bin := buildDealtui(t)
	dir := t.TempDir()
	key := filepath.Join(dir, "ssh_host_ed25519_key")
	var cl cluster3
	for i := 1; i <= 3; i++ {
		r, err := cluster.StartReplica(fmt.Sprintf("r%d", i), bin, []string{"HOME=" + dir},
			"--listen", "127.0.0.1:0", "--metrics", "127.0.0.1:0", "--proxy-protocol", "127.0.0.1",
			"--host-key", key, "--drain", "3s")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(r.Kill)
		cl.replicas = append(cl.replicas, r)
	}
	port, err := cluster.FreePort()
	if err != nil {
		t.Fatal(err)
	}
	if cl.h, err = cluster.StartHAProxy("haproxy.cfg", fmt.Sprintf("127.0.0.1:%d", port), cl.replicas); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(cl.h.Stop)
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("haproxy:\n%s", cl.h.Log())
			for _, r := range cl.replicas {
				t.Logf("%s:\n%s", r.Name, r.Log())
			}
		}
	})
	return cl
}

// haproxy.cfg in front of three replicas: sessions are spread by least
// connections; the replicas see each reader's own address; every replica
// shows the same host key; a draining replica (SIGTERM) gets no new
// sessions once its /healthz says 503, while its open session is told;
// a killed replica's sessions end at once and new sessions go to the
// replica left.
func TestHAProxyInFrontOfReplicas(t *testing.T) {
	t.Parallel()
	needHAProxy(t)
	cl := startCluster(t)
	clients := spreadOverReplicas(t, cl)
	clients = drainOne(t, cl, clients)
	killOne(t, cl, clients)
}

// spreadOverReplicas connects three readers: one lands on each replica.
func spreadOverReplicas(t *testing.T, cl cluster3) []*client {
	var clients []*client
	for range 3 {
		clients = append(clients, connect(t, cl.h.Listen))
	}
	for _, r := range cl.replicas {
		if n := active(t, r); n != 1 {
			t.Fatalf("%s has %v sessions; leastconn should give each replica one", r.Name, n)
		}
		if !strings.Contains(r.Log(), `"addr":"127.0.0.2","kind":"explorer"`) {
			t.Errorf("%s did not log the reader's own address", r.Name)
		}
	}
	for _, c := range clients[1:] {
		if len(c.keys) != 1 || c.keys[0] != clients[0].keys[0] {
			t.Fatalf("host keys %v and %v: the replicas must share one", clients[0].keys, c.keys)
		}
	}
	return clients
}

// drainOne sends r1 SIGTERM: HAProxy marks it down, and the next two
// readers go to r2 and r3.
func drainOne(t *testing.T, cl cluster3, clients []*client) []*client {
	r1, r2, r3 := cl.replicas[0], cl.replicas[1], cl.replicas[2]
	if err := r1.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	told := func() int {
		n := 0
		for _, c := range clients {
			if strings.Contains(c.s.Screen(), "The server is restarting") {
				n++
			}
		}
		return n
	}
	waitFor(t, "r1's reader is told the server is restarting", func() bool { return told() == 1 })
	waitFor(t, "haproxy marks r1 down", func() bool { return strings.Contains(cl.h.Log(), "dealtui/r1 is DOWN") })
	for range 2 {
		clients = append(clients, connect(t, cl.h.Listen))
	}
	if a2, a3 := active(t, r2), active(t, r3); a2 != 2 || a3 != 2 {
		t.Errorf("after r1 drains: r2 has %v sessions, r3 %v; want 2 each", a2, a3)
	}
	if err := r1.Wait(20 * time.Second); err != nil {
		t.Errorf("r1 after SIGTERM: %v", err)
	}
	return clients
}

// killOne kills r3: its sessions end at once (with r1's, drained, three
// in all), r2's go on, and a new reader lands on r2.
func killOne(t *testing.T, cl cluster3, clients []*client) {
	r2, r3 := cl.replicas[1], cl.replicas[2]
	before := active(t, r2)
	r3.Kill()
	ended := func() int {
		n := 0
		for _, c := range clients {
			if isEnded(c) {
				n++
			}
		}
		return n
	}
	waitFor(t, "r1's session (drained) and r3's two (killed) end", func() bool { return ended() == 3 })
	for _, c := range clients {
		if isEnded(c) {
			continue
		}
		c.s.Type("2") // on r2: still answering
		if _, err := c.s.WaitText("▸ Deal changes", 20*time.Second); err != nil {
			t.Errorf("a session on r2 stopped answering: %v", err)
		}
	}
	connect(t, cl.h.Listen)
	if got := active(t, r2); got != before+1 {
		t.Errorf("after r3 was killed r2 has %v sessions, want %v", got, before+1)
	}
}

func isEnded(c *client) bool {
	select {
	case <-c.s.Ended():
		return true
	default:
		return false
	}
}
