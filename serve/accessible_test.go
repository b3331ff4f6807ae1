package serve

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/content"
	"github.com/dealtui/dealtui/internal/testkit/sshterm"
	"github.com/dealtui/dealtui/model"
)

// The prompts of the walk menu → Deal changes → its third item → quit,
// in each language, after the first (the menu's).
var (
	walkEnglish = []string{
		"Menu. Command (h for help): ",
		"Deal changes, list of 10 items. Command (h for help): ",
		"Deal changes, item 3 of 10. Command (h for help): ",
		"Goodbye.",
	}
	walkJapanese = []string{
		"メニュー。コマンド（hでヘルプ）：",
		"合意内容の変化、10項目の一覧。コマンド（hでヘルプ）：",
		"合意内容の変化、10項目中3番目。コマンド（hでヘルプ）：",
		"終了します。",
	}
	walkCommands = []string{"2", "3", "q"}
)

// morePrompts are the accessible mode's "more" prompts: an answer longer
// than the terminal stops at one.
var morePrompts = []string{"More: ", "続きがあります。"}

// startEditions starts a server with the English and Japanese editions.
func startEditions(t *testing.T, change func(*Config)) *testServer {
	t.Helper()
	ja, err := model.Load(content.Pack("ja"))
	if err != nil {
		t.Fatal(err)
	}
	return startServer(t, func(c *Config) {
		c.Editions = map[model.Lang]*model.Story{model.English: c.Story, model.Japanese: ja}
		if change != nil {
			change(c)
		}
	})
}

// lineDialogue drives an accessible session over SSH as a person at a
// terminal does: a command, then enter, and enter at each "more" prompt
// on the way to the answer.
type lineDialogue struct {
	t *testing.T
	s *sshterm.Session
}

// joined is what the server wrote, its line ends taken out, so that a
// prompt wrapped inside Japanese text is found whole.
func joined(raw []byte) string {
	return strings.NewReplacer("\r\n", "", "\n", "").Replace(string(raw))
}

func countMore(text string) int {
	n := 0
	for _, p := range morePrompts {
		n += strings.Count(text, p)
	}
	return n
}

// waitFor waits until want is in the output once more than seen times.
func (d *lineDialogue) waitFor(want string, seen int) {
	d.t.Helper()
	answered := countMore(joined(d.s.Raw()))
	_, err := d.s.WaitRaw(func(raw []byte) bool {
		text := joined(raw)
		if n := countMore(text); n > answered {
			answered = n
			go func() { _, _ = d.s.Type("\r") }()
		}
		return strings.Count(text, want) > seen
	}, wait)
	if err != nil {
		d.t.Fatalf("waiting for %q: %v\nthe output:\n%s", want, err, tailOf(string(d.s.Raw()), 2000))
	}
}

// say types a command and waits for want once more.
func (d *lineDialogue) say(cmd, want string) {
	d.t.Helper()
	seen := strings.Count(joined(d.s.Raw()), want)
	if _, err := d.s.Type(cmd + "\r"); err != nil {
		d.t.Fatal(err)
	}
	d.waitFor(want, seen)
}

