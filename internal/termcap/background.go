package termcap

import (
	"strconv"
	"strings"
)

// DarkBackground reads COLORFGBG ("15;0", or "15;default;0"), which rxvt,
// Konsole and others set, and GNU screen and tmux pass on: its last field
// is the background's colour number. Colours 0–6 and 8 are dark, the rest
// light. known is false without it, or when it says nothing usable. It
// is a first guess, for terminals that do not answer the background
// colour query: the explorer asks all the same, and the answer wins.
func DarkBackground(env []string) (dark, known bool) {
	v := Getenv(env, "COLORFGBG")
	if v == "" {
		return false, false
	}
	fields := strings.Split(v, ";")
	n, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil || n < 0 || n > 255 {
		return false, false
	}
	return n <= 6 || n == 8, true
}
