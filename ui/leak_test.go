package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"go.uber.org/goleak"
)

// runWithPipe runs the explorer as Run does (the guard, the signal
// handler), reading keys from a pipe and drawing to nowhere at 120×40, and
// returns once keys have been written and the program has ended.
func runWithPipe(t *testing.T, ctx context.Context, m tea.Model, keys string, after func()) error {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer inR.Close()
	defer inW.Close()
	done := make(chan error, 1)
	go func() {
		done <- runProgram(ctx, m, tea.WithInput(inR), tea.WithOutput(io.Discard), tea.WithWindowSize(120, 40))
	}()
	if _, err := io.WriteString(inW, keys); err != nil {
		t.Fatal(err)
	}
	if after != nil {
		after()
	}
	select {
	case err := <-done:
		return err
	case <-time.After(20 * time.Second):
		t.Fatal("the program did not end within 20s")
	}
	return nil
}

// After the program quits, no goroutine of ours, Bubble Tea's or a
// command's is left running: the signal handler, the input reader, the
// renderer and the Markdown renderings all end. (Keys that arrive after
// the quit key in the same read are another matter, upstream: the
// terminal reader of ultraviolet sends them on a channel no one reads any
// more, without looking at its context, and stays blocked. The tests send
// nothing after the key that ends the program.)
func TestNoGoroutineLeakAfterQuit(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	story := testStory(t)
	// Move, search, open a result, read, show the sources, then quit.
	err := runWithPipe(t, context.Background(), New(story, Options{Mouse: true}), "2jj\r/soft\rs\x1b3?q", nil)
	if err != nil {
		t.Fatalf("quit returned %v", err)
	}
}

// Cancelling the context (as a caller would on shutdown) ends the program
// as q does, returns the context's error and leaks nothing either.
func TestNoGoroutineLeakAfterCancel(t *testing.T) {
	defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
	story := testStory(t)
	ctx, cancel := context.WithCancel(context.Background())
	err := runWithPipe(t, ctx, New(story, Options{}), "4j", func() {
		time.Sleep(200 * time.Millisecond)
		cancel()
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("cancel returned %v, want context.Canceled", err)
	}
}

// A panic in a command (inside a batch and a sequence), in Update or in
// View comes back through the guard and ends the program the way q does,
// with a *PanicError that has the panic and its stack, and leaks nothing.
// (TestTerminalRestored checks the terminal and the message in a real
// pseudo-terminal.)
func TestPanicsEndProgram(t *testing.T) {
	for _, key := range []string{"@", "!", "%"} {
		t.Run(key, func(t *testing.T) {
			defer goleak.VerifyNone(t, goleak.IgnoreCurrent())
			err := runWithPipe(t, context.Background(), panicky{New(testStory(t), Options{}), false}, "jj"+key, nil)
			var pe *PanicError
			if !errors.As(err, &pe) || !errors.Is(err, ErrPanic) {
				t.Fatalf("got %v, want a *PanicError", err)
			}
			if pe.Value != "boom "+key || !strings.Contains(string(pe.Stack), "ui.panicky") {
				t.Errorf("panic %v in %s, stack:\n%s", pe.Value, pe.Where, pe.Stack)
			}
		})
	}
}

// panicky panics when a key is pressed: "@" in a command inside a batch
// and a sequence, "!" in Update, "%" in the View that follows.
type panicky struct {
	*Model
	viewPanic bool
}

func (p panicky) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "@":
			return p, tea.Batch(nil, tea.Sequence(func() tea.Msg { panic("boom @") }))
		case "!":
			panic("boom !")
		case "%":
			p.viewPanic = true
			return p, nil
		}
	}
	_, cmd := p.Model.Update(msg)
	return p, cmd
}

func (p panicky) View() tea.View {
	if p.viewPanic {
		panic("boom %")
	}
	return p.Model.View()
}
