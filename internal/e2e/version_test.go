//go:build integration

package e2e

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"
)

// These tests run the real binary, built the way a release (ldflags) and a
// plain go build (no ldflags) do (binaries_test.go), and check what
// --version says. internal/cli's TestVersion covers the wording itself.

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
	v, c, d := stampVersion, stampCommit, stampDate
	out := runVersion(t, stampedBinary(t))
	for _, want := range []string{v, c, d} {
		if !strings.Contains(out, want) {
			t.Errorf("--version does not report %q:\n%s", want, out)
		}
	}
	if want := fmt.Sprintf("dealtui %s\ncommit: %s\nbuilt:  %s\n", v, c, d); out != want {
		t.Errorf("--version = %q, want %q", out, want)
	}
}

// A plain go build has no stamped values: --version falls back to what the
// toolchain recorded, or "dev" and "unknown", and never prints an empty field.
func TestVersionUnstampedBuild(t *testing.T) {
	out := runVersion(t, plainBinary(t))
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
