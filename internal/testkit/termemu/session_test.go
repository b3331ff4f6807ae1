//go:build integration

package termemu

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/term"
)

// The test binary is also the program the tests run, when childEnv is
// set: a small full-screen program that asks the terminal what Bubble Tea
// asks, shows the answers, holds some memory, and echoes the keys it gets.
const childEnv = "BENCHPTY_TEST_CHILD"

func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		os.Exit(child(mode))
	}
	os.Exit(m.Run())
}

func child(mode string) int {
	if _, err := term.MakeRaw(os.Stdin.Fd()); err != nil {
		fmt.Println("raw:", err)
		return 1
	}
	queries := "\x1b[?2026$p\x1b[?2027$p\x1b]11;?\x07"
	if mode == "kitty" {
		queries += "\x1b[>1u\x1b[?u"
	}
	queries += "\x1b[c" // primary device attributes: every terminal answers, last
	fmt.Print("\x1b[?1049h\x1b[H" + queries)
	answers, err := readUntil(os.Stdin, 'c')
	if err != nil {
		fmt.Println("read:", err)
		return 1
	}
	held := bytes.Repeat([]byte{1}, 16<<20) // resident: every page written
	fmt.Printf("answers: %q\r\nready\r\n", answers)
	key, err := readUntil(os.Stdin, 0)
	if err != nil {
		return 1
	}
	fmt.Printf("key: %q held %d\r\n", key, len(held)>>20)
	_, _ = readUntil(os.Stdin, 0) // wait to be killed or for a last key
	return 0
}

// readUntil reads the terminal's input until a byte ends a read (0: any
// read).
func readUntil(f *os.File, last byte) ([]byte, error) {
	var got []byte
	buf := make([]byte, 256)
	for {
		n, err := f.Read(buf)
		got = append(got, buf[:n]...)
		if err != nil {
			return got, err
		}
		if last == 0 || bytes.HasSuffix(got, []byte{last}) {
			return got, nil
		}
	}
}

func startChild(t *testing.T, mode string, kitty bool) *Session {
	t.Helper()
	env := append(Env(), childEnv+"="+mode)
	s, err := Start(os.Args[0], []string{"-test.run=^$"}, Options{Cols: 80, Rows: 24, Env: env, Kitty: kitty})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Close)
	if _, err := s.WaitText("ready", 10*time.Second); err != nil {
		t.Fatal(err)
	}
	return s
}

// The terminal answers the queries a current terminal answers: mode 2026
// supported, 2027 not recognised, the background colour, the device
// attributes.
func TestTerminalAnswersQueries(t *testing.T) {
	s := startChild(t, "plain", false)
	screen := s.Screen()
	for _, want := range []string{`\x1b[?2026;2$y`, `\x1b[?2027;0$y`, `\x1b]11;rgb:0000/0000/0000`, `\x1b[?`} {
		if !strings.Contains(screen, want) {
			t.Errorf("the answers lack %s:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, `u\x1b`) || s.KittyFlags() != 0 {
		t.Errorf("a terminal without the kitty protocol answered its query:\n%s", screen)
	}
	if s.Esc() != "\x1b" {
		t.Errorf("escape key %q, want a lone ESC", s.Esc())
	}
}

// With Kitty, the terminal keeps the flags the program pushes, answers the
// protocol's query with them, and sends the escape key as CSI 27 u.
func TestKittyKeyboard(t *testing.T) {
	s := startChild(t, "kitty", true)
	if !strings.Contains(s.Screen(), `\x1b[?1u`) {
		t.Fatalf("the kitty query was not answered with the pushed flags:\n%s", s.Screen())
	}
	if s.KittyFlags() != 1 || s.Esc() != "\x1b[27u" {
		t.Fatalf("flags %d, escape %q; want 1 and CSI 27 u", s.KittyFlags(), s.Esc())
	}
	if _, err := s.Press(s.Esc(), func(screen string) bool { return strings.Contains(screen, `key: "\x1b[27u"`) }, 20*time.Millisecond, 10*time.Second); err != nil {
		t.Fatal(err)
	}
}

// Press times a key to the read that changed the screen; the peak RSS is
// the program's own, read from /proc while it runs.
func TestPressAndPeakRSS(t *testing.T) {
	s := startChild(t, "plain", false)
	kf, err := s.Press("x", func(screen string) bool { return strings.Contains(screen, `key: "x" held 16`) }, 20*time.Millisecond, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if kf.First <= 0 || kf.Last < kf.First || kf.Last > 10*time.Second {
		t.Errorf("key to frame %+v", kf)
	}
	if cpu, err := s.CPUTime(); err != nil || cpu <= 0 {
		t.Errorf("CPU time %v, %v", cpu, err)
	}
	if peak := s.PeakRSS(); peak < 16<<20 {
		t.Errorf("peak RSS %d bytes, want at least the 16 MiB the program holds", peak)
	}
	changed := 0
	for _, c := range s.Output() {
		if c.Changed {
			changed++
		}
	}
	if changed == 0 {
		t.Error("no read was marked as changing the screen")
	}
	if _, err := s.Type("q"); err != nil {
		t.Fatal(err)
	}
	if err := s.Wait(10 * time.Second); err != nil {
		t.Fatal(err)
	}
}

// WaitSettled gives the last change before the screen went quiet, and
// fails when the screen never shows what is waited for.
func TestWaitSettled(t *testing.T) {
	s := startChild(t, "plain", false)
	at, err := s.WaitSettled(func(screen string) bool { return strings.Contains(screen, "ready") }, 30*time.Millisecond, 10*time.Second)
	if err != nil {
		t.Fatal(err)
	}
	if at.Before(s.Start) {
		t.Errorf("settled at %v, before the start %v", at, s.Start)
	}
	if _, err := s.WaitSettled(func(string) bool { return false }, time.Millisecond, 50*time.Millisecond); err == nil {
		t.Error("waiting for what never shows did not fail")
	}
}
