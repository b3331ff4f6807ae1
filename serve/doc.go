// Package serve is `dealtui serve`: the explorer over SSH. Each SSH session
// with a terminal runs its own explorer program over the session's own
// input and output; sessions without one get the story as text, or the
// answer to a `print` command. One loaded story is shared by all sessions.
// The server never touches the terminal of the process that runs it.
package serve
