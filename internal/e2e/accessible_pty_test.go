//go:build integration && linux

package e2e

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// dialogue drives the accessible mode a line at a time, as a person at
// the terminal types: each command, then enter; a "More" prompt on the
// way gets enter.
type dialogue struct {
	r *ptyRun
}

// joined is the output with its line ends taken out, so that a prompt
// wrapped inside Japanese text is found whole.
func (d *dialogue) joined() string {
	return strings.ReplaceAll(d.r.output(), "\r\n", "")
}

// say types a command and waits until the output shows want once more.
func (d *dialogue) say(cmd, want string) {
	d.r.t.Helper()
	seen := strings.Count(d.joined(), want)
	more := func() int {
		return strings.Count(d.joined(), "More: ") + strings.Count(d.joined(), "続きがあります。")
	}
	answered := more()
	d.r.send(cmd + "\r")
	deadline := time.Now().Add(ptyDeadline)
	for strings.Count(d.joined(), want) <= seen {
		if n := more(); n > answered {
			d.r.send("\r")
			answered = n
		}
		select {
		case <-d.r.exited:
			// Its last lines may still be on their way from the
			// terminal when the exit is seen: read them first.
			d.r.settle()
			if strings.Count(d.joined(), want) <= seen {
				d.r.t.Fatalf("dealtui exited before %q; output:\n%s", want, tail(d.r.output(), 2000))
			}
			return
		default:
		}
		if time.Now().After(deadline) {
			d.r.t.Fatalf("waited %v for %q after %q; output:\n%s", ptyDeadline, want, cmd, tail(d.r.output(), 2000))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// checkAccessibleBytes fails on anything but plain lines in what the
// program wrote to its terminal: no escape sequence at all (so no
// alternate screen, cursor movement, erasing or SGR, NO_COLOR or not), no
// control but the line end, no box-drawing or block character, and no
// line of its own wider than the terminal.
func checkAccessibleBytes(t *testing.T, out string, width int) {
	t.Helper()
	for i, r := range out {
		if why := notPlainByte(r); why != "" {
			t.Fatalf("%s %U at byte %d, after %q", why, r, i, out[max(i-40, 0):i])
		}
	}
	for _, l := range strings.Split(out, "\r\n") {
		if isPrompt(l) {
			continue // the prompt, and what was typed after it
		}
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("a line of %d columns on a terminal of %d: %q", w, width, l)
		}
	}
}

// notPlainByte says what a character is that plain lines have not.
func notPlainByte(r rune) string {
	switch {
	case r == '\r' || r == '\n':
	case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		return "control"
	case r >= 0x2500 && r <= 0x259f:
		return "box drawing or block character"
	}
	return ""
}

// isPrompt reports a line that holds a prompt, in either language.
func isPrompt(l string) bool {
	for _, p := range []string{"(h for help): ", "（hでヘルプ）：", "More: ", "続きがあります。"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// dealtui --accessible in a pseudo-terminal: issue 21's session (the
// menu, Deal changes, item 3, its sources, back, a search for SoftBank,
// its first result, the tour's steps 1 to 3, quit), answered in plain
// lines that follow the terminal's width, paged at its height, with the
// tty left as it was.
func TestAccessiblePty(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	for _, tc := range []struct {
		name          string
		width, height int
		env           []string
		args          []string
		prompts       []string
	}{
		{"flag, 80x24, colour terminal", 80, 24, baseEnv(), []string{"--accessible"}, []string{
			"Menu. Command (h for help): ",
			"Deal changes, list of 10 items. Command (h for help): ",
			"Deal changes, item 3 of 10. Command (h for help): ",
			"Sources of “Where OpenAI may sell”. Command (h for help): ",
			"Back to Deal changes, item 3 of 10",
			"Search results for “SoftBank”, 11 found. Command (h for help): ",
			"Japan, item 2 of 6. Command (h for help): ",
			"Tour, step 1 of 13. Enter for the next step",
			"Tour, step 2 of 13. Enter for the next step",
			"Tour, step 3 of 13. Enter for the next step",
			"Goodbye.",
		}},
		{"ACCESSIBLE, Japanese, 60x20, NO_COLOR", 60, 20, baseEnv("ACCESSIBLE=1", "NO_COLOR=1"), []string{"--lang", "ja"}, []string{
			"メニュー。コマンド（hでヘルプ）：",
			"合意内容の変化、10項目の一覧。コマンド（hでヘルプ）：",
			"合意内容の変化、10項目中3番目。コマンド（hでヘルプ）：",
			"」の出典。コマンド（hでヘルプ）：",
			"に戻りました。",
			"「SoftBank」の検索結果（11件）。コマンド（hでヘルプ）：",
			"日本への影響、6項目中2番目。コマンド（hでヘルプ）：",
			"ツアー、ステップ1/13。",
			"ツアー、ステップ2/13。",
			"ツアー、ステップ3/13。",
			"終了します。",
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			r := startPty(t, bin, tc.width, tc.height, tc.env, tc.args...)
			r.waitText(strings.TrimSpace(tc.prompts[0]))
			d := &dialogue{r: r}
			for i, cmd := range []string{"2", "3", "s", "b", "/SoftBank", "1", "t", "", "", "q"} {
				d.say(cmd, tc.prompts[i+1])
			}
			if code := r.wait(); code != 0 {
				t.Errorf("exit code %d; stderr:\n%s", code, r.errOutput())
			}
			out := r.output()
			checkAccessibleBytes(t, out, tc.width)
			if !strings.Contains(out, "More: ") && !strings.Contains(out, "続きがあります。") {
				t.Error("no answer was paged, though the item is longer than the terminal")
			}
			r.checkTTY()
		})
	}
}
