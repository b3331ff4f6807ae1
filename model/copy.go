package model

import (
	"fmt"
	"strings"
)

// CopyMarkdown is an item as a reader passes it on (the explorer's y):
// its title, its text as Markdown, and the sources it cites resolved, each
// with what it says, and its source notes, so that the copy keeps the
// provenance of every claim.
func (s *Story) CopyMarkdown(e Entry) string {
	it := e.Base()
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", MarkdownInline(it.Title))
	b.WriteString(EntryMarkdown(e))
	if cites := s.Cites(it); len(cites) > 0 {
		b.WriteString("\n## Sources\n\n")
		for _, c := range cites {
			where := "the article"
			if c.Origin == FromBackground {
				where = "background: " + c.Source
			}
			fmt.Fprintf(&b, "- %s (%s): %s\n", c.ID, MarkdownInline(where), MarkdownInline(c.Summary))
		}
	}
	if len(it.Notes) > 0 {
		b.WriteString("\n## Source notes\n\n")
		for _, id := range it.Notes {
			if n, ok := s.Note(id); ok {
				fmt.Fprintf(&b, "- %s, %s: %s\n", n.ID, MarkdownInline(n.Title), MarkdownInline(n.Summary))
			}
		}
	}
	return b.String()
}
