package model

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ErrNoTour is the error of a tour export for a story whose pack has no
// tour.md.
var ErrNoTour = errors.New("this story has no tour: its pack has no tour.md")

// tourTitle is the heading of a tour without a title of its own.
const tourTitle = "Guided tour"

// WriteTourMarkdown writes the tour as numbered Markdown: for each step,
// its pane and item, the narration, the item's summary, the phrase to
// look for and the step's sources, each with our account of it.
func (s *Story) WriteTourMarkdown(w io.Writer) error {
	if s.Tour == nil {
		return ErrNoTour
	}
	mi := MarkdownInline
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mi(cmp.Or(s.Tour.Title, tourTitle)))
	if s.Tour.Intro != "" {
		fmt.Fprintf(&b, "%s\n\n", mi(s.Tour.Intro))
	}
	for _, st := range s.TourStops() {
		it := st.Entry.Base()
		fmt.Fprintf(&b, "## %d. %s: %s\n\n", st.Number, st.Pane.Title(), mi(it.Title))
		fmt.Fprintf(&b, "%s\n\n", mi(st.Narration))
		fmt.Fprintf(&b, "> **The item** (`%s`): %s\n", it.ID, mi(it.Summary))
		if st.Phrase != "" {
			fmt.Fprintf(&b, ">\n> **Look for:** “%s”\n", mi(st.Phrase))
		}
		b.WriteString("\n**Sources**\n\n")
		for _, line := range s.stepSourceLines(st.TourStep) {
			fmt.Fprintf(&b, "- **%s** %s\n", line.id, mi(line.text))
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, strings.TrimSuffix(b.String(), "\n"))
	return err
}

// WriteTourText writes the tour as plain text wrapped to width columns
// (80 when width is 0 or less), numbered as the Markdown is.
func (s *Story) WriteTourText(w io.Writer, width int) error {
	if s.Tour == nil {
		return ErrNoTour
	}
	s = s.ForScreen()
	t := newTextWriter(width)
	t.heading(cmp.Or(s.Tour.Title, tourTitle), "=")
	t.para(s.Tour.Intro, "")
	const ind = "   "
	for _, st := range s.TourStops() {
		it := st.Entry.Base()
		t.para(fmt.Sprintf("%d. %s: %s", st.Number, st.Pane.Title(), it.Title), "", ind)
		t.para(st.Narration, ind)
		t.para("The item: "+it.Summary, ind, ind+"  ")
		if st.Phrase != "" {
			t.para("Look for: “"+st.Phrase+"”", ind, ind+"  ")
		}
		t.para("Sources:", ind)
		for _, line := range s.stepSourceLines(st.TourStep) {
			t.lines(line.id+" "+line.text, ind+"- ", ind+"  ")
		}
		t.b.WriteString("\n")
	}
	_, err := io.WriteString(w, strings.TrimSpace(t.b.String())+"\n")
	return err
}

// sourceLine is one source of a step: its id and our account of it.
type sourceLine struct{ id, text string }

// stepSourceLines lists what a step cites, article blocks first, then its
// source notes, each with where it comes from and what it says.
func (s *Story) stepSourceLines(st *TourStep) []sourceLine {
	var out []sourceLine
	for _, c := range s.StepSources(st) {
		if c.Origin == FromArticle {
			out = append(out, sourceLine{c.ID, fmt.Sprintf("(from the article, %s): %s", c.Where, c.Summary)})
			continue
		}
		out = append(out, sourceLine{c.ID, fmt.Sprintf("(background: %s): %s", strings.TrimSuffix(c.Source, "."), c.Summary)})
	}
	for _, id := range st.Notes {
		if n, ok := s.Note(id); ok {
			out = append(out, sourceLine{n.ID, fmt.Sprintf("(source note, %s): %s", n.Title, n.Summary)})
		}
	}
	return out
}
