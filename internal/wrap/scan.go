package wrap

import "strings"

// styled is a text split into what is drawn and what is not: plain holds
// the characters, escs the SGR sequences, each at the byte offset in plain
// of the character it comes before. Breaking and measuring work on plain
// alone, so a style never changes where a line may break.
type styled struct {
	plain string
	escs  []escape
}

// escape is one SGR sequence and where it stands in the plain text.
type escape struct {
	pos int
	seq string
}

// parse splits s. Escape sequences other than SGR are dropped: the
// program strips them before text is wrapped, and a stray one (a cursor
// move, a hyperlink) must be neither measured nor cut in two. Text without
// an ESC byte costs nothing.
func parse(s string) styled {
	i := strings.IndexByte(s, 0x1b)
	if i < 0 {
		return styled{plain: s}
	}
	var b strings.Builder
	b.Grow(len(s))
	escs := make([]escape, 0, strings.Count(s[i:], "\x1b"))
	for i >= 0 {
		b.WriteString(s[:i])
		n := escapeLen(s[i:])
		if seq := s[i : i+n]; isSGR(seq) {
			escs = append(escs, escape{pos: b.Len(), seq: seq})
		}
		s = s[i+n:]
		i = strings.IndexByte(s, 0x1b)
	}
	b.WriteString(s)
	return styled{plain: b.String(), escs: escs}
}

// escapeLen gives the length of the escape sequence at the start of s
// (which starts with ESC), as ECMA-48 frames them: a CSI runs to its final
// byte, a string (OSC, DCS, SOS, PM, APC) to its terminator (ST or, for
// OSC, BEL), anything else is ESC and one byte. An unterminated sequence
// runs to the end of s, as a terminal would swallow it.
func escapeLen(s string) int {
	if len(s) < 2 {
		return len(s)
	}
	switch s[1] {
	case '[':
		for j := 2; j < len(s); j++ {
			if s[j] >= 0x40 && s[j] <= 0x7e {
				return j + 1
			}
		}
		return len(s)
	case ']', 'P', 'X', '^', '_':
		for j := 2; j < len(s); j++ {
			switch {
			case s[j] == 0x07 && s[1] == ']':
				return j + 1
			case s[j] == 0x1b && j+1 < len(s) && s[j+1] == '\\':
				return j + 2
			}
		}
		return len(s)
	}
	return 2
}

// isSGR tells a CSI sequence that ends in "m" and has only digits, ";" and
// ":" between: a private sequence that also ends in "m" (CSI > 4 ; 1 m) is
// not a style.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for j := 2; j < len(seq)-1; j++ {
		if c := seq[j]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}
