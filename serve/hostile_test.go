package serve

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/testkit/sshterm"
)

// Absurd window sizes, at the pty request and in window changes, are
// clamped: 0×0 is taken as 80×24 and 65535×65535 as 400×150, which is then
// shrunk to --max-cells (206×77 by default); an in-band size report nobody
// asked for is ignored.
func TestAbsurdWindowSizesAreClamped(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s, err := sshterm.Open(ts.dial(t), 400, 150, sshterm.Options{Claim: &[2]int{65535, 65535}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 206 }, wait); err != nil {
		t.Fatalf("65535×65535 at the start: %v", err)
	}
	s.Type("\x1b[48;9999;9999;0;0t") // an in-band resize report
	if err := s.Resize(80, 24); err != nil {
		t.Fatal(err)
	}
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 80 }, wait); err != nil {
		t.Fatalf("80×24: %v", err)
	}
	for _, size := range [][2]int{{65535, 65535}, {0, 0}, {1, 1}, {100, 30}} {
		if err := s.WindowChange(size[0], size[1]); err != nil {
			t.Fatal(err)
		}
	}
	s.Resize(100, 30)
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 100 }, wait); err != nil {
		t.Fatalf("after absurd window changes: %v", err)
	}
	// 0×0 at the start.
	z, err := sshterm.Open(ts.dial(t), 80, 24, sshterm.Options{Claim: &[2]int{0, 0}})
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	if _, err := z.WaitFor(func(sc string) bool { return frameWidth(sc) == 80 }, wait); err != nil {
		t.Fatalf("0×0 at the start: %v", err)
	}
	for _, want := range []string{"size=206x77", "size=80x24"} {
		if !strings.Contains(ts.log.String(), want) {
			t.Errorf("the log has no %s", want)
		}
	}
}

// A paste that never ends, an OSC string that never ends and a storm of
// window changes leave the session working: what the guard cuts is
// dropped, and the keys after are read.
func TestHostileInputLeavesTheSessionWorking(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	s := ts.explorer(t, 120, 40, sshterm.Options{})
	// A MiB each under -tags integration; the server drains input at a
	// paced 1 MiB/s, so the quick suite sends 256 KiB, still far over
	// every bound of the guard and the burst budget.
	size := 256 << 10
	if integrationRun {
		size = 1 << 20
	}
	big := strings.Repeat("x", size)
	for _, in := range []string{
		"\x1b[200~" + big + "\x1b[201~",              // a paste
		"\x1b]11;" + big + "\x07",                    // an OSC string
		"\x1bP" + big + "\x1b\\",                     // a DCS string
		"\x1b[" + strings.Repeat("1;", size/4) + "m", // a CSI of half the size
	} {
		if _, err := s.Type(in); err != nil {
			t.Fatal(err)
		}
	}
	for i := range 200 {
		s.WindowChange(50+i%100, 20+i%30)
	}
	s.Resize(120, 40)
	s.Type("3")
	if _, err := s.WaitFor(func(sc string) bool { return frameWidth(sc) == 120 && strings.Contains(sc, "▸ Japan") }, wait); err != nil {
		t.Fatal(err)
	}
	s.Type("q")
	if status, err := s.Wait(wait); err != nil || status != 0 {
		t.Fatalf("status %d, %v", status, err)
	}
}

// A client that sends env request after env request before its shell is
// refused past the limit (the library would keep them all), and one
// request too large is refused too; those within it still count.
func TestEnvRequestsAreBounded(t *testing.T) {
	t.Parallel()
	ts := startServer(t, nil)
	sess, err := ts.dial(t).NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	if err := sess.Setenv("NO_COLOR", "1"); err != nil {
		t.Fatal(err)
	}
	if err := sess.Setenv("LANG", strings.Repeat("x", 2000)); err == nil {
		t.Error("an env request of 2 KB was accepted")
	}
	accepted := 1
	for i := range 200 {
		if sess.Setenv(fmt.Sprintf("LC_X%d", i), "y") == nil {
			accepted++
		}
	}
	if accepted != maxEnvRequests-1 { // the large one counts among the 64
		t.Errorf("%d env requests accepted, want %d", accepted, maxEnvRequests-1)
	}
	out, err := sess.Output("print --width 40")
	if err != nil || len(out) == 0 {
		t.Fatalf("the session after the env flood: %v", err)
	}
}
