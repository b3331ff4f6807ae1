// Package termemu runs a terminal program in a pseudo-terminal for
// whole-process measurements (scripts/bench) and tests that need a real
// terminal. The terminal is emulated by
// github.com/charmbracelet/x/vt (Term): it keeps the screen the program
// draws and answers the queries a real terminal answers. Every read of the
// program's output is timestamped, and the reads that change the screen
// (its text or its styles) are told apart from those that do not, so that
// the time to a frame, and to the screen settling, can be measured on what
// a user would see.
package termemu
