package ui

import (
	"context"
	"errors"
	"io"
	"os"
	"syscall"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"github.com/dealtui/dealtui/model"
)

// frameRate is how often Bubble Tea draws, at most: 120 frames a second,
// its maximum (the default is 60). A key waits for the next frame, so at
// most 8.3 ms instead of 16.7.
const frameRate = 120

// Run starts the explorer on the process's terminal and returns when the
// user quits (nil), when SIGINT, SIGTERM, SIGHUP or SIGQUIT arrives (a
// *SignalError), or after an internal panic (a *PanicError with the panic
// and its stack, wrapping ErrPanic). In every case the terminal has been
// restored first: the alternate screen left, the cursor shown, mouse,
// bracketed paste and keyboard modes off, the window title put back and
// the tty's own modes reset. ctrl+z (with Options.Suspend) and SIGTSTP
// suspend it as a shell job, the terminal restored; fg brings it back.
func Run(ctx context.Context, s *model.Story, opts Options) error {
	out := io.Writer(os.Stdout)
	popts := []tea.ProgramOption{tea.WithFPS(frameRate)}
	if opts.Profile != colorprofile.Unknown {
		popts = append(popts, tea.WithColorProfile(opts.Profile))
	}
	saveTitle(out)
	defer restoreTitle(out)
	return runProgram(ctx, New(s, opts), popts...)
}

// saveTitle and restoreTitle push the terminal's window title on its
// title stack and pop it back (XTWINOPS 22 and 23): Bubble Tea sets the
// title while it runs and would leave it empty.
func saveTitle(w io.Writer)    { writeIfTerminal(w, "\x1b[22;0t") }
func restoreTitle(w io.Writer) { writeIfTerminal(w, "\x1b[23;0t") }

func writeIfTerminal(w io.Writer, s string) {
	if f, ok := w.(term.File); ok && term.IsTerminal(f.Fd()) {
		_, _ = io.WriteString(w, s)
	}
}

// ErrPanic is wrapped by the error Run returns after an internal panic: a
// *PanicError, or, for a panic inside Bubble Tea itself, Bubble Tea's own
// error (it has then printed the panic and its stack).
var ErrPanic = tea.ErrProgramPanic

// SignalError says which signal ended the explorer. After SIGQUIT it
// carries the stacks of every goroutine, taken when it came, for the
// caller to print once the terminal is restored.
type SignalError struct {
	Signal os.Signal
	Dump   []byte
}

func (e *SignalError) Error() string { return "stopped by signal: " + e.Signal.String() }

// ExitCode is 128 plus the signal's number, as a shell reports a program
// killed by it (130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP, 131 for
// SIGQUIT).
func (e *SignalError) ExitCode() int {
	if n, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(n)
	}
	return 1
}

// bubbleTeaPanic is what Run returns after a panic Bubble Tea recovered
// itself (one inside Bubble Tea): it has restored the terminal and printed
// the panic and its stack.
type bubbleTeaPanic struct{ err error }

func (e bubbleTeaPanic) Error() string {
	return "internal error: the explorer crashed; the panic and its stack are above"
}

func (e bubbleTeaPanic) Unwrap() error { return e.err }

// runProgram runs a model as the explorer runs, with Bubble Tea's own
// signal handler replaced by the watcher's. Tests pass options for input,
// output and size.
func runProgram(ctx context.Context, m tea.Model, popts ...tea.ProgramOption) error {
	var p *tea.Program
	g := Guard(m, func() { p.Quit() })
	w := &signalWatcher{}
	popts = append([]tea.ProgramOption{tea.WithoutSignalHandler(), tea.WithFilter(w.filter)}, popts...)
	p = tea.NewProgram(g, popts...)
	w.p = p
	stop := w.start(ctx)
	_, err := p.Run()
	stop()

	switch {
	case g.Caught() != nil:
		return g.Caught()
	case w.got != nil:
		return &SignalError{Signal: w.got, Dump: w.dump}
	case errors.Is(err, tea.ErrProgramPanic):
		return bubbleTeaPanic{err}
	case err == nil && ctx.Err() != nil:
		return ctx.Err()
	}
	return err
}
