package model

import (
	"errors"
	"fmt"
	"io"
	"strings"
)

// Format is an export format of the whole story.
type Format string

// Export formats.
const (
	FormatText     Format = "text"
	FormatMarkdown Format = "markdown"
	FormatJSON     Format = "json"
	// FormatTour is the guided tour as numbered Markdown, and
	// FormatTourText the same as plain text; the JSON export carries the
	// tour as it is written.
	FormatTour     Format = "tour"
	FormatTourText Format = "tour-text"
	// FormatHTML is the story as one web page. The page carries a design
	// (its CSS and layout), which model does not: internal/htmlpage
	// writes it, and Export refuses it (ErrFormatElsewhere).
	FormatHTML Format = "html"
)

// ErrFormatElsewhere is Export's answer for a format another package
// writes (FormatHTML: internal/htmlpage).
var ErrFormatElsewhere = errors.New("this format is written outside model: html by internal/htmlpage")

// Formats lists the export formats, for help and error messages.
func Formats() []string {
	return []string{string(FormatText), string(FormatMarkdown), string(FormatJSON), string(FormatHTML), string(FormatTour), string(FormatTourText)}
}

// ParseFormat checks a format name.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats() {
		if s == f {
			return Format(s), nil
		}
	}
	return "", fmt.Errorf("unknown format %q: want one of %s", s, strings.Join(Formats(), ", "))
}

// Export writes the whole story, or its tour, in a format. Text is
// wrapped to width columns (80 when width is 0 or less). A tour format
// for a story without a tour gives ErrNoTour.
func (s *Story) Export(w io.Writer, f Format, width int) error {
	switch f {
	case FormatText:
		return s.WriteText(w, width)
	case FormatMarkdown:
		return s.WriteMarkdown(w)
	case FormatJSON:
		return s.WriteJSON(w)
	case FormatTour:
		return s.WriteTourMarkdown(w)
	case FormatTourText:
		return s.WriteTourText(w, width)
	case FormatHTML:
		return ErrFormatElsewhere
	}
	_, err := ParseFormat(string(f))
	return err
}

// TermsLine names the glossary entries an item uses, e.g. "Terms: AGI;
// vendor lock-in", or is empty; in the story's language.
func (s *Story) TermsLine(it *Item) string {
	var titles []string
	for _, id := range it.Terms {
		if e, ok := s.Entry(id); ok {
			titles = append(titles, e.Base().Title)
		}
	}
	if len(titles) == 0 {
		return ""
	}
	l := s.Labels()
	return fmt.Sprintf(l.TermsFormat, strings.Join(titles, l.TermsSep))
}

// ProvenanceLine says where an item comes from, e.g. "From the article
// (P04, P06); background: B05, B07 (OpenAI and Microsoft statements, 27 Apr
// 2026)", in the story's language. Background facts that share a source
// are named together.
func (s *Story) ProvenanceLine(it *Item) string {
	l := s.Labels()
	article, background := SplitCitations(it.Citations)
	var b strings.Builder
	if it.Provenance == FromArticle {
		b.WriteString(fmt.Sprintf(l.FromArticleFormat, strings.Join(article, l.ListSep)))
		if len(background) > 0 {
			b.WriteString(l.AlsoBackground)
		}
	} else {
		b.WriteString(l.OnlyBackground)
	}
	var sources []string
	bySource := map[string][]string{}
	for _, id := range background {
		c, _ := s.Cite(id)
		if _, seen := bySource[c.Source]; !seen {
			sources = append(sources, c.Source)
		}
		bySource[c.Source] = append(bySource[c.Source], id)
	}
	for i, src := range sources {
		if i > 0 {
			b.WriteString(l.GroupSep)
		}
		b.WriteString(fmt.Sprintf(l.SourceGroupFormat, strings.Join(bySource[src], l.ListSep), trimSource(src)))
	}
	return b.String()
}
