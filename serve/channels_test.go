package serve

import (
	"bytes"
	"errors"
	"io"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// openSession opens a session channel with no request yet.
func openSession(c *gossh.Client) (gossh.Channel, error) {
	ch, reqs, err := c.OpenChannel("session", nil)
	if err != nil {
		return nil, err
	}
	go gossh.DiscardRequests(reqs)
	return ch, nil
}

// errWriteWaits is a write that did not finish: nobody reads the channel.
var errWriteWaits = errors.New("the write did not finish: nobody reads the channel")

// writeWithin writes n bytes into w, giving up after wait: a channel
// nobody reads takes its window (2 MiB) and no more.
func writeWithin(w io.Writer, n int) error {
	done := make(chan error, 1)
	go func() {
		_, err := w.Write(bytes.Repeat([]byte("j"), n))
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(wait):
		return errWriteWaits
	}
}

// At most --max-channels session channels are open at once on one
// connection; a channel of another type is refused and counted.
func TestChannelsPerConnection(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxChannels = 2 })
	c := ts.dial(t)
	for range 2 {
		if _, err := openSession(c); err != nil {
			t.Fatal(err)
		}
	}
	_, err := openSession(c)
	var oce *gossh.OpenChannelError
	if !errors.As(err, &oce) || oce.Reason != gossh.ResourceShortage {
		t.Fatalf("a third session channel: %v, want refused (resource shortage)", err)
	}
	if _, _, err := c.OpenChannel("direct-tcpip", nil); !errors.As(err, &oce) || oce.Reason != gossh.UnknownChannelType {
		t.Fatalf("a direct-tcpip channel: %v, want refused (unknown type)", err)
	}
	for reason, want := range map[string]float64{chanPerConn: 1, chanType: 1} {
		if got := metricValue(t, ts.Server, `dealtui_channels_refused_total{reason="`+reason+`"}`); got != want {
			t.Errorf("channels refused for %s: %v, want %v", reason, got, want)
		}
	}
}

// A session channel that asks for no shell or command is closed after
// --no-session-timeout; what is written into it meanwhile is read and
// dropped (beyond a few KiB kept for its session), so the writes never
// wait on the window. Past 64 KiB of data, or of extended data, it is
// closed at once, with its connection.
func TestShellLessChannel(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.NoSessionTimeout = time.Second })
	quiet, err := openSession(ts.dial(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := writeWithin(quiet, 48<<10); err != nil {
		t.Fatalf("48 KiB before the shell: %v", err)
	}
	for _, w := range []func(gossh.Channel) io.Writer{
		func(ch gossh.Channel) io.Writer { return ch },
		func(ch gossh.Channel) io.Writer { return ch.Stderr() },
	} {
		c := ts.dial(t)
		loud, err := openSession(c)
		if err != nil {
			t.Fatal(err)
		}
		// The write fails once the channel or the connection is closed;
		// it must not wait.
		if err := writeWithin(w(loud), 5<<20); err == nil || errors.Is(err, errWriteWaits) {
			t.Fatalf("5 MiB before the shell: %v, want the channel closed", err)
		}
		if _, err := openSession(c); err == nil {
			t.Fatal("the connection of a flooded channel is still open")
		}
	}
	if !closedWithin(quiet) {
		t.Fatal("the channel was not closed")
	}
	eventually(t, "the channels counted", func() bool {
		// The quiet channel's connection has no session either: one of
		// the two closes it first.
		return metricValue(t, ts.Server, `dealtui_channels_refused_total{reason="no_session"}`)+
			metricValue(t, ts.Server, `dealtui_connections_closed_total{reason="no_session"}`) >= 1 &&
			metricValue(t, ts.Server, `dealtui_channels_refused_total{reason="input"}`) == 2 &&
			metricValue(t, ts.Server, `dealtui_connections_closed_total{reason="input"}`) == 2
	})
}

// closedWithin waits for the server to close a channel, at most wait.
func closedWithin(ch gossh.Channel) bool {
	done := make(chan struct{})
	go func() { _, _ = io.Copy(io.Discard, ch); close(done) }()
	select {
	case <-done:
		return true
	case <-time.After(wait):
		return false
	}
}

// Keys typed before the shell starts reach the explorer: the newest few
// KiB written before it are kept for it, what came before them dropped.
func TestTypeAheadBeforeTheShell(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s, err := sshterm.Open(ts.dial(t), 100, 30, sshterm.Options{
		BeforeShell: func(_ *gossh.Session, stdin io.Writer) error {
			if err := writeWithin(stdin, 48<<10); err != nil {
				return err
			}
			_, err := stdin.Write([]byte("2"))
			return err
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
		t.Fatalf("the key typed ahead: %v", err)
	}
	s.Type("q")
	if status, err := s.Wait(wait); err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
}
