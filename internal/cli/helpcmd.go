package cli

import (
	"strings"

	"github.com/spf13/cobra"
)

// newHelpCmd is dealtui help [COMMAND], in place of cobra's: the same
// help as --help, listed with the other commands (shell completion offers
// it, so the help names it), and a usage error for a command that does
// not exist.
func newHelpCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND]",
		Short: "Show the help of dealtui, or of one of its commands",
		Long:  "help shows dealtui's help, or COMMAND's: the same as dealtui --help, or dealtui COMMAND --help.",
		Args:  cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			if len(args) == 0 {
				for _, c := range cmd.Root().Commands() {
					if listed(c) && c != cmd {
						out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
					}
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			root := cmd.Root()
			target, rest, err := root.Find(args)
			if err != nil {
				return usageError{err}
			}
			if len(rest) > 0 && target == root {
				return unknownCommand(cmd, rest[0])
			}
			if err := noArgs(target, rest); err != nil {
				return err
			}
			printHelp(target, nil)
			return nil
		},
	}
}

// listed reports a command the help and the man page list: every command
// a person may run, the help command included.
func listed(c *cobra.Command) bool {
	return c.IsAvailableCommand() || c.Name() == "help"
}

// unknownCommand refuses help for a command that does not exist, with the
// one it may have been meant as, or the list of them.
func unknownCommand(help *cobra.Command, name string) error {
	root := help.Root()
	if s := root.SuggestionsFor(name); len(s) > 0 {
		return usagef("help: unknown command %q; did you mean %q?", name, s[0])
	}
	var names []string
	for _, c := range root.Commands() {
		if listed(c) {
			names = append(names, c.Name())
		}
	}
	return usagef("help: unknown command %q; the commands are %s", name, strings.Join(names, ", "))
}
