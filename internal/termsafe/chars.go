package termsafe

import "unicode"

// Joiners and emoji presentation selectors: invisible, but they change how
// the characters around them are drawn. Text keeps them where they do
// that (DropStrayJoiners); anywhere else they are dropped.
const (
	zwnj = '\u200c' // zero width non-joiner: Persian, Indic
	zwj  = '\u200d' // zero width joiner: Indic half forms, emoji sequences
	vs15 = '\ufe0e' // text presentation
	vs16 = '\ufe0f' // emoji presentation
)

// IsUnsafe reports a character that must not reach a terminal from text:
// a C0 or C1 control (newline and tab included: callers that keep them
// check them first), DEL, a bidirectional control, a line or paragraph
// separator, an interlinear annotation, or a default-ignorable character
// (drawn as nothing, it hides or spoofs text) other than the joiners and
// emoji presentation selectors, which content keeps only where they join
// or select (bytes that are not UTF-8 are the caller's to check: decoded,
// they are U+FFFD, which is safe to show).
func IsUnsafe(r rune) bool {
	switch {
	case r < 0xa0: // ASCII and C1: the common case
		return r < 0x20 || r >= 0x7f // C0, DEL, C1
	case joinerOrSelector(r):
		return false
	case r == 0x2028, r == 0x2029: // line and paragraph separators
		return true
	case r >= 0xfff9 && r <= 0xfffb: // interlinear annotation: hides text
		return true
	}
	return defaultIgnorable(r)
}

// joinerOrSelector reports the zero-width joiners and the text and emoji
// presentation selectors, which emoji and scripts need.
func joinerOrSelector(r rune) bool {
	return r == zwnj || r == zwj || r == vs15 || r == vs16
}

// IsHidden reports a character that a message must show escaped: an
// unsafe one, or a joiner or selector, which no file name needs.
func IsHidden(r rune) bool {
	return IsUnsafe(r) || joinerOrSelector(r)
}

// defaultIgnorable reports Unicode's Default_Ignorable_Code_Point, derived
// as DerivedCoreProperties.txt says, from the property tables of Go's
// unicode package (Unicode 15.0): Other_Default_Ignorable_Code_Point, format
// characters (Cf) and variation selectors, less white space, the
// interlinear annotation characters, the Egyptian hieroglyph format
// controls and the prepended concatenation marks (which are visible). The
// bidirectional marks, embeddings, overrides and isolates, the zero-width
// space and joiners, the word joiner, the BOM, soft hyphen, combining
// grapheme joiner, Hangul fillers, Mongolian variation selectors, tag
// characters and variation selectors are all in it.
func defaultIgnorable(r rune) bool {
	switch {
	case unicode.Is(unicode.Other_Default_Ignorable_Code_Point, r),
		unicode.Is(unicode.Variation_Selector, r):
		return true
	case !unicode.Is(unicode.Cf, r),
		unicode.Is(unicode.White_Space, r),
		r >= 0xfff9 && r <= 0xfffb,
		r >= 0x13430 && r <= 0x1343f,
		unicode.Is(unicode.Prepended_Concatenation_Mark, r):
		return false
	}
	return true
}

// IsVisible reports a character that is drawn: not a space or a control
// and not default-ignorable. Combining marks count: they are drawn on the
// character before them.
func IsVisible(r rune) bool {
	return unicode.IsGraphic(r) && !unicode.IsSpace(r) && !defaultIgnorable(r)
}
