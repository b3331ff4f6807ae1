//go:build integration

package serve

import (
	"net"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/ui"
)

// blockedReaders counts goroutines stuck handing an input event to a
// program: ultraviolet's TerminalReader.sendEvents.
func blockedReaders() int {
	buf := make([]byte, 16<<20)
	buf = buf[:runtime.Stack(buf, true)]
	return strings.Count(string(buf), "(*TerminalReader).sendEvents")
}

// heapInUse is the live heap after a collection.
func heapInUse() uint64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// quitThenType opens n explorer sessions at addr, one after another, and
// in each types "q" and more keys in one write, as a person who presses
// q then carries on typing, and waits for the session to end.
func quitThenType(t *testing.T, addr string, n int) {
	t.Helper()
	for range n {
		c, err := sshterm.Dial(addr, wait)
		if err != nil {
			t.Fatal(err)
		}
		s, err := sshterm.Open(c, 120, 40, sshterm.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.WaitText(title, wait); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Type("q" + strings.Repeat("jk", 20)); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Wait(wait); err != nil {
			t.Fatal(err)
		}
		_ = c.Close()
	}
}

// The upstream leak, reproduced on the stock wish Bubble Tea middleware,
// whose programs read the session with their own terminal reader: "q"
// followed by more keys in one write leaves the reader blocked for good
// on a channel nobody reads, holding the program. This test documents the
// bug: if it fails, the dependency has been fixed and pumpInput's
// workaround can go.
func TestUpstreamReaderLeaks(t *testing.T) {
	story := testStory(t)
	keyPath := filepath.Join(t.TempDir(), "key")
	if _, _, err := loadHostKey(keyPath); err != nil {
		t.Fatal(err)
	}
	srv, err := wish.NewServer(
		wish.WithHostKeyPath(keyPath),
		wish.WithMiddleware(bubbletea.Middleware(func(ssh.Session) (tea.Model, []tea.ProgramOption) {
			return ui.New(story, ui.Options{}), nil
		})),
	)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	defer srv.Close()

	const n = 20
	before, heapBefore := blockedReaders(), heapInUse()
	quitThenType(t, ln.Addr().String(), n)
	leaked := settle(func() int { return blockedReaders() - before })
	heapAfter := heapInUse()
	t.Logf("stock middleware: %d of %d sessions left a reader blocked; heap +%.2f MiB (%.2f MiB a session)",
		leaked, n, mib(heapAfter-min(heapAfter, heapBefore)), mib(heapAfter-min(heapAfter, heapBefore))/n)
	if leaked == 0 {
		t.Fatal("no reader leaked: has ultraviolet's TerminalReader been fixed? Then pumpInput's workaround can go")
	}
}

// The same on our server: every session's reader ends.
func TestNoReaderLeaksAfterQuitThenType(t *testing.T) {
	ts := startServer(t, nil)
	const n = 20
	before := blockedReaders()
	quitThenType(t, ts.addr, n)
	leaked := settle(func() int { return blockedReaders() - before })
	t.Logf("dealtui serve: %d of %d sessions left a reader blocked", leaked, n)
	if leaked != 0 {
		t.Fatalf("%d readers blocked after %d sessions", leaked, n)
	}
}

// settle reads a count until it stops going down (goroutines take a
// moment to end after the session does) and gives its last value.
func settle(count func() int) int {
	last := count()
	for range 50 {
		time.Sleep(20 * time.Millisecond)
		c := count()
		if c == 0 {
			return 0
		}
		if c >= last {
			// two readings alike in a row, a while apart
			time.Sleep(200 * time.Millisecond)
			if c2 := count(); c2 >= c {
				return c2
			}
		}
		last = c
	}
	return last
}

func mib(b uint64) float64 { return float64(b) / (1 << 20) }
