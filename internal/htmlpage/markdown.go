package htmlpage

import (
	"bytes"
	"html/template"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/dealtui/dealtui/model"
)

// mdRenderer turns a pack's Markdown bodies into HTML for the page.
//
// goldmark, left as it is, already leaves raw HTML out (a comment stands in
// its place) and empties the address of a link written
// [x](javascript:…). That is not enough for a page whose text comes from a
// pack: it keeps [x](javascript&#58;…) and the autolink <javascript:…>
// live, it keeps data: and vbscript: autolinks, and it writes an image,
// which the browser would fetch. So before rendering, the tree is changed
// here: a link or autolink stays a link only to an anchor of the page or
// to an http, https or mailto address, and otherwise becomes its text; an
// image becomes its text. The citations in the text (P04, B07, N04) become
// links to their entries, and the body's headings are moved below the
// heading of the item they sit in.
type mdRenderer struct {
	md      goldmark.Markdown
	story   *model.Story
	anchors map[string]bool
}

func newMDRenderer(s *model.Story, anchors map[string]bool) *mdRenderer {
	return &mdRenderer{
		md:      goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)),
		story:   s,
		anchors: anchors,
	}
}

// render gives a body as HTML, its headings starting one level below
// level (the level of the heading the body sits under).
func (r *mdRenderer) render(md string, level int) (template.HTML, error) {
	if strings.TrimSpace(md) == "" {
		return "", nil
	}
	src := []byte(md)
	doc := r.md.Parser().Parse(text.NewReader(src))
	r.neutralise(doc, src)
	r.linkCitations(doc, src)
	shiftHeadings(doc, level)
	var b bytes.Buffer
	if err := r.md.Renderer().Render(&b, src, doc); err != nil {
		return "", err
	}
	// goldmark escapes every text and attribute it writes, and the tree
	// holds no raw HTML it would write (neutralise): the one place the
	// page trusts HTML it did not template.
	return template.HTML(b.String()), nil // #nosec G203 -- see above
}

// neutralise makes every link safe or plain text, and every image its
// text.
func (r *mdRenderer) neutralise(doc ast.Node, src []byte) {
	var unwrap []ast.Node
	var autolinks []*ast.AutoLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Image:
			unwrap = append(unwrap, v)
		case *ast.Link:
			switch dest := string(v.Destination); {
			case !r.safeURL(dest):
				unwrap = append(unwrap, v)
			case !strings.HasPrefix(dest, "#"):
				v.SetAttributeString("rel", []byte("noopener noreferrer"))
			}
		case *ast.AutoLink:
			if v.AutoLinkType != ast.AutoLinkEmail && !r.safeURL(string(v.URL(src))) {
				autolinks = append(autolinks, v)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range unwrap {
		parent := n.Parent()
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			parent.InsertBefore(parent, n, c)
			c = next
		}
		parent.RemoveChild(parent, n)
	}
	for _, a := range autolinks {
		a.Parent().ReplaceChild(a.Parent(), a, ast.NewString(a.Label(src)))
	}
	dropEmptyLinks(doc, src)
}

// dropEmptyLinks removes links with no text ([](https://…), or an image
// without words): a link must say where it goes.
func dropEmptyLinks(doc ast.Node, src []byte) {
	var empty []ast.Node
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if l, ok := n.(*ast.Link); ok && entering && strings.TrimSpace(nodeText(l, src)) == "" {
			empty = append(empty, l)
		}
		return ast.WalkContinue, nil
	})
	for _, n := range empty {
		n.Parent().RemoveChild(n.Parent(), n)
	}
}

// nodeText is the text a node's inline children show.
func nodeText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := c.(type) {
		case *ast.Text:
			b.Write(v.Segment.Value(src))
		case *ast.String:
			b.Write(v.Value)
		case *ast.CodeSpan:
			for t := v.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*ast.Text); ok {
					b.Write(tx.Segment.Value(src))
				}
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// safeURL reports a link the page keeps: to one of its anchors, or to an
// http, https or mailto address with no space or control character in it
// (a browser drops tabs and newlines from an address, so "java\tscript:"
// would be a script).
func (r *mdRenderer) safeURL(dest string) bool {
	if strings.HasPrefix(dest, "#") {
		return r.anchors[dest[1:]]
	}
	for i := 0; i < len(dest); i++ {
		if dest[i] <= ' ' || dest[i] == 0x7f {
			return false
		}
	}
	scheme, _, ok := strings.Cut(dest, ":")
	if !ok {
		return false
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// linkCitations makes each citation in the text a link to its entry,
// outside links and code.
func (r *mdRenderer) linkCitations(doc ast.Node, src []byte) {
	var texts []*ast.Text
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Link, *ast.AutoLink, *ast.CodeSpan:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			texts = append(texts, v)
		}
		return ast.WalkContinue, nil
	})
	for _, t := range texts {
		spans := citations(r.story, string(t.Segment.Value(src)))
		if len(spans) > 0 {
			splitText(t, spans)
		}
	}
}

// splitText replaces a text node by its runs and a link for each span.
func splitText(t *ast.Text, spans []citeSpan) {
	parent := t.Parent()
	seg := t.Segment
	part := func(from, to int) *ast.Text {
		return ast.NewTextSegment(text.NewSegment(seg.Start+from, seg.Start+to))
	}
	at := 0
	for _, sp := range spans {
		if sp.start > at {
			parent.InsertBefore(parent, t, part(at, sp.start))
		}
		link := ast.NewLink()
		link.Destination = []byte("#" + sp.anchor)
		link.SetAttributeString("class", []byte("cite"))
		link.AppendChild(link, part(sp.start, sp.end))
		parent.InsertBefore(parent, t, link)
		at = sp.end
	}
	last := part(at, seg.Len())
	last.SetSoftLineBreak(t.SoftLineBreak())
	last.SetHardLineBreak(t.HardLineBreak())
	parent.ReplaceChild(parent, t, last)
}

// shiftHeadings moves a body's headings below level: its highest becomes
// level+1, the next level+2, and so on, with no level skipped (HTML has
// six; deeper ones stay at six).
func shiftHeadings(doc ast.Node, level int) {
	var hs []*ast.Heading
	used := [7]bool{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			hs = append(hs, h)
			used[h.Level] = true
		}
		return ast.WalkContinue, nil
	})
	var rank [7]int
	next := level + 1
	for l := 1; l <= 6; l++ {
		if used[l] {
			rank[l] = min(next, 6)
			next++
		}
	}
	for _, h := range hs {
		h.Level = rank[h.Level]
	}
}
