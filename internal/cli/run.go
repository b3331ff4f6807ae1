package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1 // an internal error, or output that could not be written
	exitUsage = 2 // bad flag, bad value or bad content
)

// usageError is a mistake in how the program was called or in the content
// it was given: it exits with exitUsage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// Run is the whole program with its surroundings passed in, so tests can
// drive it; it returns the exit code. No signal handler is installed
// here: while the explorer owns the terminal, ui.Run catches the signals
// that end it and restores the terminal; anywhere else a signal's default
// action is right.
func Run(ctx context.Context, build Build, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	termcap.PinWidths()
	out := &checkedWriter{w: stdout}
	if f, ok := stdout.(*os.File); ok && closedAtStart(f) {
		out.err = errors.New("standard output is closed")
	}
	var o outcome
	root := newRootCmd(build, stdin, out, stderr, &o)
	return execute(ctx, root, args, out, stderr, &o, localHint)
}

// hinter says where a person who made a usage mistake in cmd finds help,
// or "" for nothing more.
type hinter func(cmd *cobra.Command) string

// localHint points to the help of the command that was mistaken.
func localHint(cmd *cobra.Command) string {
	return fmt.Sprintf("Try '%s --help' for usage.", cmd.CommandPath())
}

// execute runs a command tree on args and turns how it ended into an exit
// code, reporting an error on stderr.
func execute(ctx context.Context, root *cobra.Command, args []string, out *checkedWriter, stderr io.Writer, o *outcome, hint hinter) int {
	root.SetArgs(args)
	root.SetOut(out)
	root.SetErr(stderr)
	cmd, err := root.ExecuteContextC(ctx)
	if err == nil {
		err = o.err
	}
	if err == nil && out.err != nil && out.written {
		err = fmt.Errorf("writing the output: %w", out.err)
	}
	if err == nil {
		return o.code
	}
	usage := errors.As(err, new(usageError)) || isCobraUsage(err)
	reportError(stderr, err)
	if usage && !errors.As(err, new(*model.LoadError)) {
		if h := hint(cmd); h != "" {
			fmt.Fprintln(stderr, h)
		}
	}
	if usage {
		return exitUsage
	}
	return exitError
}

// checkedWriter keeps the first error writing to standard output (closed,
// full…), so that the program does not end well when its output was lost.
// A broken pipe needs nothing: the runtime ends the program with SIGPIPE,
// silently, as a filter in a pipeline should.
type checkedWriter struct {
	w       io.Writer
	err     error
	written bool // something was written (or tried)
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	c.written = true
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	return n, err
}

// Fd lets the explorer and the width check see the terminal behind it.
func (c *checkedWriter) Fd() uintptr {
	if f, ok := c.w.(interface{ Fd() uintptr }); ok {
		return f.Fd()
	}
	return ^uintptr(0)
}

// outcome is how a command ended when that is not an error.
type outcome struct {
	err  error
	code int
}

// explorerEnded turns how ui.Run ended into the outcome: 128 plus the
// signal's number after a signal, as a shell reports a program a signal
// killed, with no message (but the goroutine dump after SIGQUIT);
// exitError after an internal panic, with the panic and its stack (the
// terminal has been restored by then).
func (o *outcome) explorerEnded(err error, stderr io.Writer) error {
	var sig *ui.SignalError
	var pe *ui.PanicError
	switch {
	case errors.As(err, &sig):
		if len(sig.Dump) > 0 {
			fmt.Fprintf(stderr, "%s\n\n%s", sig.Signal, sig.Dump)
		}
		o.code = sig.ExitCode()
		return nil
	case errors.As(err, &pe):
		fmt.Fprintf(stderr, "dealtui: %s\n\n%s\n\nThe terminal has been restored. This is a bug in dealtui: please report it with the lines above.\n",
			termsafe.Visible(pe.Error()), strings.TrimSpace(string(pe.Stack)))
		o.code = exitError
		return nil
	case errors.Is(err, ui.ErrPanic): // recovered by Bubble Tea, which printed it
		fmt.Fprintf(stderr, "dealtui: %v\n", err)
		o.code = exitError
		return nil
	}
	return err
}

// isCobraUsage recognises the errors cobra itself makes for bad flags and
// arguments, which carry no type.
func isCobraUsage(err error) bool {
	s := err.Error()
	for _, p := range []string{"unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "unknown command", "accepts ", "bad flag syntax", "required flag"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// reportError writes an error as "dealtui: message".
func reportError(w io.Writer, err error) {
	// Messages quote file names, flags and values as given: any control
	// character in them is shown escaped, never sent to the terminal.
	fmt.Fprintf(w, "dealtui: %s\n", visibleLines(err.Error()))
}

// visibleLines makes a message safe for the terminal line by line: a
// message may be several lines (a pack's problems, one a line), but no
// value quoted in it can start a line of its own.
func visibleLines(msg string) string {
	lines := strings.Split(msg, "\n")
	for i, l := range lines {
		lines[i] = termsafe.VisibleLine(l)
	}
	return strings.Join(lines, "\n")
}
