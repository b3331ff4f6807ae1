package htmlpage

import (
	"github.com/dealtui/dealtui/model"
)

// The page's fixed anchors: its sections, the wider impact's groups and
// the parts of the notes and the digest. Items are anchored by their pane
// and id (deal-ip-licence), sources and notes by their id (source-P04,
// note-N04): no pane is called "group", "notes" or "sources", so none of
// these can be an item's anchor.
const (
	anchorMain       = "main"
	anchorContents   = "contents"
	anchorOverview   = "overview"
	anchorNotes      = "notes"
	anchorEditorial  = "notes-editorial"
	anchorOurs       = "notes-ours"
	anchorDigest     = "sources"
	anchorArticle    = "sources-article"
	anchorBackground = "sources-background"
)

// Anchor is an item's anchor on the page: its pane's name and its id
// (timeline-event-2019-partnership, deal-ip-licence, glossary-agi); the
// story's overview is "overview".
func Anchor(e model.Entry) string {
	if _, ok := e.(*model.Intro); ok {
		return anchorOverview
	}
	return model.PaneOf(e).Name() + "-" + e.Base().ID
}

// SourceAnchor is the anchor of a digest entry (source-P04, source-B07)
// or a source note (note-N04).
func SourceAnchor(id string) string {
	if len(id) > 0 && id[0] == 'N' {
		return "note-" + id
	}
	return "source-" + id
}

func groupAnchor(g model.Group) string { return "group-" + string(g) }

// itemAnchors gives the anchors of every item, source and note of a
// story: the ones a body may link to.
func itemAnchors(s *model.Story) map[string]bool {
	out := map[string]bool{}
	for _, e := range s.Entries() {
		out[Anchor(e)] = true
	}
	for _, b := range s.Blocks {
		out[SourceAnchor(b.ID)] = true
	}
	for _, f := range s.Facts {
		out[SourceAnchor(f.ID)] = true
	}
	for _, n := range s.Notes {
		out[SourceAnchor(n.ID)] = true
	}
	return out
}
