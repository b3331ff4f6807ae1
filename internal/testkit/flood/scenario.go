package flood

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/cluster"
)

// Scenario is attacks from one address while a reader probes from
// another, the server's health is asked and its memory and descriptors
// are read.
type Scenario struct {
	Addr string // the server's SSH address (or HAProxy's)
	Src  string // the attackers' address
	// AuthSrc and ChanSrc, if set, are other addresses for those attacks
	// (they share --per-ip-conns with the first otherwise).
	AuthSrc, ChanSrc string
	Health           string // a /healthz URL to ask, "" for none
	PID              int    // the server's process, to read its memory; 0 for none
	PreVer           int    // connections that never send a version line
	Auth             int    // authenticated connections with no session
	Hold             int    // of each, the most held open at once
	Chans            int    // session channels on one connection, with data
	PerChan          int    // bytes written into each
	// ProbeSrc is the reader's address; Every how often it probes.
	ProbeSrc string
	Every    time.Duration
	// For is how long the attacks may last at most, and how long the
	// probes go on (they go on until the attacks end, at least).
	For time.Duration
}

// Report is what a Scenario saw.
type Report struct {
	PreVer, Auth      Stats
	Chans             ChannelStats
	ChansErr          error
	Probes            []time.Duration // first frames of the probes that got one
	ProbeErrs         []string
	HealthOK, HealthN int
	MaxRSS, HWM       int64 // bytes, from /proc: the largest VmRSS read, and VmHWM at the end
	MaxFDs            int
	Took              time.Duration
}

// Run runs the scenario.
func (s Scenario) Run(ctx context.Context) Report {
	var r Report
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, s.For)
	defer cancel()
	var attacks sync.WaitGroup
	attacks.Go(func() { r.PreVer = PreVersion(ctx, s.Addr, s.Src, s.PreVer, s.Hold) })
	attacks.Go(func() { r.Auth = AuthIdle(ctx, s.Addr, or(s.AuthSrc, s.Src), s.Auth, s.Hold) })
	if s.Chans > 0 {
		attacks.Go(func() { r.Chans, r.ChansErr = Channels(ctx, s.Addr, or(s.ChanSrc, s.Src), s.Chans, s.PerChan) })
	}
	done := make(chan struct{})
	go func() { attacks.Wait(); close(done) }()
	var watch sync.WaitGroup
	watch.Go(func() { s.sample(ctx, done, &r) })
	s.probe(done, &r)
	cancel()
	<-done
	watch.Wait()
	if s.PID > 0 {
		_, r.HWM, _ = cluster.ProcMemory(s.PID)
	}
	r.Took = time.Since(start)
	return r
}

// probe probes and asks for health every s.Every until the attacks end,
// and at least once.
func (s Scenario) probe(done <-chan struct{}, r *Report) {
	for {
		d, err := Probe(s.Addr, s.ProbeSrc, 20*time.Second)
		if err != nil {
			r.ProbeErrs = append(r.ProbeErrs, err.Error())
		} else {
			r.Probes = append(r.Probes, d)
		}
		if s.Health != "" {
			r.HealthN++
			if healthy(s.Health) {
				r.HealthOK++
			}
		}
		select {
		case <-done:
			return
		case <-time.After(s.Every):
		}
	}
}

// sample reads the server's memory and descriptors every 100 ms.
func (s Scenario) sample(ctx context.Context, done <-chan struct{}, r *Report) {
	if s.PID == 0 {
		return
	}
	t := time.NewTicker(100 * time.Millisecond)
	defer t.Stop()
	for {
		if rss, _, err := cluster.ProcMemory(s.PID); err == nil {
			r.MaxRSS = max(r.MaxRSS, rss)
		}
		if ents, err := os.ReadDir(fmt.Sprintf("/proc/%d/fd", s.PID)); err == nil {
			r.MaxFDs = max(r.MaxFDs, len(ents))
		}
		select {
		case <-done:
			return
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func healthy(url string) bool {
	c := http.Client{Timeout: 2 * time.Second}
	resp, err := c.Get(url)
	if err != nil {
		return false
	}
	resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// MaxProbe is the slowest first frame, and whether every probe got one.
func (r Report) MaxProbe() (time.Duration, bool) {
	if len(r.Probes) == 0 {
		return 0, false
	}
	return slices.Max(r.Probes), len(r.ProbeErrs) == 0
}

// String is the report in a few lines.
func (r Report) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pre-version connections: %+v\n", r.PreVer)
	fmt.Fprintf(&b, "authenticated, no session: %+v\n", r.Auth)
	fmt.Fprintf(&b, "shell-less channels: %+v (err %v)\n", r.Chans, r.ChansErr)
	sorted := slices.Clone(r.Probes)
	slices.Sort(sorted)
	med := time.Duration(0)
	if len(sorted) > 0 {
		med = sorted[len(sorted)/2]
	}
	mx, _ := r.MaxProbe()
	fmt.Fprintf(&b, "probes: %d ok, %d failed; first frame median %v, max %v\n",
		len(r.Probes), len(r.ProbeErrs), med.Round(time.Millisecond), mx.Round(time.Millisecond))
	for i, e := range r.ProbeErrs {
		if i == 3 {
			fmt.Fprintf(&b, "  … %d more\n", len(r.ProbeErrs)-3)
			break
		}
		fmt.Fprintf(&b, "  probe failed: %s\n", e)
	}
	fmt.Fprintf(&b, "healthz: %d of %d answered 200\n", r.HealthOK, r.HealthN)
	fmt.Fprintf(&b, "server: RSS at most %.1f MiB (VmHWM %.1f MiB), %d file descriptors at most\n",
		float64(r.MaxRSS)/(1<<20), float64(r.HWM)/(1<<20), r.MaxFDs)
	fmt.Fprintf(&b, "took %v\n", r.Took.Round(time.Millisecond))
	return b.String()
}
