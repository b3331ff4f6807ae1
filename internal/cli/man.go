package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/muesli/roff"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dealtui/dealtui/ui"
)

func newManCmd(stdout io.Writer, build Build) *cobra.Command {
	return &cobra.Command{
		Use:     "man",
		Short:   "Write the manual page (roff), to read with man -l",
		Example: "  dealtui man | man -l -\n  dealtui man > /usr/local/share/man/man1/dealtui.1",
		Args:    cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			_, err := io.WriteString(stdout, manPage(cmd.Root(), build))
			return err
		},
	}
}

// manPage is dealtui(1): its commands and options from the command tree,
// its keys from the key map, and what it reads from the environment and
// how it exits. (mango, which fang uses, puts the long description in the
// page header, where it overruns 80 columns, and writes short flags as
// "--f".)
func manPage(root *cobra.Command, b Build) string {
	doc := roff.NewDocument()
	section := func(name, text string) {
		doc.Section(name)
		doc.Text(text)
	}
	section("Name", "dealtui - explore the Microsoft–OpenAI deal of 27 April 2026 in your terminal")
	doc.Section("Synopsis")
	for i, l := range synopsis(root) {
		if i > 0 {
			doc.Paragraph()
		}
		doc.TextBold("dealtui")
		doc.Text(strings.TrimPrefix(l, "dealtui"))
	}
	section("Description", rootLong)
	manCommands(doc, root)
	root.InitDefaultVersionFlag()
	manFlags(doc, "Options", root.LocalFlags())
	for _, c := range root.Commands() {
		if c.IsAvailableCommand() {
			manFlags(doc, "Options of "+c.Name(), c.LocalFlags())
		}
	}
	manKeys(doc)
	manAccessible(doc)
	manEnvironment(doc)
	section("Exit status", "0 on success.\n1 after an internal error, or when the output could not be written (a closed or full standard output).\n2 for a bad flag, a bad value, or a content pack with problems (each named with its file and line).\n128+n when signal n ends the explorer: 130 for SIGINT, 143 for SIGTERM, 129 for SIGHUP or the terminal closing, 131 for SIGQUIT (after the goroutine dump).")
	section("Examples", strings.Join(strings.Split(strings.TrimSpace(root.Example), "\n  "), "\n"))
	section("See also", "The README at https://github.com/dealtui/dealtui describes the content packs, the JSON export and dealtui's sources.")
	return heading(b) + doc.String() + "\n"
}

// heading is the page's .TH line: a short centre title, so that it fits
// 80 columns, and the version and build date in the footer.
func heading(b Build) string {
	v := b.Version
	if v == "" || v == "(devel)" {
		v = "dev"
	}
	day, _, _ := strings.Cut(b.Date, "T")
	return fmt.Sprintf(".TH DEALTUI 1 %q %q %q", day, "dealtui "+v, "User Commands")
}

// synopsis lists each way to call dealtui.
func synopsis(root *cobra.Command) []string {
	out := []string{"dealtui [--content DIR] [--theme THEME] [--pane PANE] [--item ID] [--no-mouse] [--accessible] [--width N]"}
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		line := "dealtui " + c.Use
		c.LocalFlags().VisitAll(func(f *pflag.Flag) {
			if name, _ := pflag.UnquoteUsage(f); name != "" && f.Value.Type() != "bool" {
				line += " [--" + f.Name + " " + name + "]"
			}
		})
		out = append(out, line)
	}
	return append(out, "dealtui --version")
}

func manCommands(doc *roff.Document, root *cobra.Command) {
	doc.Section("Commands")
	for _, c := range root.Commands() {
		if !c.IsAvailableCommand() {
			continue
		}
		doc.TaggedParagraph(-1)
		doc.TextBold(c.Use)
		doc.EndSection()
		long := c.Long
		if long == "" {
			long = c.Short
		}
		doc.Text(long)
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
		name, usage := pflag.UnquoteUsage(f)
		if f.Name == "version" {
			name, usage = "", "show the version, commit and build date"
		}
		doc.TaggedParagraph(-1)
		flag := "--" + f.Name
		if f.Shorthand != "" {
			flag = "-" + f.Shorthand + ", " + flag
		}
		doc.TextBold(flag)
		if name != "" && f.Value.Type() != "bool" {
			doc.Text(" ")
			doc.TextItalic(name)
		}
		doc.EndSection()
		doc.Text(usage)
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
		{"ACCESSIBLE", "Set to anything but empty, starts the accessible mode instead of the explorer, as --accessible does."},
		{"NO_COLOR", "Set to anything, turns colour off; bold, underline and reverse stay (https://no-color.org)."},
		{"CLICOLOR_FORCE", "Set to 1, keeps colour when the output is not known to be a colour terminal. NO_COLOR wins over it."},
		{"TERM", "The terminal's type. dumb, or no terminal at all, gets the plain-text story instead of the explorer; a type whose terminfo entry has fewer than eight colours gets no colour."},
		{"COLUMNS", "The width plain text is wrapped to when standard output is not a terminal and --width is not given (else 80)."},
		{"LANG", "dealtui writes UTF-8 whatever the locale: a terminal set to another encoding shows its box drawing and wide text wrongly."},
	} {
		doc.TaggedParagraph(-1)
		doc.TextBold(e[0])
		doc.EndSection()
		doc.Text(e[1])
	}
}
