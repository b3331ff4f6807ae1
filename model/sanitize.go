package model

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// sanitize makes content text safe to put on a terminal: escape sequences
// (CSI, OSC, DCS…) are removed whole, then any remaining C0/C1 control,
// bidirectional control and default-ignorable (invisible) character is
// dropped (see IsUnsafe). Zero width joiners and non-joiners stay where
// they sit between two visible characters, and emoji presentation
// selectors where they follow one; emoji sequences that a terminal without
// grapheme clustering would draw wider than Lip Gloss measures them are
// taken apart (see evenWidths). Tabs become spaces, as do line and
// paragraph separators (U+2028, U+2029); newlines stay. Markdown character
// references that would decode to a dropped character (&#27;, &#x202E;,
// &zwj;…) are dropped too, as Glamour decodes them when it renders the
// text. The input must be valid UTF-8.
//
// Content is stripped rather than made visible: it is prose, and a reader is
// better served by the text without the noise. Error messages, which name
// files and values a person has to find and fix, use Visible instead.
func sanitize(s string) string {
	if isPlain(s) {
		return s
	}
	if strings.ContainsFunc(s, isC1) {
		// A C1 control written as UTF-8 (U+009B for CSI…) is turned into
		// its 7-bit form (ESC [) so that its sequence is removed whole too.
		s = strings.Map(func(r rune) rune {
			if isC1(r) {
				return -1
			}
			return r
		}, expandC1(s))
	}
	s = keepInContext(dropUnsafe(ansi.Strip(s)))
	if strings.IndexByte(s, '&') >= 0 {
		s = dropUnsafeRefs(s)
	}
	// Taking a sequence apart can leave a joiner at its edge, and dropping
	// that joiner can make a new sequence: a few rounds settle it.
	for range 4 {
		even := evenWidths(s)
		if even == s {
			break
		}
		s = keepInContext(even)
	}
	return s
}

// dropUnsafe drops every unsafe character; tabs become four spaces and
// line and paragraph separators a space.
func dropUnsafe(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteRune(r)
		case r == '\t':
			b.WriteString("    ")
		case r == 0x2028, r == 0x2029:
			b.WriteByte(' ')
		case unsafeRune(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// keepInContext drops joiners that do not sit between two visible
// characters and presentation selectors that do not follow one: anywhere
// else they would only hide in the text.
func keepInContext(s string) string {
	if !strings.ContainsFunc(s, isContextual) {
		return s
	}
	rs := []rune(s)
	out := rs[:0]
	for i, r := range rs {
		// out ends with what is kept before r; rs[i+1] is what follows.
		prev := len(out) > 0 && visibleRune(out[len(out)-1])
		next := i+1 < len(rs) && visibleRune(rs[i+1])
		switch {
		case (r == zwj || r == zwnj) && !(prev && next):
		case (r == vs15 || r == vs16) && !prev:
		default:
			out = append(out, r)
		}
	}
	return string(out)
}

func isContextual(r rune) bool { return r == zwj || r == zwnj || r == vs15 || r == vs16 }

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9f }

// expandC1 writes each C1 control as ESC and its 7-bit final byte.
func expandC1(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		if isC1(r) {
			b.WriteByte(0x1b)
			b.WriteByte(byte(r - 0x40))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isPlain reports whether s is printable ASCII and newlines only, with no
// character reference, the common case, which needs no work.
func isPlain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || (c < 0x20 && c != '\n') || c == 0x7f || c == '&' {
			return false
		}
	}
	return true
}

// charRef matches a Markdown (HTML) character reference: decimal, hex or
// named, as CommonMark recognises them.
var charRef = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});`)

// dropUnsafeRefs removes the character references that decode to an unsafe
// character. Removing one can join the text around it into a new one
// ("&&#8203;#27;" becomes "&#27;"), so it goes again, a few times; what is
// left after that (only text built to nest) is replaced by U+FFFD, which
// joins nothing.
func dropUnsafeRefs(s string) string {
	if !strings.Contains(s, ";") {
		return s
	}
	for range 4 {
		out, found := replaceUnsafeRefs(s, "")
		if !found {
			return s
		}
		s = out
	}
	s, _ = replaceUnsafeRefs(s, "\uFFFD")
	return s
}

// replaceUnsafeRefs replaces each unsafe character reference in s, and
// reports whether there was one.
func replaceUnsafeRefs(s, with string) (string, bool) {
	found := false
	out := charRef.ReplaceAllStringFunc(s, func(ref string) string {
		if unsafeRef(ref) {
			found = true
			return with
		}
		return ref
	})
	return out, found
}

// unsafeRef reports whether a character reference decodes to an unsafe
// character. Numeric references are decoded as CommonMark does (the code
// point itself; 0, surrogates and out-of-range values become U+FFFD).
func unsafeRef(ref string) bool {
	body := ref[1 : len(ref)-1]
	if body[0] == '#' {
		var n uint64
		var err error
		if len(body) > 1 && (body[1] == 'x' || body[1] == 'X') {
			n, err = strconv.ParseUint(body[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(body[1:], 10, 32)
		}
		if err != nil || n == 0 || n > utf8.MaxRune || (n >= 0xd800 && n <= 0xdfff) {
			return false // decoded as U+FFFD, which is harmless
		}
		return hiddenRune(rune(n))
	}
	dec := html.UnescapeString(ref)
	if dec == ref {
		return false // not a known entity: stays literal text
	}
	for _, r := range dec {
		if hiddenRune(r) {
			return true
		}
	}
	return false
}

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
	keep := func(r rune) bool { return !hiddenRune(r) || (keepBreaks && (r == '\n' || r == '\t')) }
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
