package ui

import (
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/xo/terminfo"
)

// ColourProfile is what a terminal can show, from its environment (TERM,
// COLORTERM, CLICOLOR_FORCE, NO_COLOR…): colorprofile's reading, lowered
// to no colour for a terminal type whose terminfo entry has fewer than
// eight colours (vt100, xterm-mono), which colorprofile takes for a colour
// terminal. The local explorer and every SSH session decide the same way,
// from the environment alone (no probing of the process's own terminal or
// of tmux).
func ColourProfile(env []string) colorprofile.Profile {
	p := colorprofile.Env(env)
	if p > colorprofile.ASCII && monochrome(envValue(env, "TERM")) {
		return colorprofile.ASCII
	}
	return p
}

// NoColour says whether to draw without colour: NO_COLOR set to anything
// (no-color.org; colorprofile reads it as a boolean, so NO_COLOR=0 would
// keep colour), or a terminal without colours.
func NoColour(p colorprofile.Profile, env []string) bool {
	return envValue(env, "NO_COLOR") != "" || p <= colorprofile.ASCII
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

// envValue is a variable's value in an environment list, the last one
// set winning.
func envValue(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}
