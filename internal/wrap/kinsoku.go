package wrap

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/displaywidth"
)

// The kinsoku (禁則) sets of JA-STYLE.md. UAX #14, as rivo/uniseg
// implements it, forbids a break between two characters before every
// character of noStart (closing brackets and 、。 are CL, ？！ EX, ・：；
// NS, and the small kana and ー are CJ, which the default rule LB1
// resolves to NS) and after every character of noEnd (OP, rule LB14);
// kinsoku_test.go checks that one by one. The sets are enforced here too
// because UAX #14 lets a line start with an NS character after a space,
// because a line can end inside an unbreakable run wider than its column,
// where the break is ours to choose, and so that a change in the tables of
// a later uniseg cannot undo the rules.
const (
	noStart = "、。，．・：；？！ー」』）］｝〉》〕】" +
		"ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
	noEnd = "「『（［｛〈《〔【"
)

// The same rules for Latin punctuation, applied only when a run wider than
// the column has to be cut: UAX #14 never breaks there by itself.
const (
	asciiNoStart = ")]},.;:!?%/-"
	asciiNoEnd   = "([{"
)

// The kinsoku characters all lie at U+3001 or above: a rune below is
// answered without a search.
func mayNotStart(r rune) bool { return r > 0x3000 && strings.ContainsRune(noStart, r) }
func mayNotEnd(r rune) bool   { return r > 0x3000 && strings.ContainsRune(noEnd, r) }

// isDash tells the dashes that UAX #14 lets a line break before (em dash)
// or after (both) even when they are attached to the words on either side:
// "Microsoft–OpenAI", "27–28 April", "word—word". We keep such a run
// whole, as ansi.Wrap does: a line that starts with a dash, or a range
// cut after its dash, reads badly. Spaced dashes break at their spaces.
func isDash(r rune) bool { return r == '—' || r == '–' }

// isCJK tells a character of Japanese (or Chinese, Korean) text, where
// words are not separated by spaces: Han, kana, Hangul, and the CJK and
// full-width punctuation blocks.
func isCJK(r rune) bool {
	switch {
	case r < 0x1100:
		return false
	case r >= 0x3000 && r <= 0x30ff, // CJK punctuation, hiragana, katakana
		r >= 0xff00 && r <= 0xffef: // full-width and half-width forms
		return true
	}
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo)
}

// isWordChar tells a letter or digit of a Latin-style word or number: the
// runs that are never cut unless they are wider than the column. Wide
// letters (kana, kanji, Hangul, Bopomofo, full-width Latin) are written
// without spaces and break between any two, so they are not.
func isWordChar(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && displaywidth.Options{}.Rune(r) == 1
}

// isJoiner tells the marks that hold a word or number together when they
// stand between two of its characters: 32.5, 1,350, OpenAI's.
func isJoiner(r rune) bool { return r == '.' || r == ',' || r == '\'' || r == '’' }

// isDroppable tells a space that a line break swallows: any white space
// but the no-break ones, which UAX #14 never breaks at anyway.
func isDroppable(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\v' || r == '\f' || r == '\r'
	}
	switch r {
	case '\u00a0', '\u2007', '\u202f', '\n':
		return false
	}
	return unicode.IsSpace(r)
}
