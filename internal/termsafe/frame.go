package termsafe

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Frame returns a frame with only text, newlines and SGR sequences
// (ESC [ params m). The common frame has nothing else and is returned as
// it is, after one pass over its bytes.
func Frame(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			n := SGRLen(s[i:])
			if n == 0 {
				return Clean(s)
			}
			i += n
		case c == '\n' || (c >= 0x20 && c < 0x7f):
			i++
		case c < utf8.RuneSelf:
			return Clean(s)
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if IsUnsafe(r) {
				return Clean(s)
			}
			i += size
		}
	}
	return s
}

// SGRLen gives the length of the SGR sequence s starts with, or 0.
func SGRLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for j := 2; j < len(s); j++ {
		switch c := s[j]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return j + 1
		default:
			return 0
		}
	}
	return 0
}

// Clean drops every escape sequence but SGR, whole, and every control
// and invisible character but newline.
func Clean(s string) string {
	p := ansi.GetParser()
	defer ansi.PutParser(p)
	var b strings.Builder
	b.Grow(len(s))
	var state byte
	for len(s) > 0 {
		seq, width, n, newState := ansi.DecodeSequence(s, state, p)
		switch {
		case n <= 0:
			n = 1 // never stall
		case width > 0:
			for _, r := range seq {
				if !IsUnsafe(r) {
					b.WriteRune(r)
				}
			}
		case seq == "\n":
			b.WriteByte('\n')
		case SGRLen(seq) == len(seq):
			b.WriteString(seq)
		case seq[0] >= utf8.RuneSelf:
			// Zero-width text (a combining mark on its own, a C1 control
			// as UTF-8): keep what is not a control.
			for _, r := range seq {
				if !IsUnsafe(r) {
					b.WriteRune(r)
				}
			}
		}
		state = newState
		s = s[n:]
	}
	return b.String()
}
