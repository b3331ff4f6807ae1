package termcap

import "testing"

// The colour switches, for a terminal:
// NO_COLOR with any non-empty value turns colour off, an empty one does
// not, CLICOLOR_FORCE does not turn it back on, and a terminal type with
// fewer than eight colours, or none, gets none.
func TestColourEnvironment(t *testing.T) {
	for _, tt := range []struct {
		env     []string
		noColor bool
	}{
		{[]string{"NO_COLOR=", "TERM=xterm-256color"}, false},
		{[]string{"NO_COLOR=1", "TERM=xterm-256color"}, true},
		{[]string{"NO_COLOR=0", "TERM=xterm-256color"}, true},
		{[]string{"NO_COLOR=false", "TERM=xterm-256color"}, true},
		{[]string{"NO_COLOR= ", "TERM=xterm-256color"}, true},
		{[]string{"TERM=dumb"}, true},
		{[]string{"TERM="}, true},
		{[]string{"TERM=xterm-mono"}, true},
		{[]string{"TERM=vt100"}, true},
		{[]string{"TERM=tmux-256color"}, false},
		{[]string{"NO_COLOR=1", "CLICOLOR_FORCE=1", "TERM=xterm-256color"}, true},
	} {
		p := Profile(tt.env, true)
		if got := NoColour(p); got != tt.noColor {
			t.Errorf("%v: no colour %v (profile %v), want %v", tt.env, got, p, tt.noColor)
		}
	}
	// Not a terminal: no colour, unless CLICOLOR_FORCE asks for it (and
	// NO_COLOR does not forbid it).
	for _, tt := range []struct {
		env     []string
		noColor bool
	}{
		{[]string{"TERM=xterm-256color"}, true},
		{[]string{"TERM=xterm-256color", "CLICOLOR_FORCE=1"}, false},
		{[]string{"TERM=xterm-256color", "CLICOLOR_FORCE=1", "NO_COLOR=1"}, true},
	} {
		if got := NoColour(Profile(tt.env, false)); got != tt.noColor {
			t.Errorf("not a terminal, %v: no colour %v, want %v", tt.env, got, tt.noColor)
		}
	}
}
