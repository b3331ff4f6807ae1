//go:build integration

package e2e

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
)

// explore starts dealtui with args and env in a w×h tmux, and waits
// until its first frame shows ready (by default the footer's "q quit").
// env is given to dealtui's command rather than to the tmux session,
// whose pane's TERM tmux sets.
func explore(t *testing.T, w, h int, env []string, args string, ready ...string) *tmuxSession {
	t.Helper()
	bin := plainBinary(t)
	s := newTmux(t, w, h)
	cmd := bin + " " + args + "; echo exit=$?"
	if len(env) > 0 {
		cmd = "env '" + strings.Join(env, "' '") + "' " + cmd
	}
	s.send(cmd, "Enter")
	if len(ready) == 0 {
		ready = []string{"q quit"}
	}
	s.waitFor(ready...)
	return s
}

// typeText types text as it is (tmux send-keys -l).
func (s *tmuxSession) typeText(text string) {
	s.t.Helper()
	s.send("-l", text)
}

// settledFrame is the screen with its styles once two captures a moment
// apart agree.
func (s *tmuxSession) settledFrame() *frame {
	s.t.Helper()
	styled := func() string { return s.run("capture-pane", "-p", "-e", "-N", "-t", "e2e") }
	last := styled()
	what := "the styled screen to settle"
	s.waitUntil(func(string) bool {
		now := styled()
		same := now == last
		last = now
		return same
	}, &what)
	return parseFrame(last, s.width)
}

// waitFrame waits until ok holds for the styled screen, and returns it.
func (s *tmuxSession) waitFrame(what string, ok func(f *frame) bool) *frame {
	s.t.Helper()
	var f *frame
	s.waitUntil(func(string) bool {
		f = s.frame()
		return ok(f)
	}, &what)
	return f
}

// checkBoxes fails the test when a box on the frame is broken (a side or
// corner out of place) or a row runs into a box's right side.
func checkBoxes(t *testing.T, f *frame) []box {
	t.Helper()
	boxes, bad := f.boxes()
	if len(boxes) == 0 {
		bad = append(bad, "no box at all")
	}
	for _, b := range boxes {
		for _, row := range f.unpadded(b) {
			bad = append(bad, "no blank column before the right side: "+row)
		}
	}
	if len(bad) > 0 {
		t.Fatalf("the frame's boxes:\n%s\nthe frame:\n%s", strings.Join(bad, "\n"), f)
	}
	return boxes
}

// readerBox is the focused box: the one whose heading row starts with
// the focus marker.
func readerBox(t *testing.T, f *frame, boxes []box) box {
	t.Helper()
	for _, b := range boxes {
		if strings.HasPrefix(f.inner(b, b.top+1), "▸ ") {
			return b
		}
	}
	t.Fatalf("no focused box on the screen:\n%s", f)
	return box{}
}

// readThrough pages the focused reader from where it is to its end
// (until a page down changes nothing), checking every frame's boxes on
// the way, and returns the reader's lines below its heading, each once.
func readThrough(t *testing.T, s *tmuxSession) []string {
	t.Helper()
	var all []string
	prev := ""
	for range 80 {
		f := s.settledFrame()
		if screen := f.String(); screen == prev {
			return all
		} else {
			prev = screen
		}
		b := readerBox(t, f, checkBoxes(t, f))
		var page []string
		for y := b.top + 2; y < b.bottom; y++ {
			page = append(page, f.inner(b, y))
		}
		all = joinPages(all, page)
		s.send("PageDown")
		s.sync()
	}
	t.Fatalf("80 pages down never reached the reader's end:\n%s", s.screen())
	return nil
}

// sync returns once dealtui has handled every key sent before: it opens
// the help and closes it again (keys are handled in order), waiting for
// each. For the English explorer.
func (s *tmuxSession) sync() {
	s.t.Helper()
	s.send("?")
	s.waitFor("▸ Keys")
	s.send("?")
	what := "the help to close"
	s.waitUntil(func(screen string) bool { return !strings.Contains(screen, "▸ Keys") }, &what)
}

// joinPages appends a page of lines to those read before, less the
// lines the two have in common (a page down can keep some in view).
func joinPages(all, page []string) []string {
	for k := min(len(all), len(page)); k > 0; k-- {
		if slices.Equal(all[len(all)-k:], page[:k]) {
			return append(all, page[k:]...)
		}
	}
	return append(all, page...)
}

// footer is the screen's last line.
func footer(screen string) string {
	ls := lines(screen)
	return ls[len(ls)-1]
}

// listed is an item as dealtui items --format json lists it.
type listed struct {
	ID, Pane, Kind, Title string
}

// listedItems runs dealtui items --format json (in this process: the same
// code as the binary).
func listedItems(t *testing.T, args ...string) []listed {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"items", "--format", "json"}, args...)...)
	if code != 0 {
		t.Fatalf("dealtui items: exit %d: %s", code, errOut)
	}
	var items []listed
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("dealtui items --format json: %v\n%s", err, out)
	}
	return items
}

// inPane gives the items of one pane, in order.
func inPane(items []listed, pane string) []listed {
	var out []listed
	for _, it := range items {
		if it.Pane == pane {
			out = append(out, it)
		}
	}
	return out
}
