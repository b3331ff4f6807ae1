//go:build integration && linux

package e2e

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/vt"
	"github.com/creack/pty"
	"github.com/dealtui/dealtui/internal/testkit/needtool"
	"golang.org/x/sys/unix"
)

// ptyRun is dealtui running in a pseudo-terminal whose other side is an
// emulated terminal (x/vt) that keeps the screen and the modes the
// program sets, and that, like a terminal that never answers, replies to
// none of its queries. Standard error is kept apart.
type ptyRun struct {
	t         *testing.T
	cmd       *exec.Cmd
	ptmx, tty *os.File
	ptmxFd    int // for ioctls: ptmx.Fd() would make reads blocking
	before    *unix.Termios

	mu     sync.Mutex
	out    bytes.Buffer // every byte written, for the few sequences x/vt does not model
	emu    *vt.Emulator
	modes  map[ansi.Mode]bool // DEC modes on now
	everOn map[ansi.Mode]bool // DEC modes the program ever turned on
	stderr bytes.Buffer
	exited chan struct{}
}

// baseEnv is a small, known environment: a 256-colour xterm with true
// colour, and whatever the variables given change (NAME= unsets NAME).
func baseEnv(changes ...string) []string {
	env := map[string]string{
		"PATH":      os.Getenv("PATH"),
		"HOME":      os.Getenv("HOME"),
		"TERM":      "xterm-256color",
		"COLORTERM": "truecolor",
		"LANG":      "C.UTF-8",
	}
	for _, c := range changes {
		k, v, _ := strings.Cut(c, "=")
		if v == "" && !strings.HasSuffix(c, "=\x00") {
			delete(env, k)
			continue
		}
		env[k] = strings.TrimSuffix(v, "\x00")
	}
	var out []string
	for k, v := range env {
		out = append(out, k+"="+v)
	}
	return out
}

// openPty opens a w×h pseudo-terminal. The master is non-blocking, read
// through Go's poller, so that closing it closes it at once (a blocked
// read would keep it open, and the terminal would never hang up).
func openPty(t *testing.T, w, h int) (ptmx *os.File, fd int, tty *os.File) {
	t.Helper()
	m, tty, err := pty.Open()
	if err != nil {
		needtool.Missing(t, "no pseudo-terminal: "+err.Error())
	}
	fd, err = unix.FcntlInt(m.Fd(), unix.F_DUPFD_CLOEXEC, 0)
	if err == nil {
		err = unix.SetNonblock(fd, true)
	}
	if err != nil {
		t.Fatal(err)
	}
	_ = m.Close()
	ptmx = os.NewFile(uintptr(fd), "/dev/ptmx")
	if err := unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, &unix.Winsize{Col: uint16(w), Row: uint16(h)}); err != nil {
		t.Fatal(err)
	}
	return ptmx, fd, tty
}

// resize sets the terminal's size; the kernel sends SIGWINCH.
func (r *ptyRun) resize(w, h int) {
	r.t.Helper()
	r.mu.Lock()
	r.emu.Resize(w, h)
	r.mu.Unlock()
	if err := unix.IoctlSetWinsize(r.ptmxFd, unix.TIOCSWINSZ, &unix.Winsize{Col: uint16(w), Row: uint16(h)}); err != nil {
		r.t.Fatal(err)
	}
}

// startPty starts bin in a w×h pseudo-terminal whose slave is its
// controlling terminal, standard input and output.
func startPty(t *testing.T, bin string, w, h int, env []string, args ...string) *ptyRun {
	t.Helper()
	return startPtyWith(t, bin, w, h, func(cmd *exec.Cmd, tty *os.File) {
		cmd.Args = append(cmd.Args, args...)
		cmd.Env = env
		cmd.Stdin, cmd.Stdout = tty, tty
		cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	})
}

