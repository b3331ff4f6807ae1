package main

import (
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"
	"github.com/xo/terminfo"

	"github.com/dealtui/dealtui/model"
)

// fdWriter is anything with a file descriptor, such as *os.File.
type fdWriter interface{ Fd() uintptr }

func isTerminal(v any) bool {
	f, ok := v.(fdWriter)
	return ok && term.IsTerminal(f.Fd())
}

// outputWidth is the width of the terminal w writes to, else COLUMNS, else
// 80.
func outputWidth(w io.Writer) int {
	if f, ok := w.(fdWriter); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return min(max(width, minTextWidth), maxTextWidth)
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= minTextWidth && n <= maxTextWidth {
		return n
	}
	return model.DefaultWidth
}

// colourProfile is what the terminal can show: colorprofile's reading of
// the output and the environment (TERM, COLORTERM, CLICOLOR_FORCE…),
// lowered to no colour for a terminal whose terminfo entry has fewer than
// eight colours (vt100, xterm-mono), which colorprofile takes for a
// colour terminal.
func colourProfile(out io.Writer, env []string) colorprofile.Profile {
	p := colorprofile.Detect(out, env)
	if p > colorprofile.ASCII && monochrome(lookupEnv(env, "TERM")) {
		return colorprofile.ASCII
	}
	return p
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

// noColour says whether to draw without colour: NO_COLOR set to anything
// (no-color.org; colorprofile reads it as a boolean, so NO_COLOR=0 would
// keep colour), or a terminal without colours.
func noColour(p colorprofile.Profile, env []string) bool {
	return lookupEnv(env, "NO_COLOR") != "" || p <= colorprofile.ASCII
}

func lookupEnv(env []string, key string) string {
	for i := len(env) - 1; i >= 0; i-- {
		if k, v, ok := strings.Cut(env[i], "="); ok && k == key {
			return v
		}
	}
	return ""
}
