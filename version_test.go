package main

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// These tests build the real binary, the way a release (ldflags) and a
// plain go build (no ldflags) do, and check what --version says. TestVersion
// covers versionString itself.

// buildDealtui builds the package into a temporary directory with the extra
// go build arguments and returns the binary's path.
func buildDealtui(t *testing.T, args ...string) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the binary; skipped in -short mode")
	}
	gotool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	bin := filepath.Join(t.TempDir(), "dealtui")
	if runtime.GOOS == "windows" {
		bin += ".exe"
	}
	build := func(extra ...string) ([]byte, error) {
		cmd := exec.CommandContext(t.Context(), gotool, append(append(append([]string{"build", "-o", bin}, extra...), args...), ".")...)
		return cmd.CombinedOutput()
	}
	out, err := build()
	if err != nil && strings.Contains(string(out), "error obtaining VCS status") {
		// A checkout whose git the go command cannot ask (git missing, or
		// the directory not trusted): build without VCS information, which
		// is the fallback the binary must also cope with.
		out, err = build("-buildvcs=false")
	}
	if err != nil {
		t.Fatalf("go build %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return bin
}

func runVersion(t *testing.T, bin string) string {
	t.Helper()
	out, err := exec.CommandContext(t.Context(), bin, "--version").CombinedOutput()
	if err != nil {
		t.Fatalf("%s --version: %v\n%s", bin, err, out)
	}
	return string(out)
}

// A release stamps version, commit and date with -ldflags -X, and --version
// reports exactly those.
func TestVersionStampedByLdflags(t *testing.T) {
	const (
		v = "v9.9.9"
		c = "abc1234"
		d = "2026-01-02T03:04:05Z"
	)
	bin := buildDealtui(t, "-ldflags", "-X main.version="+v+" -X main.commit="+c+" -X main.date="+d)
	out := runVersion(t, bin)
	for _, want := range []string{v, c, d} {
		if !strings.Contains(out, want) {
			t.Errorf("--version does not report %q:\n%s", want, out)
		}
	}
	if want := versionString(buildFacts{v, c, d}) + "\n"; out != want {
		t.Errorf("--version = %q, want %q", out, want)
	}
}

// A plain go build has no stamped values: --version falls back to what the
// toolchain recorded, or "dev" and "unknown", and never prints an empty field.
func TestVersionUnstampedBuild(t *testing.T) {
	out := runVersion(t, buildDealtui(t))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("--version printed %d lines, want 3:\n%s", len(lines), out)
	}
	if f := strings.Fields(lines[0]); len(f) != 2 || f[0] != "dealtui" || f[1] == "(devel)" {
		t.Errorf("version line = %q, want \"dealtui <version>\"", lines[0])
	}
	for i, prefix := range []string{"commit:", "built:"} {
		line := lines[i+1]
		value, ok := strings.CutPrefix(line, prefix)
		if !ok {
			t.Errorf("line %d = %q, want it to start with %q", i+2, line, prefix)
			continue
		}
		if strings.TrimSpace(value) == "" {
			t.Errorf("line %d = %q: empty %s", i+2, line, strings.TrimSuffix(prefix, ":"))
		}
	}
}
