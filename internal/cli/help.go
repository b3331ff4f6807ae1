package cli

import (
	"fmt"
	"io"
	"os"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpStyles are the few styles of --help; colour goes through a
// colorprofile writer, so it drops to plain text in a pipe or with
// NO_COLOR.
type helpStyles struct {
	title, name, value, muted lipgloss.Style
}

func newHelpStyles() helpStyles {
	accent := lipgloss.Color("#8B75FF")
	return helpStyles{
		title: lipgloss.NewStyle().Bold(true).Foreground(accent),
		name:  lipgloss.NewStyle().Bold(true),
		value: lipgloss.NewStyle().Italic(true),
		muted: lipgloss.NewStyle().Faint(true),
	}
}

// printHelp writes a command's help, wrapped to the terminal's width (80
// when not writing to a terminal) at word boundaries, with each flag's
// value named (--pane PANE). Fang's help, which this replaces, pads every
// line to 120 columns in a pipe, shows no value names and does not wrap
// flag descriptions.
func printHelp(cmd *cobra.Command, _ []string) {
	out := cmd.OutOrStdout()
	env := os.Environ()
	w := &colorprofile.Writer{Forward: out, Profile: termcap.Profile(env, termcap.IsTerminal(out))}
	h := helpWriter{w: w, width: helpWidth(out, env), st: newHelpStyles()}
	h.write(cmd)
}

// helpWidth is the width help wraps at: the terminal's (or COLUMNS, or
// 80), at least 40, and at most 120, which reads better on a wide screen.
func helpWidth(w io.Writer, env []string) int {
	return min(max(termcap.Width(w, env), 40), 120)
}

type helpWriter struct {
	w     io.Writer
	width int
	st    helpStyles
}

func (h helpWriter) write(cmd *cobra.Command) {
	intro := cmd.Short
	if cmd.Long != "" && cmd.HasParent() {
		intro = cmd.Long
	}
	h.para(intro, "")
	if !cmd.HasParent() && cmd.Long != "" {
		h.line("")
		h.para(cmd.Long, "")
	}
	h.section("Usage")
	h.line("  " + cmd.UseLine())
	if cmd.HasAvailableSubCommands() {
		h.line("  " + cmd.CommandPath() + " COMMAND [flags]")
	}
	h.commands(cmd)
	h.flags("Flags", cmd.LocalFlags())
	h.flags("Flags of every command", cmd.InheritedFlags())
	if cmd.Example != "" {
		h.section("Examples")
		for _, l := range strings.Split(cmd.Example, "\n") {
			h.line(h.st.muted.Render(ansi.Truncate(l, h.width, "…")))
		}
	}
	if cmd.HasAvailableSubCommands() {
		more := fmt.Sprintf("Run '%s COMMAND --help' for a command's help", cmd.CommandPath())
		if hasCommand(cmd.Root(), "man") {
			more += ", and 'dealtui man | man -l -' for the manual"
		}
		h.line("")
		h.para(more+".", "")
	}
}

func (h helpWriter) line(s string) { fmt.Fprintln(h.w, s) }

func (h helpWriter) section(title string) {
	h.line("")
	h.line(h.st.title.Render(strings.ToUpper(title)))
}

// para writes text wrapped at word boundaries, each line after indent,
// with a blank line between its paragraphs.
func (h helpWriter) para(text, indent string) {
	for i, p := range strings.Split(text, "\n\n") {
		if i > 0 {
			h.line("")
		}
		for _, l := range wrapWords(p, h.width-ansi.StringWidth(indent)) {
			h.line(indent + l)
		}
	}
}

func (h helpWriter) commands(cmd *cobra.Command) {
	var rows [][2]string
	for _, c := range cmd.Commands() {
		if listed(c) {
			rows = append(rows, [2]string{h.st.name.Render(c.Name()) + usageArgs(c), c.Short})
		}
	}
	if len(rows) > 0 {
		h.section("Commands")
		h.table(rows)
	}
}

// usageArgs is what a command takes after its name, from its Use line.
func usageArgs(c *cobra.Command) string {
	_, args, ok := strings.Cut(c.Use, " ")
	if !ok {
		return ""
	}
	return " " + args
}

func (h helpWriter) flags(title string, fs *pflag.FlagSet) {
	var rows [][2]string
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		rows = append(rows, h.flagRow(f))
	})
	if len(rows) > 0 {
		h.section(title)
		h.table(rows)
	}
}

// flagRow is a flag's names with its value's name, and what it does.
func (h helpWriter) flagRow(f *pflag.Flag) [2]string {
	value := flagValue(f)
	names := "    --" + f.Name
	if f.Shorthand != "" {
		names = "-" + f.Shorthand + ", --" + f.Name
	}
	names = h.st.name.Render(names)
	if value != "" {
		names += " " + h.st.value.Render(value)
	}
	return [2]string{names, flagUsage(f)}
}

// table writes rows of a name and its description, the descriptions in a
// column and wrapped under it; a name too long for the column puts its
// description on the next line.
func (h helpWriter) table(rows [][2]string) {
	col := 0
	for _, r := range rows {
		col = max(col, ansi.StringWidth(r[0]))
	}
	col = min(col, h.width/3) + 4
	for _, r := range rows {
		left := "  " + r[0]
		desc := wrapWords(r[1], max(h.width-col, 20))
		pad := strings.Repeat(" ", col)
		if w := ansi.StringWidth(left); w+2 <= col {
			h.line(left + strings.Repeat(" ", col-w) + desc[0])
			desc = desc[1:]
		} else {
			h.line(left)
		}
		for _, d := range desc {
			h.line(pad + d)
		}
	}
}

// wrapWords fills lines of at most limit columns with the words of text,
// breaking only at spaces: a flag such as --format is never split at its
// hyphens. A word longer than the limit stands on a line of its own.
func wrapWords(text string, limit int) []string {
	var lines []string
	line, w := "", 0
	for _, word := range strings.Fields(text) {
		ww := ansi.StringWidth(word)
		if w > 0 && w+1+ww > limit {
			lines = append(lines, line)
			line, w = "", 0
		}
		if w > 0 {
			line += " "
			w++
		}
		line += word
		w += ww
	}
	return append(lines, line)
}

// hasCommand reports whether root has a command of that name (over SSH,
// dealtui serve answers print alone).
func hasCommand(root *cobra.Command, name string) bool {
	for _, c := range root.Commands() {
		if c.Name() == name {
			return true
		}
	}
	return false
}
