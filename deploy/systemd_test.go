package deploy

import (
	"os"
	"strings"
	"testing"
	"time"
)

const unitFile = "dealtui@.service"

// unit reads a unit file: each section's keys and their values, in order,
// with continued lines joined.
func unit(t *testing.T, path string) map[string]map[string][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string][]string{}
	section := ""
	text := strings.ReplaceAll(string(data), "\\\n", " ")
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || line[0] == '#':
		case line[0] == '[':
			section = strings.Trim(line, "[]")
			out[section] = map[string][]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok || section == "" {
				t.Fatalf("%s:%d: not a setting: %q", path, n+1, line)
			}
			out[section][k] = append(out[section][k], strings.Join(strings.Fields(v), " "))
		}
	}
	return out
}

// The unit is sandboxed as the issue asks: a dynamic user, the host key in
// its state directory, a read-only system, no new privileges and no
// capabilities at all.
func TestSystemdUnitSandbox(t *testing.T) {
	t.Parallel()
	svc := unit(t, unitFile)["Service"]
	for k, want := range map[string]string{
		"DynamicUser":           "yes",
		"StateDirectory":        "dealtui",
		"StateDirectoryMode":    "0700",
		"ProtectSystem":         "strict",
		"ProtectHome":           "yes",
		"NoNewPrivileges":       "yes",
		"CapabilityBoundingSet": "",
		"AmbientCapabilities":   "",
		"PrivateTmp":            "yes",
		"PrivateDevices":        "yes",
		"KillSignal":            "SIGTERM",
		"UMask":                 "0077",
	} {
		if got := svc[k]; len(got) != 1 || got[0] != want {
			t.Errorf("%s=%q, want %q", k, got, want)
		}
	}
	// Long enough for --drain (10s) and its closing grace.
	if d, err := time.ParseDuration(svc["TimeoutStopSec"][0]); err != nil || d < 15*time.Second {
		t.Errorf("TimeoutStopSec=%v (%v), want at least 15s", svc["TimeoutStopSec"], err)
	}
}