// startPtyWith starts bin in a w×h pseudo-terminal, wired as set says
// (by default: no arguments, the base environment, a session of its own
// and the terminal on no standard stream).
func startPtyWith(t *testing.T, bin string, w, h int, set func(cmd *exec.Cmd, tty *os.File)) *ptyRun {
	t.Helper()
	ptmx, fd, tty := openPty(t, w, h)
	r := &ptyRun{t: t, ptmx: ptmx, ptmxFd: fd, tty: tty, exited: make(chan struct{}),
		emu: vt.NewEmulator(w, h), modes: map[ansi.Mode]bool{}, everOn: map[ansi.Mode]bool{}}
	r.emu.SetCallbacks(r.callbacks())
	go func(e *vt.Emulator) { _, _ = io.Copy(io.Discard, e) }(r.emu) // its answers go nowhere
	var err error
	if r.before, err = unix.IoctlGetTermios(int(tty.Fd()), unix.TCGETS); err != nil {
		t.Fatal(err)
	}
	r.cmd = exec.Command(bin)
	r.cmd.Env = baseEnv()
	r.cmd.Stderr = &lockedWriter{mu: &r.mu, w: &r.stderr}
	r.cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	set(r.cmd, tty)
	if err := r.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		buf := make([]byte, 64<<10)
		for {
			n, err := ptmx.Read(buf)
			r.mu.Lock()
			r.out.Write(buf[:max(n, 0)])
			r.emulate(buf[:max(n, 0)])
			r.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	go func() {
		_ = r.cmd.Wait()
		close(r.exited)
	}()
	t.Cleanup(func() {
		select {
		case <-r.exited:
		default:
			_ = r.cmd.Process.Kill()
			<-r.exited
		}
		_ = ptmx.Close()
		_ = tty.Close()
		// The emulator is not closed: x/vt v0.1.0's Close writes the flag
		// its Read reads, unguarded (a data race), so the goroutine that
		// drains its answers stays blocked until the test binary ends.
	})
	return r
}

type lockedWriter struct {
	mu *sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

func (r *ptyRun) output() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.out.String()
}

// emulate gives output to the emulated terminal. x/vt v0.1.0 panics on a
// scroll (CSI n T) of more lines than a region has, which frames drawn for
// the size before a resize can ask for (ultraviolet's
// Buffer.InsertLineArea does not clamp n): then the emulator starts again
// at the current size, as a terminal would be cleared, and the next full
// frame fills it. Called with r.mu held.
func (r *ptyRun) emulate(b []byte) {
	defer func() {
		if recover() != nil {
			w, h := r.emu.Width(), r.emu.Height()
			r.emu = vt.NewEmulator(w, h)
			r.emu.SetCallbacks(r.callbacks())
			go func(e *vt.Emulator) { _, _ = io.Copy(io.Discard, e) }(r.emu)
		}
	}()
	_, _ = r.emu.Write(b)
}

// callbacks keep the DEC modes the program turns on and off.
func (r *ptyRun) callbacks() vt.Callbacks {
	return vt.Callbacks{
		EnableMode:  func(m ansi.Mode) { r.modes[m], r.everOn[m] = true, true },
		DisableMode: func(m ansi.Mode) { delete(r.modes, m) },
	}
}

// screen is what the emulated terminal shows now, as text.
func (r *ptyRun) screen() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.emu.String()
}

func (r *ptyRun) errOutput() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.stderr.String()
}

// ptyDeadline is how long a test waits for a screen, an output or an
// exit before it fails: long, as a loaded machine with the race detector
// takes many seconds to draw and emulate a 1000×500 frame; a test that
// passes waits only as long as it must.
const ptyDeadline = 60 * time.Second