func tailOf(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// checkPlainLines fails on anything but plain lines ended by CR LF in
// what an accessible session with a terminal sent: no escape sequence at
// all (so no alternate screen, ESC[?1049h, no cursor positioning or
// erasing, no SGR), no other control, no line feed without its carriage
// return, and no box-drawing or block character (U+2500–U+259F).
func checkPlainLines(t *testing.T, raw []byte) {
	t.Helper()
	text := string(raw)
	for _, seq := range []string{"\x1b[?1049h", "\x1b[H", "\x1b[2J", "\x1b[K", "\x1b[0m", "\x1b[m"} {
		if strings.Contains(text, seq) {
			t.Errorf("the output holds %q", seq)
		}
	}
	for i, r := range text {
		switch {
		case r == '\n' && (i == 0 || text[i-1] != '\r'):
			t.Fatalf("a line feed without a carriage return at byte %d, after %q", i, text[max(i-40, 0):i])
		case r == '\r' || r == '\n':
		case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
			t.Fatalf("control %U at byte %d, after %q", r, i, text[max(i-40, 0):i])
		case r >= 0x2500 && r <= 0x259f:
			t.Fatalf("box drawing or block character %U at byte %d, after %q", r, i, text[max(i-40, 0):i])
		}
	}
}

// A session that asks for the accessible mode, in its command line
// (ssh -t HOST accessible, with a language or not) or with ACCESSIBLE in
// its environment, gets plain lines instead of the explorer, in its
// language: the menu, a pane, an item (paged at the terminal's height),
// quit, and exit status 0.
func TestAccessibleOverSSH(t *testing.T) {
	t.Parallel()
	ts := startEditions(t, nil)
	t.Run("walks", func(t *testing.T) { walkAccessible(t, ts) })
	if n := metricValue(t, ts.Server, `dealtui_sessions_total{kind="accessible"}`); n != 5 {
		t.Errorf("dealtui_sessions_total{kind=\"accessible\"} is %v, want 5", n)
	}
}

func walkAccessible(t *testing.T, ts *testServer) {
	for _, c := range []struct {
		name       string
		cols, rows int
		opts       sshterm.Options
		prompts    []string
	}{
		{"ssh -t HOST accessible, 80x24", 80, 24, sshterm.Options{Command: "accessible"}, walkEnglish},
		{"ACCESSIBLE=1, 100x30", 100, 30, sshterm.Options{Env: map[string]string{"ACCESSIBLE": "1"}}, walkEnglish},
		{"ssh -t HOST accessible ja, 60x20", 60, 20, sshterm.Options{Command: "accessible ja"}, walkJapanese},
		{"ssh -t HOST ja accessible, LANG=en_GB.UTF-8", 80, 24, sshterm.Options{Command: "ja accessible", Env: map[string]string{"LANG": "en_GB.UTF-8"}}, walkJapanese},
		{"ACCESSIBLE=1, LANG=ja_JP.UTF-8", 80, 24, sshterm.Options{Env: map[string]string{"ACCESSIBLE": "yes", "LANG": "ja_JP.UTF-8"}}, walkJapanese},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			c.opts.KeepRaw = true
			s, err := sshterm.Open(ts.dial(t), c.cols, c.rows, c.opts)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(s.Close)
			d := &lineDialogue{t: t, s: s}
			d.waitFor(c.prompts[0], 0)
			for i, cmd := range walkCommands {
				d.say(cmd, c.prompts[i+1])
			}
			status, err := s.Wait(wait)
			if err != nil || status != 0 || s.Stderr() != "" {
				t.Errorf("status %d, %v, stderr %q", status, err, s.Stderr())
			}
			raw := s.Raw()
			checkPlainLines(t, raw)
			if countMore(joined(raw)) == 0 {
				t.Error("no answer was paged, though the item is longer than the terminal")
			}
			if bytes.Contains(raw, []byte(title)) == (c.prompts[0] == walkJapanese[0]) {
				t.Errorf("the story's title in the wrong language:\n%s", tailOf(string(raw), 2000))
			}
		})
	}
}

// ssh HOST accessible without a terminal reads commands from its input,
// a line at a time, and answers in plain lines ended by LF, not paged,
// what was typed not echoed.
func TestAccessibleWithoutTerminal(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	sess.Stdin = strings.NewReader(strings.Join(walkCommands, "\n") + "\n")
	status, err := sshterm.ExitStatus(sess.Run("accessible"))
	if err != nil || status != 0 || errOut.Len() != 0 {
		t.Fatalf("status %d, %v, stderr %q", status, err, errOut.String())
	}
	text := out.String()
	for _, want := range walkEnglish {
		if !strings.Contains(text, want) {
			t.Errorf("the output lacks %q:\n%s", want, tailOf(text, 2000))
		}
	}
	if strings.Contains(text, "\r") || strings.Contains(text, "\x1b") || countMore(text) != 0 {
		t.Errorf("a CR, an escape or a \"more\" prompt without a terminal:\n%s", tailOf(text, 2000))
	}
	if strings.Contains(text, "Command (h for help): 2\n") {
		t.Error("the command typed is echoed, without a terminal")
	}
	if !strings.HasSuffix(text, "Goodbye.\n") {
		t.Errorf("the output ends %q", tailOf(text, 200))
	}
}

