//go:build integration

package deploy

import (
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
	"github.com/dealtui/dealtui/internal/testkit/flood"
	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// The server's file descriptor limit in the flood test: well below the
// connections the flood holds open at once (floodHold, from the test's
// own limit), so a server without connection limits would run out, as
// reviews/ssh-3.md row 1.1 saw at 20,000.
const serverFiles = 4096

// floodRSSBound is the most resident memory the server may reach under
// the flood: an idle server takes 25 MiB; without the limits the same
// attacks took it past 900 MiB.
const floodRSSBound = 160 << 20

// floodHold is how many connections each attack holds open at once: as
// many as this process may open, less room for the rest.
func floodHold(t *testing.T) int {
	var rl syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl); err != nil {
		t.Fatal(err)
	}
	hold := min(8000, (int(rl.Cur)-1000)/2)
	if hold <= serverFiles {
		needtool.Missing(t, fmt.Sprintf("this process may open %d files: too few to flood a server with %d", rl.Cur, serverFiles))
	}
	return hold
}

// probeBound is how long a probe's first frame may take: 2 s, or four
// times what it takes with no flood on a machine too busy for that.
func probeBound(t *testing.T, addr string) time.Duration {
	base, err := flood.Probe(addr, "127.0.0.2", 20*time.Second)
	if err != nil {
		t.Fatalf("a probe with no flood: %v", err)
	}
	t.Logf("first frame with no flood: %v", base.Round(time.Millisecond))
	return max(2*time.Second, 4*base)
}

// One address after another floods a server (20,000 connections that
// never send a version line; 5,000 that authenticate and open no session;
// 500 session channels on one connection that ask for no shell, 2 MiB
// written into each) while a reader connects from 127.0.0.2 every half
// second: every reader gets a first frame within 2 s, /healthz answers
// every time, the server's memory stays under floodRSSBound and its file
// descriptors under its limit. The server runs with --handshake-timeout
// and --no-session-timeout of 3 s, so the held connections end soon.
func TestFloodFromOneAddress(t *testing.T) {
	hold := floodHold(t)
	bin := buildDealtui(t)
	dir := t.TempDir()
	cmd := exec.Command("sh", "-c", fmt.Sprintf(`ulimit -n %d && exec "$0" "$@"`, serverFiles), bin,
		"serve", "--log-format", "json", "--listen", "127.0.0.1:0", "--metrics", "127.0.0.1:0",
		"--host-key", filepath.Join(dir, "key"), "--handshake-timeout", "3s", "--no-session-timeout", "3s")
	cmd.Env = []string{"HOME=" + dir}
	r, err := cluster.StartCommand("server", cmd)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Kill()
	bound := probeBound(t, r.Addr)
	s := flood.Scenario{
		Addr: r.Addr, Src: "127.0.0.1", AuthSrc: "127.0.0.3", ChanSrc: "127.0.0.4",
		Health: "http://" + r.Metrics + "/healthz", PID: r.PID(),
		PreVer: 20000, Auth: 5000, Hold: hold, Chans: 500, PerChan: 2 << 20,
		ProbeSrc: "127.0.0.2", Every: 500 * time.Millisecond, For: 60 * time.Second,
	}
	rep := s.Run(context.Background())
	t.Logf("hold %d a flood, server limit %d files\n%s", hold, serverFiles, rep)
	checkFlood(t, rep, bound)
	if rep.MaxFDs >= serverFiles {
		t.Errorf("the server reached its file descriptor limit (%d)", rep.MaxFDs)
	}
	if rep.HWM > floodRSSBound {
		t.Errorf("the server's memory reached %d MiB, over %d", rep.HWM>>20, floodRSSBound>>20)
	}
	m, err := r.Scrape()
	if err != nil {
		t.Fatal(err)
	}
	for _, series := range []string{
		`dealtui_connections_refused_total{reason="per_ip_conns"}`,
		`dealtui_channels_refused_total{reason="input"}`,
		`dealtui_connections_closed_total{reason="input"}`,
	} {
		if m[series] == 0 {
			t.Errorf("%s is 0", series)
		}
	}
	if n := strings.Count(r.Log(), `"msg":"connection refused"`); n > 100 {
		t.Errorf("%d lines of refused connections: they should be sampled", n)
	}
}

// checkFlood checks what the reader and the health checks saw.
func checkFlood(t *testing.T, rep flood.Report, bound time.Duration) {
	t.Helper()
	slowest, allOK := rep.MaxProbe()
	if !allOK || len(rep.Probes) < 2 {
		t.Errorf("%d probes got a first frame, %d did not: %v", len(rep.Probes), len(rep.ProbeErrs), rep.ProbeErrs)
	}
	if slowest > bound {
		t.Errorf("the slowest first frame took %v, over %v", slowest, bound)
	}
	if rep.HealthOK != rep.HealthN {
		t.Errorf("/healthz answered %d times of %d", rep.HealthOK, rep.HealthN)
	}
}

// Through HAProxy (deploy/haproxy.cfg, three replicas), one address holds
// 4,000 connections that never send a version line, more than the
// frontend's maxconn: its stick table refuses that address past 16, so a
// reader from another address still gets a first frame within 2 s, and
// no replica is marked down.
func TestHAProxyFloodFromOneAddress(t *testing.T) {
	needHAProxy(t)
	cl := startCluster(t)
	bound := probeBound(t, cl.h.Listen)
	health := ""
	if len(cl.replicas) > 0 {
		health = "http://" + cl.replicas[0].Metrics + "/healthz"
	}
	rep := flood.Scenario{
		Addr: cl.h.Listen, Src: "127.0.0.1", Health: health,
		PreVer: 4000, Hold: 4000, ProbeSrc: "127.0.0.2", Every: 500 * time.Millisecond, For: 8 * time.Second,
	}.Run(context.Background())
	t.Logf("\n%s", rep)
	checkFlood(t, rep, bound)
	if strings.Contains(cl.h.Log(), " is DOWN") {
		t.Errorf("HAProxy marked a replica down:\n%s", cl.h.Log())
	}
	if refused := rep.PreVer.DialFailed + rep.PreVer.Closed; refused < rep.PreVer.Attempts/2 {
		t.Errorf("HAProxy did not refuse the flood: %+v", rep.PreVer)
	}
}
