package model

import (
	"bytes"
	"errors"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
)

// fmFirstLine is the file line where front matter starts, after "---".
const fmFirstLine = 2

// field is one key of a file's front matter.
type field struct {
	line int // line of the key in the file
	node ast.Node
}

// record is one content file split into its front matter keys and body.
type record struct {
	file     string
	keys     map[string]field
	body     string
	bodyLine int
	used     map[string]bool
}

// parseRecord splits a content file into front matter and body and parses
// the front matter. It reports problems and returns nil when the file
// cannot be read as a record at all.
func parseRecord(ps *problems, file string, data []byte) *record {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	if !bytes.HasPrefix(data, []byte("---\n")) {
		ps.add(file, 1, "no front matter: the file must start with a line \"---\"")
		return nil
	}
	rest := data[len("---\n"):]
	var fm, body []byte
	switch {
	case bytes.HasPrefix(rest, []byte("---\n")) || bytes.Equal(rest, []byte("---")):
		fm, body = nil, bytes.TrimPrefix(rest[3:], []byte("\n"))
	default:
		end := bytes.Index(rest, []byte("\n---\n"))
		if end < 0 {
			if !bytes.HasSuffix(rest, []byte("\n---")) {
				ps.add(file, 1, "front matter is not closed: add a line \"---\" after it")
				return nil
			}
			end = len(rest) - len("\n---")
			fm, body = rest[:end+1], nil
		} else {
			fm, body = rest[:end+1], rest[end+len("\n---\n"):]
		}
	}
	r := &record{
		file: file,
		keys: map[string]field{},
		body: string(body),
		// The line after the closing "---", or that line itself when the
		// file ends there: a message about the body names a line the file has.
		bodyLine: min(fmFirstLine+bytes.Count(fm, []byte("\n"))+1, bytes.Count(data, []byte("\n"))+1),
		used:     map[string]bool{},
	}
	doc, err := parser.ParseBytes(fm, 0)
	if err != nil {
		line, msg := yamlErrorAt(err)
		ps.add(file, fmFirstLine-1+line, "front matter is not valid YAML: %s", msg)
		return nil
	}
	if len(doc.Docs) == 0 || doc.Docs[0] == nil || doc.Docs[0].Body == nil {
		ps.add(file, 1, "front matter is empty")
		return nil
	}
	var pairs []*ast.MappingValueNode
	switch n := doc.Docs[0].Body.(type) {
	case *ast.MappingNode:
		pairs = n.Values
	case *ast.MappingValueNode:
		pairs = []*ast.MappingValueNode{n}
	default:
		ps.add(file, fmFirstLine-1+nodeLine(n), "front matter must be a mapping of keys to values")
		return nil
	}
	for _, mv := range pairs {
		key := mv.Key.GetToken().Value
		r.keys[key] = field{line: fmFirstLine - 1 + nodeLine(mv.Key), node: mv.Value}
	}
	return r
}

func nodeLine(n ast.Node) int {
	if n == nil || n.GetToken() == nil {
		return 1
	}
	return n.GetToken().Position.Line
}

// yamlErrorAt gives the line (within the parsed text) and message of a
// YAML error.
func yamlErrorAt(err error) (int, string) {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil {
		return ye.GetToken().Position.Line, ye.GetMessage()
	}
	return 1, strings.TrimSpace(err.Error())
}

// line gives the file line of a key, or of the record's start.
func (r *record) line(key string) int {
	if f, ok := r.keys[key]; ok {
		return f.line
	}
	return 1
}

// unknown reports every key that was not read by the decoder.
func (r *record) unknown(ps *problems, kind Kind) {
	for key, f := range r.keys {
		if !r.used[key] {
			ps.add(r.file, f.line, "unknown field %q for kind %s", key, kind)
		}
	}
}

