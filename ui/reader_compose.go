package ui

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/mdrender"
	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

// linkKind is what following a link in the reader does.
type linkKind int

const (
	linkEntry   linkKind = iota // go to a story item
	linkSource                  // open a digest entry or note
	linkSources                 // toggle the cited-sources view
)

// link is a selectable place in the reader's content: what it leads to and
// where it is drawn (content line, columns).
type link struct {
	kind       linkKind
	id         string
	line       int
	x0, x1     int
	label      string
	standalone bool // alone on its line: the whole line is the link
}

// maxLinks bounds the links of one kind the reader lists, so that an item
// with thousands of related ids costs no more than a screen or two.
const maxLinks = 60

// composer builds the reader's content: lines, and the links in them.
type composer struct {
	st     *Styles
	text   *uiText
	labels *model.Labels
	story  *model.Story
	width  int
	sel    int // selected link, -1 for none
	lines  []string
	links  []link
}

func (c *composer) add(lines ...string) { c.lines = append(c.lines, lines...) }

func (c *composer) wrapped(style lipgloss.Style, text string) {
	for _, l := range wrap.Lines(text, c.width) {
		c.add(style.Render(l))
	}
}

// linkRow writes a label and a run of links separated by " · ", wrapped
// under the label when it does not fit.
func (c *composer) linkRow(label string, items []link) {
	if len(items) == 0 {
		return
	}
	more := len(items) - maxLinks
	items = items[:min(len(items), maxLinks)]
	line := label
	x := ansi.StringWidth(label)
	indent := strings.Repeat(" ", min(x, c.width/3))
	for i, it := range items {
		w := ansi.StringWidth(it.label)
		sep := ""
		if i > 0 {
			sep = " · "
		}
		if i > 0 && x+len(sep)+w > c.width {
			c.add(line)
			line, x, sep = indent, ansi.StringWidth(indent), ""
		}
		line += c.st.Muted.Render(sep)
		x += ansi.StringWidth(sep)
		it.line, it.x0, it.x1 = len(c.lines), x, x+w
		line += c.linkStyle(len(c.links)).Render(it.label)
		x += w
		c.links = append(c.links, it)
	}
	if more > 0 {
		line += c.st.Muted.Render(" " + fmt.Sprintf(c.text.MoreLinks, more))
	}
	c.add(line)
}

// standaloneLink writes one link on lines of its own, after a prefix.
func (c *composer) standaloneLink(prefix string, it link) {
	it.line, it.x0, it.x1, it.standalone = len(c.lines), 0, c.width, true
	style := c.linkStyle(len(c.links))
	marker := prefix
	if len(c.links) == c.sel {
		marker = "▸" + strings.TrimPrefix(prefix, " ")
	}
	for _, l := range hangWrap(marker, it.label, c.width) {
		c.add(style.Render(l))
	}
	c.links = append(c.links, it)
}

func (c *composer) linkStyle(i int) lipgloss.Style {
	if i == c.sel {
		return c.st.LinkSelected
	}
	return c.st.Link
}

// composeItem lays out an item: title, provenance with its citations,
// the header of short facts, the rendered body, terms, notes, related
// items and the hint.
func (c *composer) composeItem(e model.Entry, body mdrender.Rendering, pending bool) {
	it := e.Base()
	c.wrapped(c.st.Title, it.Title)
	c.provenance(it)
	c.header(e)
	c.add("")
	c.body(it.Summary, body, pending)
	c.glossaryTerms(it)
	c.notes(it)
	c.related(it)
	c.add("")
	c.linkRow("", []link{{kind: linkSources, label: c.text.CitedSourcesLink}})
	c.hint(c.text.ReaderHint)
}

// hint adds a muted hint after the last line, or on a line of its own
// when it does not fit there: never cut.
func (c *composer) hint(text string) {
	last := len(c.lines) - 1
	if ansi.StringWidth(c.lines[last])+5+ansi.StringWidth(text) <= c.width {
		c.lines[last] += c.st.Muted.Render("  ·  " + text)
		return
	}
	c.wrapped(c.st.Muted, text)
}

// provenance says where the item comes from, each cited id a link.
func (c *composer) provenance(it *model.Item) {
	article, background := model.SplitCitations(it.Citations)
	var items []link
	for _, id := range article {
		items = append(items, link{kind: linkSource, id: id, label: id})
	}
	label := c.st.Article.Render(c.text.FromArticle)
	if it.Provenance == model.FromBackground {
		label = c.st.Background.Render(c.text.FromBackground)
	}
	if len(article) > 0 && len(background) > 0 {
		c.linkRow(label, items)
		items = nil
		label = c.st.Background.Render(c.text.AlsoBackground)
	}
	for _, id := range background {
		items = append(items, link{kind: linkSource, id: id, label: id})
	}
	c.linkRow(label, items)
}

