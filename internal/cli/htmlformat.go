package cli

import (
	"io"

	"github.com/dealtui/dealtui/internal/htmlpage"
	"github.com/dealtui/dealtui/model"
)

// writeHTML writes print --format html: the story as one self-contained
// web page (internal/htmlpage), in the story's language.
func writeHTML(w io.Writer, s *model.Story) error {
	return htmlpage.Write(w, s, htmlpage.Options{Lang: string(s.Lang)})
}
