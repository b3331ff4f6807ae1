//go:build unix

package termcap

import (
	"os"
	"slices"
	"strings"
	"syscall"
)

// WithoutEastAsianWidths starts the program again without
// RUNEWIDTH_EASTASIAN in its environment, when it is there. x/ansi (which
// Lip Gloss measures with) reads the variable once, as the process starts,
// and would count East Asian Ambiguous characters (─ │ ● …) as two cells,
// while the terminal draws them in one: every box would break. Nothing
// can change its reading afterwards, so the process is replaced by itself
// (execve) with the variable gone; it returns only when that fails, and
// then the program goes on as it is.
func WithoutEastAsianWidths() {
	if _, set := os.LookupEnv("RUNEWIDTH_EASTASIAN"); !set {
		return
	}
	self, err := os.Executable()
	if err != nil {
		return
	}
	env := slices.DeleteFunc(os.Environ(), func(kv string) bool { return strings.HasPrefix(kv, "RUNEWIDTH_EASTASIAN=") })
	_ = syscall.Exec(self, os.Args, env)
}
