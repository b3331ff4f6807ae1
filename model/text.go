package model

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
)

// DefaultWidth is the width plain text is wrapped to when none is given.
const DefaultWidth = 80

// WriteText writes the whole story as plain text, wrapped to width
// columns, in its screen form (ForScreen): it is read on terminals, and
// wrapped by measuring its text.
func (s *Story) WriteText(w io.Writer, width int) error {
	s = s.ForScreen()
	t := newTextWriter(width)
	l := s.Labels()
	s.textIntro(t)
	for _, sec := range s.Sections() {
		if len(sec.Entries) == 0 {
			continue
		}
		t.heading(strings.ToUpper(sec.Title), "-")
		if sec.Pane == PaneDeal {
			t.para(l.AtAGlance, "")
			writeTermTable(t, l, s.Terms)
		}
		for _, e := range sec.Entries {
			s.textEntry(t, e)
		}
	}
	s.textDigest(t, l)
	_, err := io.WriteString(w, strings.TrimSpace(t.b.String())+"\n")
	return err
}

// ItemText is one item as WriteText writes it at this width, line for
// line: the story overview as it opens the text, any other item as it
// stands in its section. The accessible mode shows an item with it.
func (s *Story) ItemText(e Entry, width int) string {
	s = s.ForScreen()
	if on, ok := s.Entry(e.Base().ID); ok {
		e = on
	}
	t := newTextWriter(width)
	if in, ok := e.(*Intro); ok && in == s.Intro {
		s.textIntro(t)
	} else {
		s.textEntry(t, e)
	}
	return strings.TrimRight(t.b.String(), "\n") + "\n"
}

// textIntro writes the story overview, which opens the text.
func (s *Story) textIntro(t *textWriter) {
	l := s.Labels()
	in := s.Intro
	t.heading(in.Title, "=")
	t.para(l.LongDate(in.Date), "")
	t.para(in.Summary, "")
	t.markdown(in.Body, "")
	t.para(fmt.Sprintf(l.SourcesFormat, s.ProvenanceLine(&in.Item)), "")
	s.textNotes(t, &in.Item, "")
}

// textDigest writes the source notes and the source digest.
func (s *Story) textDigest(t *textWriter, l *Labels) {
	t.heading(strings.ToUpper(l.SourceNotes), "-")
	for _, n := range s.Notes {
		t.para(fmt.Sprintf(l.NoteTextFormat, n.ID, n.Title, strings.Join(n.Blocks, l.ListSep), n.Summary), "    ")
	}
	t.heading(strings.ToUpper(l.TextDigestArticle), "-")
	t.para(l.DigestArticleNote, "")
	for _, b := range s.Blocks {
		t.para(fmt.Sprintf(l.BlockTextFormat, b.ID, b.Section, l.RoleWord(b.Role), b.Summary), "    ")
	}
	t.heading(strings.ToUpper(l.TextDigestFacts), "-")
	for _, f := range s.Facts {
		t.para(fmt.Sprintf(l.FactTextFormat, f.ID, f.Date, f.Summary, trimSource(f.Source)), "    ")
	}
}

func (s *Story) textEntry(t *textWriter, e Entry) {
	it := e.Base()
	l := s.Labels()
	const ind = "  "
	title := it.Title
	switch v := e.(type) {
	case *Event:
		title = fmt.Sprintf(l.EventTitleFormat, l.LongDate(v.Date), title)
	case *Term:
		if v.Status != StatusChanged {
			title += fmt.Sprintf(l.StatusSuffixFormat, l.StatusWord(v.Status))
		}
	}
	t.para("* "+title, ind)
	t.para(it.Summary, ind, ind)
	t.markdown(detailsMarkdown(e, l, false), ind) // an event's date is in its title line
	t.markdown(it.Body, ind)
	t.para(fmt.Sprintf(l.SourcesFormat, s.ProvenanceLine(it)), ind, ind)
	t.para(s.TermsLine(it), ind, ind)
	s.textNotes(t, it, ind)
}

func (s *Story) textNotes(t *textWriter, it *Item, ind string) {
	for _, id := range it.Notes {
		if n, ok := s.Note(id); ok {
			t.para(fmt.Sprintf(s.Labels().NoteFormat, n.ID, n.Summary), ind, ind)
		}
	}
}

// textWriter builds wrapped plain text.
type textWriter struct {
	b     strings.Builder
	width int
}

// newTextWriter wraps at width, within MinWidth and MaxWidth
// (DefaultWidth when width is 0 or less).
func newTextWriter(width int) *textWriter {
	if width <= 0 {
		width = DefaultWidth
	}
	return &textWriter{width: min(max(width, MinWidth), MaxWidth)}
}

func (t *textWriter) heading(s, rule string) {
	if t.b.Len() > 0 && !strings.HasSuffix(t.b.String(), "\n\n") {
		t.b.WriteString("\n")
	}
	t.lines(s, "", "")
	t.b.WriteString(strings.Repeat(rule, min(ansi.StringWidth(s), t.width)) + "\n\n")
}

// para writes one wrapped paragraph. The first indent applies to the first
// line; later lines use the second indent when given (a hanging indent).
func (t *textWriter) para(s string, indents ...string) {
	s = strings.TrimSpace(s)
	if s == "" {
		return
	}
	first, rest := "", ""
	if len(indents) > 0 {
		first, rest = indents[0], indents[0]
	}
	if len(indents) > 1 {
		rest = indents[1]
	}
	t.lines(s, first, rest)
	t.b.WriteString("\n")
}

func (t *textWriter) lines(s, first, rest string) {
	ind := first
	lim := max(t.width-max(ansi.StringWidth(first), ansi.StringWidth(rest)), 10)
	for i, line := range wrap.Lines(joinLines(s), lim) {
		if i == 1 {
			ind = rest
		}
		t.b.WriteString(strings.TrimRight(ind+line, " ") + "\n")
	}
}

// markdown writes Markdown as plain text (see PlainText), indented, with a
// blank line after it.
func (t *textWriter) markdown(md, ind string) {
	if strings.TrimSpace(md) == "" {
		return
	}
	text := PlainText(md, t.width-ansi.StringWidth(ind))
	for _, line := range strings.Split(text, "\n") {
		if line == "" {
			t.b.WriteString("\n")
			continue
		}
		t.b.WriteString(strings.TrimRight(ind+line, " ") + "\n")
	}
	t.b.WriteString("\n")
}

// The widths plain text may be wrapped to (dealtui print --width).
const (
	MinWidth = 20
	MaxWidth = 1000
)

// ParseWidth reads a --width value: a whole number of columns from
// MinWidth to MaxWidth.
func ParseWidth(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < MinWidth || n > MaxWidth {
		return 0, fmt.Errorf("want a whole number of columns from %d to %d", MinWidth, MaxWidth)
	}
	return n, nil
}

// WrapLines wraps one paragraph as the text export wraps its paragraphs,
// to width columns (within MinWidth and MaxWidth), with the one line
// breaker (internal/wrap): first goes before the first line, rest before
// the others (a hanging indent). Lines break where Unicode and the
// kinsoku rules allow, never inside a word that fits the line.
func WrapLines(s string, width int, first, rest string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return nil
	}
	t := newTextWriter(width)
	t.lines(s, first, rest)
	return strings.Split(strings.TrimSuffix(t.b.String(), "\n"), "\n")
}

// joinLines joins the lines of s as the wrapper would (no space between
// Japanese lines) and runs of spaces into one.
func joinLines(s string) string {
	return strings.Join(strings.Fields(wrap.JoinBroken(strings.Split(s, "\n"))), " ")
}