// waitText waits until the terminal's screen shows every text.
func (r *ptyRun) waitText(texts ...string) {
	r.t.Helper()
	deadline := time.Now().Add(ptyDeadline)
	ended := false
	for {
		plain := r.screen()
		missing := ""
		for _, s := range texts {
			if !strings.Contains(plain, s) {
				missing = s
				break
			}
		}
		if missing == "" {
			return
		}
		select {
		case <-r.exited:
			if ended {
				r.t.Fatalf("dealtui exited (%v) before showing %q; stderr:\n%s\nscreen:\n%s", r.cmd.ProcessState, missing, r.errOutput(), r.screen())
			}
			// Look once more when its last output has been read.
			ended = true
			r.settle()
			continue
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("waited %v for %q; the screen is:\n%s", ptyDeadline, missing, r.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// settle waits until nothing new has been written for a while.
func (r *ptyRun) settle() {
	last, quiet := -1, 0
	for quiet < 5 {
		time.Sleep(40 * time.Millisecond)
		n := len(r.output())
		if n == last {
			quiet++
		} else {
			last, quiet = n, 0
		}
	}
}

func (r *ptyRun) send(s string) {
	r.t.Helper()
	if _, err := r.ptmx.WriteString(s); err != nil {
		r.t.Fatal(err)
	}
}

// wait waits for dealtui to exit and returns its exit code.
func (r *ptyRun) wait() int {
	r.t.Helper()
	select {
	case <-r.exited:
	case <-time.After(ptyDeadline):
		_ = r.cmd.Process.Signal(syscall.SIGABRT) // the runtime prints every goroutine
		select {
		case <-r.exited:
		case <-time.After(5 * time.Second):
		}
		r.t.Fatalf("dealtui did not exit within %v; stderr:\n%s\noutput:\n%q", ptyDeadline, tail(r.errOutput(), 6000), tail(r.output(), 300))
	}
	r.settle()
	return r.cmd.ProcessState.ExitCode()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// rawModes are the terminal modes x/vt does not keep (keyboard protocols,
// the window title), read from the bytes: when the output turns one on, it
// must turn it off after the last time it did.
func rawModes() []struct {
	name     string
	set, off *regexp.Regexp
} {
	return []struct {
		name     string
		set, off *regexp.Regexp
	}{
		{"modifyOtherKeys", regexp.MustCompile(`\x1b\[>4;[12]m`), regexp.MustCompile(`\x1b\[>4m|\x1b\[>4;0m`)},
		{"kitty keyboard", regexp.MustCompile(`\x1b\[>[0-9]+u|\x1b\[=[0-9]+;[0-9]u`), regexp.MustCompile(`\x1b\[<[0-9]*u`)},
		{"window title (pushed, set, popped)", regexp.MustCompile(`\x1b\]2;[^\x07\x1b]+(\x07|\x1b\\)`), regexp.MustCompile(`\x1b\[23;0t`)},
	}
}

// decset matches a DEC private mode sequence that sets (h) or resets (l)
// mode n, alone or among others ("\x1b[?1002;1006h").
func decset(n int, final byte) *regexp.Regexp {
	return regexp.MustCompile(fmt.Sprintf(`\x1b\[\?(?:[0-9]+;)*%d(?:;[0-9]+)*%c`, n, final))
}

// checkRestored fails unless the emulated terminal is back as it was: the
// main screen, the cursor shown, every mode the program turned on off
// again, the title popped, and the tty's own modes as they were.
func (r *ptyRun) checkRestored() {
	r.t.Helper()
	r.mu.Lock()
	alt, hidden := r.emu.IsAltScreen(), r.emu.CursorHidden()
	var on []string
	for _, m := range offByDefault() {
		if r.modes[m] {
			on = append(on, fmt.Sprint(m))
		}
	}
	used := r.everOn[ansi.ModeAltScreenSaveCursor] || r.everOn[ansi.ModeAltScreen]
	r.mu.Unlock()
	if !used {
		r.t.Error("the program never took the alternate screen: the test proves nothing")
	}
	if alt || hidden || len(on) > 0 {
		r.t.Errorf("terminal not restored: alternate screen %v, cursor hidden %v, modes still on %v", alt, hidden, on)
	}
	out := r.output()
	for _, m := range rawModes() {
		sets := m.set.FindAllStringIndex(out, -1)
		if len(sets) == 0 {
			continue
		}
		last := sets[len(sets)-1][1]
		if m.off.FindStringIndex(out[last:]) == nil {
			r.t.Errorf("%s turned on and not off again; output after it:\n%q", m.name, tail(out[last:], 600))
		}
	}
	r.checkTTY()
}

// offByDefault are the modes a terminal starts with off, which a program
// that turns them on must turn off again.
func offByDefault() []ansi.Mode {
	return []ansi.Mode{
		ansi.ModeAltScreen, ansi.ModeAltScreenSaveCursor, ansi.ModeMouseNormal, ansi.ModeMouseButtonEvent,
		ansi.ModeMouseAnyEvent, ansi.ModeMouseExtSgr, ansi.ModeBracketedPaste, ansi.ModeFocusEvent,
		ansi.ModeUnicodeCore, ansi.ModeSynchronizedOutput,
	}
}

// checkTTY fails unless the tty's own modes are as they were.
func (r *ptyRun) checkTTY() {
	r.t.Helper()
	after, err := unix.IoctlGetTermios(int(r.tty.Fd()), unix.TCGETS)
	if err != nil {
		r.t.Fatal(err)
	}
	const lflags = unix.ECHO | unix.ICANON | unix.ISIG | unix.IEXTEN
	const iflags = unix.ICRNL | unix.IXON
	if after.Lflag&lflags != r.before.Lflag&lflags || after.Iflag&iflags != r.before.Iflag&iflags || after.Oflag&unix.OPOST != r.before.Oflag&unix.OPOST {
		r.t.Errorf("tty modes not restored: lflag %#x→%#x iflag %#x→%#x oflag %#x→%#x",
			r.before.Lflag, after.Lflag, r.before.Iflag, after.Iflag, r.before.Oflag, after.Oflag)
	}
}

// The terminal is restored however the explorer ends: q, ctrl+c (a key,
// as the terminal is in raw mode), SIGTERM, SIGHUP, SIGINT, and a panic on
// the event loop or in a command, with the right exit code; a panic also
// prints its message and stack. The binary is built with
// -tags dealtui_testpanic, which makes "!" and "@" panic.
func TestTerminalRestored(t *testing.T) {
	ptyTest(t)
	bin := stampedBinary(t)
	cases := []struct {
		name   string
		end    func(r *ptyRun)
		code   int
		stderr []string // what standard error must say; nothing when empty
	}{
		{"q", func(r *ptyRun) { r.send("q") }, 0, nil},
		{"ctrl+c", func(r *ptyRun) { r.send("\x03") }, 0, nil},
		{"ctrl+c in search", func(r *ptyRun) { r.send("/"); r.waitText("Search results"); r.send("\x03") }, 0, nil},
		{"SIGTERM", func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGTERM) }, 143, nil},
		{"SIGHUP", func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGHUP) }, 129, nil},
		{"SIGINT", func(r *ptyRun) { _ = r.cmd.Process.Signal(syscall.SIGINT) }, 130, nil},
		{"SIGTERM twice", func(r *ptyRun) {
			_ = r.cmd.Process.Signal(syscall.SIGTERM)
			_ = r.cmd.Process.Signal(syscall.SIGTERM)
		}, 143, nil},
		{"panic in Update", func(r *ptyRun) { r.send("!") }, 1, []string{
			"dealtui: internal error: the explorer panicked in Update: dealtui test panic in Update",
			"goroutine ", "ui.testHook", "ui.Guarded.Update", "The terminal has been restored. This is a bug"}},
		{"panic in a command", func(r *ptyRun) { r.send("@") }, 1, []string{
			"dealtui: internal error: the explorer panicked in a command: dealtui test panic in a command",
			"goroutine ", "ui.testHook.func1", "guardCmd", "The terminal has been restored. This is a bug"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := startPty(t, bin, 100, 30, baseEnv())
			r.waitText("Timeline", "? help")
			r.settle()
			c.end(r)
			if code := r.wait(); code != c.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, c.code, r.errOutput())
			}
			r.checkRestored()
			stderr := r.errOutput()
			if len(c.stderr) == 0 && stderr != "" {
				t.Errorf("stderr: %q", stderr)
			}
			for _, want := range c.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("stderr does not say %q:\n%s", want, stderr)
				}
			}
		})
	}
}

