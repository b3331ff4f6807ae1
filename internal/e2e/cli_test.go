//go:build integration && linux

package e2e

import (
	"bufio"
	"bytes"
	"os"
	"os/exec"
	"strings"
	"syscall"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/sys/unix"

	"github.com/dealtui/dealtui/internal/testkit/needtool"
)

// A pipe whose reader stops after one line (dealtui print | head -1) ends
// dealtui by SIGPIPE, silently, as any filter: not with a message, not with
// exit 1. The pipe is made smaller than the output, so that the writer is
// still writing when the reader leaves.
func TestPipeClosedEarlyEndsBySIGPIPE(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	for _, args := range [][]string{{"print"}, {"print", "--format", "json"}, {}} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := unix.FcntlInt(w.Fd(), unix.F_SETPIPE_SZ, 4096); err != nil {
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		cmd := exec.Command(bin, args...)
		cmd.Stdin, cmd.Stdout, cmd.Stderr = nil, w, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		first, err := bufio.NewReaderSize(r, 16).ReadString('\n')
		r.Close()
		_ = cmd.Wait()
		ws := cmd.ProcessState.Sys().(syscall.WaitStatus)
		if err != nil || first == "" {
			t.Errorf("%q: no first line: %v", args, err)
		}
		if !ws.Signaled() || ws.Signal() != syscall.SIGPIPE {
			t.Errorf("%q | head -1: ended %v, want by SIGPIPE (141 in a shell)", args, cmd.ProcessState)
		}
		if stderr.Len() > 0 {
			t.Errorf("%q | head -1 wrote to stderr: %q", args, stderr.String())
		}
	}
}

// The same, as a person types it: bash with pipefail reports 141, and
// nothing is written but the one line.
func TestPrintToHeadInAShell(t *testing.T) {
	t.Parallel()
	bash := needtool.Path(t, "bash")
	cmd := exec.Command(bash, "-c", `set -o pipefail; "$0" print | head -1; echo "status $?"`, plainBinary(t))
	cmd.Env = baseEnv("COLUMNS=80")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	if want := "Microsoft and OpenAI end exclusivity\nstatus 141\n"; stdout.String() != want || stderr.Len() > 0 {
		t.Errorf("dealtui print | head -1: stdout %q, stderr %q; want %q and nothing on stderr", stdout.String(), stderr.String(), want)
	}
}

// The man page renders with groff without a warning, fits 80 columns, and
// its synopsis breaks no word.
func TestManPageRenders(t *testing.T) {
	t.Parallel()
	groff := needtool.Path(t, "groff")
	page, err := exec.Command(plainBinary(t), "man").Output()
	if err != nil {
		t.Fatal(err)
	}
	check := exec.Command(groff, "-k", "-man", "-Tutf8", "-ww", "-z")
	check.Stdin = bytes.NewReader(page)
	if out, err := check.CombinedOutput(); err != nil || len(out) > 0 {
		t.Errorf("groff warns: %v\n%s", err, out)
	}
	render := exec.Command(groff, "-k", "-man", "-Tutf8", "-P-cbou", "-rLL=78n")
	render.Stdin = bytes.NewReader(page)
	render.Env = baseEnv("LANG=C.UTF-8")
	out, err := render.Output()
	if err != nil {
		t.Fatal(err)
	}
	text := ansi.Strip(string(out))
	for i, l := range strings.Split(text, "\n") {
		if w := ansi.StringWidth(l); w > 80 {
			t.Errorf("line %d is %d columns wide: %q", i+1, w, l)
		}
	}
	syn := text[strings.Index(text, "SYNOPSIS"):strings.Index(text, "DESCRIPTION")]
	for _, l := range strings.Split(syn, "\n") {
		if strings.HasSuffix(strings.TrimSpace(l), "‐") || strings.HasSuffix(strings.TrimSpace(l), "-") {
			t.Errorf("the synopsis breaks a word: %q", l)
		}
	}
	for _, want := range []string{"dealtui items [--format FORMAT]", "--log-format text|json", "EXIT STATUS", "141"} {
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("the rendered page lacks %q", want)
		}
	}
}
