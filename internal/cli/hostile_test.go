package cli

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

const hostilePack = "../../testdata/packs/hostile"

// hostilePayloads are the data parts of the pack's control sequences:
// sequences are removed whole, so these never show either.
var hostilePayloads = []string{"ZWNobyBwd25lZA==", "pwned", "+q544e", "Gf=100", "c1title", "bm90IGNsb3NlZA=="}

// terminalUnsafe reports, byte by byte, the first thing in s that a
// terminal would act on: any escape (there is no styling in print), a C0
// control other than newline, DEL, a C1 control, a bidirectional or
// invisible character, or a byte that is not UTF-8.
func terminalUnsafe(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c < 0x20 && c != '\n') || c == 0x7f {
				return fmt.Sprintf("control %#02x at byte %d: %q", c, i, s[max(i-20, 0):min(i+20, len(s))])
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Sprintf("invalid UTF-8 at byte %d", i)
		}
		if termsafe.IsUnsafe(r) {
			return fmt.Sprintf("character %U at byte %d: %q", r, i, s[max(i-20, 0):min(i+20, len(s))])
		}
		i += size
	}
	return ""
}

// dealtui print over a pack whose every field carries terminal controls:
// text and Markdown come out byte for byte free of them, JSON too (its
// escapes would be harmless, but there is nothing left to escape), and
// the output is kept as golden files so that any change in what is
// stripped shows in review. Regenerate with go test -run TestHostilePrint -update.
func TestHostilePrint(t *testing.T) {
	for _, format := range model.Formats() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "--content", hostilePack, "print", "--format", format)
			if code != exitOK || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if why := terminalUnsafe(out); why != "" {
				t.Errorf("print --format %s: %s", format, why)
			}
			if format == "json" {
				var v any
				if err := json.Unmarshal([]byte(out), &v); err != nil {
					t.Fatal(err)
				}
				var all []string
				collect(&all, v)
				if why := terminalUnsafe(strings.Join(all, "\n")); why != "" {
					t.Errorf("a decoded JSON string: %s", why)
				}
				if strings.Contains(out, `\u00`) {
					t.Errorf("JSON escapes a control: %q", out[strings.Index(out, `\u00`)-20:][:40])
				}
			}
			for _, p := range hostilePayloads {
				if strings.Contains(out, p) {
					t.Errorf("the payload %q of a control sequence is in the output", p)
				}
			}
			golden.RequireEqual(t, out)
		})
	}
}

func collect(out *[]string, v any) {
	switch x := v.(type) {
	case string:
		*out = append(*out, x)
	case []any:
		for _, e := range x {
			collect(out, e)
		}
	case map[string]any:
		for k, e := range x {
			*out = append(*out, k)
			collect(out, e)
		}
	}
}

// dealtui without a terminal over the hostile pack prints the same clean
// text as print.
func TestHostileWithoutTerminal(t *testing.T) {
	_, text, _ := runCLI(t, "--content", hostilePack, "print")
	code, out, errOut := runCLI(t, "--content", hostilePack)
	if code != exitOK || errOut != "" || out != text {
		t.Errorf("exit %d, stderr %q, same as print: %v", code, errOut, out == text)
	}
}

// Output that is not a terminal is plain text whatever the switches say
// (termcap.Profile decides: internal/termcap's tests).
func TestNoColourWhenNotATerminal(t *testing.T) {
	t.Setenv("CLICOLOR_FORCE", "1")
	t.Setenv("NO_COLOR", "")
	for _, args := range [][]string{nil, {"print"}, {"print", "--format", "markdown"}} {
		_, out, _ := runCLI(t, args...)
		if strings.Contains(out, "\x1b") {
			t.Errorf("dealtui %v with CLICOLOR_FORCE=1 wrote an escape sequence", args)
		}
	}
}