// header shows an item's short facts: its date, status, who gains, its
// subject or group, and a term's before and after.
func (c *composer) header(e model.Entry) {
	var facts []string
	switch v := e.(type) {
	case *model.Intro:
		facts = []string{c.labels.LongDate(v.Date), c.text.StoryFact}
	case *model.Event:
		facts = []string{c.labels.LongDate(v.Date)}
	case *model.Term:
		facts = []string{c.labels.StatusWord(v.Status), c.text.Gains + c.labels.GainsWord(v.Gains)}
	case *model.Implication:
		facts = []string{c.labels.PaneTitle(model.PaneJapan) + " · " + c.labels.SubjectWord(v.Subject)}
	case *model.Impact:
		facts = []string{c.labels.GroupTitle(v.Group)}
	case *model.Glossary:
		facts = []string{c.text.GlossaryEntry}
	}
	c.wrapped(c.st.Header, strings.Join(facts, " · "))
	if t, ok := e.(*model.Term); ok {
		for _, side := range [][2]string{{c.text.Before, t.Before}, {c.text.After, t.After}} {
			c.add(hangWrap(c.st.Header.Render(side[0]), side[1], c.width)...)
		}
	}
}

// body adds the rendered Markdown, or the summary while it is rendered.
func (c *composer) body(summary string, body mdrender.Rendering, pending bool) {
	if pending {
		c.wrapped(c.st.Muted, summary)
		c.add("", c.st.Muted.Render(c.text.Rendering))
		return
	}
	if body.Note != "" {
		c.add(c.st.Warning.Render(body.Note), "")
	}
	c.add(body.Lines...)
}

func (c *composer) glossaryTerms(it *model.Item) {
	var items []link
	for _, id := range it.Terms {
		if e, ok := c.story.Entry(id); ok {
			items = append(items, link{kind: linkEntry, id: id, label: e.Base().Title})
		}
	}
	if len(items) > 0 {
		c.add("")
		c.linkRow(c.st.Section.Render(c.text.GlossarySection)+" ", items)
	}
}

// notes shows an item's source notes, each with its summary, however
// many there are.
func (c *composer) notes(it *model.Item) {
	if len(it.Notes) == 0 {
		return
	}
	c.add("")
	c.add(c.st.Section.Render(c.text.SourceNotes))
	for _, id := range it.Notes {
		n, ok := c.story.Note(id)
		if !ok {
			continue
		}
		c.linkRow(c.st.Note.Render("! "), []link{{kind: linkSource, id: id, label: id}})
		last := len(c.lines) - 1
		rest := hangWrap(c.lines[last]+" ", c.st.Note.Render(n.Summary), c.width)
		c.lines = append(c.lines[:last], rest...)
	}
}

func (c *composer) related(it *model.Item) {
	var rel []model.Entry
	total := 0
	for _, id := range it.Related {
		if e, ok := c.story.Entry(id); ok {
			total++
			if len(rel) < maxLinks {
				rel = append(rel, e)
			}
		}
	}
	c.entryLinks(c.text.Related, rel, total)
}

// entryLinks lists links to items, one a line, under a heading: at most
// maxLinks of them, and how many more there are.
func (c *composer) entryLinks(heading string, entries []model.Entry, total int) {
	if total == 0 {
		return
	}
	c.add("", c.st.Section.Render(heading))
	for _, e := range entries[:min(len(entries), maxLinks)] {
		label := e.Base().Title + fmt.Sprintf(c.text.InPane, c.labels.PaneTitle(model.PaneOf(e)))
		c.standaloneLink("  → ", link{kind: linkEntry, id: e.Base().ID, label: label})
	}
	if total > maxLinks {
		c.add(c.st.Muted.Render("  " + fmt.Sprintf(c.text.MoreLinks, total-maxLinks)))
	}
}

// composeSources lays out the cited-sources view of an item (or of a
// tour step, whose count line says so: countFormat).
func (c *composer) composeSources(it *model.Item, countFormat string, body mdrender.Rendering, pending bool) {
	c.wrapped(c.st.Title, it.Title)
	c.add(c.st.Muted.Render(fmt.Sprintf(countFormat, len(it.Citations))), "")
	c.body("", body, pending)
	c.sourceLinks(it)
	c.add("")
	c.linkRow("", []link{{kind: linkSources, label: c.text.BackToItem}})
}

