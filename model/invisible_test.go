package model

import (
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// derivedIgnorable is Default_Ignorable_Code_Point as listed in
// DerivedCoreProperties.txt of Unicode 15.0 (the version of Go's unicode
// tables), to check that defaultIgnorable, which derives the property from
// Go's tables, gets it right.
var derivedIgnorable = [][2]rune{
	{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x061C, 0x061C}, {0x115F, 0x1160},
	{0x17B4, 0x17B5}, {0x180B, 0x180F}, {0x200B, 0x200F}, {0x202A, 0x202E},
	{0x2060, 0x206F}, {0x3164, 0x3164}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF},
	{0xFFA0, 0xFFA0}, {0xFFF0, 0xFFF8}, {0x1BCA0, 0x1BCA3}, {0x1D173, 0x1D17A},
	{0xE0000, 0xE0FFF},
}

func TestDefaultIgnorableIsUnicodes(t *testing.T) {
	if unicode.Version != "15.0.0" {
		t.Logf("Go's Unicode is %s; the list is 15.0's", unicode.Version)
	}
	want := func(r rune) bool {
		for _, rg := range derivedIgnorable {
			if r >= rg[0] && r <= rg[1] {
				return true
			}
		}
		return false
	}
	bad := 0
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if got := defaultIgnorable(r); got != want(r) {
			bad++
			if bad < 10 {
				t.Errorf("defaultIgnorable(U+%04X) = %v", r, got)
			}
		}
	}
}

// What the issue found passing, and the joiners and selectors in and out
// of place.
func TestSanitizeInvisibles(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"soft hyphen", "a\u00adb", "ab"},
		{"combining grapheme joiner", "a\u034fb", "ab"},
		{"Hangul choseong filler", "a\u115fb", "ab"},
		{"Hangul jungseong filler", "a\u1160b", "ab"},
		{"Hangul filler", "a\u3164b", "ab"},
		{"halfwidth Hangul filler", "a\uffa0b", "ab"},
		{"Mongolian selectors and vowel separator", "a\u180b\u180c\u180d\u180e\u180fb", "ab"},
		{"Khmer inherent vowels", "a\u17b4\u17b5b", "ab"},
		{"variation selector 1", "a\ufe00b", "ab"},
		{"variation selector 17", "a\U000E0100b", "ab"},
		{"shorthand format controls", "a\U0001BCA0b", "ab"},
		{"musical format controls", "a\U0001D173b", "ab"},
		{"Arabic letter mark", "a\u061cb", "ab"},
		{"interlinear annotation (not ignorable, hides text)", "a\ufff9hidden\ufffbb", "ahiddenb"},
		{"Arabic number sign is visible", "\u0600\u0661\u0662", "\u0600\u0661\u0662"},
		{"VS16 at the start", "\ufe0fa", "a"},
		{"VS16 after a space", "a \ufe0f", "a "},
		{"VS16 twice", "\U0001F44D\ufe0f\ufe0f", "\U0001F44D\ufe0f"},
		{"VS15 after a character", "\u2600\ufe0e", "\u2600\ufe0e"},
		{"ZWNJ in Persian", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645", "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"},
		{"ZWJ in Devanagari", "\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"},
		{"ZWNJ in Devanagari", "\u0915\u094d\u200c\u0937", "\u0915\u094d\u200c\u0937"},
		{"ZWJ at the start", "\u200dab", "ab"},
		{"ZWJ at the end", "ab\u200d", "ab"},
		{"ZWNJ before a space", "a\u200c b", "a b"},
		{"ZWJ before a newline", "a\u200d\nb", "a\nb"},
		{"ZWJ next to another", "a\u200d\u200db", "a\u200db"},
		{"ZWJ around an ignorable", "a\u00ad\u200db", "a\u200db"},
		{"family", "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F468\U0001F469\U0001F467\U0001F466"},
		{"rainbow flag", "\U0001F3F3\ufe0f\u200d\U0001F308", "\U0001F3F3\U0001F308"},
		{"heart with VS16", "\u2764\ufe0f", "\u2764"},
		{"keycap", "1\ufe0f\u20e3", "1\u20e3"},
		{"skin tone", "\U0001F44D\U0001F3FD", "\U0001F44D"},
		{"skin tone on a letter", "a\U0001F3FD", "a"},
		{"skin tone alone", "\U0001F3FD", "\U0001F3FD"},
		{"woman technologist", "\U0001F469\u200d\U0001F4BB", "\U0001F469\U0001F4BB"},
		{"heart on fire", "\u2764\ufe0f\u200d\U0001F525", "\u2764\U0001F525"},
		{"flag", "\U0001F1EF\U0001F1F5", "\U0001F1EF\U0001F1F5"},
		{"a lone regional indicator", "\U0001F1EF\U0001F1F5\U0001F1EF", "\U0001F1EF\U0001F1F5"},
		{"emoji with VS16, the same width", "\U0001F44D\ufe0f", "\U0001F44D\ufe0f"},
		{"subdivision flag", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "\U0001F3F4"},
		{"Hindi", "\u0939\u093f\u0928\u094d\u0926\u0940", "\u0939\u093f\u0928\u094d\u0926\u0940"},
	} {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("%s: sanitize(%+q) = %+q, want %+q", tt.name, tt.in, got, tt.want)
		}
	}
}

// After sanitize, every grapheme cluster measures the same as one glyph
// (Lip Gloss) and code point by code point (a terminal without grapheme
// clustering), so that a line with it cannot push a border, unless it
// would measure two ways without its joiners, selectors and skin tones too
// (an Indic conjunct, whose letters are the text). Sanitizing twice
// changes nothing.
func TestSanitizedEmojiMeasureOneWay(t *testing.T) {
	t.Parallel()
	parts := []string{"\U0001F468", "\U0001F469", "\U0001F467", "\u2764", "\u2600", "1", "a", "\u0915", "\u094d", "\U0001F44D",
		"\U0001F3F3", "\U0001F308", "\U0001F1EF", "\U0001F1F5", "\u20e3", " ", "\u200d", "\u200c", "\ufe0f", "\ufe0e", "\U0001F3FD", "\U0001F3FB"}
	// Every string of up to four parts.
	var walk func(prefix string, n int)
	checked := 0
	walk = func(prefix string, n int) {
		if n == 0 {
			return
		}
		for _, p := range parts {
			s := prefix + p
			out := sanitize(s)
			checked++
			for rest := out; len(rest) > 0; {
				cluster, w := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
				rest = rest[len(cluster):]
				if w != ansi.StringWidthWc(cluster) && evenClusters(withoutUnevenParts(cluster)) {
					t.Fatalf("sanitize(%+q) = %+q: cluster %+q is %d wide as a glyph, %d code point by code point", s, out, cluster, w, ansi.StringWidthWc(cluster))
				}
			}
			if out != sanitize(out) {
				t.Fatalf("sanitize is not idempotent on %+q: %+q, then %+q", s, out, sanitize(out))
			}
			walk(s, n-1)
		}
	}
	walk("", 4)
	t.Logf("%d strings", checked)
}
