// Package termcap answers what the program needs to know about the
// terminal it writes to, one rule per question, for the local explorer,
// the command line and every SSH session alike: its colour profile
// (Profile), whether it is a terminal (IsTerminal), and how wide text
// written to it should be (Width).
package termcap
