package main

import (
	"fmt"
	"runtime/debug"
)

// buildFacts are what the binary knows about how it was built.
type buildFacts struct{ version, commit, date string }

// buildInfo takes the stamped values, and falls back to what the Go
// toolchain recorded (go install, go build) for any that are missing.
func buildInfo() buildFacts {
	b := buildFacts{version, commit, date}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if b.version == "" && info.Main.Version != "" {
		b.version = info.Main.Version
	}
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.commit == "" {
				b.commit = s.Value
			}
		case "vcs.time":
			if b.date == "" {
				b.date = s.Value
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified && commit == "" && b.commit != "" {
		b.commit += "-dirty"
	}
	return b
}

func versionString(b buildFacts) string {
	v := b.version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	c, d := b.commit, b.date
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return fmt.Sprintf("dealtui %s\ncommit: %s\nbuilt:  %s", v, c, d)
}
