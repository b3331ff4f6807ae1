package wrap

import "strings"

// emitter writes lines of a styled text, each standing alone: it opens
// with the style in force at its first character and closes with a reset
// when a style is in force at its end. SGR sequences inside a line stay
// where they were; those at a break (and among the spaces it swallows)
// only change the style the next line opens with.
type emitter struct {
	t   styled
	e   int // the next SGR sequence not yet taken
	pen pen
}

// line writes the plain text [a, b) with its styling after prefix.
func (m *emitter) line(prefix string, a, b int) string {
	for m.e < len(m.t.escs) && m.t.escs[m.e].pos <= a {
		m.pen.apply(m.t.escs[m.e].seq)
		m.e++
	}
	if a == b {
		return strings.TrimRight(prefix, " ")
	}
	var sb strings.Builder
	sb.Grow(len(prefix) + b - a + 16)
	sb.WriteString(prefix)
	m.pen.writeTo(&sb)
	for ; m.e < len(m.t.escs) && m.t.escs[m.e].pos < b; m.e++ {
		x := m.t.escs[m.e]
		sb.WriteString(m.t.plain[a:x.pos])
		sb.WriteString(x.seq)
		m.pen.apply(x.seq)
		a = x.pos
	}
	sb.WriteString(m.t.plain[a:b])
	if m.pen.active() {
		sb.WriteString(reset)
	}
	return sb.String()
}
