package model

import "strings"

// Citation is what one cited id stands for, resolved from the source digest.
type Citation struct {
	ID string `json:"id"`
	// Origin is FromArticle for article blocks and FromBackground for facts.
	Origin Provenance `json:"origin"`
	// Where locates it: the article section, or the background fact's date.
	Where   string `json:"where"`
	Summary string `json:"summary"`
	// Source names the public source of a background fact.
	Source string `json:"source,omitempty"`
}

// IsArticleID reports whether id names an article block (P01…).
func IsArticleID(id string) bool { return strings.HasPrefix(id, "P") }

// IsBackgroundID reports whether id names a background fact (B01…).
func IsBackgroundID(id string) bool { return strings.HasPrefix(id, "B") }

// Cite resolves one citation id against the source digest.
func (s *Story) Cite(id string) (Citation, bool) {
	if b, ok := s.blocks[id]; ok {
		return Citation{ID: b.ID, Origin: FromArticle, Where: b.Section, Summary: b.Summary}, true
	}
	if f, ok := s.facts[id]; ok {
		return Citation{ID: f.ID, Origin: FromBackground, Where: f.Date.String(), Summary: f.Summary, Source: f.Source}, true
	}
	return Citation{}, false
}

// Cites resolves every citation of an item, article blocks first.
func (s *Story) Cites(it *Item) []Citation {
	out := make([]Citation, 0, len(it.Citations))
	for _, origin := range Provenances() {
		for _, id := range it.Citations {
			if c, ok := s.Cite(id); ok && c.Origin == origin {
				out = append(out, c)
			}
		}
	}
	return out
}

// SplitCitations separates article block ids from background fact ids,
// keeping their order.
func SplitCitations(ids []string) (article, background []string) {
	for _, id := range ids {
		if IsArticleID(id) {
			article = append(article, id)
		} else {
			background = append(background, id)
		}
	}
	return article, background
}
