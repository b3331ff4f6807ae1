package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/ui"
)

// shells are the shells completion scripts are made for.
func shells() []string { return []string{"bash", "zsh", "fish", "powershell"} }

func newCompletionCmd(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "completion SHELL",
		Short: "Write the shell completion script for SHELL: " + strings.Join(shells(), ", "),
		Long: "completion writes a script that completes dealtui's commands, flags and their " +
			"values (panes, themes, formats and item ids with their titles) in SHELL.",
		Example: "  dealtui completion bash > /etc/bash_completion.d/dealtui\n" +
			"  dealtui completion zsh > \"${fpath[1]}/_dealtui\"\n" +
			"  dealtui completion fish > ~/.config/fish/completions/dealtui.fish",
		ValidArgs: shells(),
		Args:      cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return usagef("completion: name one shell: %s", strings.Join(shells(), ", "))
			}
			root := cmd.Root()
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(stdout, true)
			case "zsh":
				return root.GenZshCompletion(stdout)
			case "fish":
				return root.GenFishCompletion(stdout, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(stdout)
			}
			return usagef("completion: unsupported shell %q: want one of %s", args[0], strings.Join(shells(), ", "))
		},
	}
}

// registerCompletions completes the values of the flags: the panes,
// themes and formats, and the item ids with their titles.
func registerCompletions(root *cobra.Command, o *options) {
	fixed := func(values ...string) cobra.CompletionFunc {
		return cobra.FixedCompletions(values, cobra.ShellCompDirectiveNoFileComp)
	}
	_ = root.RegisterFlagCompletionFunc("pane", fixed(model.PaneNames()...))
	_ = root.RegisterFlagCompletionFunc("theme", fixed(ui.ThemeNames()...))
	_ = root.RegisterFlagCompletionFunc("tour-pace", tourPaceCompletion)
	_ = root.RegisterFlagCompletionFunc("item", func(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		story, err := loadStory(cmd, o.contentDir, o.lang)
		if err != nil {
			return nil, cobra.ShellCompDirectiveError
		}
		var out []cobra.Completion
		for _, e := range story.Entries() {
			it := e.Base()
			out = append(out, cobra.CompletionWithDesc(it.ID, fmt.Sprintf("%s (%s)", it.Title, model.PaneOf(e).Title())))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = root.MarkPersistentFlagDirname("content")
}
