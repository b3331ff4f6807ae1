package wrap

import (
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
	"github.com/rivo/uniseg"
)

// unit is one grapheme cluster of the plain text: the smallest thing a
// line may be cut into, so an emoji sequence or a letter with its accents
// is never split.
//
// It is kept small (20 bytes), as there is one for every character.
type unit struct {
	start, end int32 // bytes in the plain text
	width      int32 // cells, as ansi.StringWidth counts them in the output
	r          rune  // the cluster's first rune (its base character)
	brk        brk   // may the line break after this unit?
	space      bool  // a space a break swallows
	newline    bool  // a hard break ("\n", "\r\n", U+2028…), not drawn
}

type brk uint8

const (
	noBreak brk = iota
	mayBreak
	mustBreak
)

// cells measures a grapheme cluster in terminal cells the way
// github.com/charmbracelet/x/ansi (and so Lip Gloss) does, through
// clipperhouse/displaywidth, but always with East Asian Ambiguous
// characters one cell wide: ansi reads RUNEWIDTH_EASTASIAN when the
// program starts, and wrapping must not change with the environment
// (JA-STYLE.md, "Width").
func cells(s string) int {
	if len(s) == 1 {
		if s[0] >= 0x20 && s[0] < 0x7f {
			return 1
		}
		return 0
	}
	if r, n := utf8.DecodeRuneInString(s); n == len(s) {
		return displaywidth.Options{}.Rune(r) // the same, without a cluster iterator
	}
	return displaywidth.Options{}.String(s)
}

// units cuts the plain text into grapheme clusters with UAX #14's verdict
// on the boundary after each, then applies the rules of rules.go on top.
// Two passes of uniseg run side by side: its line segments (the breaks
// UAX #14 allows) and its grapheme clusters; a break that falls inside a
// cluster is not taken. (uniseg.Step gives both at once, but also word and
// sentence boundaries, at twice the cost.) A cluster of one ASCII
// character followed by another is known without asking.
func units(t styled) []unit {
	s := t.plain
	u := make([]unit, 0, utf8.RuneCountInString(s))
	lines := lineBreaks{s: s, state: -1}
	for pos, e := 0, 0; pos < len(s); {
		end := clusterEnd(s, pos)
		r, _ := utf8.DecodeRuneInString(s[pos:])
		for e < len(t.escs) && t.escs[e].pos <= pos {
			e++
		}
		x := unit{start: int32(pos), end: int32(end), r: r, brk: lines.at(end)}
		if e < len(t.escs) && t.escs[e].pos < end {
			x.width = int32(splitCells(t, pos, end, e))
		} else {
			x.width = int32(cells(s[pos:end]))
		}
		single := end-pos == utf8.RuneLen(r)
		x.newline = s[pos:end] == "\r\n" || single && isHardBreak(r)
		x.space = single && isDroppable(r) && !x.newline
		u = append(u, x)
		pos = end
	}
	mandatory(u)
	tailor(u)
	quoteSpace(u)
	return u
}

// clusterEnd gives the end of the grapheme cluster that starts at pos.
func clusterEnd(s string, pos int) int {
	if s[pos] < utf8.RuneSelf && (pos+1 == len(s) || s[pos+1] < utf8.RuneSelf && s[pos] != '\r') {
		return pos + 1
	}
	c, _, _, _ := uniseg.FirstGraphemeClusterInString(s[pos:], -1)
	return pos + len(c)
}

// lineBreaks walks UAX #14's line segments of s.
type lineBreaks struct {
	s     string
	state int
	end   int  // the end of the current segment
	must  bool // a mandatory break after it
}

// at gives the break opportunity at byte offset pos, which must not be
// before the offset of the last call.
func (l *lineBreaks) at(pos int) brk {
	for l.end < pos {
		var seg string
		seg, _, l.must, l.state = uniseg.FirstLineSegmentInString(l.s[l.end:], l.state)
		l.end += len(seg)
	}
	switch {
	case l.end != pos:
		return noBreak
	case l.must:
		return mustBreak
	}
	return mayBreak
}

// splitCells measures a cluster that an SGR sequence cuts in two: ansi
// measures each piece on its own (an ESC ends a cluster), and so must we,
// or the line could come out wider than we counted.
func splitCells(t styled, start, end, e int) int {
	w := 0
	for ; e < len(t.escs) && t.escs[e].pos < end; e++ {
		w += cells(t.plain[start:t.escs[e].pos])
		start = t.escs[e].pos
	}
	return w + cells(t.plain[start:end])
}
