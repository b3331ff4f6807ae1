package cli

import (
	"fmt"
	"runtime/debug"
)

// Build is what a release stamps into the binary (main's version, commit
// and date, set with -ldflags -X); any of them may be empty.
type Build struct{ Version, Commit, Date string }

// withToolchainFacts fills what the release did not stamp from what the Go
// toolchain recorded (go install, go build).
func (b Build) withToolchainFacts(info *debug.BuildInfo) Build {
	if info == nil {
		return b
	}
	stampedCommit := b.Commit != ""
	if b.Version == "" && info.Main.Version != "" {
		b.Version = info.Main.Version
	}
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			if b.Commit == "" {
				b.Commit = s.Value
			}
		case "vcs.time":
			if b.Date == "" {
				b.Date = s.Value
			}
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if modified && !stampedCommit && b.Commit != "" {
		b.Commit += "-dirty"
	}
	return b
}

// toolchainInfo is the build information the Go toolchain recorded, or nil.
func toolchainInfo() *debug.BuildInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return info
}

// versionString is what --version prints.
func versionString(b Build) string {
	v := b.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	c, d := b.Commit, b.Date
	if c == "" {
		c = "unknown"
	}
	if d == "" {
		d = "unknown"
	}
	return fmt.Sprintf("dealtui %s\ncommit: %s\nbuilt:  %s", v, c, d)
}