// accessibleIdle is the idle timeout of the tests of an accessible
// session's limits: the session must open and answer within it, which the
// race detector can slow to 0.5 s.
func accessibleIdle() time.Duration {
	if raceDetector {
		return time.Second
	}
	return 500 * time.Millisecond
}

// An accessible session is ended by --idle-timeout after its last
// command, as an explorer is, and not while commands are typed; the
// client is told why, and the exit status is 0.
func TestAccessibleIdleTimeout(t *testing.T) {
	t.Parallel()
	idle := accessibleIdle()
	ts := startServer(t, func(c *Config) { c.IdleTimeout = idle })
	s := openAccessible(t, ts)
	start := time.Now()
	for time.Since(start) < 2*idle {
		if _, err := s.Type("m\r"); err != nil {
			t.Fatalf("the session ended while commands were typed, after %v", time.Since(start))
		}
		select {
		case <-s.Ended():
			t.Fatalf("the session ended while commands were typed every %v, after %v", idle/4, time.Since(start))
		case <-time.After(idle / 4):
		}
	}
	status, err := s.Wait(wait)
	if err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
	if want := "dealtui: closed after " + idle.String() + " without a key press\r\n"; !strings.HasSuffix(s.Stderr(), want) {
		t.Errorf("stderr %q, want it to end with %q", s.Stderr(), want)
	}
	eventually(t, "the log says the session ended idle", func() bool { return strings.Contains(ts.log.String(), "ended_by=idle") })
}

