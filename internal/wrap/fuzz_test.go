package wrap_test

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// FuzzLines wraps anything at any width: nothing panics, and text within
// the wrapper's contract (valid UTF-8 whose only controls are "\n", "\t"
// and the ESC of escape sequences) passes every check of check_test.go.
// Hanging, JoinBroken and CutLeft get the same input.
//
//	go test -run '^$' -fuzz FuzzLines ./internal/wrap/
func FuzzLines(f *testing.F) {
	f.Add(mixed, 24)
	f.Add("The new agreement replaces exclusivity with a multi-cloud framework (P11; N07).", 20)
	f.Add("\x1b[1mbold text that \x1b[31mwraps\x1b[m around", 10)
	f.Add("「Azure」ああ。ちょっと", 5)
	f.Add("👨\u200d👩\u200d👧 cafe\u0301 🇯🇵 👋🏽", 2)
	f.Add("  indent\n\n\tx\u3000y\u00a0z", 3)
	f.Add("https://example.com/a/very/long/path e.g.2019 50-50 27–28", 7)
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		f.Add(randomText(rng, 30, true), 1+rng.IntN(60))
	}
	f.Fuzz(func(t *testing.T, s string, width int) {
		width = 1 + abs(width)%200
		lines := wrap.Lines(s, width)
		_ = wrap.Hanging(s, width, "• ", "  ")
		_ = wrap.CutLeft(wrap.JoinBroken(strings.Split(s, "\n")), width%5)
		if !inContract(s) {
			return
		}
		if err := wraptest.Check(s, width, lines); err != nil {
			t.Fatalf("width %d, input %q:\n%v\nout: %q", width, s, err, lines)
		}
	})
}

func abs(n int) int {
	if n < 0 {
		if n == -n { // the smallest int
			return 0
		}
		return -n
	}
	return n
}

// inContract tells text the program may give the wrapper: valid UTF-8,
// no control character but "\n", "\t" and ESC (C1 controls and the rest
// are stripped before), escape sequences that are whole, and fewer than
// 256 of them (past that, a pen may fold styles inexactly: style.go).
func inContract(s string) bool {
	if !utf8.ValidString(s) || strings.Count(s, "\x1b") >= 256 {
		return false
	}
	for _, r := range s {
		if unicode.IsControl(r) && r != '\n' && r != '\t' && r != 0x1b {
			return false
		}
	}
	return wellFormedEscapes(s)
}

// wellFormedEscapes tells text whose every ESC starts a whole escape
// sequence: a well-formed CSI or an OSC ended by ST.
func wellFormedEscapes(s string) bool {
	for i := strings.IndexByte(s, 0x1b); i >= 0; i = strings.IndexByte(s, 0x1b) {
		s = s[i+1:]
		switch {
		case strings.HasPrefix(s, "["):
			if !wellFormedCSI(s[1:]) {
				return false
			}
		case strings.HasPrefix(s, "]"):
			if !strings.Contains(s, "\x1b\\") {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// wellFormedCSI tells a CSI sequence (after its ESC [) that has an
// optional private marker first, then digits, ";" and ":", then
// intermediates, then its final byte.
func wellFormedCSI(s string) bool {
	j := 0
	if j < len(s) && strings.IndexByte("<=>?", s[j]) >= 0 {
		j++
	}
	for j < len(s) && (s[j] >= '0' && s[j] <= '9' || s[j] == ';' || s[j] == ':') {
		j++
	}
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	return j < len(s) && s[j] >= 0x40 && s[j] <= 0x7e
}
