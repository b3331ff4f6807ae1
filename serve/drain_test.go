package serve

import (
	"context"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// Drain: no new connections, /healthz 503, each open explorer shows that
// the server is restarting; a reader who quits goes normally; those still
// open when the grace ends are closed the normal way, with a line saying
// why; then Drain returns.
func TestDrain(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	leaving := ts.explorer(t, 100, 30, sshterm.Options{})
	staying := ts.explorer(t, 80, 24, sshterm.Options{})

	const grace = time.Second
	drained := make(chan struct{})
	go func() {
		ts.Drain(grace)
		close(drained)
	}()
	for _, s := range []*sshterm.Session{leaving, staying} {
		if _, err := s.WaitText("The server is restarting: this session ends within 1s.", wait); err != nil {
			t.Fatal(err)
		}
	}
	if code, body := scrape(t, ts.Server, "/healthz"); code != 503 || body != "draining\n" {
		t.Errorf("/healthz while draining: %d %q", code, body)
	}
	if c, err := net.DialTimeout("tcp", ts.addr, time.Second); err == nil {
		c.Close()
		t.Error("a new connection was accepted while draining")
	}

	leaving.Type("q")
	if status, err := leaving.Wait(wait); err != nil || status != 0 || leaving.Stderr() != "" {
		t.Errorf("quitting while draining: status %d, %v, stderr %q", status, err, leaving.Stderr())
	}
	status, err := staying.Wait(wait)
	if err != nil || status != 0 || !strings.Contains(staying.Stderr(), "dealtui: the server is restarting; connect again in a moment") {
		t.Errorf("at the end of the grace: status %d, %v, stderr %q", status, err, staying.Stderr())
	}
	select {
	case <-drained:
	case <-time.After(wait):
		t.Fatal("Drain did not return")
	}
}

// Run serves until its context ends, then drains and returns nil: the
// command ends the context on SIGTERM or SIGINT (see serve_sigterm_test.go in
// package main for the signal itself).
func TestRunDrainsWhenTheContextEnds(t *testing.T) {
	t.Parallel()
	cfg := NewConfig(testStory(t))
	cfg.HostKeyPath = t.TempDir() + "/key"
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	addrs := make(chan net.Addr, 2)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, cfg, Listen{SSH: "127.0.0.1:0", Metrics: "127.0.0.1:0", Drain: 200 * time.Millisecond,
			Ready: func(s, m net.Addr) { addrs <- s; addrs <- m }})
	}()
	sshAddr, metricsAddr := <-addrs, <-addrs
	ts := &testServer{addr: sshAddr.String()}
	s := ts.explorer(t, 80, 24, sshterm.Options{})
	if metricsAddr == nil {
		t.Fatal("no metrics address")
	}
	cancel()
	if status, err := s.Wait(wait); err != nil || status != 0 || !strings.Contains(s.Stderr(), "restarting") {
		t.Errorf("status %d, %v, stderr %q", status, err, s.Stderr())
	}
	if err := <-done; err != nil {
		t.Fatalf("Run returned %v", err)
	}
}
