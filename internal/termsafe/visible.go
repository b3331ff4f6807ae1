package termsafe

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Visible makes text safe to print on a terminal while keeping every
// character findable: each control, bidirectional, zero-width or other
// invisible character, and each byte that is not UTF-8, is written as a Go
// escape (\x1b, \u202e). Newlines and tabs stay. It is meant for messages
// of several lines; a value quoted in a message (a file name, a flag's
// value) goes through VisibleLine first.
func Visible(s string) string { return visible(s, true) }

// VisibleLine is Visible for text that must stay on one line, such as a
// file name quoted in a message: newlines and tabs are escaped too, so the
// text cannot start a line of its own.
func VisibleLine(s string) string { return visible(s, false) }

func visible(s string, keepBreaks bool) string {
	keep := func(r rune) bool { return !IsHidden(r) || (keepBreaks && (r == '\n' || r == '\t')) }
	safe := true
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && size <= 1) || !keep(r) {
			safe = false
			break
		}
		i += size
	}
	if safe {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			b.WriteString(`\x` + strconv.FormatUint(uint64(s[i])|0x100, 16)[1:])
		case keep(r):
			b.WriteString(s[i : i+size])
		default:
			b.WriteString(escapeRune(r))
		}
		i += size
	}
	return b.String()
}

// escapeRune writes a character as a Go escape: \n, \t, \x1b, \u202e,
// \U000e0041.
func escapeRune(r rune) string {
	switch {
	case r == '\n':
		return `\n`
	case r == '\t':
		return `\t`
	case r < 0x100:
		return `\x` + strconv.FormatUint(uint64(r)|0x100, 16)[1:]
	case r < 0x10000:
		return `\u` + strconv.FormatUint(uint64(r)|0x10000, 16)[1:]
	}
	return `\U` + strconv.FormatUint(uint64(r)|0x100000000, 16)[1:]
}
