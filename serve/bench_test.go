package serve

import (
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// BenchmarkSessionOpen is one reader connecting, getting the first frame
// at 120×40, and quitting, one after another: the server's and the
// client's work together (scripts/loadtest measures them apart, under
// load).
func BenchmarkSessionOpen(b *testing.B) {
	ts := startServer(b, nil)
	for b.Loop() {
		c, err := sshterm.Dial(ts.addr, wait)
		if err != nil {
			b.Fatal(err)
		}
		s, err := sshterm.Open(c, 120, 40, sshterm.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.WaitText(title, wait); err != nil {
			b.Fatal(err)
		}
		s.Type("q")
		if _, err := s.Wait(wait); err != nil {
			b.Fatal(err)
		}
		c.Close()
	}
}

// BenchmarkKeyFrame is a key that switches panes at 120×40, to the frame
// on the client's screen.
func BenchmarkKeyFrame(b *testing.B) {
	ts := startServer(b, nil)
	s := ts.explorer(b, 120, 40, sshterm.Options{})
	keys := []struct{ key, want string }{{"2", "▸ Deal changes"}, {"1", "▸ Timeline"}}
	i := 0
	for b.Loop() {
		k := keys[i%2]
		i++
		s.Type(k.key)
		if _, err := s.WaitText(k.want, wait); err != nil {
			b.Fatal(err)
		}
	}
}
