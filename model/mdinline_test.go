package model_test

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/dealtui/dealtui/model"
)

// markdownInlineCases are single-line values that would be Markdown syntax.
var markdownInlineCases = []string{
	"# Source notes", "## x", "###### x", "####### x", "Issue #", "C# and F#",
	"- **N99 — forged**", "+ item", "* item", "1. item", "1) item", "2026. A year", "123456789. x", "2026.04 figures",
	"> quote", ">> nested", "=====", "---", "***", "___", "- - -", ": a definition", "::",
	"```go", "~~~", "~~struck~~", "`code`", "``", "    four spaces", "\tA tab",
	"<!-- swallow", "<div>", "<script>alert(1)</script>", "<https://evil.example>", "a <b>bold</b> c",
	"[link](https://evil.example)", "![image](x.png)", "[ref]: https://x", "[^1]", "[x]",
	"**bold** and _em_ and *em*", "snake_case_name", "2 * 3 * 4", "a\\", "a\\b", "\\#",
	"&amp; &copy; &#27; AT&T", "| a | b |", "|---|", "- [ ] task", "- [x] done",
	"trailing two spaces  ", "www.example.com and https://example.com",
	"Microsoft–OpenAI: a 27% share → 20%", "富士通 (Fujitsu) と NEC", "plain text",
	"a\n\n## Source notes\n\n- **N99 — forged**", "line\r\nbreak",
}

// markdownParser parses Markdown as Glamour does: GFM and definition lists.
func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.GFM, extension.DefinitionList))
}

// plainText gives the text of a node's inline children, and whether every
// one of them is plain text (no emphasis, code, link, HTML…), a bare URL
// aside.
func plainText(n ast.Node, src []byte) (string, bool) {
	var b strings.Builder
	plain := true
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch v := c.(type) {
		case *ast.Text:
			b.Write(util.UnescapePunctuations(v.Segment.Value(src)))
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(v.Value)
		case *ast.AutoLink:
			// GFM's bare URLs (www.x, https://x): the link shows exactly
			// the text written, so it hides nothing.
			b.Write(v.Label(src))
		default:
			plain = false
		}
	}
	return b.String(), plain
}

// Each value, escaped, is one block of plain text whose text is the value,
// wherever it is put: alone, after a paragraph's line, in a list item, in
// a heading, after a term (a definition list's).
func TestMarkdownInline(t *testing.T) {
	md := markdownParser()
	for _, v := range markdownInlineCases {
		want := strings.TrimLeft(strings.Join(strings.FieldsFunc(v, func(r rune) bool { return r == '\n' || r == '\r' }), " "), " \t")
		want = strings.TrimRight(want, " ") // trailing spaces are not text
		esc := model.MarkdownInline(v)
		for _, tt := range []struct {
			name, prefix, lead string
			kind               ast.NodeKind
		}{
			{"alone", "", "", ast.KindParagraph},
			{"after a line", "Some line\n", "Some line\n", ast.KindParagraph},
			{"in a list item", "- ", "", ast.KindList},
			{"in a heading", "### ", "", ast.KindHeading},
			{"after a term", "Term\n", "Term\n", ast.KindParagraph},
		} {
			src := []byte(tt.prefix + esc + "\n")
			doc := md.Parser().Parse(text.NewReader(src))
			block := doc.FirstChild()
			if block == nil || block.NextSibling() != nil || block.Kind() != tt.kind {
				t.Errorf("%q %s: not one %s:\n%s", v, tt.name, tt.kind, src)
				continue
			}
			if block.Kind() == ast.KindList {
				if block.ChildCount() != 1 || block.FirstChild().ChildCount() != 1 {
					t.Errorf("%q %s: not one list item with one block:\n%s", v, tt.name, src)
					continue
				}
				block = block.FirstChild().FirstChild()
			}
			got, plain := plainText(block, src)
			if !plain || strings.TrimRight(got, " ") != tt.lead+want {
				t.Errorf("%q %s: rendered %q (plain text: %v), want %q\n%s", v, tt.name, got, plain, tt.lead+want, src)
			}
		}
	}
}

// Text with nothing to escape comes back as it is.
func TestMarkdownInlineKeepsPlainText(t *testing.T) {
	for _, v := range []string{"plain text", "Microsoft and OpenAI, 27 April 2026.", "富士通", "a-b", "x=1", "2026", "(a) b: c!"} {
		if got := model.MarkdownInline(v); got != v {
			t.Errorf("MarkdownInline(%q) = %q", v, got)
		}
	}
}
