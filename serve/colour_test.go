package serve

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

var sgr = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// colours lists the kinds of colour the SGR sequences of out set: "16"
// (30–37, 40–47, 90–97, 100–107), "256" (38;5 / 48;5) and "rgb" (38;2 /
// 48;2).
func colours(out []byte) []string {
	kinds := map[string]bool{}
	for _, m := range sgr.FindAllSubmatch(out, -1) {
		sgrColours(strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == ';' || r == ':' }), kinds)
	}
	var list []string
	for k := range kinds {
		list = append(list, k)
	}
	slices.Sort(list)
	return list
}

// sgrColours adds the kinds of colour one SGR's parameters set.
func sgrColours(ps []string, kinds map[string]bool) {
	for i := 0; i < len(ps); i++ {
		n, _ := strconv.Atoi(ps[i])
		switch {
		case (n == 38 || n == 48) && i+1 < len(ps) && ps[i+1] == "5":
			kinds["256"] = true
			i += 2
		case (n == 38 || n == 48) && i+1 < len(ps) && ps[i+1] == "2":
			kinds["rgb"] = true
			i += 4
		case n >= 30 && n <= 37, n >= 40 && n <= 47, n >= 90 && n <= 97, n >= 100 && n <= 107:
			kinds["16"] = true
		}
	}
}

// settled opens an explorer, waits for the screen to answer the
// background query, presses 2 and waits for its frame: the answer came
// before the key, so it has been read by then. It gives everything the
// server sent.
func settled(t *testing.T, ts *testServer, o sshterm.Options) []byte {
	t.Helper()
	o.KeepRaw = true
	s := ts.explorer(t, 100, 30, o)
	if o.Env["NO_COLOR"] == "" && o.Term != "dumb" { // without colour there is no theme to ask for
		if err := s.WaitAnswered(wait); err != nil {
			t.Fatal(err)
		}
	}
	s.Type("2")
	if _, err := s.WaitText("▸ Deal changes", wait); err != nil {
		t.Fatal(err)
	}
	return s.Raw()
}

// Each session's colours follow its client: the profile from TERM and
// COLORTERM, none with NO_COLOR or TERM=dumb.
func TestColourFollowsTheClient(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	for _, c := range []struct {
		name string
		o    sshterm.Options
		ok   func(kinds []string) bool
		want string
	}{
		{"truecolor", sshterm.Options{Env: map[string]string{"COLORTERM": "truecolor"}},
			func(k []string) bool { return slices.Contains(k, "rgb") }, "24-bit colours"},
		{"256", sshterm.Options{},
			func(k []string) bool { return slices.Contains(k, "256") && !slices.Contains(k, "rgb") }, "256 colours, no 24-bit ones"},
		{"16", sshterm.Options{Term: "xterm"},
			func(k []string) bool { return slices.Equal(k, []string{"16"}) }, "16 colours only"},
		{"NO_COLOR", sshterm.Options{Env: map[string]string{"NO_COLOR": "1", "COLORTERM": "truecolor"}},
			func(k []string) bool { return len(k) == 0 }, "no colour"},
		{"dumb", sshterm.Options{Term: "dumb"},
			func(k []string) bool { return len(k) == 0 }, "no colour"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := colours(settled(t, ts, c.o)); !c.ok(got) {
				t.Fatalf("colours %v, want %s", got, c.want)
			}
		})
	}
}

// The theme follows the client's answer to the background-colour query:
// light on a light background; dark on a dark one, and when the answer is
// malformed or missing.
func TestThemeFollowsTheBackgroundAnswer(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	const darkAccent, lightAccent = "38;2;165;148;255", "38;2;91;63;217" // #A594FF, #5B3FD9
	truecolor := map[string]string{"COLORTERM": "truecolor"}
	for _, c := range []struct {
		name  string
		o     sshterm.Options
		light bool
	}{
		{"light", sshterm.Options{Background: "rgb:ffff/ffff/ffff"}, true},
		{"dark", sshterm.Options{Background: "rgb:0000/0000/0000"}, false},
		{"malformed", sshterm.Options{Answer: "\x1b]11;rgb:zz/\x07"}, false},
		{"other answer", sshterm.Options{Answer: "\x1b[?1;2c"}, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.o.Env = truecolor
			raw := string(settled(t, ts, c.o))
			if got := strings.Contains(raw, lightAccent); got != c.light {
				t.Errorf("light accent in the output: %v, want %v", got, c.light)
			}
			if !c.light && !strings.Contains(raw, darkAccent) {
				t.Error("not dark: the theme when the answer is dark, odd or missing")
			}
		})
	}
}

// Of what a client sends, the program sees COLORTERM, COLORFGBG,
// NO_COLOR, ACCESSIBLE, LANG and LC_* only, short and printable; TERM
// comes with the pty request.
func TestClientEnv(t *testing.T) {
	t.Parallel()
	got := clientEnv([]string{
		"PATH=/evil", "LD_PRELOAD=/x.so", "HOME=/root", "TERM=vt100", "TERM_PROGRAM=x", "SSH_TTY=/dev/pts/9",
		"COLORTERM=truecolor", "NO_COLOR=1", "LANG=ja_JP.UTF-8", "LC_ALL=C.UTF-8", "LC_\x1b[31m=x",
		"COLORTERM=24bit", "LC_CTYPE=" + strings.Repeat("x", 200), "LANG=\x1b]0;t\x07", "junk",
		"ACCESSIBLE=1", "ACCESSIBLE_X=1",
	})
	want := []string{"NO_COLOR=1", "LANG=ja_JP.UTF-8", "LC_ALL=C.UTF-8", "COLORTERM=24bit", "ACCESSIBLE=1"}
	if !slices.Equal(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	for _, c := range []struct{ in, want string }{
		{"xterm-256color", "xterm-256color"}, {"", "xterm-256color"}, {"screen.xterm+x_1", "screen.xterm+x_1"},
		{"x\x1b]0;t", "xterm-256color"}, {strings.Repeat("x", 65), "xterm-256color"},
	} {
		if got := clientTerm(c.in); got != c.want {
			t.Errorf("clientTerm(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
