//go:build integration

package serve

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// After 200 sessions that end every way a session ends — q, q then a
// storm of keys, q then a storm of window changes, the client vanishing,
// a command, no terminal — the server is back to the goroutines it
// started with (±5), so nothing is left behind per session.
func TestNothingLeftAfter200Sessions(t *testing.T) {
	ts := startServer(t, nil)
	if err := endWithQ(t, ts.addr); err != nil { // first-use work (styles, caches) before the baseline
		t.Fatal(err)
	}
	baseline := steadyGoroutines(wait)
	heapBefore := heapInUse()

	const sessions, parallel = 200, 20
	kinds := []func(*testing.T, string) error{endWithQ, quitThenKeyStorm, quitThenResizeStorm, vanish, commandAndText}
	var wg sync.WaitGroup
	errs := make(chan error, sessions)
	sem := make(chan struct{}, parallel)
	for i := range sessions {
		sem <- struct{}{}
		wg.Go(func() {
			defer func() { <-sem }()
			if err := kinds[i%len(kinds)](t, ts.addr); err != nil {
				errs <- fmt.Errorf("session %d: %w", i, err)
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}

	after, err := goroutinesSettle(baseline, wait)
	heapAfter := heapInUse()
	t.Logf("goroutines: %d before, %d after %d sessions; heap in use %.1f → %.1f MiB; %d readers blocked",
		baseline, after, sessions, mib(heapBefore), mib(heapAfter), blockedReaders())
	if err != nil {
		t.Fatalf("%v\n%s", err, goroutineSummary())
	}
}

// steadyGoroutines waits until the goroutine count has not changed for
// a quarter of a second (earlier tests' servers wind down), and gives it.
func steadyGoroutines(timeout time.Duration) int {
	deadline := time.Now().Add(timeout)
	last, same := runtime.NumGoroutine(), 0
	for same < 5 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
		n := runtime.NumGoroutine()
		if n == last {
			same++
		} else {
			last, same = n, 0
		}
	}
	return last
}

// goroutinesSettle waits until the goroutine count is within 5 of want,
// and gives it.
func goroutinesSettle(want int, timeout time.Duration) (int, error) {
	deadline := time.Now().Add(timeout)
	for {
		n := runtime.NumGoroutine()
		if n <= want+5 && n >= want-5 {
			return n, nil
		}
		if time.Now().After(deadline) {
			return n, fmt.Errorf("%d goroutines after %v, want %d±5", n, timeout, want)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// goroutineSummary counts goroutines by the function at the top of their
// stacks, for a failure message.
func goroutineSummary() string {
	buf := make([]byte, 32<<20)
	buf = buf[:runtime.Stack(buf, true)]
	count := map[string]int{}
	for g := range strings.SplitSeq(string(buf), "\n\n") {
		lines := strings.Split(g, "\n")
		if len(lines) > 1 {
			count[lines[1]]++
		}
	}
	var b strings.Builder
	for f, n := range count {
		if n > 1 {
			fmt.Fprintf(&b, "%5d %s\n", n, f)
		}
	}
	return b.String()
}

func openExplorer(addr string, cols, rows int) (*gossh.Client, *sshterm.Session, error) {
	c, err := sshterm.Dial(addr, wait)
	if err != nil {
		return nil, nil, err
	}
	s, err := sshterm.Open(c, cols, rows, sshterm.Options{})
	if err != nil {
		c.Close()
		return nil, nil, err
	}
	if _, err := s.WaitText(title, wait); err != nil {
		c.Close()
		return nil, nil, err
	}
	return c, s, nil
}

func endWithQ(_ *testing.T, addr string) error {
	c, s, err := openExplorer(addr, 120, 40)
	if err != nil {
		return err
	}
	defer c.Close()
	s.Type("2")
	if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
		return err
	}
	s.Type("q")
	_, err = s.Wait(wait)
	return err
}

func quitThenKeyStorm(_ *testing.T, addr string) error {
	c, s, err := openExplorer(addr, 100, 30)
	if err != nil {
		return err
	}
	defer c.Close()
	s.Type("q" + strings.Repeat("jk/\x1b[A\x1b[B", 50))
	for range 10 {
		if _, err := s.Type(strings.Repeat("l", 100)); err != nil {
			break // the session has ended
		}
	}
	_, err = s.Wait(wait)
	return err
}

func quitThenResizeStorm(_ *testing.T, addr string) error {
	c, s, err := openExplorer(addr, 120, 40)
	if err != nil {
		return err
	}
	defer c.Close()
	s.Type("q")
	for i := range 30 {
		if s.WindowChange(60+i, 20+i%10) != nil {
			break
		}
	}
	_, err = s.Wait(wait)
	return err
}

// vanish drops the connection with the explorer open.
func vanish(_ *testing.T, addr string) error {
	c, s, err := openExplorer(addr, 120, 40)
	if err != nil {
		return err
	}
	s.Type("jjj")
	return c.Close()
}

func commandAndText(_ *testing.T, addr string) error {
	c, err := sshterm.Dial(addr, wait)
	if err != nil {
		return err
	}
	defer c.Close()
	for _, cmd := range []string{"print --format json", ""} {
		sess, err := c.NewSession()
		if err != nil {
			return err
		}
		if cmd == "" {
			err = sess.Shell()
			if err == nil {
				err = sess.Wait()
			}
		} else {
			_, err = sess.Output(cmd)
		}
		sess.Close()
		if err != nil {
			return fmt.Errorf("%q: %w", cmd, err)
		}
	}
	return nil
}
