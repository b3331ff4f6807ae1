// Package compiled holds the built-in story in compiled form: content/,
// loaded and validated by model.Load when the project is built, and
// written by model.Encode (go generate ./internal/compiled), so that a
// start only decodes it. A test fails when story.bin is out of date with
// content/ or with model's types.
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
