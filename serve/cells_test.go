package serve

import (
	"testing"

	"charm.land/ssh"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// A window is clamped, then shrunk to --max-cells keeping its shape; what
// fits is left alone.
func TestFitWindow(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		in    ssh.Window
		cells int
		want  ssh.Window
	}{
		{ssh.Window{Width: 120, Height: 40}, 16000, ssh.Window{Width: 120, Height: 40}},
		{ssh.Window{Width: 200, Height: 80}, 16000, ssh.Window{Width: 200, Height: 80}},
		{ssh.Window{Width: 400, Height: 150}, 16000, ssh.Window{Width: 206, Height: 77}},
		{ssh.Window{Width: 65535, Height: 65535}, 16000, ssh.Window{Width: 206, Height: 77}},
		{ssh.Window{Width: 400, Height: 150}, minCells, ssh.Window{Width: 71, Height: 26}},
		{ssh.Window{Width: 400, Height: 1}, minCells, ssh.Window{Width: 400, Height: 1}},
		{ssh.Window{Width: 1, Height: 150}, minCells, ssh.Window{Width: 1, Height: 150}},
		{ssh.Window{}, minCells, ssh.Window{Width: 80, Height: 24}},
	} {
		got := fitWindow(c.in, c.cells)
		if got != c.want || got.Width*got.Height > c.cells {
			t.Errorf("fitWindow(%v, %d) = %v, want %v", c.in, c.cells, got, c.want)
		}
	}
}

// A session that claims a huge terminal is drawn at --max-cells, and the
// cells of the open sessions are counted.
func TestMaxCells(t *testing.T) {
	t.Parallel()
	ts := startServer(t, func(c *Config) { c.MaxCells = 6000 })
	s, err := sshterm.Open(ts.dial(t), 400, 150, sshterm.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	want := fitWindow(ssh.Window{Width: 400, Height: 150}, 6000)
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == want.Width }, wait); err != nil {
		t.Fatalf("frame not %d wide: %v", want.Width, err)
	}
	eventually(t, "the session's cells counted", func() bool {
		return metricValue(t, ts.Server, "dealtui_session_cells") == float64(want.Width*want.Height)
	})
	s.Type("q")
	if _, err := s.Wait(wait); err != nil {
		t.Fatal(err)
	}
	eventually(t, "no cells once it ends", func() bool { return metricValue(t, ts.Server, "dealtui_session_cells") == 0 })
}
