package cli

import (
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

func newPrintCmd(stdout io.Writer, o *options) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "print",
		Short: "Write the whole story to standard output as text, Markdown or JSON",
		Long: "print writes the whole story, with the provenance of every item, its source " +
			"notes, the glossary and the source digest. The JSON form has stable field names, " +
			"described in README.md.",
		Example: "  dealtui print\n  dealtui print --format markdown > story.md\n  dealtui print --format json",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			f, err := model.ParseFormat(o.format)
			if err != nil {
				return usageError{err}
			}
			story, err := loadStory(cmd, o.contentDir)
			if err != nil {
				return err
			}
			return story.Export(stdout, f, o.textWidth(stdout))
		},
	}
	cmd.Flags().StringVarP(&o.format, "format", "f", "text", "output `FORMAT`: "+strings.Join(model.Formats(), ", "))
	cmd.Flags().Var(widthFlag{&o.width}, "width", "wrap text to `N` columns, 20 to 1000 (default: the terminal's width, or 80)")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	return cmd
}
