package wrap

import (
	"strings"

	"github.com/clipperhouse/displaywidth"
)

// Lines wraps s to width cells and returns its lines, without "\n".
func Lines(s string, width int) []string {
	return layout(s, width, width, "", "")
}

// String wraps s to width cells: Lines joined by "\n".
func String(s string, width int) string {
	return strings.Join(Lines(s, width), "\n")
}

// Hanging wraps s under a hanging indent: the first line starts with
// first, every later line (after a hard break too) with rest, and the text
// of each line is as wide as width minus its prefix. A prefix may be
// styled; it is closed with a reset so that it never colours the text.
// An empty line gets its prefix with trailing spaces trimmed. A prefix as
// wide as the width or wider leaves the text one cell a line (and the
// lines wider than width): the text is never dropped.
func Hanging(s string, width int, first, rest string) []string {
	first, rest = closed(first), closed(rest)
	return layout(s, width-Width(first), width-Width(rest), first, rest)
}

// layout is Lines and Hanging: the first line's text is firstWidth wide
// and starts with first, the others restWidth and rest.
func layout(s string, firstWidth, restWidth int, first, rest string) []string {
	t := parse(s)
	f := filler{u: units(t), first: max(firstWidth, 1), rest: max(restWidth, 1)}
	f.fill()
	m := emitter{t: t}
	out := make([]string, len(f.lines))
	for i, l := range f.lines {
		prefix := rest
		if i == 0 {
			prefix = first
		}
		a, b := len(t.plain), len(t.plain)
		switch {
		case l.from < l.to:
			a, b = int(f.u[l.from].start), int(f.u[l.to-1].end)
		case l.from < len(f.u):
			a, b = int(f.u[l.from].start), int(f.u[l.from].start)
		}
		out[i] = m.line(prefix, a, b)
	}
	return out
}

// closed ends a styled prefix with a reset when it leaves a style in
// force, so that its style cannot run into the text.
func closed(prefix string) string {
	var p pen
	for _, e := range parse(prefix).escs {
		p.apply(e.seq)
	}
	if p.active() {
		return prefix + reset
	}
	return prefix
}

// Width measures s, which may be styled, in terminal cells as the wrapper
// does: as ansi.StringWidth does with East Asian Ambiguous characters one
// cell wide, whatever the environment.
func Width(s string) int {
	t := parse(s)
	w, a := 0, 0
	for _, e := range t.escs {
		w += displaywidth.Options{}.String(t.plain[a:e.pos])
		a = e.pos
	}
	return w + displaywidth.Options{}.String(t.plain[a:])
}
