package compiled

import (
	_ "embed"

	"github.com/dealtui/dealtui/model"
)

//go:generate go run ./gen story.bin

//go:embed story.bin
var data string

// Story decodes the built-in story. It is validated already: an error
// means a damaged build.
func Story() (*model.Story, error) { return model.Decode(data) }
