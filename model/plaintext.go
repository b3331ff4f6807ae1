package model

import (
	"html"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/dealtui/dealtui/internal/wrap"
)

// PlainText turns Markdown into plain text wrapped to width columns: the
// Markdown is parsed (CommonMark with GitHub's tables and strikethrough),
// and the tree written back as text. Emphasis loses its marks, escapes
// and character references are decoded, headings stand on their own line,
// list items keep their bullet or number with later lines hung under the
// text, block quotes are marked "> ", code blocks are kept line for line,
// indented, and a link shows its text and then its address.
func PlainText(md string, width int) string {
	src := []byte(md)
	doc := markdownParser().Parser().Parse(text.NewReader(src))
	p := &plainWriter{src: src}
	blocks := p.blocks(doc, max(width, 10))
	return strings.Join(blocks, "\n\n")
}

func markdownParser() goldmark.Markdown {
	return goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough))
}

// plainWriter writes a Markdown tree as text.
type plainWriter struct{ src []byte }

// blocks writes the block children of n, each wrapped to width, one
// string per block.
func (p *plainWriter) blocks(n ast.Node, width int) []string {
	var out []string
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if b := p.block(c, width); b != "" {
			out = append(out, b)
		}
	}
	return out
}

func (p *plainWriter) block(n ast.Node, width int) string {
	switch n := n.(type) {
	case *ast.Heading, *ast.Paragraph, *ast.TextBlock:
		return wrapText(p.inline(n), width)
	case *ast.List:
		return p.list(n, width)
	case *ast.Blockquote:
		return prefixLines(strings.Join(p.blocks(n, width-2), "\n\n"), "> ", "> ")
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		return prefixLines(strings.TrimRight(p.rawLines(n), "\n"), "    ", "    ")
	case *ast.HTMLBlock:
		return strings.TrimRight(p.rawLines(n), "\n")
	case *ast.ThematicBreak:
		return "* * *"
	case *east.Table:
		return p.table(n)
	}
	return strings.Join(p.blocks(n, width), "\n\n")
}

// list writes the items of a list with their bullet or number, later lines
// hung under the item's text.
func (p *plainWriter) list(l *ast.List, width int) string {
	var items []string
	num := l.Start
	for it := l.FirstChild(); it != nil; it = it.NextSibling() {
		marker := "- "
		if l.IsOrdered() {
			marker = strconv.Itoa(num) + ". "
			num++
		}
		hang := strings.Repeat(" ", ansi.StringWidth(marker))
		body := strings.Join(p.blocks(it, width-len(hang)), joinerFor(l))
		items = append(items, prefixLines(body, marker, hang))
	}
	return strings.Join(items, joinerFor(l))
}

// joinerFor separates the items of a list: a blank line in a loose list.
func joinerFor(l *ast.List) string {
	if l.IsTight {
		return "\n"
	}
	return "\n\n"
}

func (p *plainWriter) table(t *east.Table) string {
	var rows []string
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells []string
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			cells = append(cells, p.inline(c))
		}
		rows = append(rows, strings.Join(cells, " | "))
	}
	return strings.Join(rows, "\n")
}

// rawLines gives the lines of a code or HTML block as written.
func (p *plainWriter) rawLines(n ast.Node) string {
	var b strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(p.src))
	}
	return b.String()
}

// inline writes the inline content of n as one line of text (hard breaks
// aside), with runs of spaces made one, as a renderer shows them.
func (p *plainWriter) inline(n ast.Node) string {
	var b strings.Builder
	p.writeInline(&b, n)
	lines := strings.Split(strings.TrimSpace(b.String()), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}

func (p *plainWriter) writeInline(b *strings.Builder, n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			p.writeText(b, c)
		case *ast.String:
			b.Write(c.Value)
		case *ast.CodeSpan:
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if tx, ok := t.(*ast.Text); ok {
					b.Write(tx.Segment.Value(p.src))
				}
			}
		case *ast.Link:
			p.writeLink(b, c, string(c.Destination))
		case *ast.AutoLink:
			b.Write(c.URL(p.src))
		case *ast.Image:
			p.writeInline(b, c)
		case *ast.RawHTML:
			for i := range c.Segments.Len() {
				seg := c.Segments.At(i)
				b.Write(seg.Value(p.src))
			}
		default: // emphasis, strikethrough: the text without its marks
			p.writeInline(b, c)
		}
	}
}

func (p *plainWriter) writeText(b *strings.Builder, t *ast.Text) {
	v := t.Segment.Value(p.src)
	if t.IsRaw() {
		b.Write(v)
	} else {
		b.WriteString(decodeInline(string(v)))
	}
	switch {
	case t.HardLineBreak():
		b.WriteString("\n")
	case t.SoftLineBreak():
		b.WriteString(" ")
	}
}

// writeLink writes a link's text and, when it differs, its address.
func (p *plainWriter) writeLink(b *strings.Builder, l ast.Node, dest string) {
	var tb strings.Builder
	p.writeInline(&tb, l)
	label := tb.String()
	b.WriteString(label)
	if dest != "" && dest != label {
		b.WriteString(" (" + dest + ")")
	}
}

// decodeInline resolves backslash escapes and character references the
// way a Markdown renderer does: an escaped character stands for itself,
// and a reference for the character it names.
func decodeInline(s string) string {
	if !strings.ContainsAny(s, `\&`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i++
		case c == '&':
			end := strings.IndexByte(s[i:], ';')
			if end > 1 && end <= 33 {
				if dec := html.UnescapeString(s[i : i+end+1]); dec != s[i:i+end+1] {
					b.WriteString(dec)
					i += end
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func isASCIIPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// wrapText wraps text to width, keeping its hard line breaks.
func wrapText(s string, width int) string {
	lines := wrap.Lines(s, width)
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// prefixLines puts first before the first line of s and rest before each
// later non-empty line.
func prefixLines(s, first, rest string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		switch {
		case i == 0:
			lines[i] = first + l
		case l == "":
			lines[i] = strings.TrimRight(rest, " ")
		default:
			lines[i] = rest + l
		}
	}
	return strings.Join(lines, "\n")
}
