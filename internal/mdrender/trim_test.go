package mdrender

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestTrimRightStyled(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{"plain   ", "plain"},
		{"\x1b[1mbold\x1b[m   ", "\x1b[1mbold\x1b[m"},
		{"\x1b[1mbold   \x1b[m", "\x1b[1mbold\x1b[m"},
		{"\x1b[38;5;252m文字\x1b[0m\x1b[38;5;252m \x1b[0m \x1b[0m", "\x1b[38;5;252m文字\x1b[0m\x1b[38;5;252m\x1b[0m\x1b[0m"},
		{"   ", ""},
		{"", ""},
		{"a b", "a b"},
		{"\x1b[", "\x1b["},
	} {
		if got := trimRightStyled(c.in); got != c.want {
			t.Errorf("trimRightStyled(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// The same text as the slow way (strip, then truncate to the width of the
// trimmed text) on every line Glamour draws for the story.
func TestTrimRightStyledAsTruncate(t *testing.T) {
	for _, md := range []string{"- a list item that runs on\n- another\n\n> quoted  \n\nA paragraph, **bold** and *em*."} {
		lines, err := glamourRender(md, 30, Dark)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			padded := l + "\x1b[38;5;252m   \x1b[0m"
			plain := ansi.Strip(padded)
			want := strings.TrimRight(plain, " ")
			if got := ansi.Strip(trimRightStyled(padded)); got != want {
				t.Errorf("%q: got %q, want %q", padded, got, want)
			}
		}
	}
}
