package termcap

import (
	"io"
	"strconv"

	"github.com/charmbracelet/x/term"

	"github.com/dealtui/dealtui/model"
)

// fdWriter is anything with a file descriptor, such as *os.File.
type fdWriter interface{ Fd() uintptr }

// IsTerminal reports whether v (a reader or writer) is a terminal.
func IsTerminal(v any) bool {
	f, ok := v.(fdWriter)
	return ok && term.IsTerminal(f.Fd())
}

// Width is the width to wrap text written to w at: the terminal's when w
// is one, else COLUMNS from env, else 80; within the widths the text
// export takes (model.MinWidth to model.MaxWidth).
// It is the one rule for every text output (print, --help): a caller
// that wants a narrower measure (--help's 120 columns, for reading) caps
// it itself.
func Width(w io.Writer, env []string) int {
	if f, ok := w.(fdWriter); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return min(max(width, model.MinWidth), model.MaxWidth)
		}
	}
	if n, err := strconv.Atoi(Getenv(env, "COLUMNS")); err == nil && n >= model.MinWidth && n <= model.MaxWidth {
		return n
	}
	return model.DefaultWidth
}
