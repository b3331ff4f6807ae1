package compiled

import (
	_ "embed"
	"fmt"

	"github.com/dealtui/dealtui/model"
)

//go:generate go run ./gen en story.bin
//go:generate go run ./gen ja story-ja.bin

//go:embed story.bin
var english string

//go:embed story-ja.bin
var japanese string

// Story decodes the built-in English story. It is validated already: an
// error means a damaged build.
func Story() (*model.Story, error) { return model.Decode(english) }

// StoryIn decodes the built-in story in a language.
func StoryIn(lang model.Lang) (*model.Story, error) {
	switch lang {
	case model.English:
		return model.Decode(english)
	case model.Japanese:
		return model.Decode(japanese)
	}
	return nil, fmt.Errorf("no built-in story in %q", lang)
}
