package cli

import (
	"io"

	"github.com/dealtui/dealtui/internal/htmlpage"
	"github.com/dealtui/dealtui/model"
)

// writeHTML writes print --format html: the story as one self-contained
// web page (internal/htmlpage). The page's language is English until the
// story carries its own.
func writeHTML(w io.Writer, s *model.Story) error {
	return htmlpage.Write(w, s, htmlpage.Options{})
}
