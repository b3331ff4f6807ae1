package serve

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"
)

// lineRecorder is what a lineInput told its session.
type lineRecorder struct {
	touched              int
	droppedB, droppedEvs int
}

func newTestLineInput(t *testing.T, lim inputLimits, raw bool) (*lineInput, *lineRecorder) {
	t.Helper()
	rec := &lineRecorder{}
	in := newLineInput(context.Background(), lim, raw, lineHooks{
		flush:   func() error { return nil },
		touch:   func() { rec.touched++ },
		dropped: func(b, e int) { rec.droppedB += b; rec.droppedEvs += e },
	})
	return in, rec
}

// Lines over the budget are dropped whole (erased with ctrl+u on a raw
// terminal), a quit has a budget of its own, and a burst's lines do not
// count as activity.
func TestLineBudget(t *testing.T) {
	t.Parallel()
	now := time.Unix(1e9, 0)
	in, rec := newTestLineInput(t, defaultInputLimits(), true)
	got := in.admit([]byte(strings.Repeat("m\r", lineBurst+3)), now)
	if want := strings.Repeat("m\r", lineBurst) + "\x15\x15\x15"; string(got) != want {
		t.Fatalf("admitted %q, want %q", got, want)
	}
	if rec.droppedEvs != 3 || rec.droppedB != 6 {
		t.Errorf("dropped %d lines, %d bytes; want 3, 6", rec.droppedEvs, rec.droppedB)
	}
	if rec.touched != 0 {
		t.Error("a burst counted as activity")
	}
	if got := in.admit([]byte("r\r QUIT \rq\r"), now); string(got) != "\x15 QUIT \rq\r" {
		t.Errorf("over the budget: %q, want the quits alone", got)
	}
	later := now.Add(2 * time.Second)
	if got := in.admit([]byte("r\r"), later); string(got) != "r\r" || rec.touched != 1 {
		t.Errorf("two seconds later: %q, %d touches", got, rec.touched)
	}
}

// Without a terminal a line ends at LF, and the LF of a CR LF goes where
// its line went, also across reads; a dropped line is not erased.
func TestLineBudgetCooked(t *testing.T) {
	t.Parallel()
	now := time.Unix(1e9, 0)
	in, _ := newTestLineInput(t, defaultInputLimits(), false)
	if got := in.admit([]byte("2\r"), now); string(got) != "2\r" {
		t.Errorf("%q", got)
	}
	if got := in.admit([]byte("\n3\n"), now); string(got) != "\n3\n" {
		t.Errorf("%q", got)
	}
	for in.lines.AllowN(now, 1) { // spend the budget
	}
	if got := in.admit([]byte("4\r\nq\r\n"), now); string(got) != "q\r\n" {
		t.Errorf("over the budget: %q", got)
	}
}

// A flood over the byte budget passes its newest bytes; a ctrl+c in the
// part dropped is handed on alone, ending a raw terminal's session.
func TestLineInputFlood(t *testing.T) {
	t.Parallel()
	lim := defaultInputLimits()
	lim.bytesPerSec, lim.byteBurst = 100, 100
	now := time.Unix(1e9, 0)
	in, rec := newTestLineInput(t, lim, true)
	flood := bytes.Repeat([]byte("x"), 4096)
	if got := in.admit(flood, now); len(got) != burstTail || rec.droppedB != len(flood)-burstTail {
		t.Errorf("passed %d bytes, dropped %d", len(got), rec.droppedB)
	}
	flood[10] = keyCtrlC
	if got := in.admit(flood, now); string(got) != "\x03" {
		t.Errorf("a ctrl+c in the flood: %q", got)
	}
}

// Read returns what the pump passed on, then the input's end; and the
// context's error once the server ends the session, though the client
// sends nothing.
func TestLineInputRead(t *testing.T) {
	t.Parallel()
	in, _ := newTestLineInput(t, defaultInputLimits(), true)
	go in.pump(strings.NewReader("q\r"))
	got, err := io.ReadAll(in)
	if string(got) != "q\r" || err != nil {
		t.Errorf("%q, %v", got, err)
	}

	ctx, stop := context.WithCancel(context.Background())
	in = newLineInput(ctx, defaultInputLimits(), true, lineHooks{
		flush: func() error { return nil }, touch: func() {}, dropped: func(int, int) {},
	})
	r, w := io.Pipe()
	defer w.Close()
	go in.pump(r)
	ended := make(chan error, 1)
	go func() {
		_, err := in.Read(make([]byte, 16))
		ended <- err
	}()
	stop()
	select {
	case err := <-ended:
		if err != context.Canceled {
			t.Errorf("Read after the end: %v", err)
		}
	case <-time.After(wait):
		t.Fatal("Read did not return when the session ended")
	}
}

// The output gathers the mode's writes until a flush; a notice goes on a
// line of its own.
func TestLineOutput(t *testing.T) {
	t.Parallel()
	var b bytes.Buffer
	o := newLineOutput(&b, true)
	_, _ = io.WriteString(o, "Menu.\r\nCommand: ")
	if b.Len() != 0 {
		t.Errorf("written before a flush: %q", b.String())
	}
	o.notice("Restarting.")
	_, _ = io.WriteString(o, "2")
	if err := o.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := "Menu.\r\nCommand: \r\nRestarting.\r\n2"; b.String() != want {
		t.Errorf("%q, want %q", b.String(), want)
	}
}
