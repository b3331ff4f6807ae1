//go:build integration

package e2e

import (
	"fmt"
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
}

func newTmux(t *testing.T, w, h int, env ...string) *tmuxSession {
	t.Helper()
	needtool.Path(t, "tmux")
	s := &tmuxSession{t: t, socket: fmt.Sprintf("dealtui-e2e-%d-%d", os.Getpid(), time.Now().UnixNano())}
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

func (s *tmuxSession) screen() string {
	s.t.Helper()
	return s.run("capture-pane", "-p", "-t", "e2e")
}

// waitFor waits until every text is on the screen, and returns the screen.
func (s *tmuxSession) waitFor(texts ...string) string {
	s.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		screen := s.screen()
		missing := ""
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				missing = text
				break
			}
		}
		if missing == "" {
			return screen
		}
		if time.Now().After(deadline) {
			s.t.Fatalf("waited 10s for %q; the screen is:\n%s", missing, screen)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

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

// Each size and theme starts, shows the story and quits cleanly.
func TestEndToEndSizesAndThemes(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	cases := []struct {
		w, h int
		env  []string
		args string
		want []string
	}{
		{80, 24, nil, "", []string{"1 Timeline", "▸ Timeline"}},
		{200, 50, nil, "--theme light", []string{"● article", "○ background", "▸ Timeline", "Reader"}},
		{100, 30, []string{"NO_COLOR=1"}, "--pane deal", []string{"▸ Deal changes", "changed"}},
		{30, 10, nil, "", []string{"Terminal too small", "need 40×12, have 30×10"}},
	}
	for _, c := range cases {
		t.Run(fmt.Sprintf("%dx%d %s %v", c.w, c.h, c.args, c.env), func(t *testing.T) {
			t.Parallel()
			s := newTmux(t, c.w, c.h, c.env...)
			s.send(bin+" "+c.args+"; echo exit=$?", "Enter")
			s.waitFor(c.want...)
			s.send("q")
			s.waitFor("exit=0")
		})
	}
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
	s.waitFor("Stopped", "sh>")
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
	s.waitFor("Stopped", "sh>")
	s.send("fg", "Enter")
	s.waitFor("▸ Deal changes", "q quit")
	s.send("q")
	s.send("echo after-$((40+2))", "Enter")
	s.waitFor("after-42")
}

// Reading as a person would, at 80×24 then 60×20: the deal table shows
// before and after; a second search starts empty and two words find items
// with both; following a link and coming back returns to the same item and
// place; the help scrolls to "quit"; the footer keeps "q quit".
func TestEndToEndReading(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	s := newTmux(t, 80, 24)
	s.send(bin+"; echo exit=$?", "Enter")
	s.waitFor("1 Timeline", "q quit")
	s.send("2")
	s.waitFor("Before", "After", "Exclusivity", "Licence to")

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

	s.send("1", "Enter", "j", "j", "j", "Right", "Enter")
	s.waitFor("▸ Source", "Cited by")
	s.send("Escape")
	s.waitFor("▸ Reader", "P01 · P02 · P04 · P06 · P11", "27 April 2026")

	s.send("?")
	s.waitFor("Panes")
	s.send("G")
	s.waitFor("quit, from anywhere")
	s.send("Escape")
	s.waitFor("▸ Reader") // the help is closed (a lone esc takes 50 ms)
	lines := strings.Split(strings.TrimRight(s.screen(), "\n"), "\n")
	if footer := lines[len(lines)-1]; !strings.Contains(footer, "q quit") {
		t.Errorf("the footer at 80×24 hides q: %q", footer)
	}
	s.send("q")
	s.waitFor("exit=0")
}
