package cli

import (
	"fmt"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/model"
)

// builtinStory is the story built into the binary: content/, loaded and
// validated when dealtui was built and compiled (internal/compiled), so a
// start only decodes it (docs/PERFORMANCE.md). --content DIR still
// parses and validates every file.
func builtinStory(lang model.Lang) (*model.Story, error) {
	s, err := compiled.StoryIn(lang)
	if err != nil {
		return nil, fmt.Errorf("the built-in story: %w: this build of dealtui is broken", err)
	}
	return s, nil
}
