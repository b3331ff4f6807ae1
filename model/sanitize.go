package model

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// sanitize makes content text safe to put on a terminal: escape sequences
// (CSI, OSC, DCS…) are removed whole, then any remaining C0/C1 control,
// bidirectional control and default-ignorable (invisible) character is
// dropped (see IsUnsafe). Zero width joiners and non-joiners stay where
// they sit between two visible characters, and emoji presentation
// selectors where they follow one. Emoji sequences are kept as written:
// the exports carry them whole, and the screen takes apart the ones a
// terminal would draw at another width than Lip Gloss measures
// (Story.ForScreen, termsafe.EvenWidths). Tabs become spaces, as do line and
// paragraph separators (U+2028, U+2029); newlines stay. Markdown character
// references that would decode to a dropped character (&#27;, &#x202E;,
// &zwj;…) are dropped too, as Glamour decodes them when it renders the
// text. The input must be valid UTF-8.
//
// Content is stripped rather than made visible: it is prose, and a reader is
// better served by the text without the noise. Error messages, which name
// files and values a person has to find and fix, use termsafe.Visible
// instead.
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
	s = termsafe.DropStrayJoiners(dropUnsafe(ansi.Strip(s)))
	if strings.IndexByte(s, '&') >= 0 {
		s = dropUnsafeRefs(s)
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
		case termsafe.IsUnsafe(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

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
		return termsafe.IsHidden(rune(n))
	}
	dec := html.UnescapeString(ref)
	if dec == ref {
		return false // not a known entity: stays literal text
	}
	for _, r := range dec {
		if termsafe.IsHidden(r) {
			return true
		}
	}
	return false
}
