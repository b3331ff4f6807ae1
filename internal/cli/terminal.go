package cli

import (
	"io"
	"os"
	"strconv"

	"github.com/charmbracelet/x/term"

	"github.com/dealtui/dealtui/model"
)

// fdWriter is anything with a file descriptor, such as *os.File.
type fdWriter interface{ Fd() uintptr }

func isTerminal(v any) bool {
	f, ok := v.(fdWriter)
	return ok && term.IsTerminal(f.Fd())
}

// outputWidth is the width of the terminal w writes to, else COLUMNS, else
// 80.
func outputWidth(w io.Writer) int {
	if f, ok := w.(fdWriter); ok && term.IsTerminal(f.Fd()) {
		if width, _, err := term.GetSize(f.Fd()); err == nil && width > 0 {
			return min(max(width, model.MinWidth), model.MaxWidth)
		}
	}
	if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n >= model.MinWidth && n <= model.MaxWidth {
		return n
	}
	return model.DefaultWidth
}
