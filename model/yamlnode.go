package model

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// unwrap looks through the YAML properties on a value: an anchor ("&a x")
// changes nothing, and so does the tag of the value's own type (want, such
// as "!!str"). Any other tag, and an alias ("*a"), come back as a reason:
// content files are plain data and do not need them.
func unwrap(n ast.Node, want string) (ast.Node, string) {
	for {
		switch v := n.(type) {
		case *ast.AnchorNode:
			n = v.Value
		case *ast.TagNode:
			tag := v.Start.Value
			long := strings.TrimSuffix(strings.TrimPrefix(tag, "!<"), ">")
			if tag != want && long != "tag:yaml.org,2002:"+want[2:] {
				return nil, "has the YAML tag " + tag + ", which is not supported here: remove it"
			}
			n = v.Value
		case *ast.AliasNode:
			return nil, "is a YAML alias (" + v.Start.Value + v.Value.GetToken().Value + "), which is not supported: write the value out"
		case nil:
			return &ast.NullNode{}, ""
		default:
			return n, ""
		}
	}
}

// scalarText gives a scalar's text as written in the file (a number keeps
// its spelling), or why the value is not text.
func scalarText(n ast.Node) (string, string) {
	n, why := unwrap(n, "!!str")
	if why != "" {
		return "", why
	}
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, ""
	case *ast.LiteralNode:
		return v.Value.Value, ""
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return v.GetToken().Value, ""
	case *ast.NullNode:
		return "", ""
	}
	return "", "must be text, not a " + shape(n)
}

func shape(n ast.Node) string {
	switch n.(type) {
	case *ast.SequenceNode:
		return "list"
	case *ast.MappingNode, *ast.MappingValueNode:
		return "mapping"
	}
	return n.Type().String()
}
