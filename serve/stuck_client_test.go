//go:build integration

package serve

import (
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// A client that stops reading cannot hold the server: once a write to it
// has waited the write timeout, its connection is closed and its session
// ends; the other sessions go on meanwhile, and nothing is left behind.
func TestClientThatStopsReading(t *testing.T) {
	// Not parallel: it counts the process's goroutines.
	if raceDetector {
		t.Skip("fills the client's 2 MiB window: too slow under -race (TestDeadlineWriter covers the writer)")
	}
	ts := startServer(t, func(c *Config) {
		c.writeTimeout = 300 * time.Millisecond
		c.input = defaultInputLimits()
		c.input.resizeInterval = time.Millisecond
	})
	other := ts.explorer(t, 80, 24, sshterm.Options{})
	baseline := steadyGoroutines(wait)

	c := ts.dial(t)
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.RequestPty("xterm-256color", maxRows, maxCols, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if _, err := sess.StdoutPipe(); err != nil { // never read: the channel's window fills
		t.Fatal(err)
	}
	stdin, err := sess.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	// Full repaints of a 400×150 screen, until the server's writes wait.
	go func() {
		for i := 0; ; i++ {
			if sess.WindowChange(maxRows-i%2, maxCols-i%3) != nil {
				return
			}
			if _, err := stdin.Write([]byte("jk")); err != nil {
				return
			}
			time.Sleep(2 * time.Millisecond)
		}
	}()
	eventually(t, "the stuck session is ended", func() bool { return strings.Contains(ts.log.String(), "ended_by=write_timeout") })

	other.Type("2")
	if _, err := other.WaitText("▸ Deal changes", wait); err != nil {
		t.Fatalf("the other session stopped answering: %v", err)
	}
	c.Close()
	if n, err := goroutinesSettle(baseline, wait); err != nil {
		t.Fatalf("%v (%d)\n%s", err, n, goroutineSummary())
	}
}
