package wrap

import (
	"strings"
	"unicode"
)

// mandatory keeps a mandatory break exactly after the characters of
// UAX #14's rules LB4 and LB5 (BK, CR, LF, NL: isHardBreak) and at the
// end. uniseg
// v0.4.7 also reports one after an emoji modifier sequence that a newline
// follows ("👋🏽\n"), which would make an empty line out of nothing.
func mandatory(u []unit) {
	for i := range u {
		switch {
		case i == len(u)-1 || u[i].newline:
			u[i].brk = mustBreak
		case u[i].brk == mustBreak && u[i+1].newline:
			u[i].brk = noBreak
		case u[i].brk == mustBreak:
			u[i].brk = mayBreak
		}
	}
}

// isHardBreak tells the characters after which UAX #14 must break a line
// (classes BK, CR, LF, NL). All are taken as "\n": the line ends, and the
// character is not drawn (a terminal would move the cursor on it).
func isHardBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', '\u0085', '\u2028', '\u2029':
		return true
	}
	return false
}

// tailor withdraws the break opportunities that kinsoku, our dash rule or
// our idea of a word forbid. A break swallows the spaces around it, so the
// characters that would end and start the lines are the nearest ones that
// are not spaces: UAX #14 lets a line break after spaces and before a tab
// or an ideographic space that a small kana follows ("x  \tっ"), which
// would start the line with っ. UAX #14 also lets a line break between a
// full stop and a digit ("e.g.2019"; rule LB25 keeps only "32.5" whole),
// which would cut what reads as one word, and after a slash between two
// words ("and/|or", "TCP/|IP"), which ansi.Wrap keeps whole and a reader
// reads as one; a run of them wider than the column (an address) is still
// cut after a slash first (see badness).
func tailor(u []unit) {
	next := rune(0) // the first character after unit i that is not a space
	for i := len(u) - 2; i >= 0; i-- {
		if !u[i+1].space {
			next = u[i+1].r
		}
		if u[i].brk != mayBreak {
			continue
		}
		p := i
		for p > 0 && u[p].space {
			p--
		}
		last := u[p].r
		if mayNotStart(next) || (mayNotEnd(last) && !u[p].space) || glued(u, i) || insideWord(u, i+1) {
			u[i].brk = noBreak
		}
	}
}

// glued tells a break after unit i that would split a dash or a slash
// from the words it joins.
func glued(u []unit, i int) bool {
	prev, cur, next := rune(0), u[i].r, u[i+1].r
	if i > 0 {
		prev = u[i-1].r
	}
	switch {
	case isDash(next):
		return !u[i].space
	case isDash(cur):
		return i > 0 && !u[i-1].space && !u[i+1].space
	case cur == '/':
		return isWordChar(prev) && isWordChar(next)
	}
	return false
}

// quoteSpace gives back the break that uniseg's UAX #14 (Unicode 15.0,
// rule LB15: QU SP* × OP) forbids between a closing quotation mark and an
// opening bracket after spaces: '"multi-partnership framework" (P01)'
// would otherwise move both words down. Unicode 15.1 replaced LB15 by
// rules that keep only an opening quotation mark (Pi) to what follows, so
// this is the newer standard, not a tailoring.
func quoteSpace(u []unit) {
	for i := 1; i+1 < len(u); i++ {
		if u[i].brk != noBreak || !u[i].space || u[i+1].space || !unicode.Is(unicode.Ps, u[i+1].r) {
			continue
		}
		p := i
		for p > 0 && u[p].space {
			p--
		}
		if strings.ContainsRune("\"'”’»›", u[p].r) && !mayNotEnd(u[i+1].r) {
			u[i].brk = mayBreak
		}
	}
}
