package needtool

import (
	"os"
	"os/exec"
	"testing"
)

// Path gives the path of the first of the names found on PATH or as an
// absolute path, or stops the test: a skip, or under CI a failure.
func Path(t testing.TB, names ...string) string {
	t.Helper()
	for _, n := range names {
		if p, err := exec.LookPath(n); err == nil {
			return p
		}
	}
	Missing(t, names[0]+" is not installed (.ci/run installs it)")
	return ""
}

// Missing stops a test that cannot run here for want of a tool or a
// facility of the system: it skips, or under CI fails.
func Missing(t testing.TB, why string) {
	t.Helper()
	if InCI() {
		t.Fatalf("%s: CI must run this test", why)
	}
	t.Skip(why)
}

// InCI reports a run under continuous integration.
func InCI() bool { return os.Getenv("CI") != "" }
