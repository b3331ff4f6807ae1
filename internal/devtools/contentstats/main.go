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
