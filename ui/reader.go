package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/viewport"
	"charm.land/lipgloss/v2"

	"github.com/dealtui/dealtui/model"
)

type readerMode int

const (
	readItem    readerMode = iota // the item, rendered
	readSources                   // the source digest of what it cites
)

// reader is the detail pane: the selected item rendered with Glamour, its
// provenance, source notes and related items, in a scrolling viewport.
type reader struct {
	vp       viewport.Model
	entry    model.Entry
	mode     readerMode
	related  []model.Entry
	relSel   int   // selected related item, -1 for none
	relLines []int // content line of each related item
	hintLine int   // content line of the clickable "s: sources" hint
	width    int   // content width
	height   int   // content height
	lines    []string
	memo     *composeMemo // shared by copies of the model; see compose
}

// composeMemo keeps the reader's recent layouts for one width and theme,
// so that going back to an item, or a frame that asks for the same layout
// again, costs a map look-up: composing wraps and measures every line.
type composeMemo struct {
	width         int
	dark, noColor bool
	layouts       map[composeKey]composed
}

type composeKey struct {
	entry  model.Entry
	mode   readerMode
	relSel int
	md     string
}

type composed struct {
	lines    []string // each exactly the reader's width; never changed
	relLines []int
	hintLine int
}

// maxComposed bounds the memo; it is emptied when full.
const maxComposed = 64

func newReader() reader {
	vp := viewport.New()
	vp.SoftWrap = false
	vp.MouseWheelEnabled = true
	vp.MouseWheelDelta = 3
	return reader{vp: vp, relSel: -1, memo: &composeMemo{}}
}

func (r *reader) setSize(w, h int) {
	r.width, r.height = max(w, 0), max(h, 0)
	r.vp.SetWidth(r.width)
	r.vp.SetHeight(r.height)
}

// show makes e the reader's item, from the top, in item mode.
func (r *reader) show(s *model.Story, e model.Entry) {
	if e == r.entry {
		return
	}
	r.entry = e
	r.mode = readItem
	r.relSel = -1
	r.related = nil
	if e != nil {
		for _, id := range e.Base().Related {
			if rel, ok := s.Entry(id); ok {
				r.related = append(r.related, rel)
			}
		}
	}
	r.vp.GotoTop()
}

// compose lays out the reader's content. md is the Glamour rendering of
// the item at the reader's width, or "" while it is being made. Layouts
// are kept per width and theme (see composeMemo).
func (r *reader) compose(s *model.Story, st *Styles, md string) {
	if r.memo == nil {
		r.memo = &composeMemo{}
	}
	c := r.memo
	if c.layouts == nil || c.width != r.width || c.dark != st.Dark || c.noColor != st.NoColor || len(c.layouts) >= maxComposed {
		*c = composeMemo{width: r.width, dark: st.Dark, noColor: st.NoColor, layouts: make(map[composeKey]composed, 8)}
	}
	k := composeKey{r.entry, r.mode, r.relSel, md}
	if l, ok := c.layouts[k]; ok {
		r.lines, r.relLines, r.hintLine = l.lines, l.relLines, l.hintLine
		r.setViewport()
		return
	}
	r.composeLines(s, st, md)
	c.layouts[k] = composed{r.lines, r.relLines, r.hintLine}
}

func (r *reader) composeLines(s *model.Story, st *Styles, md string) {
	if r.entry == nil {
		r.setLines([]string{st.Muted.Render("Nothing selected.")})
		return
	}
	var lines []string
	add := func(block string) { lines = append(lines, strings.Split(block, "\n")...) }
	w := max(r.width, 1)
	wrap := lipgloss.NewStyle().Width(w)
	it := r.entry.Base()

	add(wrap.Inherit(st.Title).Render(it.Title))
	add(wrap.Render(provenanceText(s, st, it)))
	add("")
	if r.mode == readSources {
		add(sourcesText(s, st, it, w))
		r.relLines = nil
		r.hintLine = len(lines) - 1
		r.setLines(lines)
		return
	}
	if md == "" {
		add(wrap.Inherit(st.Muted).Render(it.Summary))
		add("")
		add(st.Muted.Render("Rendering…"))
	} else {
		add(md)
	}
	if len(it.Notes) > 0 {
		add("")
		add(st.Section.Render("Source notes"))
		for _, id := range it.Notes {
			if n, ok := s.Note(id); ok {
				add(hang(st.Note.Render("! "+n.ID+" "), st.Note.Render(n.Summary), w))
			}
		}
	}
	r.relLines = nil
	if len(r.related) > 0 {
		add("")
		add(st.Section.Render("Related"))
		for i, rel := range r.related {
			style, marker := st.Link, "  → "
			if i == r.relSel {
				style, marker = st.LinkSelected, "▸ → "
			}
			r.relLines = append(r.relLines, len(lines))
			text := rel.Base().Title + " (" + paneOf(rel).title() + ")"
			add(hang(marker, style.Render(text), w))
		}
	}
	add("")
	r.hintLine = len(lines)
	add(wrap.Inherit(st.Muted).Render("s (or click here): the cited sources · ←/→ related · enter: open related"))
	r.setLines(lines)
}

