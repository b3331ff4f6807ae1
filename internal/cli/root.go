package cli

import (
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
)

// options are the flags of the explorer, and --content, which every
// command takes.
type options struct {
	contentDir string
	lang       string
	theme      string
	pane       string
	item       string
	noMouse    bool
	width      int
	accessible bool
	tourPace   string
}

const rootLong = "dealtui lays out one news story in panes: a timeline from 2019 to 2032, " +
	"the deal's terms before and after, the implications for Japan, the wider impact " +
	"on businesses and a glossary. Every claim shows where it comes from: the article " +
	"(blocks P01–P23) or a labelled background fact (B01–B10), with source notes " +
	"(N01…) where the article is wrong or vague.\n\n" +
	"When standard output or input is not a terminal, or TERM is dumb, dealtui prints " +
	"the story as plain text instead of starting the explorer."

func newRootCmd(build Build, stdin io.Reader, stdout, stderr io.Writer, out *outcome) *cobra.Command {
	build = build.withToolchainFacts(toolchainInfo())
	var o options
	root := &cobra.Command{
		Use:     "dealtui",
		Short:   "Explore the Microsoft–OpenAI deal of 27 April 2026 in your terminal",
		Long:    rootLong,
		Version: versionString(build),
		Example: "  dealtui\n  dealtui --pane japan\n  dealtui --item ip-licence --theme light\n  dealtui tour\n" +
			"  dealtui print --format json | jq '.terms[].title'\n  dealtui | less",
		Args:          cobra.ArbitraryArgs, // checked in RunE, to suggest a command
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE: func(cmd *cobra.Command, args []string) error {
			return readStory(cmd, args, readerIO{stdin, stdout, stderr}, &o, out, false)
		},
	}
	root.SetVersionTemplate("{{.Version}}\n")
	root.SuggestionsMinimumDistance = 2
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.SetHelpFunc(printHelp)
	root.CompletionOptions.DisableDefaultCmd = true
	pf := root.PersistentFlags()
	addLangFlag(root, &o.lang)
	pf.StringVar(&o.contentDir, "content", "", "load the story from the pack in DIR instead of the built-in one (same layout as content/)")
	valueFlag(pf, "content", "DIR")
	f := root.Flags()
	f.StringVar(&o.theme, "theme", "auto", "colours: THEME is auto (ask the terminal), dark or light")
	valueFlag(f, "theme", "THEME")
	f.StringVar(&o.pane, "pane", "", "open at PANE: "+strings.Join(model.PaneNames(), ", "))
	valueFlag(f, "pane", "PANE")
	f.StringVar(&o.item, "item", "", "open at the item with this ID (dealtui items lists them)")
	valueFlag(f, "item", "ID")
	f.BoolVar(&o.noMouse, "no-mouse", false, "leave the mouse to the terminal, so text can be selected")
	addAccessibleFlag(f, &o.accessible)
	f.Var(widthFlag{&o.width}, "width", "wrap the plain-text story (when the output is not a terminal, and in the accessible mode) at N columns, "+widthRange())
	valueFlag(f, "width", "N")
	addTourPaceFlag(f, &o.tourPace)
	local := printTarget{
		stdout: stdout,
		story:  func(cmd *cobra.Command) (*model.Story, error) { return loadStory(cmd, o.contentDir, o.lang) },
		width:  func() int { return termcap.Width(stdout, os.Environ()) },
	}
	root.AddCommand(newPrintCmd(local), newItemsCmd(stdout, &o), newTourCmd(stdin, stdout, stderr, &o, out))
	root.AddCommand(newCompletionCmd(stdout), newManCmd(stdout, build))
	root.AddCommand(newServeCmd(stderr, &o))
	help := newHelpCmd()
	root.SetHelpCommand(help)
	root.AddCommand(help)
	describeHelpFlags(root)
	registerCompletions(root, &o)
	return root
}

// noArgs refuses arguments, suggesting the command a typo was meant to be.
func noArgs(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	if s := cmd.SuggestionsFor(args[0]); len(s) > 0 {
		return usagef("unknown command %q for %q; did you mean %q?", args[0], cmd.CommandPath(), s[0])
	}
	return usagef("unexpected argument %q for %q", args[0], cmd.CommandPath())
}

func (o options) uiOptions(s *model.Story) (ui.Options, error) {
	uo := ui.Options{Mouse: !o.noMouse, Suspend: true}
	var err error
	if uo.Theme, err = ui.ParseTheme(o.theme); err != nil {
		return uo, usagef("--theme: %v", err)
	}
	if o.pane != "" {
		if uo.Pane, err = model.ParsePane(o.pane); err != nil {
			return uo, usagef("--pane: %v", err)
		}
	}
	if o.item != "" {
		if err := checkItem(s, o.item); err != nil {
			return uo, err
		}
		uo.Item = o.item
	}
	if o.tourPace != "" {
		if uo.TourPace, err = ui.ParseTourPace(o.tourPace); err != nil {
			return uo, usagef("--tour-pace: %v", err)
		}
	}
	return uo, nil
}

// interactive reports whether the explorer can run: standard input and
// output are terminals, and not dumb ones. Otherwise dealtui prints.
func interactive(stdin io.Reader, stdout io.Writer) bool {
	return termcap.IsTerminal(stdout) && termcap.IsTerminal(stdin) && os.Getenv("TERM") != "dumb"
}

// runExplorer runs the explorer on the process's terminal, in its colours.
func runExplorer(cmd *cobra.Command, story *model.Story, uo ui.Options) error {
	uo.Profile = termcap.Profile(os.Environ(), true)
	if dark, known := termcap.DarkBackground(os.Environ()); known {
		uo.LightGuess = !dark
	}
	return ui.Run(cmd.Context(), story, uo)
}

// textWidth is the width to wrap plain text to: --width, else the
// terminal's, else COLUMNS, else 80.
func (o options) textWidth(w io.Writer) int {
	if o.width > 0 {
		return o.width
	}
	return termcap.Width(w, os.Environ())
}
