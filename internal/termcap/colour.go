package termcap

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/xo/terminfo"
)

// Profile is what a terminal can show, from its environment (TERM,
// COLORTERM, NO_COLOR, CLICOLOR, CLICOLOR_FORCE) and whether the output
// is a terminal at all. It is the one rule for every output: the
// explorer (tty is true: it runs only on a terminal, local or an SSH
// session's), --help and the other command-line output (tty says whether
// standard output is one). It is colorprofile's reading of the
// environment, with two changes:
//
//   - NO_COLOR set to anything turns colour off (no-color.org; colorprofile
//     reads it as a boolean, so NO_COLOR=0 would keep colour), keeping
//     bold, italic and the like: ASCII;
//   - a terminal type whose terminfo entry has fewer than eight colours
//     (vt100, xterm-mono), which colorprofile takes for a colour terminal,
//     gets no colour either.
//
// Nothing is probed (not the process's own terminal, not tmux): an SSH
// session's terminal is the client's, known only from what it sent.
func Profile(env []string, tty bool) colorprofile.Profile {
	p := colorprofile.Env(env)
	if !tty && !forced(env) {
		p = colorprofile.NoTTY
	}
	if p > colorprofile.ASCII && (Getenv(env, "NO_COLOR") != "" || monochrome(Getenv(env, "TERM"))) {
		p = colorprofile.ASCII
	}
	return p
}

// NoColour says whether a profile is one to draw without colour.
func NoColour(p colorprofile.Profile) bool { return p <= colorprofile.ASCII }

// forced reports CLICOLOR_FORCE set true: colour even when not a
// terminal.
func forced(env []string) bool {
	on, _ := strconv.ParseBool(Getenv(env, "CLICOLOR_FORCE"))
	return on
}

// monochrome reports a terminal type whose terminfo entry gives fewer than
// eight colours. An unknown type is not taken for monochrome.
func monochrome(termType string) bool {
	if termType == "" {
		return false
	}
	ti, err := terminfo.Load(termType)
	if err != nil {
		return false
	}
	return ti.Num(terminfo.MaxColors) < 8
}

// Getenv is a variable's value in an environment list, the last one set
// winning.
func Getenv(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}
