package cli

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/muesli/roff"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dealtui/dealtui/ui"
)

func newManCmd(stdout io.Writer, build Build) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Write the manual page (roff), to read with man -l",
		Long: "man writes dealtui's manual page, in roff, to standard output: read it with " +
			"dealtui man | man -l -, or install it as dealtui.1 in a man1 directory.",
		Example: "  dealtui man | man -l -\n  dealtui man > /usr/local/share/man/man1/dealtui.1",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			_, err := io.WriteString(stdout, manPage(cmd.Root(), build, pageDate(build, os.Getenv, time.Now())))
			return err
		},
	}
}

// pageDate is the date in the page's header: the build's (a release's, or
// the commit's the toolchain recorded); else SOURCE_DATE_EPOCH's, for a
// reproducible build; else today's, the day the page was written.
func pageDate(b Build, getenv func(string) string, now time.Time) string {
	if day, _, _ := strings.Cut(b.Date, "T"); day != "" {
		return day
	}
	if sec, err := strconv.ParseInt(getenv("SOURCE_DATE_EPOCH"), 10, 64); err == nil {
		return time.Unix(sec, 0).UTC().Format(time.DateOnly)
	}
	return now.UTC().Format(time.DateOnly)
}

// manPage is dealtui(1): its commands and options from the command tree,
// its keys from the key map, and what it reads from the environment and
// how it exits. (mango, which fang uses, puts the long description in the
// page header, where it overruns 80 columns, and writes short flags as
// "--f".)
func manPage(root *cobra.Command, b Build, date string) string {
	doc := roff.NewDocument()
	doc.Section("Name")
	doc.Text("dealtui - explore the Microsoft–OpenAI deal of 27 April 2026 in your terminal")
	doc.Section("Synopsis")
	for i, l := range synopsis(root) {
		if i > 0 {
			doc.Paragraph()
		}
		doc.TextBold("dealtui")
		doc.Text(strings.TrimPrefix(l, "dealtui"))
	}
	doc.Section("Description")
	paragraphs(doc, rootLong)
	manCommands(doc, root)
	manFlags(doc, "Options", root.LocalFlags())
	for _, c := range root.Commands() {
		if listed(c) {
			manFlags(doc, "Options of "+c.Name(), c.LocalFlags())
		}
	}
	manKeys(doc)
	manAccessible(doc)
	manLanguage(doc)
	manEnvironment(doc)
	manExitStatus(doc)
	doc.Section("Examples")
	doc.Text(strings.Join(strings.Split(strings.TrimSpace(root.Example), "\n  "), "\n"))
	doc.Section("See also")
	doc.Text("The README at https://github.com/dealtui/dealtui describes the content packs, the JSON export and dealtui's sources.")
	return heading(b, date) + unbrokenSynopsis(doc.String()) + "\n"
}

// unbrokenSynopsis keeps the synopsis's words whole: no hyphenation
// (--idle-timeout DU-RATION) and no break at an option's dashes
// (--proxy-/protocol), as \- is the minus of an option (man-pages(7)).
// roff's Text escapes every request and backslash it is given, so these
// go into its output.
func unbrokenSynopsis(page string) string {
	const from, to = ".SH SYNOPSIS\n", ".SH DESCRIPTION\n"
	i, j := strings.Index(page, from), strings.Index(page, to)
	if i < 0 || j < i {
		return page
	}
	syn := strings.ReplaceAll(page[i+len(from):j], "-", `\-`)
	return page[:i] + from + ".nh\n" + syn + ".hy\n" + page[j:]
}

// paragraphs writes text whose paragraphs are separated by blank lines,
// one .PP between each two (roff's Text starts one at every line break).
func paragraphs(doc *roff.Document, text string) {
	for i, p := range strings.Split(text, "\n\n") {
		if i > 0 {
			doc.Paragraph()
		}
		doc.Text(strings.Join(strings.Fields(p), " "))
	}
}

// heading is the page's .TH line: a short centre title, so that it fits
// 80 columns, and the version and the date in the footer.
func heading(b Build, date string) string {
	v := b.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	return fmt.Sprintf(".TH DEALTUI 1 %q %q %q", date, "dealtui "+v, "User Commands")
}

// synopsis lists each way to call dealtui, with every flag and the name
// of its value.
func synopsis(root *cobra.Command) []string {
	out := []string{"dealtui" + flagsLine(root.LocalFlags())}
	for _, c := range root.Commands() {
		if listed(c) {
			out = append(out, "dealtui "+c.Use+flagsLine(c.LocalFlags()))
		}
	}
	return append(out, "dealtui --version")
}

