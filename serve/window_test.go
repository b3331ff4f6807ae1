package serve

import (
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
)

func TestClampWindow(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ in, want ssh.Window }{
		{ssh.Window{Width: 120, Height: 40}, ssh.Window{Width: 120, Height: 40}},
		{ssh.Window{}, ssh.Window{Width: 80, Height: 24}},
		{ssh.Window{Width: 65535, Height: 65535}, ssh.Window{Width: 400, Height: 150}},
		{ssh.Window{Width: -5, Height: 3}, ssh.Window{Width: 80, Height: 3}},
	} {
		if got := clampWindow(c.in); got != c.want {
			t.Errorf("clampWindow(%v) = %v, want %v", c.in, got, c.want)
		}
	}
}

// Window changes are passed on clamped, the latest winning, and the pump
// never waits for its reader: once nobody reads, it still takes every
// change until its input closes.
func TestResizesNeverBlock(t *testing.T) {
	t.Parallel()
	r := newResizes(time.Hour, ssh.Window{Width: 80, Height: 24}) // after the first, nothing is delivered until the input closes
	in := make(chan ssh.Window)
	done := make(chan struct{})
	go func() {
		r.pump(in)
		close(done)
	}()
	in <- ssh.Window{Width: 65535, Height: 65535}
	if got := <-r.out; got != (ssh.Window{Width: 400, Height: 150}) {
		t.Fatalf("first change %v", got)
	}
	for i := range 1000 { // nobody reads out any more
		in <- ssh.Window{Width: 10 + i%50, Height: 10}
	}
	close(in)
	<-done
}

// With a short interval, a burst of changes ends with the last one
// delivered.
func TestResizesDeliverTheLatest(t *testing.T) {
	t.Parallel()
	r := newResizes(time.Millisecond, ssh.Window{Width: 80, Height: 24})
	in := make(chan ssh.Window)
	go r.pump(in)
	for i := range 100 {
		in <- ssh.Window{Width: 20 + i, Height: 30}
	}
	want := ssh.Window{Width: 119, Height: 30}
	for got := range r.out {
		if got == want {
			close(in)
			return
		}
	}
}

// A window size message stands for the latest size delivered: Bubble
// Tea's own start size, sent from a goroutine of its own, may reach the
// program after a window change made before the shell, and must not undo
// it; latest follows what is delivered.
func TestStartSizeDoesNotUndoAChange(t *testing.T) {
	t.Parallel()
	r := newResizes(time.Hour, ssh.Window{Width: 80, Height: 24})
	if got := r.latest(); got != (ssh.Window{Width: 80, Height: 24}) {
		t.Fatalf("latest at the start: %v", got)
	}
	r.offer(ssh.Window{Width: 110, Height: 35})
	st := &sessionState{maxCells: DefaultMaxCells, window: r.latest, width: 80, height: 24}
	if got := st.filter(nil, tea.WindowSizeMsg{Width: 110, Height: 35}); got != (tea.WindowSizeMsg{Width: 110, Height: 35}) {
		t.Fatalf("the change: %v", got)
	}
	st.width, st.height = 110, 35 // as Update records it
	if got := st.filter(nil, tea.WindowSizeMsg{Width: 80, Height: 24}); got != nil {
		t.Errorf("the start size after the change: %v, want it dropped", got)
	}
}
