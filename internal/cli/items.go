package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/internal/termcap"
	"github.com/dealtui/dealtui/model"
)

// itemsFormats are the forms dealtui items writes.
func itemsFormats() []string { return []string{"text", "json"} }

func newItemsCmd(stdout io.Writer, o *options) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "items",
		Short: "List the story's items: the ids --item takes, with their panes and titles",
		Long: "items lists every item the explorer can open at, one a line, in the order " +
			"of the panes: its id (what --item takes), its pane (what --pane takes) and its " +
			"title (on a terminal, a long title goes on under itself). The source digest " +
			"(P01…, B01…) and the source notes (N01…) are not items: they open from the " +
			"items that cite them.",
		Example: "  dealtui items\n  dealtui items | grep -i licence\n" +
			"  dealtui items --format json | jq -r '.[] | select(.pane == \"japan\") | .id'",
		Args: cobra.ArbitraryArgs, // checked in RunE, so the message is ours
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			if !slices.Contains(itemsFormats(), format) {
				return usagef("--format: unknown format %q: want one of %s", format, strings.Join(itemsFormats(), ", "))
			}
			story, err := loadStory(cmd, o.contentDir, o.lang)
			if err != nil {
				return err
			}
			if format == "json" {
				return writeItemsJSON(stdout, story)
			}
			width := 0
			if termcap.IsTerminal(stdout) {
				width = termcap.Width(stdout, os.Environ())
			}
			return writeItems(stdout, story.ForScreen(), width)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&format, "format", "f", "text", "the output's FORMAT: "+strings.Join(itemsFormats(), ", "))
	valueFlag(fl, "format", "FORMAT")
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions(itemsFormats(), cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// itemLine is one item of the list.
type itemLine struct {
	ID    string     `json:"id"`
	Pane  string     `json:"pane"`
	Kind  model.Kind `json:"kind"`
	Title string     `json:"title"`
}

func itemLines(s *model.Story) []itemLine {
	entries := s.Entries()
	out := make([]itemLine, 0, len(entries))
	for _, e := range entries {
		it := e.Base()
		out = append(out, itemLine{it.ID, model.PaneOf(e).Name(), it.Kind, it.Title})
	}
	return out
}

// writeItems writes one item a line, its id, pane and title in columns.
// On a terminal (width > 0), a title too long for the line goes on under
// itself rather than back at the left edge; elsewhere (a pipe, a file)
// each item is one line, whatever its length, for grep and awk.
func writeItems(w io.Writer, s *model.Story, width int) error {
	lines := itemLines(s)
	idWidth, paneWidth := 0, 0
	for _, l := range lines {
		idWidth = max(idWidth, ansi.StringWidth(l.ID))
		paneWidth = max(paneWidth, ansi.StringWidth(l.Pane))
	}
	indent := idWidth + paneWidth + 4
	var b strings.Builder
	for _, l := range lines {
		title := l.Title
		if room := width - indent; width > 0 && room >= 20 && ansi.StringWidth(title) > room {
			title = strings.ReplaceAll(ansi.Wordwrap(title, room, ""), "\n", "\n"+strings.Repeat(" ", indent))
		}
		fmt.Fprintf(&b, "%s  %s  %s\n", pad(l.ID, idWidth), pad(l.Pane, paneWidth), title)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func pad(s string, width int) string {
	return s + strings.Repeat(" ", max(width-ansi.StringWidth(s), 0))
}

func writeItemsJSON(w io.Writer, s *model.Story) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(itemLines(s))
}

// checkItem refuses an id --item cannot open, saying what it is when it
// names a source, and which ids are near it.
func checkItem(s *model.Story, id string) error {
	if _, ok := s.Entry(id); ok {
		return nil
	}
	const list = "List the ids --item takes with: dealtui items"
	if src, ok := s.Source(strings.ToUpper(id)); ok {
		msg := fmt.Sprintf("--item %q: %s is %s, not a story item; --item takes story items only.", id, src.ID, sourceKind(src.Kind))
		if by := s.CitedBy(src.ID); len(by) > 0 {
			msg += fmt.Sprintf("\n%s opens from the items that cite it (s in the explorer shows an item's cited sources), such as --item %s.", src.ID, by[0].Base().ID)
		}
		return usagef("%s\n%s", msg, list)
	}
	msg := fmt.Sprintf("--item %q: no item has that id", id)
	if near := s.NearestIDs(id, 3); len(near) > 0 {
		msg += "; did you mean " + orList(near) + "?"
	}
	return usagef("%s\n%s", msg, list)
}

// sourceKind names a kind of source in a sentence.
func sourceKind(k model.Kind) string {
	switch k {
	case model.KindBlock:
		return "the digest of an article block"
	case model.KindFact:
		return "a background fact"
	}
	return "a source note"
}

// orList joins words as "a", "a or b", "a, b or c".
func orList(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " or " + words[len(words)-1]
}
