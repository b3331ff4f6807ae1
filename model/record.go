package model

import (
	"strings"

	"github.com/goccy/go-yaml/ast"
)

// line gives the file line of a key, or of the record's start.
func (r *record) line(key string) int {
	if f, ok := r.keys[key]; ok {
		return f.line
	}
	return r.startLine()
}

// startLine is where the record starts: the file's first line, or the
// line of a mapping inside the front matter (a tour step).
func (r *record) startLine() int { return max(r.start, 1) }

// unknown reports every key that was not read by the decoder.
func (r *record) unknown(ps *problems, kind Kind) {
	for key, f := range r.keys {
		if !r.used[key] {
			ps.add(r.file, f.line, "unknown field %q for kind %s", key, kind)
		}
	}
}

// field gives a key's node, noting that the key was read. A missing
// required key is a problem.
func (r *record) field(ps *problems, key string, required bool) (field, bool) {
	r.used[key] = true
	f, ok := r.keys[key]
	if !ok && required {
		ps.add(r.file, r.startLine(), "missing required field %q", key)
	}
	return f, ok
}

// str reads a scalar as one line of text. A missing or empty required
// value is a problem, and so is a line break left after YAML has folded
// the value (a blank line, a "|" block of several lines, "\n").
func (r *record) str(ps *problems, key string, required bool) string {
	f, ok := r.field(ps, key, required)
	if !ok {
		return ""
	}
	s, why := scalarText(f.node)
	if why != "" {
		ps.add(r.file, f.line, "field %q %s", key, why)
		return ""
	}
	s, multi := oneLine(s)
	switch {
	case multi:
		ps.add(r.file, f.line, "field %q must be one line: %s", key, oneLineHint)
	case s == "" && required:
		ps.add(r.file, f.line, "field %q is empty", key)
	}
	return s
}

// oneLineHint says how to write a long single-line field.
const oneLineHint = `remove the line break (a long value may go on over several lines, or use ">" to fold it; a blank line, "|" or "\n" keeps a break)`

// oneLine cleans a single-line value and reports whether a line break is
// left in it, in which case the breaks come back as spaces.
func oneLine(s string) (string, bool) {
	s = strings.TrimSpace(sanitize(s))
	if !strings.Contains(s, "\n") {
		return s, false
	}
	return strings.Join(strings.Fields(s), " "), true
}

// list reads a sequence of scalars, each one line, with the line of each.
func (r *record) list(ps *problems, key string, required bool) ([]string, []int) {
	f, ok := r.field(ps, key, required)
	if !ok {
		return nil, nil
	}
	n, why := unwrap(f.node, "!!seq")
	if why != "" {
		ps.add(r.file, f.line, "field %q %s", key, why)
		return nil, nil
	}
	if _, null := n.(*ast.NullNode); null {
		if required {
			ps.add(r.file, f.line, "field %q is empty", key)
		}
		return nil, nil
	}
	seq, ok := n.(*ast.SequenceNode)
	if !ok {
		ps.add(r.file, f.line, "field %q must be a list, like [a, b]", key)
		return nil, nil
	}
	vals, lines := make([]string, 0, len(seq.Values)), make([]int, 0, len(seq.Values))
	for _, v := range seq.Values {
		line := fileLine(v)
		s, why := scalarText(v)
		if why != "" {
			ps.add(r.file, line, "field %q: an entry %s", key, why)
			continue
		}
		s, multi := oneLine(s)
		switch {
		case multi:
			ps.add(r.file, line, "field %q: each entry must be one line: %s", key, oneLineHint)
			continue
		case s == "":
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

// termStatus reads whether a term changed: true, false, or "not stated";
// the field is always required.
func (r *record) termStatus(ps *problems, key string) TermStatus {
	f, ok := r.field(ps, key, true)
	if !ok {
		return ""
	}
	n, why := unwrap(f.node, "!!bool")
	if why != "" {
		// A tag of text ("!!str not stated") is as good.
		if n, why = unwrap(f.node, "!!str"); why != "" {
			ps.add(r.file, f.line, "field %q %s", key, why)
			return ""
		}
	}
	switch n := n.(type) {
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
