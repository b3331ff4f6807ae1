package htmlpage

import (
	"github.com/dealtui/dealtui/model"
)

// piece is a run of a field's text: plain, or a citation linked to its
// entry when Href is set. The template writes both escaped.
type piece struct {
	Text string
	Href string
}

// citeSpan is where a citation sits in a text, and the anchor it links to.
type citeSpan struct {
	start, end int
	anchor     string
}

// citations finds the citations in a text that name an entry of the story:
// an article block (P04), a background fact (B07) or a source note (N04),
// written as a word of its own ("(P04; background, B07)", "背景情報B07",
// "see N04"). A letter and two digits is the whole form of those ids
// (model/load.go), so nothing longer matches.
func citations(s *model.Story, text string) []citeSpan {
	var out []citeSpan
	for i := 0; i+3 <= len(text); i++ {
		c := text[i]
		if c != 'P' && c != 'B' && c != 'N' {
			continue
		}
		if i > 0 && isIDByte(text[i-1]) || !isDigit(text[i+1]) || !isDigit(text[i+2]) ||
			i+3 < len(text) && isIDByte(text[i+3]) {
			continue
		}
		id := text[i : i+3]
		if !citable(s, id) {
			continue
		}
		out = append(out, citeSpan{i, i + 3, SourceAnchor(id)})
		i += 2
	}
	return out
}

func citable(s *model.Story, id string) bool {
	if id[0] == 'N' {
		_, ok := s.Note(id)
		return ok
	}
	_, ok := s.Cite(id)
	return ok
}

// isIDByte reports an ASCII letter, digit or underscore: a citation next to
// one is part of a longer word (PB012, P04a), not a citation.
func isIDByte(c byte) bool {
	return isDigit(c) || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// pieces splits a one-line field into text and linked citations.
func pieces(s *model.Story, text string) []piece {
	spans := citations(s, text)
	out := make([]piece, 0, 2*len(spans)+1)
	at := 0
	for _, sp := range spans {
		if sp.start > at {
			out = append(out, piece{Text: text[at:sp.start]})
		}
		out = append(out, piece{Text: text[sp.start:sp.end], Href: sp.anchor})
		at = sp.end
	}
	if at < len(text) || len(out) == 0 {
		out = append(out, piece{Text: text[at:]})
	}
	return out
}
