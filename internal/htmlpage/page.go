package htmlpage

import (
	"bufio"
	_ "embed"
	"html/template"
	"io"
	"strings"

	"github.com/dealtui/dealtui/model"
)

//go:embed page.html.tmpl
var pageTemplate string

//go:embed style.css
var styleSheet string

// Options are the page's settings.
type Options struct {
	// Lang is the story's language, as a BCP 47 tag: the page's lang
	// attribute, its interface words (LabelsFor) and, for Japanese, its
	// fonts and line breaking. Empty means "en".
	Lang string
}

// Write writes the story as one self-contained HTML5 page.
func Write(w io.Writer, s *model.Story, o Options) error {
	lang := o.Lang
	if lang == "" {
		lang = "en"
	}
	l, err := LabelsFor(lang)
	if err != nil {
		return err
	}
	p, err := build(s, lang, l)
	if err != nil {
		return err
	}
	t, err := template.New("page").Funcs(template.FuncMap{
		"L":   func() *Labels { return l },
		"css": func() template.CSS { return template.CSS(styleSheet) },
	}).Parse(pageTemplate)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if err := t.Execute(bw, p); err != nil {
		return err
	}
	return bw.Flush()
}

// builder makes the page's parts from a story.
type builder struct {
	s   *model.Story
	l   *Labels
	md  *mdRenderer
	err error // the first error of a rendering
}

func build(s *model.Story, lang string, l *Labels) (*page, error) {
	b := &builder{s: s, l: l}
	p := &page{Lang: lang, L: l}
	p.TOC = b.toc()
	anchors := itemAnchors(s)
	for _, t := range p.TOC {
		anchors[t.Href] = true
		for _, sub := range t.Sub {
			anchors[sub.Href] = true
		}
	}
	b.md = newMDRenderer(s, anchors)
	in := s.Intro
	p.Title = in.Title
	p.Date = b.date(in.Date)
	p.Lede = pieces(s, in.Summary)
	p.Intro = b.item(in, 2, 0)
	p.Figures = newFigures(s.Timeline, in.Date, l)
	for i, e := range s.Timeline {
		p.Events = append(p.Events, b.item(e, 3, i+1))
	}
	for _, t := range s.Terms {
		p.Rows = append(p.Rows, b.row(t))
		p.Terms = append(p.Terms, b.item(t, 3, 0))
	}
	for _, j := range s.Japan {
		p.Japan = append(p.Japan, b.item(j, 3, 0))
	}
	p.Impact = b.impact()
	for _, g := range s.Glossary {
		p.Glossary = append(p.Glossary, b.item(g, 3, 0))
	}
	for _, n := range s.Notes {
		if n.Origin == model.NoteOurs {
			p.Ours = append(p.Ours, b.note(n))
		} else {
			p.Notes = append(p.Notes, b.note(n))
		}
	}
	for _, bl := range s.Blocks {
		p.Blocks = append(p.Blocks, blockView{
			Anchor: SourceAnchor(bl.ID), ID: bl.ID, Section: bl.Section, Role: l.Roles[bl.Role],
			Summary: pieces(s, bl.Summary), CitedBy: b.citedBy(bl.ID),
		})
	}
	for _, f := range s.Facts {
		p.Facts = append(p.Facts, factView{
			Anchor: SourceAnchor(f.ID), ID: f.ID, Date: b.date(f.Date), Section: f.Section,
			Summary: pieces(s, f.Summary), Source: trimStop(f.Source), CitedBy: b.citedBy(f.ID),
		})
	}
	return p, b.err
}

// toc lists the page's sections that have something in them.
func (b *builder) toc() []tocEntry {
	s, l := b.s, b.l
	out := []tocEntry{{Href: anchorOverview, Title: l.Overview}}
	add := func(n int, href, title string, sub ...link) {
		if n > 0 {
			out = append(out, tocEntry{Href: href, Title: title, Sub: sub})
		}
	}
	add(len(s.Timeline), model.PaneTimeline.Name(), l.Timeline)
	add(len(s.Terms), model.PaneDeal.Name(), l.Deal)
	add(len(s.Japan), model.PaneJapan.Name(), l.Japan)
	var groups []link
	for _, g := range model.Groups() {
		if b.inGroup(g) != nil {
			groups = append(groups, link{groupAnchor(g), l.Groups[g]})
		}
	}
	add(len(s.Impact), model.PaneImpact.Name(), l.Impact, groups...)
	add(len(s.Glossary), model.PaneGlossary.Name(), l.Glossary)
	var notes []link
	if b.hasNotes(model.NoteEditorial) {
		notes = append(notes, link{anchorEditorial, l.EditorialNotes})
	}
	if b.hasNotes(model.NoteOurs) {
		notes = append(notes, link{anchorOurs, l.OurNotes})
	}
	add(len(s.Notes), anchorNotes, l.SourceNotes, notes...)
	var digest []link
	if len(s.Blocks) > 0 {
		digest = append(digest, link{anchorArticle, l.DigestArticle})
	}
	if len(s.Facts) > 0 {
		digest = append(digest, link{anchorBackground, l.DigestFacts})
	}
	add(len(s.Blocks)+len(s.Facts), anchorDigest, l.Digest, digest...)
	return out
}

func (b *builder) hasNotes(o model.NoteOrigin) bool {
	for _, n := range b.s.Notes {
		if (n.Origin == model.NoteOurs) == (o == model.NoteOurs) {
			return true
		}
	}
	return false
}

func (b *builder) inGroup(g model.Group) []*model.Impact {
	var out []*model.Impact
	for _, i := range b.s.Impact {
		if i.Group == g {
			out = append(out, i)
		}
	}
	return out
}

// impact gives the wider impact in its groups, as the explorer and the
// other exports group it.
func (b *builder) impact() []groupView {
	var out []groupView
	for _, g := range model.Groups() {
		in := b.inGroup(g)
		if len(in) == 0 {
			continue
		}
		gv := groupView{Anchor: groupAnchor(g), Title: b.l.Groups[g]}
		for _, i := range in {
			gv.Items = append(gv.Items, b.item(i, 4, 0))
		}
		out = append(out, gv)
	}
	return out
}

func (b *builder) date(d model.Date) dateView {
	return dateView{ISO: d.String(), Text: b.l.Date(d)}
}

func (b *builder) markdown(md string, level int) template.HTML {
	h, err := b.md.render(md, level)
	if err != nil && b.err == nil {
		b.err = err
	}
	return h
}

func (b *builder) row(t *model.Term) termRow {
	return termRow{
		Href: Anchor(t), Title: t.Title,
		Before: pieces(b.s, t.Before), After: pieces(b.s, t.After),
		Gains: b.l.Gains[t.Gains], Status: b.l.Statuses[t.Status], Changed: t.Status == model.StatusChanged,
	}
}

// trimStop drops a source's closing full stop: the page puts it in
// brackets.
func trimStop(s string) string {
	return strings.TrimSuffix(strings.TrimSuffix(s, "."), "。")
}