// sourceLinks lists what the sources view shows, to open each.
func (c *composer) sourceLinks(it *model.Item) {
	var items []link
	for _, id := range append(append([]string{}, it.Citations...), it.Notes...) {
		items = append(items, link{kind: linkSource, id: id, label: id})
	}
	c.add("")
	c.linkRow(c.st.Section.Render(c.text.Open)+" ", items)
}

// composeSource lays out one digest entry or note, with the items that
// cite it.
func (c *composer) composeSource(src model.Source, body mdrender.Rendering, pending bool) {
	c.wrapped(c.st.Title, src.Title)
	if src.Kind == model.KindFact {
		c.add(c.st.Background.Render(c.text.Background))
	} else {
		c.add(c.st.Article.Render(c.text.TheArticle))
	}
	c.add("")
	c.body("", body, pending)
	cited := c.story.CitedBy(src.ID)
	c.entryLinks(c.text.CitedBy, cited, len(cited))
	c.add("", c.st.Muted.Render(c.text.SourceBack))
}

// matchStyles are how search matches look in the reader: every one, and
// those on the current match's line (n and N), which must look different
// without colour too.
type matchStyles struct{ hit, current lipgloss.Style }

// linePart is the part of a match on one line of the reader: its
// columns, and the line the match starts on (a phrase may be wrapped onto
// the next line).
type linePart struct{ line, x0, x1, start int }

// findMatches finds the query in the reader's lines as a reader reads
// them: a line's end is a space, or nothing after a hyphen or between
// Japanese characters, so that a phrase wrapped across lines is found; a
// blank line ends a paragraph. It gives the lines where matches start, in
// order, and every part of them to highlight.
func findMatches(lines []string, q model.Query) (starts []int, parts []linePart) {
	if q.Empty() {
		return nil, nil
	}
	var text strings.Builder
	segs := make([]lineSeg, len(lines))
	prev := ""
	for i, l := range lines {
		plain := ansi.Strip(l)
		body := strings.TrimRight(plain, " ")
		lead := len(body) - len(strings.TrimLeft(body, " "))
		body = body[lead:]
		text.WriteString(lineJoin(prev, body))
		segs[i] = lineSeg{plain: plain, lead: lead, at: text.Len(), n: len(body)}
		text.WriteString(body)
		prev = body
	}
	for _, sp := range q.Matches(text.String()) {
		start := -1
		for i, sg := range segs {
			from, to := max(sp[0], sg.at), min(sp[1], sg.at+sg.n)
			if from >= to {
				continue
			}
			if start < 0 {
				start = i
				starts = append(starts, i)
			}
			b0, b1 := sg.lead+from-sg.at, sg.lead+to-sg.at
			parts = append(parts, linePart{i, ansi.StringWidth(sg.plain[:b0]), ansi.StringWidth(sg.plain[:b1]), start})
		}
	}
	return slices.Compact(starts), parts
}

// lineSeg is a line's text in the joined text: where it starts there,
// and how it sits in the line (its plain text and indent).
type lineSeg struct {
	plain    string
	lead, at int
	n        int
}

// lineJoin is what stands for the break between a line and the next in
// the joined text.
func lineJoin(prev, next string) string {
	switch {
	case prev == "":
		return ""
	case next == "":
		return "¶" // no phrase runs on past a blank line
	case strings.HasSuffix(prev, "-"):
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(prev)
	first, _ := utf8.DecodeRuneInString(next)
	if wide(last) || wide(first) {
		return ""
	}
	return " "
}

// wide reports a character that Japanese text runs without spaces.
func wide(r rune) bool { return ansi.StringWidth(string(r)) == 2 }

// highlight marks the parts of matches on their lines, those of the
// match starting on the current line in the current style.
func highlight(lines []string, parts []linePart, st matchStyles, current int) {
	byLine := map[int][]lipgloss.Range{}
	var order []int
	for _, p := range parts {
		style := st.hit
		if p.start == current {
			style = st.current
		}
		if _, seen := byLine[p.line]; !seen {
			order = append(order, p.line)
		}
		byLine[p.line] = append(byLine[p.line], lipgloss.NewRange(p.x0, p.x1, style))
	}
	for _, i := range order {
		lines[i] = lipgloss.StyleRanges(lines[i], byLine[i]...)
	}
}
