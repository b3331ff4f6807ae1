// Command benchrun is scripts/bench: it measures dealtui as a user meets
// it, beside baseline programs and beside an earlier commit, in one run on
// one machine, and prints the tables of docs/PERFORMANCE.md. It exits 1
// when a budget of docs/PERFORMANCE.md is missed. It needs only Go, git
// and Linux: the binaries are built here, the terminal is a
// pseudo-terminal emulated by github.com/charmbracelet/x/vt
// (internal/testkit/termemu).
package main
