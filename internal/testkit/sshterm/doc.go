// Package sshterm is an SSH client with a virtual screen, for the tests of
// `dealtui serve` and for scripts/loadtest: it opens a session with a
// terminal of a given size, keeps what the server draws on a virtual
// screen (which answers the terminal queries a real terminal answers),
// timestamps output, and types keys and changes the window size as a
// person at a terminal would.
package sshterm
