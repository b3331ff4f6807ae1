// Command dealtui is a terminal explorer of one news story: the April 2026
// move of the Microsoft–OpenAI partnership from exclusivity to a
// multi-partnership framework.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"runtime/debug"
	"strings"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
)

// Stamped at release time with -ldflags "-X main.version=… -X main.commit=… -X main.date=…".
var (
	version = ""
	commit  = ""
	date    = ""
)

// Exit codes.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2 // bad flag, bad value or bad content
)

func main() {
	os.Exit(run(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// usageError is a mistake in how the program was called or in the content
// it was given: it exits with exitUsage.
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// run is the whole program with its surroundings passed in, so tests can
// drive it.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var out outcome
	root := newRootCmd(stdin, stdout, stderr, &out)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetIn(stdin)
	root.SetVersionTemplate("{{.Version}}\n")
	// No signal handler here: while the explorer owns the terminal, ui.Run
	// catches SIGINT, SIGTERM and SIGHUP, restores the terminal and says
	// which came; anywhere else a signal's default action is right.
	err := fang.Execute(ctx, root,
		fang.WithVersion(versionString(buildInfo())),
		fang.WithErrorHandler(printError),
	)
	if err == nil && out.err != nil {
		err = out.err
		reportError(stderr, err)
	}
	switch {
	case err == nil:
		return out.code
	case errors.As(err, new(usageError)), isCobraUsage(err):
		return exitUsage
	}
	return exitError
}

// outcome is how a command ended, kept from fang. Errors are reported by
// run, not returned to fang: fang's error path first asks the terminal for
// its background colour, writing the query to the screen and waiting up to
// four seconds on a terminal that never answers (TERM=dumb, a serial
// console, Emacs' shell), and would do so even just after the explorer has
// given the terminal back. Only the errors cobra makes itself before our
// code runs (a bad flag to fang's own commands) still go through fang.
type outcome struct {
	err  error
	code int // exit code when err is nil
}

// fail keeps the first error and lets cobra carry on as if all were well.
func (o *outcome) fail(err error) error {
	if err != nil && o.err == nil {
		o.err = err
	}
	return nil
}

// explorerEnded turns how ui.Run ended into the outcome: 128 plus the
// signal's number after a signal, as a shell reports a program a signal
// killed, with no message; exitError after an internal panic, with the
// panic and its stack (the terminal has been restored by then).
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
			model.Visible(pe.Error()), strings.TrimSpace(string(pe.Stack)))
		o.code = exitError
		return nil
	case errors.Is(err, ui.ErrPanic): // recovered by Bubble Tea, which printed it
		fmt.Fprintf(stderr, "dealtui: %v\n", err)
		o.code = exitError
		return nil
	}
	return o.fail(err)
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

func printError(w io.Writer, _ fang.Styles, err error) { reportError(w, err) }

// reportError writes an error as "dealtui: message", with a pointer to the
// help after a usage mistake.
func reportError(w io.Writer, err error) {
	// Messages quote file names, flags and values as given: any control
	// character in them is shown escaped, never sent to the terminal.
	fmt.Fprintf(w, "dealtui: %s\n", model.Visible(err.Error()))
	if errors.As(err, new(usageError)) || isCobraUsage(err) {
		if !errors.As(err, new(*model.LoadError)) {
			fmt.Fprintln(w, "Try 'dealtui --help' for usage.")
		}
	}
}

// options are the flags shared by the explorer and print.
type options struct {
	contentDir string
	theme      string
	pane       string
	item       string
	noMouse    bool
	format     string
	width      int
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer, out *outcome) *cobra.Command {
	var o options
	root := &cobra.Command{
		Use:   "dealtui",
		Short: "Explore the Microsoft–OpenAI deal of 27 April 2026 in your terminal",
		Long: "dealtui lays out one news story in panes: a timeline from 2019 to 2032, " +
			"the deal's terms before and after, the implications for Japan and the wider " +
			"impact on businesses. Every claim shows where it comes from: the article " +
			"(blocks P01–P23) or a labelled background fact (B01–B10).\n\n" +
			"When standard output or input is not a terminal, dealtui prints the story " +
			"as plain text instead of starting the explorer.",
		Example: "  dealtui\n  dealtui --pane japan\n  dealtui --item ip-licence --theme light\n" +
			"  dealtui print --format json | jq '.terms[].title'\n  dealtui | less",
		Args: cobra.ArbitraryArgs, // checked in RunE, so the error is ours to report
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return out.fail(err)
			}
			story, err := loadStory(o.contentDir)
			if err != nil {
				return out.fail(err)
			}
			uo, err := o.uiOptions(story)
			if err != nil {
				return out.fail(err)
			}
			if !isTerminal(stdout) || !isTerminal(stdin) {
				return out.fail(story.WriteText(stdout, o.width))
			}
			return out.explorerEnded(ui.Run(cmd.Context(), story, uo), stderr)
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return out.fail(usageError{err}) })
	pf := root.PersistentFlags()
	pf.StringVar(&o.contentDir, "content", "", "load the story from this `DIR` instead of the built-in one (same layout as content/)")
	f := root.Flags()
	f.StringVar(&o.theme, "theme", "auto", "colour theme: auto (ask the terminal), dark or light")
	f.StringVar(&o.pane, "pane", "", "open at this pane: "+strings.Join(model.PaneNames(), ", "))
	f.StringVar(&o.item, "item", "", "open at the item with this `ID` (see dealtui print --format json)")
	f.BoolVar(&o.noMouse, "no-mouse", false, "do not capture the mouse, so text can be selected")
	f.IntVar(&o.width, "width", 0, "wrap plain-text output to `N` columns (default: the terminal's width, or 80)")
	root.AddCommand(newPrintCmd(stdout, &o, out))
	return root
}

