// Package cli is dealtui's command line: the commands (the explorer,
// print, items, serve, completion, man, help), their flags, the help and the manual
// page, the exit codes, the checked standard output and the loading of the
// story (the built-in one, or --content's). main.go hands it the process;
// RemoteCommand gives dealtui serve the same print for its SSH clients.
//
// Exit codes: 0 success; 2 a bad flag, value or content pack; 128+n when
// signal n ends the explorer; 1 anything else (output that could not be
// written, an internal error). A pipe closed early ends the program by
// SIGPIPE (141 in a shell), with no message.
package cli
