package cli

import (
	"context"
	"io"
	"os"

	"github.com/charmbracelet/x/term"
	"github.com/muesli/roff"
	"github.com/spf13/pflag"

	"github.com/dealtui/dealtui/internal/accessible"
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// addAccessibleFlag is --accessible on the root command.
func addAccessibleFlag(f *pflag.FlagSet, on *bool) {
	f.BoolVar(on, "accessible", false, "read the story line by line, for screen readers: numbered lists and short commands instead of the full-screen explorer (also ACCESSIBLE set non-empty)")
}

// wantsAccessible is --accessible, or ACCESSIBLE set to anything but
// empty, as huh and the gh CLI read it.
func wantsAccessible(flag bool) bool {
	return flag || os.Getenv("ACCESSIBLE") != ""
}

// runAccessible runs the accessible mode on the process's standard input
// and output, terminals or not: a screen reader's user may pipe. The
// terminal is left as it is: it echoes and edits each line itself.
func runAccessible(ctx context.Context, story *model.Story, stdin io.Reader, stdout io.Writer, o options, tour bool) error {
	opts := accessible.Options{
		Lang: story.Lang,
		Size: func() (int, int) { return o.textWidth(stdout), terminalHeight(stdout) },
		// Lines typed into a pipe are seen by nobody: echoed, the output
		// reads as the dialogue it was.
		Echo: !termcap.IsTerminal(stdin),
		Pane: o.pane,
		Item: o.item,
		Tour: tour,
	}
	return accessible.Run(ctx, story, stdin, stdout, opts)
}

// terminalHeight is the height of the terminal w writes to, or 0 when it
// is none: the accessible mode pages only on a terminal.
func terminalHeight(w io.Writer) int {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok || !term.IsTerminal(f.Fd()) {
		return 0
	}
	if _, h, err := term.GetSize(f.Fd()); err == nil {
		return h
	}
	return 0
}

// manAccessible is the man page's section on the accessible mode.
func manAccessible(doc *roff.Document) {
	doc.Section("Accessible mode")
	doc.Text("dealtui --accessible, or dealtui with ACCESSIBLE set to any non-empty value, reads the story as a dialogue a screen reader can follow: " +
		"plain lines appended to the terminal, no full-screen drawing, no cursor movement, no colour, no symbols standing for words. " +
		"It works with standard input and output as pipes too, and starts at --pane or --item when given. " +
		"Every prompt says where you are (\"Deal changes, item 3 of 10. Command (h for help):\"); type a command and enter:")
	for _, c := range [][2]string{
		{"a number", "open what the last list numbers: a pane of the menu, an item of a pane, a related item (\"See also\"), a search result or a tour step"},
		{"n, p", "the next or previous item of the pane; in the tour, the next or previous step"},
		{"b", "back to where you were"},
		{"r", "read again where you are"},
		{"s", "the sources the item or tour step cites, with our account of each"},
		{"/words", "search the whole story (/ alone asks for the words); results are numbered"},
		{"t", "the guided tour, one step at a time (\"Step 3 of 13. Deal changes: ...\"); enter goes to the next step, o opens the step's item, b leaves the tour and t resumes it"},
		{"m", "the menu of panes, with how many items each has"},
		{"h", "help"},
		{"q", "quit (the end of the input quits too)"},
	} {
		doc.TaggedParagraph(-1)
		doc.TextBold(c[0])
		doc.EndSection()
		doc.Text(c[1])
	}
	doc.Paragraph()
	doc.Text("An item reads as dealtui print --format text writes it. Lines are wrapped to the terminal's width (--width, else COLUMNS, else 80) between words; an answer longer than the terminal stops at a \"More\" prompt.")
	doc.Paragraph()
	doc.Text("Over SSH (dealtui serve), ssh -t HOST accessible, or ACCESSIBLE sent in the client's environment (ssh -o SetEnv=ACCESSIBLE=1 HOST), gives the same mode in the session's language (ssh -t HOST accessible ja for Japanese); " +
		"ssh HOST accessible without a terminal reads its commands from standard input.")
}