// --max-session ends an accessible session however busy.
func TestAccessibleMaxSession(t *testing.T) {
	t.Parallel()
	limit := 2 * accessibleIdle()
	ts := startServer(t, func(c *Config) { c.MaxSession = limit })
	s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{Command: "accessible"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	tick := time.NewTicker(limit / 8)
	defer tick.Stop()
	for busy := true; busy; {
		select {
		case <-s.Ended():
			busy = false
		case <-tick.C:
			_, _ = s.Type("m\r")
		}
	}
	status, err := s.Wait(wait)
	if err != nil || status != 0 || !strings.Contains(s.Stderr(), "a session lasts at most "+limit.String()) {
		t.Fatalf("status %d, %v, stderr %q", status, err, s.Stderr())
	}
}

// openAccessible opens an accessible session at 80×24 on its own
// connection and waits for its first prompt.
func openAccessible(t *testing.T, ts *testServer) *sshterm.Session {
	t.Helper()
	s, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{Command: "accessible", KeepRaw: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	(&lineDialogue{t: t, s: s}).waitFor(walkEnglish[0], 0)
	return s
}

// A drain tells an accessible session that the server is restarting, on
// a line of its own, and ends it at the end of the grace with the line
// that says why.
func TestDrainEndsAnAccessibleSession(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := openAccessible(t, ts)
	drained := make(chan struct{})
	go func() {
		ts.Drain(500 * time.Millisecond)
		close(drained)
	}()
	if _, err := s.WaitRaw(func(raw []byte) bool {
		return bytes.Contains(raw, []byte("(h for help): \r\nThe server is restarting: this session ends within 1s. Connect again in a moment.\r\n"))
	}, wait); err != nil {
		t.Fatalf("%v\n%q", err, tailOf(string(s.Raw()), 300))
	}
	status, err := s.Wait(wait)
	if err != nil || status != 0 || !strings.HasSuffix(s.Stderr(), "dealtui: the server is restarting; connect again in a moment\r\n") {
		t.Errorf("status %d, %v, stderr %q", status, err, s.Stderr())
	}
	select {
	case <-drained:
	case <-time.After(wait):
		t.Fatal("Drain did not return")
	}
}

// A MiB of commands in one write does not hold an accessible session: it
// is dropped but for the budgets' worth, and the q typed after it ends the
// session.
func TestAccessibleCommandFlood(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := openAccessible(t, ts)
	flood := strings.Repeat("m\r", 1<<19) // the menu: no answer to page
	start, err := s.Type(flood + "q\r")
	if err != nil {
		t.Fatal(err)
	}
	status, err := s.Wait(wait)
	t.Logf("ended %v after the flood was written", time.Since(start).Round(time.Millisecond))
	if err != nil || status != 0 {
		t.Fatalf("status %d, %v; the output ends:\n%s", status, err, tailOf(string(s.Raw()), 500))
	}
	raw := string(s.Raw())
	if n := strings.Count(raw, "Goodbye."); n != 1 {
		t.Errorf("%d goodbyes", n)
	}
	// Of 524,288 commands, the budgets let through tens.
	if n := strings.Count(raw, walkEnglish[0]); n > 1000 {
		t.Errorf("%d commands of the flood were answered", n)
	}
	if n := metricValue(t, ts.Server, "dealtui_input_dropped_bytes_total"); n < 1<<19 {
		t.Errorf("dealtui_input_dropped_bytes_total is %v, want at least half the flood", n)
	}
	if n := metricValue(t, ts.Server, "dealtui_input_dropped_events_total"); n < 1 {
		t.Errorf("dealtui_input_dropped_events_total is %v: no line was dropped", n)
	}
	t.Logf("%d commands of the flood answered", strings.Count(raw, walkEnglish[0])-1)
}

func TestReaderArgs(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		args []string
		want readerAsks
		ok   bool
	}{
		{nil, readerAsks{}, true},
		{[]string{"ja"}, readerAsks{lang: model.Japanese}, true},
		{[]string{"accessible"}, readerAsks{accessible: true}, true},
		{[]string{"accessible", "ja"}, readerAsks{lang: model.Japanese, accessible: true}, true},
		{[]string{"en", "accessible"}, readerAsks{lang: model.English, accessible: true}, true},
		{[]string{"print"}, readerAsks{}, false},
		{[]string{"accessible", "print"}, readerAsks{}, false},
		{[]string{"Accessible"}, readerAsks{}, false},
		{[]string{"--accessible"}, readerAsks{}, false},
		{[]string{"tour"}, readerAsks{tour: true}, true},
		{[]string{"ja", "tour", "accessible"}, readerAsks{lang: model.Japanese, accessible: true, tour: true}, true},
		{[]string{"tour", "print"}, readerAsks{}, false},
	} {
		got, ok := readerArgs(c.args)
		if got != c.want || ok != c.ok {
			t.Errorf("readerArgs(%q) = %+v, %v; want %+v, %v", c.args, got, ok, c.want, c.ok)
		}
	}
	for _, c := range []struct {
		args, env []string
		pty       bool
		want      string
	}{
		{nil, nil, true, kindExplorer},
		{nil, []string{"ACCESSIBLE=1"}, true, kindAccessible},
		{nil, []string{"ACCESSIBLE="}, true, kindExplorer},
		{nil, []string{"ACCESSIBLE=1"}, false, kindText}, // ssh HOST > story.txt
		{[]string{"accessible"}, nil, false, kindAccessible},
		{[]string{"accessible"}, nil, true, kindAccessible},
		{[]string{"print"}, []string{"ACCESSIBLE=1"}, true, kindCommand},
	} {
		if got, _ := sessionKind(c.args, c.env, c.pty); got != c.want {
			t.Errorf("sessionKind(%q, %q, pty %v) = %s, want %s", c.args, c.env, c.pty, got, c.want)
		}
	}
}
