package termsafe

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// Frame keeps text and SGR and drops everything else, whole.
func TestFrame(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain\ntext", "plain\ntext"},
		{"\x1b[1;38;2;1;2;3mbold\x1b[m", "\x1b[1;38;2;1;2;3mbold\x1b[m"},
		{"a\x1b]8;id=1;https://evil.example\x1b\\link\x1b]8;;\x1b\\b", "alinkb"},
		{"a\x1b]52;c;aGk=\x07b", "ab"},
		{"a\x1b]2;title\x1b\\b", "ab"},
		{"a\x1bP+q544e\x1b\\b", "ab"},
		{"a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"a\x1b[2J\x1b[Hb", "ab"},
		{"a\x1b[>4;1mb", "ab"},
		{"a\x1bcb", "ab"},
		{"a\u202eb\u200bc\u2066d", "abcd"},
		{"a\u009b31mb", "a31mb"},
		{"tab\there\r\x07\x00", "tabhere"},
		{"富士通 ● │ … — ▸ 🙂", "富士通 ● │ … — ▸ 🙂"},
		{"e\u0301", "e\u0301"},
	}
	for _, tt := range tests {
		if got := Frame(tt.in); got != tt.want {
			t.Errorf("Frame(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if why := onlySGR(Frame(tt.in)); why != "" {
			t.Errorf("Frame(%q): %s", tt.in, why)
		}
	}
	// A clean frame is returned as it is, not copied.
	v := strings.Repeat("\x1b[1;38;5;62m╭─ Timeline ─╮\x1b[m 富士通 ● e\u0301\n", 40)
	if g := Frame(v); g != v || unsafe.StringData(g) != unsafe.StringData(v) {
		t.Error("a clean frame was changed or copied")
	}
}

// onlySGR reports the first escape sequence that is not SGR, control
// character other than newline, or unsafe character in s.
func onlySGR(s string) string {
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			n := SGRLen(s[i:])
			if n == 0 {
				return fmt.Sprintf("escape sequence %q at byte %d", s[i:min(i+12, len(s))], i)
			}
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '\n' && IsUnsafe(r) {
			return fmt.Sprintf("%U at byte %d", r, i)
		}
		i += size
	}
	return ""
}