// flagsLine is " [--flag VALUE] [--switch]…" for the flags of fs, but
// --help and --version.
func flagsLine(fs *pflag.FlagSet) string {
	line := ""
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" || f.Name == "version" {
			return
		}
		if v := flagValue(f); v != "" {
			line += " [--" + f.Name + " " + v + "]"
		} else {
			line += " [--" + f.Name + "]"
		}
	})
	return line
}

// manCommands describes each command: its long description, or its short
// one made a sentence; later paragraphs stay indented under it.
func manCommands(doc *roff.Document, root *cobra.Command) {
	doc.Section("Commands")
	for _, c := range root.Commands() {
		if !listed(c) {
			continue
		}
		doc.TaggedParagraph(-1)
		doc.TextBold(c.Use)
		doc.EndSection()
		long := c.Long
		if long == "" {
			long = c.Short + "."
		}
		for i, p := range strings.Split(long, "\n\n") {
			if i > 0 {
				doc.Indent(-1)
				doc.Paragraph()
			}
			doc.Text(strings.Join(strings.Fields(p), " "))
			if i > 0 {
				doc.IndentEnd()
			}
		}
	}
}

func manFlags(doc *roff.Document, title string, fs *pflag.FlagSet) {
	titled := false
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" {
			return
		}
		if !titled {
			doc.Section(title)
			titled = true
		}
		doc.TaggedParagraph(-1)
		flag := "--" + f.Name
		if f.Shorthand != "" {
			flag = "-" + f.Shorthand + ", " + flag
		}
		doc.TextBold(flag)
		if v := flagValue(f); v != "" {
			doc.Text(" ")
			doc.TextItalic(v)
		}
		doc.EndSection()
		doc.Text(flagUsage(f))
	})
}

// manKeys lists every key of the explorer, from the key map.
func manKeys(doc *roff.Document) {
	doc.Section("Keys")
	doc.Text("In the explorer (the same list is under ? in the program):")
	for _, g := range ui.DefaultKeyMap().Groups() {
		doc.Paragraph()
		doc.TextBold(g.Title)
		for _, k := range g.Bindings {
			h := k.Help()
			doc.TaggedParagraph(-1)
			doc.TextBold(h.Key)
			doc.EndSection()
			doc.Text(h.Desc)
		}
	}
	doc.Paragraph()
	doc.Text("The mouse: a click on a tab, a row, a timeline marker or a link goes there; the wheel scrolls what is under the pointer. --no-mouse leaves the mouse to the terminal.")
}

func manEnvironment(doc *roff.Document) {
	doc.Section("Environment")
	for _, e := range [][2]string{
		{"ACCESSIBLE", "Set to anything but empty, starts the accessible mode instead of the explorer, as --accessible does; a client of dealtui serve may send it too."},
		{"NO_COLOR", "Set to anything, turns colour off; bold, underline and reverse stay (https://no-color.org)."},
		{"CLICOLOR_FORCE", "Set to 1, keeps colour when the output is not known to be a colour terminal. NO_COLOR wins over it."},
		{"TERM", "The terminal's type. dumb, or no terminal at all, gets the plain-text story instead of the explorer; a type whose terminfo entry has fewer than eight colours gets no colour."},
		{"COLUMNS", "The width the plain-text story (without --width) and the help are wrapped to when standard output is not a terminal (else 80)."},
		{"COLORFGBG", "Set by rxvt, Konsole and others, and passed on by GNU screen and tmux (\"15;0\": foreground;background). With --theme auto, the explorer starts light when its last field is a light colour (7 or 9 to 255), dark otherwise; the terminal's answer to the background colour query, when it gives one, decides."},
		{"LC_ALL, LC_MESSAGES, LANG", "The first one set chooses the language of the story and the explorer with --lang auto: Japanese when it names Japanese (ja, ja_JP.UTF-8), else English. dealtui writes UTF-8 whatever the locale: a terminal set to another encoding shows its box drawing and wide text wrongly."},
	} {
		doc.TaggedParagraph(-1)
		doc.TextBold(e[0])
		doc.EndSection()
		doc.Text(e[1])
	}
}

// manExitStatus lists the exit codes (the same as internal/cli/doc.go).
func manExitStatus(doc *roff.Document) {
	doc.Section("Exit status")
	for _, e := range [][2]string{
		{"0", "Success."},
		{"1", "An internal error, or output that could not be written (a closed or full standard output)."},
		{"2", "A bad flag, a bad value, or a content pack with problems (each named with its file and line)."},
		{"128+n", "Signal n ended the explorer: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP or the terminal closing, 131 for SIGQUIT (after the goroutine dump)."},
		{"141", "Standard output is a pipe whose reader stopped reading (dealtui print | head -1): SIGPIPE ends dealtui at once, without a message, as it does any filter in a pipeline."},
	} {
		doc.TaggedParagraph(-1)
		doc.TextBold(e[0])
		doc.EndSection()
		doc.Text(e[1])
	}
}
