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

// Messages show controls escaped, so a person can find and fix them.
func TestVisible(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain\nlines\tand tabs", "plain\nlines\tand tabs"},
		{"富士通", "富士通"},
		{"a\x1b]0;x\x07b", `a\x1b]0;x\x07b`},
		{"a\u202eb", `a\u202eb`},
		{"a\u009bb", `a\x9bb`},
		{"a\xffb", `a\xffb`},
		{"a\U000E0041b", `a\U000e0041b`},
		{"a\x00b\x7f", `a\x00b\x7f`},
	}
	for _, tt := range tests {
		if got := Visible(tt.in); got != tt.want {
			t.Errorf("Visible(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
