//go:build integration

package e2e

import (
	"fmt"
	"image/color"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// tmuxSession is a real terminal: a tmux server of its own, a shell in it.
type tmuxSession struct {
	t      *testing.T
	socket string
	width  int
}

func newTmux(t *testing.T, w, h int, env ...string) *tmuxSession {
	t.Helper()
	needtool.Path(t, "tmux")
	s := &tmuxSession{t: t, width: w, socket: fmt.Sprintf("dealtui-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
	args := []string{"new-session", "-d", "-s", "e2e", "-x", fmt.Sprint(w), "-y", fmt.Sprint(h)}
	for _, e := range env {
		args = append(args, "-e", e)
	}
	args = append(args, "env", "PS1=sh> ", "sh")
	s.run(args...)
	t.Cleanup(func() { _ = exec.Command("tmux", "-L", s.socket, "kill-server").Run() })
	s.waitFor("sh>")
	return s
}

func (s *tmuxSession) run(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", s.socket}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (s *tmuxSession) send(keys ...string) {
	s.t.Helper()
	s.run(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

// screen is the terminal's text as a reader reads it: a no-break space
// (which holds "gains" to who gains in the deal rows) is a space.
func (s *tmuxSession) screen() string {
	s.t.Helper()
	return strings.ReplaceAll(s.run("capture-pane", "-p", "-t", "e2e"), "\u00a0", " ")
}

// waitFor waits until every text is on the screen, and returns the screen.
func (s *tmuxSession) waitFor(texts ...string) string {
	s.t.Helper()
	missing := ""
	return s.waitUntil(func(screen string) bool {
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				missing = fmt.Sprintf("%q", text)
				return false
			}
		}
		return true
	}, &missing)
}

// waitDeadline is how long a screen state is waited for: long, as a
// loaded machine can take seconds to start a program or draw a frame; a
// test that passes waits only as long as the state takes to show.
const waitDeadline = 30 * time.Second

// waitUntil waits until ok holds for the screen, and returns the screen.
// what says what is waited for, when the wait fails; ok may set it.
func (s *tmuxSession) waitUntil(ok func(screen string) bool, what *string) string {
	s.t.Helper()
	deadline := time.Now().Add(waitDeadline)
	for {
		screen := s.screen()
		if ok(screen) {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waited %v for %s; the screen is:\n%s", waitDeadline, *what, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// waitStyleChange does something that changes the screen's text or only
// its styles (a selection moving), and waits until it has.
func (s *tmuxSession) waitStyleChange(do func()) {
	s.t.Helper()
	styled := func() string { return s.run("capture-pane", "-p", "-e", "-t", "e2e") }
	before := styled()
	do()
	deadline := time.Now().Add(waitDeadline)
	for styled() == before {
		if time.Now().After(deadline) {
			s.t.Fatalf("waited %v for the screen or its styles to change; the screen is:\n%s", waitDeadline, s.screen())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// settled is the screen once two captures a moment apart agree: a frame
// drawn whole, not one tmux is still taking in.
func (s *tmuxSession) settled() string {
	s.t.Helper()
	last := s.screen()
	what := "the screen to settle"
	return s.waitUntil(func(screen string) bool {
		same := screen == last
		last = screen
		return same
	}, &what)
}

// waitChange waits until the screen is no longer before, and returns it.
func (s *tmuxSession) waitChange(before string) string {
	s.t.Helper()
	what := "the screen to change"
	return s.waitUntil(func(screen string) bool { return screen != before }, &what)
}

// frame captures the screen with its styles, cell by cell.
func (s *tmuxSession) frame() *frame {
	s.t.Helper()
	return parseFrame(s.run("capture-pane", "-p", "-e", "-N", "-t", "e2e"), s.width)
}

// lines is the screen's lines.
func lines(screen string) []string { return strings.Split(strings.TrimRight(screen, "\n"), "\n") }

// A person starts dealtui, moves through the panes, searches, opens the
// help and quits, and gets their shell back as it was.
func TestEndToEndInTmux(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 120, 40)
	s.send("echo before-dealtui", "Enter")
	s.waitFor("before-dealtui\nsh>")

	s.send(bin+"; echo exit=$?", "Enter")
	screen := s.waitFor("Microsoft and OpenAI end exclusivity", "1 Timeline", "2 Deal changes", "3 Japan", "4 Wider impact", "▸ Timeline")
	if strings.Contains(screen, "before-dealtui") {
		t.Error("the explorer did not take the alternate screen")
	}
	for _, step := range []struct{ key, want string }{
		{"2", "▸ Deal changes"},
		{"3", "▸ Japan"},
		{"4", "▸ Wider impact"},
		{"1", "▸ Timeline"},
		{"Tab", "▸ Reader"},
		{"Tab", "▸ Deal changes"},
		{"BTab", "▸ Reader"},
		{"BTab", "▸ Timeline"},
	} {
		s.send(step.key)
		s.waitFor(step.want)
	}

	s.send("/")
	s.waitFor("Search results")
	s.send("-l", "SoftBank")
	s.waitFor("SoftBank Group", "1 of ")
	s.send("Enter")
	screen = s.waitFor("▸ Japan", "SoftBank Group", "SB OpenAI Japan")
	if strings.Contains(screen, "Search results") {
		t.Error("enter did not leave the search")
	}

	s.send("?")
	s.waitFor("previous pane", "esc")
	s.send("?")
	s.waitFor("▸ Japan")

	s.send("q")
	screen = s.waitFor("exit=0", "before-dealtui")
	if strings.Contains(screen, "Microsoft and OpenAI end exclusivity") {
		t.Errorf("the explorer's frame is still on the screen after q:\n%s", screen)
	}
	// The terminal is usable: the shell echoes what is typed.
	s.send("echo after-dealtui", "Enter")
	s.waitFor("after-dealtui\nsh>")
}

// Each size and theme starts, shows the story in the colours asked for,
// and quits cleanly.
func TestEndToEndSizesAndThemes(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	cases := []struct {
		w, h int
		env  []string
		args string
		want []string
		// text is drawn on a dark background (light text), a light one
		// (dark text), or without colour ("none").
		text string
	}{
		{80, 24, nil, "", []string{"1 Timeline", "▸ Timeline", "● from the article"}, "dark"},
		{200, 50, nil, "--theme light", []string{"● from the article", "○ background", "▸ Timeline", "Reader"}, "light"},
		{100, 30, []string{"NO_COLOR=1"}, "--pane deal", []string{"▸ Deal changes", "changed · gains OpenAI"}, "none"},
		{30, 10, nil, "", []string{"Terminal too small", "need 40×12, have 30×10"}, ""},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%dx%d %s %v", c.w, c.h, c.args, c.env), func(t *testing.T) {
			t.Parallel()
			s := newTmux(t, c.w, c.h, c.env...)
			s.send(bin+" "+c.args+"; echo exit=$?", "Enter")
			s.waitFor(c.want...)
			if c.text != "" {
				checkTextColours(t, s.frame(), c.text)
			}
			s.send("q")
			s.waitFor("exit=0")
		})
	}
}

// checkTextColours checks the colour of the first list row's title (the
// row under the pane's heading): light on a dark background, dark on a
// light one, none at all without colour.
func checkTextColours(t *testing.T, f *frame, want string) {
	t.Helper()
	y, x := f.find("▸ ", 0, len(f.rows))
	if y < 0 {
		t.Fatalf("no pane heading on the screen:\n%s", f)
	}
	row := f.rows[y+1]
	for x < len(row) && strings.Contains(" ▸●○", row[x].ch) {
		x++
	}
	st := row[x].st
	got := "none"
	switch {
	case st.Fg == nil && st.Bg == nil:
	case st.Fg != nil && luminance(st.Fg) > 0.5:
		got = "dark"
	case st.Fg != nil:
		got = "light"
	default:
		got = "a background only"
	}
	if got != want {
		t.Errorf("the text %q is drawn for a %s background (%s), want %s:\n%s", f.textIn(y+1, x, len(row)), got, styleOf(st), want, f)
	}
	for yy, r := range f.rows {
		for _, c := range r {
			if want == "none" && (c.st.Fg != nil || c.st.Bg != nil) {
				t.Fatalf("a colour under NO_COLOR (%s), row %d: %q", styleOf(c.st), yy, f.text(yy))
			}
		}
	}
}

// luminance is a colour's relative luminance, 0 (black) to 1 (white).
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	return (0.2126*float64(r) + 0.7152*float64(g) + 0.0722*float64(b)) / 0xffff
}

// ctrl+z stops the explorer as a shell job with the terminal given back;
// fg brings it back, redrawn, and it still quits cleanly. The same for a
// SIGTSTP sent from outside.
func TestEndToEndSuspend(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 100, 30)
	s.send(bin, "Enter")
	s.waitFor("1 Timeline", "q quit")
	s.send("C-z")
	s.waitPrompt(1)
	s.send("fg", "Enter")
	s.waitFor("1 Timeline", "q quit")
	s.send("2")
	s.waitFor("▸ Deal changes")
	// Only this test's explorer: the child of the pane's shell (other
	// tests run the same binary at the same time).
	shell := strings.TrimSpace(s.run("list-panes", "-t", "e2e", "-F", "#{pane_pid}"))
	out, err := exec.Command("pkill", "-TSTP", "-P", shell).CombinedOutput()
	if err != nil {
		t.Fatalf("pkill -TSTP -P %s: %v\n%s", shell, err, out)
	}
	s.waitPrompt(2)
	s.send("fg", "Enter")
	s.waitFor("▸ Deal changes", "q quit")
	s.send("q")
	s.waitPrompt(2)
	s.send("echo after-$((40+2))", "Enter")
	s.waitFor("after-42")
}

// waitPrompt waits until the shell has reported stopped jobs times and
// prompts again, on the main screen: the job is stopped or ended, and
// what is typed now goes to the shell. (The main screen shows the shell's
// earlier lines as soon as the explorer leaves the alternate screen,
// before it stops: keys typed then would go to the explorer.)
func (s *tmuxSession) waitPrompt(stopped int) {
	s.t.Helper()
	what := fmt.Sprintf("the shell's prompt after %d stopped jobs", stopped)
	s.waitUntil(func(screen string) bool {
		ls := lines(screen)
		return strings.Count(screen, "Stopped") == stopped && strings.TrimSpace(ls[len(ls)-1]) == "sh>"
	}, &what)
}

// Reading as a person would, at 80×24: the deal terms show before and
// after; a second search starts empty and two words find items
// with both; following a link and coming back returns to the same item and
// place; the help scrolls to "quit"; the footer keeps "q quit".
func TestEndToEndReading(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 80, 24)
	s.send(bin+"; echo exit=$?", "Enter")
	s.waitFor("1 Timeline", "q quit")
	s.send("2")
	// At 80 columns each term stacks its before and after under its
	// title, its status on the title's line.
	s.waitFor("▸ Exclusivity", "changed · gains OpenAI", "┃   before ", "┃   after  ", "Licence to OpenAI's IP")

	s.send("/")
	s.send("-l", "Azure")
	s.waitFor("1 of ")
	s.send("Enter")
	s.send("/")
	screen := s.waitFor("words to find")
	if strings.Contains(screen, "/ Azure") {
		t.Error("the second search did not start empty")
	}
	s.send("-l", "licence 2032")
	s.waitFor("1 of ", "Licence to OpenAI")
	s.send("Escape")
	s.waitFor("q quit") // the search box is closed (a lone esc takes 50 ms)

	// → selects the first link in view (M7); enter follows it; [ comes
	// back to the same item, at the same place.
	s.send("1", "Enter", "j", "j", "j")
	s.waitFor("Timeline · 6/9 · Multi-partnership framework", "7%")
	s.waitStyleChange(func() { s.send("Right") })
	placed := s.settled()
	s.send("Enter")
	if title := lines(s.waitChange(placed))[3]; strings.Contains(title, "Multi-partnership framework") {
		t.Errorf("enter on a link did not open it: %q", title)
	}
	s.send("[")
	what := "the item and place the link was followed from"
	s.waitUntil(func(screen string) bool { return screen == placed }, &what)

	s.send("?")
	s.waitFor("Panes")
	s.send("G")
	s.waitFor("quit, from anywhere")
	s.send("Escape")
	s.waitUntil(func(screen string) bool { return screen == placed }, &what) // the help is closed (a lone esc takes 50 ms)
	ls := lines(s.screen())
	if footer := ls[len(ls)-1]; !strings.Contains(footer, "q quit") {
		t.Errorf("the footer at 80×24 hides q: %q", footer)
	}
	s.send("q")
	s.waitFor("exit=0")
}