// When the terminal goes away (its master side closed, as when a terminal
// window is closed), dealtui gets SIGHUP and exits at once with 129,
// though it can no longer write to the terminal.
func TestTerminalHangup(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	r := startPty(t, bin, 100, 30, baseEnv())
	r.waitText("Timeline", "? help")
	_ = r.ptmx.Close()
	select {
	case <-r.exited:
	case <-time.After(ptyDeadline):
		_ = r.cmd.Process.Signal(syscall.SIGQUIT)
		<-r.exited
		t.Fatalf("dealtui did not exit within %v of a hangup:\n%s", ptyDeadline, r.errOutput())
	}
	if code := r.cmd.ProcessState.ExitCode(); code != 129 {
		t.Errorf("exit code %d after a hangup, want 129; stderr: %q", code, r.errOutput())
	}
}

// A pseudo-terminal and odd environments: each starts, shows the story
// (or, when too small, a frame), quits with q and exits 0 with the
// terminal restored, without waiting on queries the terminal never
// answers.
func TestOddTerminals(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	darkAccent := "165;148;255" // #A594FF, the dark theme's accent
	cases := []struct {
		name   string
		w, h   int
		env    []string
		args   []string
		want   []string
		colour bool // colour expected (false: none at all)
		check  func(t *testing.T, out string)
	}{
		{name: "no answer to the background query: dark theme at once", w: 100, h: 30, want: []string{"Timeline"}, colour: true,
			check: func(t *testing.T, out string) {
				if !strings.Contains(out, ansi.RequestBackgroundColor) {
					t.Error("the background colour was never asked for")
				}
				if !strings.Contains(out, darkAccent) {
					t.Error("the frame does not use the dark theme's accent")
				}
			}},
		{name: "TERM=xterm-mono: no colour", w: 100, h: 30, env: []string{"TERM=xterm-mono", "COLORTERM="}, want: []string{"Timeline"}},
		{name: "TERM=vt100: no colour", w: 100, h: 30, env: []string{"TERM=vt100", "COLORTERM="}, want: []string{"Timeline"}},
		{name: "TERM unset", w: 100, h: 30, env: []string{"TERM=", "COLORTERM="}, want: []string{"Timeline"}},
		{name: "NO_COLOR=1", w: 100, h: 30, env: []string{"NO_COLOR=1"}, want: []string{"Timeline"}},
		{name: "NO_COLOR=0", w: 100, h: 30, env: []string{"NO_COLOR=0"}, want: []string{"Timeline"}},
		{name: "NO_COLOR=false", w: 100, h: 30, env: []string{"NO_COLOR=false"}, want: []string{"Timeline"}},
		{name: "NO_COLOR empty is unset", w: 100, h: 30, env: []string{"NO_COLOR=\x00"}, want: []string{"Timeline"}, colour: true},
		{name: "CLICOLOR_FORCE=1", w: 100, h: 30, env: []string{"CLICOLOR_FORCE=1"}, want: []string{"Timeline"}, colour: true},
		{name: "CLICOLOR_FORCE=1 and NO_COLOR=1: NO_COLOR wins", w: 100, h: 30, env: []string{"CLICOLOR_FORCE=1", "NO_COLOR=1"}, want: []string{"Timeline"}},
		{name: "1x1", w: 1, h: 1, want: nil, colour: true},
		{name: "1000x500", w: 1000, h: 500, want: []string{"Timeline", "Reader"}, colour: true},
		{name: "--no-mouse", w: 100, h: 30, args: []string{"--no-mouse"}, want: []string{"Timeline"}, colour: true,
			check: func(t *testing.T, out string) {
				if decset(1002, 'h').MatchString(out) || decset(1003, 'h').MatchString(out) {
					t.Error("--no-mouse turned mouse reporting on")
				}
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			r := startPty(t, bin, c.w, c.h, baseEnv(c.env...), c.args...)
			if len(c.want) > 0 {
				r.waitText(c.want...)
			} else {
				r.waitFor(decset(1049, 'h'))
			}
			r.settle()
			r.send("q")
			if code := r.wait(); code != 0 {
				t.Errorf("exit code %d; stderr: %s", code, r.errOutput())
			}
			out := r.output()
			if c.name != "--no-mouse" {
				r.checkRestored()
			}
			if got := hasColourSGR(out); got != c.colour {
				t.Errorf("colour in the output: %v, want %v", got, c.colour)
			}
			if c.check != nil {
				c.check(t, out)
			}
			if s := r.errOutput(); s != "" {
				t.Errorf("stderr: %q", s)
			}
		})
	}
}

