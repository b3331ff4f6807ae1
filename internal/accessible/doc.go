// Package accessible is dealtui's accessible mode: the story as a
// line-oriented dialogue that a screen reader can follow (issue 21).
//
// The reader types short commands, a line at a time; each is answered
// with plain lines appended to the output, read once, in order. There is
// no alternate screen, no cursor movement, no redraw, no box drawing or
// block characters, no colour or other styling (no SGR at all, whatever
// NO_COLOR says) and no spinner; a mark the explorer draws as a symbol is
// said in words ("background"). Every prompt says where the reader is
// ("Deal changes, item 3 of 10. Command (h for help):"), and a line the
// mode cannot read gets one line saying what it accepts.
//
// Lines are wrapped between words to the terminal's width (80 without
// one), and an answer longer than the terminal is paged with a "more"
// prompt. An item reads exactly as dealtui print --format text writes it
// (model.Story.ItemText). The mode speaks English or Japanese
// (Options.Lang, as a rule the story's); the story's text is the pack's.
//
// Run is one session over an io.Reader and an io.Writer: the command line
// runs it on the process's terminal or pipes, and a server can run one
// per SSH session (Options.Raw: the client's terminal sends raw keys, so
// the session echoes and edits the line itself).
package accessible
