package ui

import (
	"os"
	"syscall"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// A signal's exit code is 128 plus its number, as a shell reports a
// program a signal killed.
func TestSignalExitCodes(t *testing.T) {
	for _, tt := range []struct {
		sig  os.Signal
		code int
	}{{syscall.SIGINT, 130}, {syscall.SIGTERM, 143}, {syscall.SIGHUP, 129}, {fakeSignal{}, 1}} {
		if got := (&SignalError{Signal: tt.sig}).ExitCode(); got != tt.code {
			t.Errorf("%v: exit code %d, want %d", tt.sig, got, tt.code)
		}
	}
}

type fakeSignal struct{}

func (fakeSignal) String() string { return "fake" }
func (fakeSignal) Signal()        {}

// The guard keeps Bubble Tea's own messages as they are, and the commands
// of a batch or a sequence still run, in order for a sequence.
func TestGuardKeepsCommands(t *testing.T) {
	var order []int
	step := func(i int) tea.Cmd { return func() tea.Msg { order = append(order, i); return nil } }
	if msg := guardCmd(tea.Quit)(); msg != tea.Quit() {
		t.Errorf("tea.Quit through the guard gives %T", msg)
	}
	seq := guardCmd(tea.Sequence(step(1), step(2), nil, step(3)))()
	cmds, ok := cmdList(seq)
	if !ok || len(cmds) < 3 {
		t.Fatalf("a sequence through the guard gives %T", seq)
	}
	for _, c := range cmds {
		if c != nil {
			c()
		}
	}
	batch, ok := guardCmd(tea.Batch(step(4), step(5)))().(tea.BatchMsg)
	if !ok || len(batch) != 2 {
		t.Fatalf("a batch through the guard gives %T", batch)
	}
	for _, c := range batch {
		c()
	}
	if len(order) != 5 || order[0] != 1 || order[2] != 3 {
		t.Errorf("commands ran as %v", order)
	}
	if msg, ok := guardCmd(func() tea.Msg { panic("boom") })().(cmdPanic); !ok || msg.value != "boom" || len(msg.stack) == 0 {
		t.Errorf("a panicking command gives %#v", msg)
	}
}
