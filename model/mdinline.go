package model

import "strings"

// MarkdownInline makes a single-line field (a title, a summary, a caveat…)
// literal text in Markdown, wherever it is put: at the start of a line, in
// a heading, in a list item. Every character that could start Markdown
// syntax is escaped with a backslash, which CommonMark allows before any
// ASCII punctuation and removes when it renders:
//
//   - anywhere: \ ` * _ [ ] < > & ~ | # (emphasis, code, links and images,
//     HTML and autolinks, character references, strikethrough, tables, a
//     heading's closing #s);
//   - at the start: - + = : (list items, thematic breaks, setext
//     underlines, definition lists) and the . or ) after leading digits
//     (ordered list items).
//
// Leading spaces are dropped (four would start a code block) and line
// breaks become spaces. Content fields are plain text, so the rendered
// text is the field as written.
func MarkdownInline(s string) string {
	s = strings.TrimLeft(strings.Join(strings.FieldsFunc(s, isLineBreak), " "), " \t")
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	digits := 0 // leading digits seen so far
	for i := 0; i < len(s); i++ {
		c := s[i]
		atStart := i == 0
		switch {
		case strings.IndexByte("\\`*_[]<>&~|#", c) >= 0,
			atStart && strings.IndexByte("-+=:", c) >= 0,
			digits == i && i > 0 && (c == '.' || c == ')'):
			b.WriteByte('\\')
		}
		if c >= '0' && c <= '9' && digits == i {
			digits++
		}
		b.WriteByte(c)
	}
	return b.String()
}

func isLineBreak(r rune) bool { return r == '\n' || r == '\r' }
