package cli

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// readerIO is the process's standard streams.
type readerIO struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

// readStory is dealtui and dealtui tour: the story (or its tour) in the
// explorer on a terminal, in the accessible mode when asked for, and as
// plain text when input or output is not a terminal.
func readStory(cmd *cobra.Command, args []string, rw readerIO, o *options, out *outcome, tour bool) error {
	if err := noArgs(cmd, args); err != nil {
		return err
	}
	story, err := loadStory(cmd, o.contentDir, o.lang)
	if err != nil {
		return err
	}
	uo, err := o.uiOptions(story)
	if err != nil {
		return err
	}
	if tour && story.Tour == nil {
		return usageError{model.ErrNoTour}
	}
	if wantsAccessible(o.accessible) {
		return runAccessible(cmd.Context(), story, rw.stdin, rw.stdout, *o, tour)
	}
	if !interactive(rw.stdin, rw.stdout) {
		if tour {
			return story.WriteTourText(rw.stdout, o.textWidth(rw.stdout))
		}
		return story.WriteText(rw.stdout, o.textWidth(rw.stdout))
	}
	uo.Tour = tour
	return out.explorerEnded(runExplorer(cmd, story, uo), rw.stderr)
}
