package cli

import (
	"context"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// remoteUsage is what a client of dealtui serve may ask for in its SSH
// command line: print, or the words that choose how to read the story
// (which serve reads itself before any command runs).
func remoteUsage() string {
	return "print [--format " + strings.Join(model.Formats(), "|") + "] [--width N] [--lang ja|en], " +
		"or [ja|en] [accessible] [tour] to read the story"
}

// RemoteCommand answers the command line an SSH client of dealtui serve
// sends (ssh HOST print --format json) with this command line's own
// print, on the server's stories: a tree of its own with print alone
// (and --lang), and no --content, so that a client can read nothing of
// the server's files. lang is the session's language (the client's
// locale), width the client's terminal width (0 without a terminal); the
// result is the exit status.
func RemoteCommand(stories map[model.Lang]*model.Story) func(ctx context.Context, args []string, lang model.Lang, width int, stdout, stderr io.Writer) int {
	return func(ctx context.Context, args []string, lang model.Lang, width int, stdout, stderr io.Writer) int {
		out := &checkedWriter{w: stdout}
		var o outcome
		root := newRemoteRoot(stories, lang, width, out)
		return execute(ctx, root, args, out, stderr, &o, func(*cobra.Command) string { return "" })
	}
}

// newRemoteRoot is the command tree a client's command line runs in.
func newRemoteRoot(stories map[model.Lang]*model.Story, sessionLang model.Lang, width int, stdout io.Writer) *cobra.Command {
	var lang string
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
			return usagef("unknown command \"%s\": this server answers only: %s", name, remoteUsage())
		},
	}
	root.SetHelpFunc(printHelp)
	addLangFlag(root, &lang)
	root.CompletionOptions.DisableDefaultCmd = true
	help := newHelpCmd()
	root.SetHelpCommand(help)
	root.AddCommand(help, newPrintCmd(printTarget{
		stdout: stdout,
		story: func(*cobra.Command) (*model.Story, error) {
			want := sessionLang
			if l, err := model.ParseLang(lang); err == nil {
				want = l
			}
			if s, ok := stories[want]; ok {
				return s, nil
			}
			return nil, usagef("--lang %s: this server has no story in that language", want)
		},
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