// str reads a scalar as text. A missing or empty required value is a problem.
func (r *record) str(ps *problems, key string, required bool) string {
	r.used[key] = true
	f, ok := r.keys[key]
	if !ok {
		if required {
			ps.add(r.file, 1, "missing required field %q", key)
		}
		return ""
	}
	s, ok := scalar(f.node)
	if !ok {
		ps.add(r.file, f.line, "field %q must be text, not a %s", key, shape(f.node))
		return ""
	}
	s = strings.TrimSpace(sanitize(s))
	if s == "" && required {
		ps.add(r.file, f.line, "field %q is empty", key)
	}
	return s
}

// list reads a sequence of scalars, with the line of each element.
func (r *record) list(ps *problems, key string, required bool) ([]string, []int) {
	r.used[key] = true
	f, ok := r.keys[key]
	if !ok {
		if required {
			ps.add(r.file, 1, "missing required field %q", key)
		}
		return nil, nil
	}
	if _, null := f.node.(*ast.NullNode); null {
		if required {
			ps.add(r.file, f.line, "field %q is empty", key)
		}
		return nil, nil
	}
	seq, ok := f.node.(*ast.SequenceNode)
	if !ok {
		ps.add(r.file, f.line, "field %q must be a list, like [a, b]", key)
		return nil, nil
	}
	vals, lines := make([]string, 0, len(seq.Values)), make([]int, 0, len(seq.Values))
	for _, v := range seq.Values {
		line := fmFirstLine - 1 + nodeLine(v)
		s, ok := scalar(v)
		s = strings.TrimSpace(sanitize(s))
		if !ok || s == "" {
			ps.add(r.file, line, "field %q: each entry must be non-empty text", key)
			continue
		}
		vals = append(vals, s)
		lines = append(lines, line)
	}
	if required && len(vals) == 0 {
		ps.add(r.file, f.line, "field %q is empty", key)
	}
	return vals, lines
}

// termStatus reads whether a term changed: true, false, or "not stated".
func (r *record) termStatus(ps *problems, key string) TermStatus {
	r.used[key] = true
	f, ok := r.keys[key]
	if !ok {
		ps.add(r.file, 1, "missing required field %q", key)
		return ""
	}
	switch n := f.node.(type) {
	case *ast.BoolNode:
		if n.Value {
			return StatusChanged
		}
		return StatusUnchanged
	case *ast.StringNode:
		if n.Value == string(StatusNotStated) {
			return StatusNotStated
		}
	}
	ps.add(r.file, f.line, "field %q must be true, false or \"not stated\"", key)
	return ""
}

// date reads a YYYY, YYYY-MM or YYYY-MM-DD date.
func (r *record) date(ps *problems, key string, required bool) Date {
	s := r.str(ps, key, required)
	if s == "" {
		return Date{}
	}
	d, err := ParseDate(s)
	if err != nil {
		ps.add(r.file, r.line(key), "field %q: %v", key, err)
	}
	return d
}

// oneOf reads text that must be one of the allowed values. Where the
// field is missing or wrong, the zero value comes back and the problem is
// reported.
func oneOf[T ~string](ps *problems, r *record, key string, allowed []T) T {
	s := r.str(ps, key, true)
	if s == "" {
		return ""
	}
	for _, a := range allowed {
		if s == string(a) {
			return a
		}
	}
	ps.add(r.file, r.line(key), "field %q is %q; want one of %s", key, s, joinWords(allowed))
	return ""
}

// optionalOneOf is oneOf for a field that may be left out, which gives def.
func optionalOneOf[T ~string](ps *problems, r *record, key string, allowed []T, def T) T {
	if _, ok := r.keys[key]; !ok {
		r.used[key] = true
		return def
	}
	return oneOf(ps, r, key, allowed)
}

func joinWords[T ~string](ws []T) string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = string(w)
	}
	return strings.Join(out, ", ")
}

func scalar(n ast.Node) (string, bool) {
	switch v := n.(type) {
	case *ast.StringNode:
		return v.Value, true
	case *ast.LiteralNode:
		return v.Value.Value, true
	case *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode, *ast.InfinityNode, *ast.NanNode:
		return v.GetToken().Value, true
	case *ast.NullNode:
		return "", true
	}
	return "", false
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
