package serve

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/pflag"

	"github.com/dealtui/dealtui/internal/termsafe"
	"github.com/dealtui/dealtui/model"
)

// Exit statuses of a session.
const (
	exitOK    = 0
	exitError = 1
	exitUsage = 2
)

// commandUsage is the one command the server answers.
const commandUsage = "print [--format text|markdown|json] [--width N]"

// runCommand answers `ssh host print [--format F] [--width N]` as the local
// `dealtui print` does, writing to out. Anything else gets one line on
// errOut and exit status 2. width is the client's terminal width, or 0.
func runCommand(story *model.Story, args []string, width int, out, errOut io.Writer) int {
	if len(args) == 0 || args[0] != "print" {
		name := ""
		if len(args) > 0 {
			name = args[0]
		}
		fmt.Fprintf(errOut, "dealtui: unknown command \"%s\": this server answers only: %s\n", termsafe.Visible(name), commandUsage)
		return exitUsage
	}
	f, w, err := parsePrint(args[1:])
	switch {
	case errors.Is(err, pflag.ErrHelp):
		fmt.Fprintf(out, "usage: ssh HOST %s\n", commandUsage)
		return exitOK
	case err != nil:
		fmt.Fprintf(errOut, "dealtui: %s\n", termsafe.Visible(err.Error()))
		return exitUsage
	}
	if w == 0 && width > 0 {
		w = min(max(width, model.MinWidth), model.MaxWidth)
	}
	if w == 0 {
		w = model.DefaultWidth
	}
	if err := story.Export(out, f, w); err != nil {
		return exitError // the client went away
	}
	return exitOK
}

// parsePrint reads print's flags: -f/--format and --width.
func parsePrint(args []string) (model.Format, int, error) {
	fs := pflag.NewFlagSet("print", pflag.ContinueOnError)
	fs.SetOutput(io.Discard)
	format := fs.StringP("format", "f", "text", "")
	var width int
	fs.Var(printWidth{&width}, "width", "")
	if err := fs.Parse(args); err != nil {
		return "", 0, err
	}
	if fs.NArg() > 0 {
		return "", 0, fmt.Errorf("unexpected argument %q for \"dealtui print\"", fs.Arg(0))
	}
	f, err := model.ParseFormat(*format)
	if err != nil {
		return "", 0, err
	}
	return f, width, nil
}

// printWidth is --width: a whole number of columns from 20 to 1000, with
// dealtui print's message when it is not.
type printWidth struct{ n *int }

func (w printWidth) String() string { return strconv.Itoa(*w.n) }
func (w printWidth) Type() string   { return "int" }

func (w printWidth) Set(s string) error {
	n, err := model.ParseWidth(s)
	if err != nil {
		return err
	}
	*w.n = n
	return nil
}

// commandLine shows a command as a log records it.
func commandLine(args []string) string {
	s := strings.Join(args, " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return termsafe.Visible(s)
}
