package deploy

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dealtui/dealtui/serve"
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

// The unit's memory, file and task limits hold what its replica's own
// limits allow: MemoryMax at least the worst case of docs/SERVING.md's
// formula, GOMEMLIMIT below it, LimitNOFILE at least what --max-conns
// needs (the replica would refuse to start otherwise).
func TestSystemdUnitLimitsMatchTheCaps(t *testing.T) {
	t.Parallel()
	svc := unit(t, unitFile)["Service"]
	cfg := unitConfig(svc["ExecStart"][0])
	worst := serve.WorstCaseRSS(cfg)
	memMax := systemdBytes(t, svc["MemoryMax"])
	if memMax < worst {
		t.Errorf("MemoryMax=%d MiB, below the worst case of %d MiB", memMax>>20, worst>>20)
	}
	var goMem int64 = -1
	for _, e := range svc["Environment"] {
		if v, ok := strings.CutPrefix(e, "GOMEMLIMIT="); ok {
			goMem = systemdBytes(t, []string{strings.TrimSuffix(v, "iB")})
		}
	}
	if goMem <= 0 || goMem >= memMax {
		t.Errorf("GOMEMLIMIT %d, want one below MemoryMax %d", goMem, memMax)
	}
	if files, err := strconv.Atoi(first(svc["LimitNOFILE"])); err != nil || files < serve.FilesNeeded(cfg) {
		t.Errorf("LimitNOFILE=%v, below the %d --max-conns %d needs", svc["LimitNOFILE"], serve.FilesNeeded(cfg), cfg.MaxConns)
	}
	if tasks, err := strconv.Atoi(first(svc["TasksMax"])); err != nil || tasks < 16 {
		t.Errorf("TasksMax=%v, want at least 16", svc["TasksMax"])
	}
}

// unitConfig is the replica's configuration as far as its memory and
// files go: the defaults, and the limits its command line sets.
func unitConfig(execStart string) serve.Config {
	cfg := serve.NewConfig(nil)
	limits := map[string]*int{
		"--max-sessions": &cfg.MaxSessions, "--max-conns": &cfg.MaxConns,
		"--max-channels": &cfg.MaxChannels, "--max-cells": &cfg.MaxCells,
	}
	words := strings.Fields(execStart)
	for i := 0; i+1 < len(words); i++ {
		if p, ok := limits[words[i]]; ok {
			if n, err := strconv.Atoi(words[i+1]); err == nil {
				*p = n
			}
		}
	}
	return cfg
}

func first(v []string) string {
	if len(v) == 0 {
		return ""
	}
	return v[0]
}

// systemdBytes reads a size as systemd writes it: 1152M, 1G, 4096K.
func systemdBytes(t *testing.T, v []string) int64 {
	t.Helper()
	s := first(v)
	mult := int64(1)
	switch {
	case strings.HasSuffix(s, "K"):
		mult = 1 << 10
	case strings.HasSuffix(s, "M"):
		mult = 1 << 20
	case strings.HasSuffix(s, "G"):
		mult = 1 << 30
	}
	n, err := strconv.ParseInt(strings.TrimRight(s, "KMG"), 10, 64)
	if err != nil {
		t.Fatalf("not a size: %q", s)
	}
	return n * mult
}
