package cli

import (
	"context"
	"io"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// remoteUsage is what a client of dealtui serve may ask for in its SSH
// command line.
const remoteUsage = "print [--format text|markdown|json] [--width N]"

// RemoteCommand answers the command line an SSH client of dealtui serve
// sends (ssh HOST print --format json) with this command line's own
// print, on the server's story: a tree of its own with print alone, and
// no --content, so that a client can read nothing of the server's files.
// width is the client's terminal width (0 without a terminal); the result
// is the exit status.
func RemoteCommand(story *model.Story) func(ctx context.Context, args []string, width int, stdout, stderr io.Writer) int {
	return func(ctx context.Context, args []string, width int, stdout, stderr io.Writer) int {
		out := &checkedWriter{w: stdout}
		var o outcome
		root := newRemoteRoot(story, width, out)
		return execute(ctx, root, args, out, stderr, &o, func(*cobra.Command) string { return "" })
	}
}

// newRemoteRoot is the command tree a client's command line runs in.
func newRemoteRoot(story *model.Story, width int, stdout io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:                "dealtui",
		Short:              "The commands dealtui serve answers",
		SilenceErrors:      true,
		SilenceUsage:       true,
		Args:               cobra.ArbitraryArgs, // refused in RunE, with what is answered
		DisableFlagParsing: true,                // anything but print is refused whole, flags and all
		RunE: func(_ *cobra.Command, args []string) error {
			name := ""
			if len(args) > 0 {
				name = args[0]
			}
			return usagef("unknown command \"%s\": this server answers only: %s", name, remoteUsage)
		},
	}
	root.SetHelpFunc(printHelp)
	root.CompletionOptions.DisableDefaultCmd = true
	help := newHelpCmd()
	root.SetHelpCommand(help)
	root.AddCommand(help, newPrintCmd(printTarget{
		stdout: stdout,
		story:  func(*cobra.Command) (*model.Story, error) { return story, nil },
		width: func() int {
			if width <= 0 {
				return model.DefaultWidth
			}
			return min(max(width, model.MinWidth), model.MaxWidth)
		},
	}))
	describeHelpFlags(root)
	return root
}
