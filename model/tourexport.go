package model

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrNoTour is the error of a tour export for a story whose pack has no
// tour.md.
var ErrNoTour = errors.New("this story has no tour: its pack has no tour.md")

// WriteTourMarkdown writes the tour as numbered Markdown: for each step,
// its pane and item, the narration, the item's summary, the phrase to
// look for and the step's sources, each with our account of it; labelled
// in the story's language.
func (s *Story) WriteTourMarkdown(w io.Writer) error {
	if s.Tour == nil {
		return ErrNoTour
	}
	l, mi := s.Labels(), MarkdownInline
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mi(cmp.Or(s.Tour.Title, l.TourTitle)))
	if s.Tour.Intro != "" {
		fmt.Fprintf(&b, "%s\n\n", mi(s.Tour.Intro))
	}
	for _, st := range s.TourStops() {
		it := st.Entry.Base()
		fmt.Fprintf(&b, "## %s\n\n", fmt.Sprintf(l.TourStepFormat, strconv.Itoa(st.Number), l.PaneTitle(st.Pane), mi(it.Title)))
		fmt.Fprintf(&b, "%s\n\n", mi(st.Narration))
		fmt.Fprintf(&b, "> %s\n", fmt.Sprintf(l.TourItemMDFormat, it.ID, mi(it.Summary)))
		if st.Phrase != "" {
			fmt.Fprintf(&b, ">\n> %s\n", fmt.Sprintf(l.LookForMDFormat, mi(st.Phrase)))
		}
		fmt.Fprintf(&b, "\n**%s**\n\n", l.TourSources)
		for _, line := range s.stepSourceLines(st.TourStep) {
			fmt.Fprintf(&b, "- **%s**%s\n", line.id, line.text(mi))
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
	l := s.Labels()
	t := newTextWriter(width)
	t.heading(cmp.Or(s.Tour.Title, l.TourTitle), "=")
	t.para(s.Tour.Intro, "")
	const ind = "   "
	for _, st := range s.TourStops() {
		it := st.Entry.Base()
		t.para(fmt.Sprintf(l.TourStepFormat, strconv.Itoa(st.Number), l.PaneTitle(st.Pane), it.Title), "", ind)
		t.para(st.Narration, ind)
		t.para(fmt.Sprintf(l.TourItemFormat, it.Summary), ind, ind+"  ")
		if st.Phrase != "" {
			t.para(fmt.Sprintf(l.LookForFormat, st.Phrase), ind, ind+"  ")
		}
		t.para(l.TourSourcesHead, ind)
		for _, line := range s.stepSourceLines(st.TourStep) {
			t.lines(line.id+line.text(nil), ind+"- ", ind+"  ")
		}
		t.b.WriteString("\n")
	}
	_, err := io.WriteString(w, strings.TrimSpace(t.b.String())+"\n")
	return err
}

// sourceLine is one source of a step: its id, and our account of it in
// a format of the labels (which starts with a space or not, as the
// language writes it after the id).
type sourceLine struct{ id, format, where, summary string }

// text is the account, its values taken through escape when it is set.
func (l sourceLine) text(escape func(string) string) string {
	where, summary := l.where, l.summary
	if escape != nil {
		where, summary = escape(where), escape(summary)
	}
	return fmt.Sprintf(l.format, where, summary)
}

// stepSourceLines lists what a step cites, article blocks first, then its
// source notes, each with where it comes from and what it says.
func (s *Story) stepSourceLines(st *TourStep) []sourceLine {
	l := s.Labels()
	var out []sourceLine
	for _, c := range s.StepSources(st) {
		if c.Origin == FromArticle {
			out = append(out, sourceLine{c.ID, l.StepBlockFormat, c.Where, c.Summary})
			continue
		}
		out = append(out, sourceLine{c.ID, l.StepFactFormat, trimSource(c.Source), c.Summary})
	}
	for _, id := range st.Notes {
		if n, ok := s.Note(id); ok {
			out = append(out, sourceLine{n.ID, l.StepNoteFormat, n.Title, n.Summary})
		}
	}
	return out
}