// setLines makes lines the content, each cut or padded to the width; they
// are kept to draw the visible ones without measuring the rest.
func (r *reader) setLines(lines []string) {
	for i, l := range lines {
		lines[i] = fitLine(l, r.width)
	}
	r.lines = lines
	r.setViewport()
}

// setViewport gives the viewport as many lines as the content. The
// viewport only keeps the scroll position (view draws r.lines itself), so
// it is given empty lines: it would otherwise measure every line again to
// find the widest.
func (r *reader) setViewport() {
	r.vp.SetContentLines(make([]string, len(r.lines)))
}

// view draws the visible lines, and blank ones below the content: exactly
// height lines of exactly width columns.
func (r *reader) view() string {
	from := min(r.vp.YOffset(), len(r.lines))
	to := min(from+r.height, len(r.lines))
	if r.height <= 0 {
		return ""
	}
	var b strings.Builder
	n := 0
	for _, l := range r.lines[from:to] {
		n += len(l) + 1
	}
	blank := strings.Repeat(" ", r.width)
	b.Grow(n + (r.height-(to-from))*(len(blank)+1))
	for i, l := range r.lines[from:to] {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l)
	}
	for i := to - from; i < r.height; i++ {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(blank)
	}
	return b.String()
}

// hang wraps text to width w after a prefix, indenting later lines under
// the text.
func hang(prefix, text string, w int) string {
	pw := lipgloss.Width(prefix)
	body := lipgloss.NewStyle().Width(max(w-pw, 1)).Render(text)
	lines := strings.Split(body, "\n")
	for i := range lines {
		if i == 0 {
			lines[i] = prefix + lines[i]
		} else {
			lines[i] = strings.Repeat(" ", pw) + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}

// provenanceText says where an item comes from, with the article and
// background labels styled apart. Background sources are named for
// background items; for article items the ids suffice here, and s shows
// the sources in full.
func provenanceText(s *model.Story, st *Styles, it *model.Item) string {
	if it.Provenance == model.FromBackground {
		return st.Background.Render("○ " + s.ProvenanceLine(it))
	}
	article, background := model.SplitCitations(it.Citations)
	line := st.Article.Render("● From the article: " + strings.Join(article, ", "))
	if len(background) > 0 {
		line += st.Muted.Render(" · ") + st.Background.Render("background: "+strings.Join(background, ", "))
	}
	return line
}

// sourcesText lists the digest entries of everything an item cites and its
// source notes in full.
func sourcesText(s *model.Story, st *Styles, it *model.Item, w int) string {
	var b []string
	cites := s.Cites(it)
	var article, background []model.Citation
	for _, c := range cites {
		if c.Origin == model.FromArticle {
			article = append(article, c)
		} else {
			background = append(background, c)
		}
	}
	if len(article) > 0 {
		b = append(b, st.Section.Render("From the article")+" "+st.Muted.Render("(our account of each block, not its text)"))
		for _, c := range article {
			b = append(b, hang(st.Article.Render(c.ID+" "), st.Muted.Render(c.Where), w))
			b = append(b, hang("    ", c.Summary, w))
		}
		b = append(b, "")
	}
	if len(background) > 0 {
		b = append(b, st.Section.Render("Background facts")+" "+st.Muted.Render("(not in the article)"))
		for _, c := range background {
			b = append(b, hang(st.Background.Render(c.ID+" "), st.Muted.Render(c.Where+" · "+c.Source), w))
			b = append(b, hang("    ", c.Summary, w))
		}
		b = append(b, "")
	}
	if len(it.Notes) > 0 {
		b = append(b, st.Section.Render("Source notes"))
		for _, id := range it.Notes {
			n, ok := s.Note(id)
			if !ok {
				continue
			}
			b = append(b, hang(st.Note.Render(n.ID+" "), st.Bold.Render(n.Title)+" "+st.Muted.Render("(about "+strings.Join(n.Blocks, ", ")+")"), w))
			b = append(b, hang("    ", n.Summary, w))
			if n.Body != "" {
				b = append(b, hang("    ", strings.Join(strings.Fields(n.Body), " "), w))
			}
		}
		b = append(b, "")
	}
	b = append(b, st.Muted.Render(fmt.Sprintf("%d cited · s, esc or click here: back to the item", len(cites))))
	return strings.Join(b, "\n")
}

// relatedAt gives the related item drawn at content line y, or -1.
func (r *reader) relatedAt(y int) int {
	line := y + r.vp.YOffset()
	for i, l := range r.relLines {
		if l == line {
			return i
		}
	}
	return -1
}

// hintAt reports whether content line y (on screen) is the sources hint.
func (r *reader) hintAt(y int) bool {
	return r.entry != nil && y+r.vp.YOffset() == r.hintLine
}

// scrollTo keeps a content line visible.
func (r *reader) scrollTo(line int) {
	if line < r.vp.YOffset() {
		r.vp.SetYOffset(line)
	} else if line >= r.vp.YOffset()+r.height {
		r.vp.SetYOffset(line - r.height + 1)
	}
}