func newPrintCmd(stdout io.Writer, o *options, out *outcome) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "print",
		Short: "Write the whole story to standard output as text, Markdown or JSON",
		Long: "print writes the whole story, with the provenance of every item, its source " +
			"notes and the source digest. The JSON form has stable field names, described " +
			"in README.md.",
		Example: "  dealtui print\n  dealtui print --format markdown > story.md\n  dealtui print --format json",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the error is ours to report
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return out.fail(err)
			}
			f, err := model.ParseFormat(o.format)
			if err != nil {
				return out.fail(usageError{err})
			}
			if o.width < 0 {
				return out.fail(usagef("--width %d: want a positive number of columns", o.width))
			}
			story, err := loadStory(o.contentDir)
			if err != nil {
				return out.fail(err)
			}
			width := o.width
			if width == 0 {
				width = terminalWidth(stdout)
			}
			return out.fail(story.Export(stdout, f, width))
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(model.Formats(), ", "))
	cmd.Flags().IntVar(&o.width, "width", 0, "wrap text to `N` columns (default: the terminal's width, or 80)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return out.fail(usageError{err}) })
	return cmd
}

func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usagef("unexpected argument %q for %q", args[0], cmd.CommandPath())
	}
	return nil
}

// loadStory loads the embedded story, or a pack from a directory.
func loadStory(dir string) (*model.Story, error) {
	var fsys fs.FS = content.FS()
	root := "content"
	if dir != "" {
		info, err := os.Stat(dir)
		switch {
		case err != nil:
			return nil, usagef("--content %s: %v", dir, errors.Unwrap(err))
		case !info.IsDir():
			return nil, usagef("--content %s: not a directory", dir)
		}
		fsys, root = os.DirFS(dir), strings.TrimSuffix(dir, "/")
	}
	story, err := model.Load(fsys)
	if err != nil {
		var le *model.LoadError
		if errors.As(err, &le) {
			le.Root = root
		}
		return nil, usageError{err}
	}
	return story, nil
}

func (o options) uiOptions(s *model.Story) (ui.Options, error) {
	uo := ui.Options{
		Mouse:   !o.noMouse,
		NoColor: os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb",
		Suspend: true,
	}
	var err error
	if uo.Theme, err = ui.ParseTheme(o.theme); err != nil {
		return uo, usagef("--theme: %v", err)
	}
	if o.pane != "" {
		uo.Pane, err = model.ParsePane(o.pane)
	}
	if err != nil {
		return uo, usagef("--pane: %v", err)
	}
	if o.item != "" {
		if _, ok := s.Entry(o.item); !ok {
			return uo, usagef("--item %q: no item has that id; list them with: dealtui print --format json | grep '\"id\"'", o.item)
		}
		uo.Item = o.item
	}
	if o.width < 0 {
		return uo, usagef("--width %d: want a positive number of columns", o.width)
	}
	return uo, nil
}

func isTerminal(v any) bool {
	f, ok := v.(term.File)
	return ok && term.IsTerminal(f.Fd())
}

func terminalWidth(w io.Writer) int {
	if f, ok := w.(term.File); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return width
		}
	}
	return model.DefaultWidth
}

// buildFacts are what the binary knows about how it was built.
type buildFacts struct{ version, commit, date string }

// buildInfo takes the stamped values, and falls back to what the Go
// toolchain recorded (go install, go build) for any that are missing.
func buildInfo() buildFacts {
	b := buildFacts{version, commit, date}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if b.version == "" && info.Main.Version != "" {
		b.version = info.Main.Version
	}
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.commit == "" {
				b.commit = s.Value
			}
		case "vcs.time":
			if b.date == "" {
				b.date = s.Value
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified && commit == "" && b.commit != "" {
		b.commit += "-dirty"
	}
	return b
}

func versionString(b buildFacts) string {
	v := b.version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	c, d := b.commit, b.date
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return fmt.Sprintf("dealtui %s\ncommit: %s\nbuilt:  %s", v, c, d)
}
