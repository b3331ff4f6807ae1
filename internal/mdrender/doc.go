// Package mdrender renders Markdown for the reader, as a service that
// every explorer of a process shares (one per terminal, or the sessions
// of a server): Glamour in the dark, light or colourless style, list
// items re-wrapped to hang under their text, everything but SGR styling
// stripped; a cache bounded in bytes, keyed by the document's hash, the
// width and the style; one rendering made once however many ask for it
// (singleflight); at most GOMAXPROCS at a time (a semaphore), each
// within a time and size budget past which the body is shown as plain
// text with a note saying why.
package mdrender
