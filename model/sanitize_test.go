package model

import "testing"

// What content text becomes before it reaches a terminal: escape
// sequences removed whole, in their 7-bit and C1 forms; controls, bidi and
// invisible characters dropped; character references that Glamour would
// decode into one of those dropped; everything else left alone.
func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text\nsecond line", "plain text\nsecond line"},
		{"富士通 and NEC — 27 April", "富士通 and NEC — 27 April"},
		{"a\x1b[2J\x1b[Hb", "ab"},
		{"a\x1b[31mred\x1b[0m", "ared"},
		{"a\x1b[?1049lb", "ab"},
		{"a\x1b]52;c;ZWNobyBwd25lZA==\x07b", "ab"},
		{"a\x1b]52;c;ZWNobyBwd25lZA==\x1b\\b", "ab"},
		{"a\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"a\x1b]0;pwned\x07b", "ab"},
		{"a\x1bP+q544e\x1b\\b", "ab"},
		{"a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"a\x1bcb", "ab"}, // ESC c (reset) is removed whole
		{"a\u009b31mb", "ab"},
		{"a\u009d0;title\u009cb", "ab"},
		{"a\u0090+q544e\u009cb", "ab"},
		{"a\u0085b", "ab"},
		{"a\x07\x08\x0b\x0c\x00\x7fb", "ab"},
		{"a\rb", "ab"},
		{"a\tb", "a    b"},
		{"\u202egnp.exe\u202c", "gnp.exe"},
		{"a\u2066b\u2069\u200e\u200f\u061c", "ab"},
		{"zero\u200bwidth\u200c\u200d\u2060\ufeff\u180e", "zerowidth"},
		{"tag\U000E0041\U000E007F", "tag"},
		{"line\u2028sep\u2029para", "line sep para"},
		{"e\u0301 ok", "e\u0301 ok"},
		{"&#27;[2J", "[2J"},
		{"&#x1B;]52;c;aGk=&#7;", "]52;c;aGk="},
		{"&#X1b;", ""},
		{"&#0027;", ""},
		{"&#155;31m", "31m"},
		{"&#x202E;rev", "rev"},
		{"&zwj;&zwnj;&rlm;&lrm;&ZeroWidthSpace;&NoBreak;&InvisibleTimes;", ""},
		{"&&#8203;#27;[31m", "[31m"}, // removing one reference makes another: it goes too
		{"&&&#8203;#8203;#27;", ""},
		{"&amp; &lt; &copy; &#65; &#x1F600; &#0; &unknown; &#99999999;", "&amp; &lt; &copy; &#65; &#x1F600; &#0; &unknown; &#99999999;"},
		{"AT&T; R&D", "AT&T; R&D"},
		{"unterminated \x1b]52;c;bm90IGNsb3NlZA==", "unterminated "},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Deeply nested references cannot make sanitize loop: past a few rounds
// the rest is replaced by U+FFFD, which joins nothing.
func TestSanitizeNestedReferences(t *testing.T) {
	in := ""
	for range 12 {
		in = "&" + in + "&#8203;#27;"
	}
	got := sanitize(in)
	if dropUnsafe := sanitize(got); dropUnsafe != got {
		t.Errorf("sanitize is not idempotent: %q then %q", got, dropUnsafe)
	}
	if _, found := replaceUnsafeRefs(got, ""); found {
		t.Errorf("an unsafe reference is left in %q", got)
	}
}

// Invisible characters go; joiners and selectors stay where they join or
// select, and emoji sequences stay as written (the screen takes apart the
// uneven ones: termsafe.EvenWidths).
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
		{"family, as written", "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466"},
		{"rainbow flag, as written", "\U0001F3F3\ufe0f\u200d\U0001F308", "\U0001F3F3\ufe0f\u200d\U0001F308"},
		{"heart with VS16", "\u2764\ufe0f", "\u2764\ufe0f"},
		{"keycap", "1\ufe0f\u20e3", "1\ufe0f\u20e3"},
		{"skin tone", "\U0001F44D\U0001F3FD", "\U0001F44D\U0001F3FD"},
		{"skin tone on a letter", "a\U0001F3FD", "a\U0001F3FD"},
		{"skin tone alone", "\U0001F3FD", "\U0001F3FD"},
		{"woman technologist", "\U0001F469\u200d\U0001F4BB", "\U0001F469\u200d\U0001F4BB"},
		{"heart on fire", "\u2764\ufe0f\u200d\U0001F525", "\u2764\ufe0f\u200d\U0001F525"},
		{"flag", "\U0001F1EF\U0001F1F5", "\U0001F1EF\U0001F1F5"},
		{"a lone regional indicator, as written", "\U0001F1EF\U0001F1F5\U0001F1EF", "\U0001F1EF\U0001F1F5\U0001F1EF"},
		{"emoji with VS16, the same width", "\U0001F44D\ufe0f", "\U0001F44D\ufe0f"},
		{"subdivision flag (its tags are invisible)", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", "\U0001F3F4"},
		{"Hindi", "\u0939\u093f\u0928\u094d\u0926\u0940", "\u0939\u093f\u0928\u094d\u0926\u0940"},
	} {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("%s: sanitize(%+q) = %+q, want %+q", tt.name, tt.in, got, tt.want)
		}
	}
}
