package model

import (
	"fmt"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// Limits on the Markdown a renderer is given. Glamour's output grows with
// the number of blocks times the width and with the depth of nesting
// (each level re-indents and re-pads every line inside it): a body within
// these limits renders in tens of milliseconds; past them it can take
// seconds and hundreds of megabytes.
const (
	MaxRenderBytes  = 64 << 10
	MaxRenderDepth  = 8
	MaxRenderBlocks = 400
)

// CheckMarkdownLimits reports why Markdown is too big or too deeply nested to
// render with Glamour, or nil. It parses the text once, in time linear in
// its size.
func CheckMarkdownLimits(md string) error {
	if len(md) > MaxRenderBytes {
		return fmt.Errorf("it is %d KiB, more than the %d KiB a body may have to be rendered", len(md)>>10, MaxRenderBytes>>10)
	}
	doc := markdownParser().Parser().Parse(text.NewReader([]byte(md)))
	depth, blocks := 0, 0
	var walk func(n ast.Node, d int)
	walk = func(n ast.Node, d int) {
		for c := n.FirstChild(); c != nil && blocks <= MaxRenderBlocks && depth <= MaxRenderDepth; c = c.NextSibling() {
			if c.Type() != ast.TypeBlock {
				continue
			}
			blocks++
			cd := d
			if nests(c) {
				cd++
				depth = max(depth, cd)
			}
			walk(c, cd)
		}
	}
	walk(doc, 0)
	switch {
	case depth > MaxRenderDepth:
		return fmt.Errorf("its lists and quotations nest more than %d deep", MaxRenderDepth)
	case blocks > MaxRenderBlocks:
		return fmt.Errorf("it has more than %d blocks", MaxRenderBlocks)
	}
	return nil
}

// nests reports a block that indents what it holds.
func nests(n ast.Node) bool {
	switch n.(type) {
	case *ast.Blockquote, *ast.List:
		return true
	}
	return false
}
