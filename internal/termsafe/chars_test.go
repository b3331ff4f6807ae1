package termsafe

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

// For the screen, every grapheme cluster measures the same as one glyph
// (Lip Gloss) and code point by code point (a terminal without grapheme
// clustering), so that a line with it cannot push a border, unless it
// would measure two ways without its joiners, selectors and skin tones too
// (an Indic conjunct, whose letters are the text). Doing it twice changes
// nothing.
func TestScreenTextMeasuresOneWay(t *testing.T) {
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
			out := screen(s)
			checked++
			for rest := out; len(rest) > 0; {
				cluster, w := ansi.FirstGraphemeCluster(rest, ansi.GraphemeWidth)
				rest = rest[len(cluster):]
				if w != ansi.StringWidthWc(cluster) && evenClusters(withoutUnevenParts(cluster)) {
					t.Fatalf("screen(%+q) = %+q: cluster %+q is %d wide as a glyph, %d code point by code point", s, out, cluster, w, ansi.StringWidthWc(cluster))
				}
			}
			if out != screen(out) {
				t.Fatalf("screen is not idempotent on %+q: %+q, then %+q", s, out, screen(out))
			}
			walk(s, n-1)
		}
	}
	walk("", 4)
	t.Logf("%d strings", checked)
}

// screen is text as content keeps it (joiners only in context), then as
// the screen shows it.
func screen(s string) string { return EvenWidths(DropStrayJoiners(s)) }

// Emoji sequences that measure two ways are taken apart for the screen;
// the rest is left as it is.
func TestEvenWidths(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"family", "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F468\U0001F469\U0001F467\U0001F466"},
		{"rainbow flag", "\U0001F3F3\ufe0f\u200d\U0001F308", "\U0001F3F3\U0001F308"},
		{"heart with VS16", "\u2764\ufe0f", "\u2764"},
		{"keycap", "1\ufe0f\u20e3", "1\u20e3"},
		{"skin tone", "\U0001F44D\U0001F3FD", "\U0001F44D"},
		{"woman technologist", "\U0001F469\u200d\U0001F4BB", "\U0001F469\U0001F4BB"},
		{"heart on fire", "\u2764\ufe0f\u200d\U0001F525", "\u2764\U0001F525"},
		{"flag", "\U0001F1EF\U0001F1F5", "\U0001F1EF\U0001F1F5"},
		{"a lone regional indicator", "\U0001F1EF\U0001F1F5\U0001F1EF", "\U0001F1EF\U0001F1F5"},
		{"emoji with VS16, the same width", "\U0001F44D\ufe0f", "\U0001F44D\ufe0f"},
		{"ZWJ in Devanagari", "\u0915\u094d\u200d\u0937", "\u0915\u094d\u200d\u0937"},
		{"Hindi", "\u0939\u093f\u0928\u094d\u0926\u0940", "\u0939\u093f\u0928\u094d\u0926\u0940"},
		{"plain", "OpenAI と Microsoft", "OpenAI と Microsoft"},
	} {
		if got := EvenWidths(tt.in); got != tt.want {
			t.Errorf("%s: EvenWidths(%+q) = %+q, want %+q", tt.name, tt.in, got, tt.want)
		}
	}
}
