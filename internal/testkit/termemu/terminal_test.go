package termemu

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	uv "github.com/charmbracelet/ultraviolet"
	"github.com/charmbracelet/x/ansi"
)

// The screen follows what Bubble Tea's renderer (Ultraviolet's
// TerminalRenderer, set up as for the alternate screen) writes: after each
// frame, its text is the frame's. The frames move lines up and down
// (scrolling optimisations), change a few cells (cursor moves, erases,
// repeats) and hold wide characters.
func TestTermFollowsTheRenderer(t *testing.T) {
	const w, h = 60, 16
	rng := rand.New(rand.NewPCG(3, 4))
	words := []string{"deal", "Microsoft", "OpenAI", "──────", "●", "○", "日本", "富士通", "→", "2032", "  ", "aaaaaaa", "·"}
	line := func() string {
		var b strings.Builder
		for ansi.StringWidth(b.String()) < w-8 {
			word := words[rng.IntN(len(words))]
			if rng.IntN(3) == 0 {
				word = fmt.Sprintf("\x1b[1;38;2;%d;100;200m%s\x1b[m", rng.IntN(255), word)
			}
			b.WriteString(word + " ")
		}
		return ansi.Truncate(b.String(), w, "")
	}
	frame := make([]string, h)
	for i := range frame {
		frame[i] = line()
	}
	var out bytes.Buffer
	scr := uv.NewTerminalRenderer(&out, []string{"TERM=xterm-256color"})
	scr.SetColorProfile(colorprofile.TrueColor)
	scr.SetScrollOptim(true)
	scr.SetFullscreen(true)
	scr.SetRelativeCursor(false)
	scr.EnterAltScreen()
	buf := uv.NewScreenBuffer(w, h)
	term := NewTerm(w, h)
	for step := range 200 {
		switch rng.IntN(4) {
		case 0: // scroll up
			n := 1 + rng.IntN(3)
			frame = append(frame[n:], frame[:n]...)
			for i := h - n; i < h; i++ {
				frame[i] = line()
			}
		case 1: // scroll down
			n := 1 + rng.IntN(3)
			frame = append(frame[h-n:], frame[:h-n]...)
			for i := range n {
				frame[i] = line()
			}
		case 2: // a few lines change
			for range 1 + rng.IntN(3) {
				frame[rng.IntN(h)] = line()
			}
		default: // a blank line
			frame[rng.IntN(h)] = ""
		}
		buf.Clear()
		uv.NewStyledString(strings.Join(frame, "\n")).Draw(buf, buf.Bounds())
		scr.Render(buf.RenderBuffer)
		if err := scr.Flush(); err != nil {
			t.Fatal(err)
		}
		_, _ = term.Write(out.Bytes())
		out.Reset()
		want := make([]string, h)
		for i, l := range frame {
			want[i] = strings.TrimRight(ansi.Strip(l), " ")
		}
		if got := term.Screen(); got != strings.Join(want, "\n") {
			t.Fatalf("step %d: the screen differs from the frame\ngot:\n%s\nwant:\n%s", step, got, strings.Join(want, "\n"))
		}
	}
}

// Every query Bubble Tea, Lip Gloss and dealtui send is answered at once,
// during the Write that carries it; none waits on x/vt's answer pipe (which
// nothing reads: a query answered there would block Write for ever).
func TestTermAnswersQueries(t *testing.T) {
	term := NewTerm(80, 24)
	var answers []string
	term.Reply = func(a string) { answers = append(answers, a) }
	_, _ = term.Write([]byte("\x1b[?1049h\x1b[?2026$p\x1b[?2027$p\x1b[?1049$p\x1b[?2004$p\x1b[4$p\x1b]11;?\x07\x1b]10;?\x1b\\\x1b]12;?\x07" +
		"\x1b[c\x1b[>c\x1b[>0q\x1b[5n\x1b[6n\x1b[?6n\x1bP+q544e\x1b\\\x1b[?2048h\x1b[?u"))
	term.Resize(100, 30) // with 2048 refused, x/vt reports no size
	want := []string{"\x1b[?2026;2$y", "\x1b[?2027;0$y", "\x1b[?1049;1$y", "\x1b[?2004;2$y", "\x1b[4;0$y",
		"\x1b]11;rgb:0000/0000/0000\x1b\\", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\", "\x1b]12;rgb:ffff/ffff/ffff\x1b\\",
		"\x1b[?62;22c", "\x1b[>1;10;0c", "\x1bP>|termemu(1)\x1b\\", "\x1b[0n", "\x1b[1;1R", "\x1b[?1;1;1R", "\x1bP0+r\x1b\\"}
	if strings.Join(answers, "|") != strings.Join(want, "|") {
		t.Fatalf("answers %q,\nwant %q", answers, want)
	}
	if term.KittyFlags() != 0 {
		t.Fatal("a terminal that does not speak the kitty protocol kept its flags")
	}
}

// Output drawn for a taller screen (scroll margins past the bottom, then
// a scroll) makes x/vt v0.1.0 panic; the terminal starts again blank and
// shows what comes next.
func TestTermSurvivesMarginsPastTheScreen(t *testing.T) {
	term := NewTerm(80, 30)
	if _, err := term.Write([]byte("\x1b[1;125r\x1b[22T")); err != nil {
		t.Fatal(err)
	}
	_, _ = term.Write([]byte("\x1b[Hafter"))
	if got := term.Line(0); got != "after" {
		t.Errorf("line 0 is %q after the bad scroll, want %q", got, "after")
	}
}
