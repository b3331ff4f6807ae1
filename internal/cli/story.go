package cli

import (
	"errors"
	"os"

	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
)

// loadStory loads the built-in story in the language asked for (--lang,
// else the locale's), or the pack in dir, in its own language.
func loadStory(cmd *cobra.Command, dir, lang string) (*model.Story, error) {
	if dir == "" {
		if cmd != nil && cmd.Flags().Changed("content") {
			return nil, usagef("--content: give a directory (leave the flag out for the built-in story)")
		}
		return builtinStory(language(lang))
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
	return story, checkPackLang(cmd, lang, story, dir)
}
