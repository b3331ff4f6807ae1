package serve

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"time"

	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

func guarded(t testing.TB, in string, maxSeq, maxPaste int) string {
	t.Helper()
	out, err := io.ReadAll(iotest.OneByteReader(newInputGuard(strings.NewReader(in), maxSeq, maxPaste)))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

// What a terminal sends passes unchanged.
func TestInputGuardPassesTerminalInput(t *testing.T) {
	t.Parallel()
	for _, in := range []string{
		"hello, q",
		"\x1b[A\x1b[B\x1bOP\x1b[1;5C\x1b\x1b[D",  // arrows, F1, ctrl+right, alt+left
		"\x1b[<0;10;20M\x1b[<0;10;20m",           // SGR mouse
		"\x1b[97;5:1u",                           // kitty keyboard
		"\x1b]11;rgb:ffff/ffff/ffff\x1b\\",       // background colour answer (ST)
		"\x1b]11;rgb:0000/0000/0000\x07",         // … (BEL)
		"\x1b[?2026;2$y",                         // mode report
		"\x1bP1+r436f=1\x1b\\",                   // XTGETTCAP answer
		"\x1b[200~pasted\x1b[201~text",           // a paste
		"\x1b[200~a\x1b[20 not the end\x1b[201~", // a paste with an ESC inside
		"\x1b",                                   // a lone escape
		"日本語 ✓",
	} {
		if got := guarded(t, in, 64, 64); got != in {
			t.Errorf("%q became %q", in, got)
		}
	}
}

// Over-long sequences and pastes are ended and cut; what follows them
// passes.
func TestInputGuardCutsWhatNeverEnds(t *testing.T) {
	t.Parallel()
	big := strings.Repeat("x", 10000)
	for _, c := range []struct {
		in, want string
		maxSeq   int
	}{
		{"\x1b]11;" + big + "\x07q", "\x1b]11;" + strings.Repeat("x", 27) + "\x1b\\q", 32},
		{"\x1bP" + big + "\x1b\\q", "\x1bP" + strings.Repeat("x", 30) + "\x1b\\q", 32},
		{"\x1b[" + strings.Repeat("1", 100) + "mq", "\x1b[" + strings.Repeat("1", 30) + "~q", 32},
		{"\x1b[200~" + big + "\x1b[201~q", "\x1b[200~" + strings.Repeat("x", 64) + "\x1b[201~q", 32},
		{"\x1b[" + strings.Repeat("1;", 40) + "mq", "\x1b[" + strings.Repeat("1;", 16) + "1~q", 256},
		{"\x1bP" + strings.Repeat("1;", 40) + "q\x1b\\q", "\x1bP" + strings.Repeat("1;", 16) + "1\x1b\\q", 256},
		{"\x1b]0;" + big + "\x1b[Aq", "\x1b]0;" + strings.Repeat("x", 28) + "\x1b\\\x1b[Aq", 32}, // ESC ends a string
	} {
		if got := guarded(t, c.in, c.maxSeq, 64); got != c.want {
			t.Errorf("%.40q…\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

// The decoder our input goes through panics on a CSI or DCS with more
// than 32 parameters: one line from a client would end the process (the
// reader runs on a goroutine of its own, without recover). This test
// documents it; if it fails, x/ansi has been fixed and maxParams can go.
func TestUpstreamDecoderPanicsOnManyParameters(t *testing.T) {
	t.Parallel()
	for _, in := range []string{"\x1b[" + strings.Repeat("1;", 33) + "m", "\x1bP" + strings.Repeat("1;", 33) + "q\x1b\\"} {
		panicked := func() (p bool) {
			defer func() { p = recover() != nil }()
			parser := ansi.GetParser()
			defer ansi.PutParser(parser)
			b, state := []byte(in), byte(0)
			for len(b) > 0 {
				_, _, n, ns := ansi.DecodeSequence(b, state, parser)
				b, state = b[n:], ns
			}
			return false
		}()
		if !panicked {
			t.Errorf("DecodeSequence(%.20q…) no longer panics: has x/ansi been fixed? Then maxParams can go", in)
		}
	}
}

// Whatever a client sends, through the guard the terminal reader neither
// panics nor holds more than the limits.
func FuzzInputGuard(f *testing.F) {
	for _, s := range []string{
		"q", "\x1b[A", "\x1b[<0;1;1M", "\x1b]11;rgb:0/0/0\x07", "\x1b[200~x\x1b[201~",
		"\x1b[" + strings.Repeat("1;", 40) + "m", "\x1bP" + strings.Repeat("1:", 40) + "q",
		"\x1b[>" + strings.Repeat("9;", 35) + "c", "\x1b[?" + strings.Repeat(":", 40) + "u",
		"\x1b_" + strings.Repeat("1;", 40) + "\x1b\\", "\x1b[1;2;3_", "\x1bP\x1b[1;1;1",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out := guarded(t, string(in), 256, 1024)
		if len(out) > len(in)+8 {
			t.Fatalf("%d bytes in, %d out", len(in), len(out))
		}
		rd := uv.NewTerminalReader(newInputGuard(bytes.NewReader(in), 256, 1024), "xterm-256color")
		events := make(chan uv.Event)
		done := make(chan error, 1)
		go func() { done <- rd.StreamEvents(context.Background(), events) }()
		timeout := time.After(10 * time.Second) // a hang, not a budget
		for {
			select {
			case <-events:
			case <-done:
				return
			case <-timeout:
				t.Fatalf("the reader did not end at the end of its input %q", in)
			}
		}
	})
}