func (r *ptyRun) waitFor(re *regexp.Regexp) {
	r.t.Helper()
	deadline := time.Now().Add(ptyDeadline)
	for !re.MatchString(r.output()) {
		if time.Now().After(deadline) {
			r.t.Fatalf("waited %v for %v; output: %q", ptyDeadline, re, tail(r.output(), 1000))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// hasColourSGR reports an SGR sequence that sets a colour: 30–37, 39–47,
// 49, 90–97, 100–107, or 38/48 with a colour after it.
func hasColourSGR(s string) bool {
	for _, m := range sgrRE.FindAllStringSubmatch(s, -1) {
		for _, p := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' }) {
			var n int
			fmt.Sscan(p, &n)
			if (n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107) {
				return true
			}
		}
	}
	return false
}

var sgrRE = regexp.MustCompile(`\x1b\[([0-9;:]*)m`)

// A storm of resizes (SIGWINCH) to sizes from 1×1 to 300×100 does not
// crash or hang the explorer; it settles on the last size and quits
// cleanly.
func TestResizeStorm(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	r := startPty(t, bin, 100, 30, baseEnv())
	r.waitText("Timeline")
	rng := rand.New(rand.NewPCG(1, 2))
	const storms = 120
	for range storms {
		w, h := 1+rng.IntN(300), 1+rng.IntN(100)
		r.resize(w, h)
		if rng.IntN(4) == 0 {
			time.Sleep(time.Millisecond)
		}
	}
	r.resize(77, 23)
	r.waitText("Deal", "q quit") // the 77×23 frame: tabs and footer
	if lines := strings.Split(r.screen(), "\n"); len(lines) > 23 {
		t.Errorf("the frame after the storm has %d lines on a 23-line terminal", len(lines))
	}
	select {
	case <-r.exited:
		t.Fatalf("exited during the storm: %v\n%s", r.cmd.ProcessState, r.errOutput())
	default:
	}
	r.settle()
	r.send("q")
	if code := r.wait(); code != 0 {
		t.Errorf("exit code %d after %d resizes; stderr: %s", code, storms, r.errOutput())
	}
	r.checkRestored()
}

// With standard input or output not a terminal, dealtui prints the plain
// text story and exits, writing no escape sequence to the terminal and
// waiting for nothing.
func TestNotATerminal(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	_, text, _ := runCLI(t, "print", "--width", "100") // the terminal's width

	t.Run("stdin is /dev/null", func(t *testing.T) {
		r := startPtyWith(t, bin, 100, 30, func(cmd *exec.Cmd, tty *os.File) {
			null, err := os.Open(os.DevNull)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { null.Close() })
			cmd.Stdin, cmd.Stdout = null, tty
		})
		if code := r.wait(); code != 0 {
			t.Fatalf("exit %d; stderr: %s", code, r.errOutput())
		}
		out := strings.ReplaceAll(r.output(), "\r\n", "\n") // the tty maps \n to \r\n
		if strings.Contains(out, "\x1b") {
			t.Errorf("escape sequences on the terminal: %q", tail(out, 300))
		}
		if out != text {
			t.Errorf("did not print the text story (%d bytes, want %d)", len(out), len(text))
		}
	})
	t.Run("stdout is a pipe", func(t *testing.T) {
		var pipe bytes.Buffer
		r := startPtyWith(t, bin, 100, 30, func(cmd *exec.Cmd, tty *os.File) {
			cmd.Stdin, cmd.Stdout = tty, &pipe
		})
		if code := r.wait(); code != 0 {
			t.Fatalf("exit %d; stderr: %s", code, r.errOutput())
		}
		if out := r.output(); out != "" {
			t.Errorf("wrote to the terminal: %q", tail(out, 300))
		}
		if _, want, _ := runCLI(t, "print"); pipe.String() != want {
			t.Errorf("the pipe did not get the text story (%d bytes, want %d)", pipe.Len(), len(want))
		}
	})
}

// TERM=dumb gets the plain-text story, as a pipe does: no alternate
// screen, no escape sequence, no key to press.
func TestDumbTerminalGetsText(t *testing.T) {
	ptyTest(t)
	bin := plainBinary(t)
	r := startPty(t, bin, 100, 30, baseEnv("TERM=dumb", "COLORTERM="))
	if code := r.wait(); code != 0 {
		t.Fatalf("exit %d; stderr: %s", code, r.errOutput())
	}
	if out := r.output(); strings.Contains(out, "\x1b") || !strings.Contains(out, "Microsoft and OpenAI") {
		t.Errorf("TERM=dumb: not the plain story: %q", tail(out, 300))
	}
}

// SIGQUIT restores the terminal before the goroutine dump, and exits 131.
func TestQuitSignalRestoresFirst(t *testing.T) {
	ptyTest(t)
	r := startExplorer(t)
	_ = r.cmd.Process.Signal(syscall.SIGQUIT)
	if code := r.wait(); code != 131 {
		t.Errorf("exit code %d after SIGQUIT, want 131", code)
	}
	r.checkRestored()
	if e := r.errOutput(); !strings.Contains(e, "quit") || !strings.Contains(e, "goroutine ") {
		t.Errorf("no goroutine dump on stderr: %q", tail(e, 300))
	}
}

// ctrl+z gives the terminal back (the main screen, cooked mode) and stops
// the program; SIGCONT brings it back with a full frame in raw mode.
// (Started as a session leader, the test's process group is orphaned, so
// the kernel drops the stop: the program waits for SIGCONT all the same.
// The tmux test stops it for real, under a shell.)
func TestSuspendAndResume(t *testing.T) {
	ptyTest(t)
	r := startExplorer(t)
	r.send("\x1a") // ctrl+z
	r.waitUntil("the terminal given back", func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return !r.emu.IsAltScreen()
	})
	r.checkTTY()
	_ = r.cmd.Process.Signal(syscall.SIGCONT)
	r.waitUntil("the explorer back", func() bool {
		r.mu.Lock()
		defer r.mu.Unlock()
		return r.emu.IsAltScreen() && strings.Contains(r.emu.String(), "Timeline")
	})
	r.send("q")
	if code := r.wait(); code != 0 {
		t.Errorf("exit code %d", code)
	}
	r.checkRestored()
}

// waitUntil waits for a condition on the terminal.
func (r *ptyRun) waitUntil(what string, cond func() bool) {
	r.t.Helper()
	deadline := time.Now().Add(ptyDeadline)
	for !cond() {
		if time.Now().After(deadline) {
			r.t.Fatalf("waited %v for %s; the screen is:\n%s", ptyDeadline, what, r.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// ptyTest marks a test that runs the binary in a pseudo-terminal: it runs
// in parallel with the others, as it mostly waits.
func ptyTest(t *testing.T) {
	t.Helper()
	t.Parallel()
}

// startExplorer starts the explorer in a 100x30 pseudo-terminal and waits
// until its first screen has settled.
func startExplorer(t *testing.T) *ptyRun {
	t.Helper()
	r := startPty(t, plainBinary(t), 100, 30, baseEnv())
	r.waitText("Timeline", "q quit")
	r.settle()
	return r
}
