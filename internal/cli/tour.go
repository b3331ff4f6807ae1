package cli

import (
	"io"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dealtui/dealtui/ui"
)

// addTourPaceFlag is --tour-pace, on the explorer and on dealtui tour.
func addTourPaceFlag(f *pflag.FlagSet, pace *string) {
	f.StringVar(pace, "tour-pace", ui.DefaultTourPace.String(), "how long the guided tour's auto-advance (a) stays on a step: whole seconds from "+
		ui.MinTourPace.String()+" to 10m, such as 20s or 1m30s")
	valueFlag(f, "tour-pace", "DURATION")
}

const tourLong = "tour starts the explorer in the guided tour, at its first step. Each step opens an " +
	"item in its pane, highlights a phrase of it, and narrates it in a box above it with the " +
	"sources the narration rests on. space or → goes to the next step, ← to the one before, " +
	"s shows the step's sources, a turns auto-advance on and off (a step every --tour-pace), " +
	"and esc leaves the tour where it is: the explorer is then yours, and t resumes the tour " +
	"at that step.\n\n" +
	"With ACCESSIBLE set, tour starts the accessible mode at the tour's first step, which " +
	"it takes a step at a time. When standard output or input is not a terminal, or TERM is dumb, tour prints the tour " +
	"as plain text instead, as print --format tour-text does."

func newTourCmd(stdin io.Reader, stdout, stderr io.Writer, o *options, out *outcome) *cobra.Command {
	cmd := &cobra.Command{
		Use:     "tour",
		Short:   "Take the guided tour of the story: the explorer, a step at a time",
		Long:    tourLong,
		Example: "  dealtui tour\n  dealtui tour --tour-pace 20s --theme light\n  dealtui tour | less",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			return readStory(cmd, args, readerIO{stdin, stdout, stderr}, o, out, true)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.theme, "theme", "auto", "colours: THEME is auto (ask the terminal), dark or light")
	valueFlag(f, "theme", "THEME")
	f.BoolVar(&o.noMouse, "no-mouse", false, "leave the mouse to the terminal, so text can be selected")
	addTourPaceFlag(f, &o.tourPace)
	f.Var(widthFlag{&o.width}, "width", "wrap the plain-text tour (when the output is not a terminal) at N columns, "+widthRange())
	valueFlag(f, "width", "N")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	_ = cmd.RegisterFlagCompletionFunc("theme", cobra.FixedCompletions(ui.ThemeNames(), cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("tour-pace", tourPaceCompletion)
	return cmd
}

// tourPaceCompletion offers a few paces for --tour-pace.
func tourPaceCompletion(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return []cobra.Completion{"15s", "20s", "30s", "45s", "1m"}, cobra.ShellCompDirectiveNoFileComp
}
