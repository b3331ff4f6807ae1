package model

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dealtui/dealtui/internal/termsafe"
)

// Problem is one thing wrong with a content pack, at a file and line.
type Problem struct {
	File string // relative to the pack
	Line int    // 1-based; 0 when the problem concerns the whole file or pack
	Msg  string
}

func (p Problem) String() string {
	switch {
	case p.File == "":
		return p.Msg
	case p.Line == 0:
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// LoadError lists every problem found while loading a pack.
type LoadError struct {
	Root     string // how the pack was named to the user, e.g. "content" or a directory
	Problems []Problem
}

func (e *LoadError) Error() string {
	var b strings.Builder
	n := len(e.Problems)
	noun := "problems"
	if n == 1 {
		noun = "problem"
	}
	fmt.Fprintf(&b, "content %s: %d %s", termsafe.VisibleLine(e.Root), n, noun)
	for _, p := range e.Problems {
		b.WriteString("\n  ")
		if p.File != "" && e.Root != "" {
			p.File = termsafe.VisibleLine(e.Root) + "/" + p.File
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// problems collects problems during a load.
type problems struct{ list []Problem }

// add records a problem. The file and the message are made visible on one
// line: whatever a file's text or a parser's message holds, a problem is
// one line of output and carries no terminal control.
func (ps *problems) add(file string, line int, format string, args ...any) {
	ps.list = append(ps.list, Problem{File: termsafe.VisibleLine(file), Line: line, Msg: termsafe.VisibleLine(fmt.Sprintf(format, args...))})
}

func (ps *problems) sorted() []Problem {
	out := slices.Clone(ps.list)
	slices.SortStableFunc(out, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line))
	})
	return out
}
