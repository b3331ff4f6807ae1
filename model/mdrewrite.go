package model

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// The Markdown export puts content Markdown inside a document of its own:
// an item's body under the item's heading, with its ids made links. These
// rewrite content Markdown for that, by the positions of the nodes the
// parser finds, so that code, links and HTML are left as written.

// edit replaces src[from:to] with text.
type edit struct {
	from, to int
	text     string
}

// applyEdits makes edits, which must not overlap, to src.
func applyEdits(src string, edits []edit) string {
	if len(edits) == 0 {
		return src
	}
	slices.SortFunc(edits, func(a, b edit) int { return a.from - b.from })
	var b strings.Builder
	b.Grow(len(src) + len(edits)*16)
	at := 0
	for _, e := range edits {
		b.WriteString(src[at:e.from])
		b.WriteString(e.text)
		at = e.to
	}
	b.WriteString(src[at:])
	return b.String()
}

// nestHeadings moves the headings of md down so that its highest is one
// level below level (a story's "## What happened" under "## Overview"
// becomes "### What happened"), keeping their order; none goes below six.
// A heading underlined with = or - is written with #s. Markdown with no
// heading, or whose headings are low enough, is returned as it is.
func nestHeadings(md string, level int) string {
	src := []byte(md)
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	var heads []*ast.Heading
	top := 7
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering && h.Lines().Len() > 0 {
			heads = append(heads, h)
			top = min(top, h.Level)
		}
		return ast.WalkContinue, nil
	})
	shift := level + 1 - top
	if len(heads) == 0 || shift <= 0 {
		return md
	}
	var edits []edit
	for _, h := range heads {
		edits = append(edits, headingEdit(src, h, min(h.Level+shift, 6)))
	}
	return applyEdits(md, edits)
}

// headingEdit rewrites one heading at a new level: the run of #s of an ATX
// heading, or the whole of an underlined one, made an ATX heading.
func headingEdit(src []byte, h *ast.Heading, level int) edit {
	lines := h.Lines()
	first, last := lines.At(0), lines.At(lines.Len()-1)
	i := first.Start
	for i > 0 && (src[i-1] == ' ' || src[i-1] == '\t') {
		i--
	}
	if j := i; j > 0 && src[j-1] == '#' {
		for j > 0 && src[j-1] == '#' {
			j--
		}
		return edit{j, i, strings.Repeat("#", level)}
	}
	// Underlined: the heading's text, then the line of = or -.
	var title []string
	for k := range lines.Len() {
		seg := lines.At(k)
		title = append(title, strings.TrimSpace(string(src[seg.Start:seg.Stop])))
	}
	next := last.Stop // the start of the underline's line
	if next == 0 || src[next-1] != '\n' {
		if nl := strings.IndexByte(string(src[next:]), '\n'); nl >= 0 {
			next += nl + 1
		} else {
			next = len(src)
		}
	}
	end := len(src)
	if nl := strings.IndexByte(string(src[next:]), '\n'); nl >= 0 {
		end = next + nl
	}
	return edit{i, end, strings.Repeat("#", level) + " " + strings.Join(title, " ")}
}

// linkIDs makes each id in md's text that anchor knows a link to its
// anchor ("P04" becomes "[P04](#p04)"), outside headings, code, links and
// HTML. An id is a whole word: a capital and digits (P04, B10, N06).
func linkIDs(md string, anchor func(id string) (string, bool)) string {
	src := []byte(md)
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	var edits []edit
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Heading, *ast.Link, *ast.AutoLink, *ast.Image, *ast.CodeSpan, *ast.RawHTML,
			*ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			edits = append(edits, idLinks(src, n.Segment, anchor)...)
		}
		return ast.WalkContinue, nil
	})
	return applyEdits(md, edits)
}

// idLinks finds the ids within one run of text.
func idLinks(src []byte, seg text.Segment, anchor func(string) (string, bool)) []edit {
	var out []edit
	for i := seg.Start; i < seg.Stop; i++ {
		if c := src[i]; c < 'A' || c > 'Z' || wordBefore(src, i) {
			continue
		}
		j := i + 1
		for j < seg.Stop && src[j] >= '0' && src[j] <= '9' {
			j++
		}
		if j == i+1 || wordAfter(src, j) {
			continue
		}
		id := string(src[i:j])
		if a, ok := anchor(id); ok {
			out = append(out, edit{i, j, "[" + id + "](#" + a + ")"})
		}
		i = j - 1
	}
	return out
}

// wordBefore and wordAfter report a letter, digit or _ just before or at
// offset i of src: an id inside a longer word is no id. Japanese, written
// without spaces, is a word of its own beside one (N14参照).
func wordBefore(src []byte, i int) bool {
	r, _ := utf8.DecodeLastRune(src[:i])
	return i > 0 && inWord(r)
}

func wordAfter(src []byte, i int) bool {
	r, _ := utf8.DecodeRune(src[i:])
	return i < len(src) && inWord(r)
}

func inWord(r rune) bool { return (isWordRune(r) || r == '_') && !standsAlone(r) }
