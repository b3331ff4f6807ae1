package wrap

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// JoinBroken joins the lines of one paragraph that another wrapper
// (Glamour) has already broken, so that the paragraph can be wrapped
// again. The lines come without their prefix (see CutLeft). Spaces at
// either end of a line are the old breaks' and go; a line's leading spaces
// go too, except on the first line. Where two lines meet, a space goes back
// between two Latin words, and none when either side is Japanese (or other
// CJK) text, which has no spaces to break at, or after a hyphen inside a
// word ("multi-" + "cloud"), where the wrapper broke a hyphenated word.
//
// Escape sequences are kept in order, so a style that ran across the old
// break still runs across the join. A word that the other wrapper cut
// because it was wider than its column (a long address) gets a space at
// the cut: nothing in the lines tells such a cut from a break at a space.
func JoinBroken(lines []string) string {
	var b strings.Builder
	var last rune // the last character written, 0 before any
	var before rune
	for i, l := range lines {
		t := parse(l)
		from, to := trimSpaces(t.plain, i > 0)
		if from == to {
			writeStyled(&b, t, from, to)
			continue
		}
		first, _ := utf8.DecodeRuneInString(t.plain[from:])
		if last != 0 && needsSpace(before, last, first) {
			b.WriteByte(' ')
		}
		writeStyled(&b, t, from, to)
		before, last = lastTwo(t.plain[from:to], before, last)
	}
	return b.String()
}

// needsSpace decides what goes between two joined lines: the line before
// ends in before, last; the next starts with first.
func needsSpace(before, last, first rune) bool {
	switch {
	case isCJK(last) || isCJK(first):
		return false
	case last == '-' && unicode.IsLetter(before):
		return false
	}
	return true
}

// trimSpaces gives the part of a plain line without trailing spaces, and
// without leading ones when lead.
func trimSpaces(plain string, lead bool) (int, int) {
	to := len(strings.TrimRightFunc(plain, isDroppable))
	from := 0
	if lead {
		from = to - len(strings.TrimLeftFunc(plain[:to], isDroppable))
	}
	return from, to
}

// lastTwo gives the last two characters of the text written so far, s
// being its newest part.
func lastTwo(s string, before, last rune) (rune, rune) {
	r, n := utf8.DecodeLastRuneInString(s)
	if n == len(s) {
		return last, r
	}
	p, _ := utf8.DecodeLastRuneInString(s[:len(s)-n])
	return p, r
}

// writeStyled writes plain[from:to] with every escape sequence of t, the
// ones outside the range too (at its edges): trimming takes characters,
// never styles.
func writeStyled(b *strings.Builder, t styled, from, to int) {
	pos := from
	for _, e := range t.escs {
		at := min(max(e.pos, from), to)
		b.WriteString(t.plain[pos:at])
		b.WriteString(e.seq)
		pos = at
	}
	b.WriteString(t.plain[pos:to])
}

// CutLeft takes the first n cells off a styled line (a list bullet, an
// indent, a quote bar) and keeps all the rest, however wide: with nothing
// cut on the right, a line that fills its width can never lose its last
// character (issue 23, H1). Escape sequences are all kept. A cluster that
// straddles cell n is kept: only what lies wholly in the first n cells is
// taken.
func CutLeft(s string, n int) string {
	if n <= 0 {
		return s
	}
	t := parse(s)
	w, cut := 0, 0
	for _, x := range units(t) {
		if w+int(x.width) > n {
			break
		}
		w += int(x.width)
		cut = int(x.end)
	}
	var b strings.Builder
	for _, e := range t.escs {
		if e.pos <= cut {
			b.WriteString(e.seq)
		}
	}
	writeStyled(&b, styled{plain: t.plain, escs: after(t.escs, cut)}, cut, len(t.plain))
	return b.String()
}

// after gives the escapes that stand after byte pos.
func after(escs []escape, pos int) []escape {
	for i, e := range escs {
		if e.pos > pos {
			return escs[i:]
		}
	}
	return nil
}
