package serve

import (
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// refused opens a session that should be refused and gives what the
// client read on stderr and the exit status; it logs how long the
// refusal took (the issue asks for under a second; timing is for the
// load test, not a unit test).
func refused(t *testing.T, ts *testServer) (string, int) {
	t.Helper()
	start := time.Now()
	s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	status, err := s.Wait(wait)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("refused in %v", time.Since(start).Round(time.Millisecond))
	return s.Stderr(), status
}

func wantBusy(t *testing.T, stderr string, status int, want string) {
	t.Helper()
	if status != 1 || strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, want) {
		t.Fatalf("status %d, stderr %q; want status 1 and the one line %q", status, stderr, want)
	}
}

// Over --max-sessions the client reads one line and the session closes;
// once a session ends there is room again.
func TestSessionCap(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSessions = 2 })
	a := ts.explorer(t, 80, 24, sshterm.Options{})
	ts.explorer(t, 80, 24, sshterm.Options{})
	stderr, status := refused(t, ts)
	wantBusy(t, stderr, status, "busy: the server is full, try again shortly")

	a.Type("q")
	if _, err := a.Wait(wait); err != nil {
		t.Fatal(err)
	}
	ts.explorer(t, 80, 24, sshterm.Options{}) // fits again
	if got := metricValue(t, ts.Server, `dealtui_rejected_total{reason="max_sessions"}`); got != 1 {
		t.Errorf("dealtui_rejected_total{reason=max_sessions} = %v, want 1", got)
	}
}

// Over --per-ip from one address the client reads its own line.
func TestPerIPCap(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.PerIP = 1 })
	ts.explorer(t, 80, 24, sshterm.Options{})
	stderr, status := refused(t, ts)
	wantBusy(t, stderr, status, "busy: too many sessions open from your address, try again shortly")
}

// Over --rate (after its burst) new sessions from an address are refused.
func TestRateLimit(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.Rate, c.RateBurst = 0.001, 1 })
	ts.explorer(t, 80, 24, sshterm.Options{})
	stderr, status := refused(t, ts)
	wantBusy(t, stderr, status, "busy: too many new sessions from your address, try again shortly")
}

// The idle timeout runs from the last key press: keys typed keep the
// session open past it; without keys (the screen's answers to queries do
// not count) it closes with a line saying why and status 0.
func TestIdleTimeout(t *testing.T) {
	t.Parallel()
	// The clock starts with the session: its first frame and first key
	// must come within idle, which the race detector can slow to 0.5 s.
	idle := 500 * time.Millisecond
	if raceDetector {
		idle = time.Second
	}
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	s := ts.explorer(t, 80, 24, sshterm.Options{})
	start := time.Now()
	for time.Since(start) < 2*idle {
		if _, err := s.Type("j"); err != nil {
			t.Fatalf("the session ended while keys were typed, after %v", time.Since(start))
		}
		select {
		case <-s.Ended():
			t.Fatalf("the session ended while keys were typed every %v, after %v", idle/10, time.Since(start))
		case <-time.After(idle / 10):
		}
	}
	status, err := s.Wait(wait)
	if err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
	if want := "dealtui: closed after " + idle.String() + " without a key press\n"; !strings.HasSuffix(strings.ReplaceAll(s.Stderr(), "\r\n", "\n"), want) {
		t.Errorf("stderr %q, want it to end with %q", s.Stderr(), want)
	}
	eventually(t, "the log says the session ended idle", func() bool { return strings.Contains(ts.log.String(), "ended_by=idle") })
}

// --max-session closes a session however busy.
func TestMaxSession(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxSession = 500 * time.Millisecond })
	// Not waiting for the first frame: under load it may come after the
	// end, which counts from the connection's start.
	s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	status, err := s.Wait(wait)
	if err != nil || status != 0 || !strings.Contains(s.Stderr(), "a session lasts at most 500ms") {
		t.Fatalf("status %d, %v, stderr %q", status, err, s.Stderr())
	}
}
