package cli

import (
	"errors"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// printTarget is where print writes and what it prints: the local command
// line's, or an SSH client's (remote.go).
type printTarget struct {
	stdout io.Writer
	// story gives the story to print: the built-in one or --content's
	// locally, the server's over SSH.
	story func(cmd *cobra.Command) (*model.Story, error)
	// width is the width to wrap text at when --width is not given: the
	// terminal's (or COLUMNS, or 80) locally, the client's over SSH.
	width func() int
}

type printFlags struct {
	format string
	width  int
}

func newPrintCmd(to printTarget) *cobra.Command {
	var f printFlags
	cmd := &cobra.Command{
		Use:   "print",
		Short: "Write the whole story to standard output as text, Markdown, JSON or HTML",
		Long: "print writes the whole story, with the provenance of every item, its source " +
			"notes, the glossary and the source digest. The JSON form has stable field names, " +
			"described in README.md. The HTML form is one self-contained web page that fetches nothing.",
		Example: "  dealtui print\n  dealtui print --format markdown > story.md\n  dealtui print --format json\n  dealtui print --format html > story.html",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			format, err := model.ParseFormat(f.format)
			if err != nil {
				return usagef("--format: %v", err)
			}
			story, err := to.story(cmd)
			if err != nil {
				return err
			}
			if format == model.FormatHTML {
				return writeHTML(to.stdout, story)
			}
			width := f.width
			if width == 0 {
				width = to.width()
			}
			err = story.Export(to.stdout, format, width)
			if errors.Is(err, model.ErrNoTour) {
				return usageError{err} // asked of a pack without tour.md
			}
			return err
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.format, "format", "f", "text", "the output's FORMAT: "+strings.Join(model.Formats(), ", "))
	valueFlag(fl, "format", "FORMAT")
	fl.Var(widthFlag{&f.width}, "width", "wrap the text format at N columns, "+widthRange()+"; markdown and json are not wrapped")
	valueFlag(fl, "width", "N")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(model.Formats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}
