// Command contentstats measures the story's text: how many words each pane
// holds and what share of each story pane's sentences are caveats.
//
//	scripts/devtool contentstats [--content DIR] [--sentences PANE]
//
// Without --content it measures the pack embedded in the binary.
// --sentences PANE also lists that pane's sentences, each marked C when it
// counts as a caveat, so the rule below can be checked by eye.
//
// # Words
//
// A word is a run of letters or digits, with an apostrophe and letters
// attached ("OpenAI's" is one word). Counted: every text field of a file's
// front matter (title, summary, before/after, enables, caveats, what_changed,
// definitions, a digest entry's section and source, …) and the Markdown
// body. Not counted: fields that hold ids or closed words (id, kind,
// provenance, citations, related, notes, terms, blocks, gains, changed,
// subject, group, role, origin, date) and a glossary entry's match phrases.
//
// Panes: story (story.md), timeline, deal, japan, impact, glossary, notes,
// and digest (sources/article and sources/background).
//
// # Caveat sentences
//
// The sentences of an item are its summary, its sentence-like fields
// (what_changed, why_it_matters, before, after, enables, in_this_deal),
// each caveats entry, and its body: headings are left out, each list
// entry and each paragraph is split at a full stop, question mark or
// exclamation mark that is followed by a space and a capital letter or a
// digit. Titles are not sentences, nor are pieces of fewer than three
// words, such as the labels "Before." and "Who gains.".
//
// A sentence is a caveat sentence when it stands in a caveats list, or
// when its point is what the sources do not say or leave unclear. The
// second part is recognised by wording (see caveatPatterns): "does not
// say", "gives no", "no figures", "not stated", "unnamed", "unclear",
// "asserted, not shown", "leave open", "garbled", "rather than events" and
// the like. The share printed is
// caveat sentences / all sentences of the pane.
package main

import (
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/dealtui/dealtui/content"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("contentstats", flag.ContinueOnError)
	fl.SetOutput(stderr)
	dir := fl.String("content", "", "measure the content pack in `DIR` instead of the embedded one")
	list := fl.String("sentences", "", "also list the sentences of `PANE`, caveats marked C")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "contentstats: unexpected argument %q\n", fl.Arg(0))
		return 2
	}
	if *list != "" && !storyPanes()[*list] {
		fmt.Fprintf(stderr, "contentstats: --sentences %q: want one of story, timeline, deal, japan, impact\n", *list)
		return 2
	}
	var fsys fs.FS = content.FS()
	if *dir != "" {
		if info, err := os.Stat(*dir); err != nil || !info.IsDir() {
			fmt.Fprintf(stderr, "contentstats: --content %s: not a readable directory\n", *dir)
			return 2
		}
		fsys = os.DirFS(*dir)
	}
	st, err := measure(fsys)
	if err != nil {
		fmt.Fprintf(stderr, "contentstats: %v\n", err)
		return 1
	}
	st.print(stdout)
	if *list != "" {
		st.printSentences(stdout, *list)
	}
	return 0
}
