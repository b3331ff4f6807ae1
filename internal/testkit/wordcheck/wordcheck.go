// Package wordcheck checks that wrapped text keeps every character of
// what it was made from: the words of a Markdown document, found in the
// lines a screen or an export shows, in order.
package wordcheck

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// Blocks gives the text of each paragraph and heading of md (those inside
// list items and quotes included), as a reader should see it: emphasis
// marks and escapes gone, code spans kept.
func Blocks(md string) []string {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).
		Parser().Parse(text.NewReader(src))
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Type() != ast.TypeBlock || n.FirstChild() == nil || n.FirstChild().Type() != ast.TypeInline {
			return ast.WalkContinue, nil
		}
		var b strings.Builder
		inline(&b, n, src)
		out = append(out, b.String())
		return ast.WalkSkipChildren, nil
	})
	return out
}

func inline(b *strings.Builder, n ast.Node, src []byte) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			b.Write(c.Segment.Value(src))
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte('\n')
			}
		case *ast.String:
			b.Write(c.Value)
		default:
			inline(b, c, src)
		}
	}
}

// InOrder finds each of want in lines (which may be styled), one after
// the other, and returns where the last one ends in the text squashed (see
// Squash). Spaces are left out of the comparison: a line break takes the
// place of one in English and of none in Japanese. The search starts at
// from.
func InOrder(lines []string, from int, want ...string) (int, error) {
	return Squashed(lines).InOrder(from, want...)
}

// Text is lines made ready to search many times: styles and spaces gone.
type Text string

// Squashed strips lines of their styles and spaces, once.
func Squashed(lines []string) Text {
	return Text(Squash(ansi.Strip(strings.Join(lines, "\n"))))
}

// InOrder is the package's InOrder on text squashed already.
func (t Text) InOrder(from int, want ...string) (int, error) {
	screen := string(t)
	at := from
	for _, w := range want {
		sq := Squash(w)
		i := strings.Index(screen[min(at, len(screen)):], sq)
		if i < 0 {
			return at, fmt.Errorf("not found, after what came before it: %q", w)
		}
		at += i + len(sq)
	}
	return at, nil
}

// Squash leaves out every space of s.
func Squash(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
