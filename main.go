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
	"syscall"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"
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
	root := newRootCmd(stdin, stdout)
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetIn(stdin)
	root.SetVersionTemplate("{{.Version}}\n")
	err := fang.Execute(ctx, root,
		fang.WithVersion(versionString(buildInfo())),
		fang.WithErrorHandler(printError),
		fang.WithNotifySignal(os.Interrupt, syscall.SIGTERM),
	)
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, new(usageError)), isCobraUsage(err):
		return exitUsage
	}
	return exitError
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

func printError(w io.Writer, styles fang.Styles, err error) {
	msg := err.Error()
	if f, ok := w.(term.File); ok && term.IsTerminal(f.Fd()) {
		fmt.Fprintln(w, styles.ErrorHeader.String())
		fmt.Fprintln(w, lipgloss.NewStyle().MarginLeft(2).Render(msg))
	} else {
		fmt.Fprintf(w, "dealtui: %s\n", msg)
	}
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

func newRootCmd(stdin io.Reader, stdout io.Writer) *cobra.Command {
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
		Args: noArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			story, err := loadStory(o.contentDir)
			if err != nil {
				return err
			}
			uo, err := o.uiOptions(story)
			if err != nil {
				return err
			}
			if !isTerminal(stdout) || !isTerminal(stdin) {
				return story.WriteText(stdout, o.width)
			}
			return ui.Run(cmd.Context(), story, uo)
		},
	}
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	pf := root.PersistentFlags()
	pf.StringVar(&o.contentDir, "content", "", "load the story from this `DIR` instead of the built-in one (same layout as content/)")
	f := root.Flags()
	f.StringVar(&o.theme, "theme", "auto", "colour theme: auto (ask the terminal), dark or light")
	f.StringVar(&o.pane, "pane", "", "open at this pane: "+strings.Join(ui.PaneNames(), ", "))
	f.StringVar(&o.item, "item", "", "open at the item with this `ID` (see dealtui print --format json)")
	f.BoolVar(&o.noMouse, "no-mouse", false, "do not capture the mouse, so text can be selected")
	f.IntVar(&o.width, "width", 0, "wrap plain-text output to `N` columns (default: the terminal's width, or 80)")
	root.AddCommand(newPrintCmd(stdout, &o))
	return root
}

func newPrintCmd(stdout io.Writer, o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "print",
		Short: "Write the whole story to standard output as text, Markdown or JSON",
		Long: "print writes the whole story, with the provenance of every item, its source " +
			"notes and the source digest. The JSON form has stable field names, described " +
			"in README.md.",
		Example: "  dealtui print\n  dealtui print --format markdown > story.md\n  dealtui print --format json",
		Args:    noArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			f, err := model.ParseFormat(o.format)
			if err != nil {
				return usageError{err}
			}
			if o.width < 0 {
				return usagef("--width %d: want a positive number of columns", o.width)
			}
			story, err := loadStory(o.contentDir)
			if err != nil {
				return err
			}
			width := o.width
			if width == 0 {
				width = terminalWidth(stdout)
			}
			return story.Export(stdout, f, width)
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output format: "+strings.Join(model.Formats(), ", "))
	cmd.Flags().IntVar(&o.width, "width", 0, "wrap text to `N` columns (default: the terminal's width, or 80)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
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
	}
	var err error
	if uo.Theme, err = ui.ParseTheme(o.theme); err != nil {
		return uo, usagef("--theme: %v", err)
	}
	if uo.Pane, err = ui.ParsePane(o.pane); err != nil {
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
