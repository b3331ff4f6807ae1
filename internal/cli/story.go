package cli

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// loadStory loads the built-in story, or the pack in dir.
func loadStory(cmd *cobra.Command, dir string) (*model.Story, error) {
	if dir == "" {
		if cmd != nil && cmd.Flags().Changed("content") {
			return nil, usagef("--content: give a directory (leave the flag out for the built-in story)")
		}
		return builtinStory()
	}
	info, err := os.Stat(dir)
	switch {
	case err != nil:
		return nil, usagef("--content %q: %v", dir, errors.Unwrap(err))
	case !info.IsDir():
		return nil, usagef("--content %q: not a directory", dir)
	}
	story, err := model.LoadDir(dir)
	if err != nil {
		return nil, usageError{err}
	}
	return story, nil
}
