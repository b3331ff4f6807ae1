package model

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/lexer"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"
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
	// start is the line a record inside the front matter starts at (0:
	// the file's own record).
	start int
}

// normalizeLineEnds turns CR LF and a lone CR into LF, as YAML and
// CommonMark both read them, and drops a byte order mark. Lines are
// counted in the result, which counts them as an editor does.
func normalizeLineEnds(data []byte) []byte {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if bytes.IndexByte(data, '\r') < 0 {
		return data
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
}

// parseRecord splits a content file (line ends normalized) into front
// matter and body and parses the front matter. It reports problems and
// returns nil when the file cannot be read as a record at all.
func parseRecord(ps *problems, file string, data []byte) *record {
	fm, body, ok := splitFrontMatter(ps, file, data)
	if !ok {
		return nil
	}
	if len(fm) > MaxFrontMatter {
		ps.add(file, 1, "front matter is %d bytes: at most %d (64 KiB); long text belongs in the body", len(fm), MaxFrontMatter)
		return nil
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
	pairs, ok := parseFrontMatter(ps, file, fm)
	if !ok {
		return nil
	}
	for _, mv := range pairs {
		key := mv.Key.GetToken().Value
		line := fileLine(mv.Key)
		if prev, dup := r.keys[key]; dup {
			ps.add(file, line, "field %q is given twice (first at line %d)", key, prev.line)
			continue
		}
		r.keys[key] = field{line: line, node: mv.Value}
	}
	return r
}

// splitFrontMatter finds the front matter between the first line "---" and
// the next, and the body after it.
func splitFrontMatter(ps *problems, file string, data []byte) (fm, body []byte, ok bool) {
	if !bytes.HasPrefix(data, []byte("---\n")) {
		ps.add(file, 1, "no front matter: the file must start with a line \"---\"")
		return nil, nil, false
	}
	rest := data[len("---\n"):]
	if bytes.HasPrefix(rest, []byte("---\n")) || bytes.Equal(rest, []byte("---")) {
		return nil, bytes.TrimPrefix(rest[3:], []byte("\n")), true
	}
	end := bytes.Index(rest, []byte("\n---\n"))
	if end >= 0 {
		return rest[:end+1], rest[end+len("\n---\n"):], true
	}
	if bytes.HasSuffix(rest, []byte("\n---")) {
		return rest[:len(rest)-len("---")], nil, true
	}
	ps.add(file, 1, "front matter is not closed: add a line \"---\" after it")
	return nil, nil, false
}

// parseFrontMatter parses front matter into its top-level key-value pairs,
// after checking its shape against the limits (see checkYAMLShape).
func parseFrontMatter(ps *problems, file string, fm []byte) ([]*ast.MappingValueNode, bool) {
	tokens := lexer.Tokenize(string(fm))
	if line, msg := checkYAMLShape(tokens); msg != "" {
		ps.add(file, fmFirstLine-1+line, "front matter: %s", msg)
		return nil, false
	}
	doc, err := parseTokens(tokens)
	if err != nil {
		line, msg := yamlErrorAt(err)
		ps.add(file, fmFirstLine-1+line, "front matter is not valid YAML: %s", msg)
		return nil, false
	}
	if len(doc.Docs) == 0 || doc.Docs[0] == nil || doc.Docs[0].Body == nil {
		ps.add(file, 1, "front matter is empty")
		return nil, false
	}
	switch n := doc.Docs[0].Body.(type) {
	case *ast.MappingNode:
		return n.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{n}, true
	default:
		ps.add(file, fileLine(n), "front matter must be a mapping of keys to values")
		return nil, false
	}
}

// parseTokens runs the YAML parser. Duplicate keys are allowed here and
// reported by parseRecord, with lines counted from the top of the file. A
// panic in the parser is a bug in it, reported as a problem of the file
// rather than taking dealtui down.
func parseTokens(tokens token.Tokens) (doc *ast.File, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("the YAML parser failed on this front matter (%v)", v)
		}
	}()
	return parser.Parse(tokens, 0, parser.AllowDuplicateMapKey())
}

// fileLine gives the file line of a front matter node.
func fileLine(n ast.Node) int {
	return fmFirstLine - 1 + nodeLine(n)
}

func nodeLine(n ast.Node) int {
	if n == nil || n.GetToken() == nil || n.GetToken().Position == nil {
		return 1
	}
	return n.GetToken().Position.Line
}

// yamlErrorAt gives the line (within the parsed text) and message of a
// YAML error.
func yamlErrorAt(err error) (int, string) {
	var ye yaml.Error
	if errors.As(err, &ye) && ye.GetToken() != nil && ye.GetToken().Position != nil {
		return ye.GetToken().Position.Line, ye.GetMessage()
	}
	return 1, strings.TrimSpace(err.Error())
}
