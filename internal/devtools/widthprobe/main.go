package main

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/model"
)

// sequences are what the table measures. Those of scripts (script true)
// measure two ways whatever dealtui does: their letters are the text.
var sequences = []struct {
	name, s string
	script  bool
}{
	{"ascii", "ab", false},
	{"cjk", "富士", false},
	{"family-zwj", "\U0001F468\u200d\U0001F469\u200d\U0001F467\u200d\U0001F466", false},
	{"woman-technologist", "\U0001F469\u200d\U0001F4BB", false},
	{"rainbow-flag", "\U0001F3F3\ufe0f\u200d\U0001F308", false},
	{"heart-on-fire", "\u2764\ufe0f\u200d\U0001F525", false},
	{"heart-vs16", "\u2764\ufe0f", false},
	{"trademark-vs16", "\u2122\ufe0f", false},
	{"keycap", "1\ufe0f\u20e3", false},
	{"thumbs-skin-tone", "\U0001F44D\U0001F3FD", false},
	{"thumbs-vs16", "\U0001F44D\ufe0f", false},
	{"flag-jp", "\U0001F1EF\U0001F1F5", false},
	{"lone-regional-indicator", "\U0001F1EF\U0001F1F5\U0001F1EF", false},
	{"subdivision-flag", "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F", false},
	{"sun-vs15", "\u2600\ufe0e", false},
	{"persian-zwnj", "\u0645\u06cc\u200c\u062e\u0648", false},
	{"devanagari-zwj", "\u0915\u094d\u200d\u0937", true},
	{"devanagari-conjunct", "\u0915\u094d\u0937", true},
	{"hindi-word", "\u0939\u093f\u0928\u094d\u0926\u0940", true},
	{"thai", "\u0e01\u0e33", true},
	{"soft-hyphen", "a\u00adb", false},
	{"hangul-filler", "a\u3164b", false},
}

func main() {
	if len(os.Args) < 2 {
		fail("usage: widthprobe table | print NAME raw|clean | pack DIR | columns")
	}
	var err error
	switch os.Args[1] {
	case "table":
		err = table()
	case "print":
		err = printOne(os.Args[2:])
	case "pack":
		if len(os.Args) < 3 {
			fail("usage: widthprobe pack DIR [all]")
		}
		err = writePack(os.Args[2], len(os.Args) > 3 && os.Args[3] == "all")
	case "columns":
		err = columns()
	default:
		fail("widthprobe: unknown command " + os.Args[1])
	}
	if err != nil {
		fail("widthprobe: " + err.Error())
	}
}

func fail(msg string) {
	fmt.Fprintln(os.Stderr, msg)
	os.Exit(2)
}

// cleaned gives each sequence as dealtui loads it: each is a caveat of the
// pack's Japan item.
func cleaned() (map[string]string, error) {
	dir, err := os.MkdirTemp("", "widthprobe")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	if err := writePack(dir, true); err != nil {
		return nil, err
	}
	s, err := model.LoadDir(dir)
	if err != nil {
		return nil, err
	}
	out := map[string]string{}
	for i, c := range s.Japan[0].Caveats {
		out[sequences[i].name] = strings.TrimSuffix(strings.SplitN(c, ": ", 2)[1], " end")
	}
	return out, nil
}

func table() error {
	clean, err := cleaned()
	if err != nil {
		return err
	}
	fmt.Println("name\traw\traw-grapheme\traw-wc\tclean\tclean-grapheme\tclean-wc")
	for _, q := range sequences {
		c := clean[q.name]
		fmt.Printf("%s\t%+q\t%d\t%d\t%+q\t%d\t%d\n", q.name, q.s, ansi.StringWidth(q.s), ansi.StringWidthWc(q.s), c, ansi.StringWidth(c), ansi.StringWidthWc(c))
	}
	return nil
}

func printOne(args []string) error {
	if len(args) != 2 {
		return fmt.Errorf("usage: widthprobe print NAME raw|clean")
	}
	clean, err := cleaned()
	if err != nil {
		return err
	}
	for _, q := range sequences {
		if q.name == args[0] {
			s := q.s
			if args[1] == "clean" {
				s = clean[q.name]
			}
			fmt.Print("[" + s + "]")
			return nil
		}
	}
	return fmt.Errorf("no sequence %q", args[0])
}

// writePack copies testdata/packs/valid to dir and puts the sequences (with
// those of scripts when all) in the Japan item's caveats (one each,
// "name: SEQ end") and in the deal term's title and summary.
func writePack(dir string, all bool) error {
	var seqs []string
	var b strings.Builder
	b.WriteString("caveats:\n")
	for _, q := range sequences {
		if all || !q.script {
			seqs = append(seqs, q.s)
			fmt.Fprintf(&b, "  - %q\n", q.name+": "+q.s+" end")
		}
	}
	caveats := b.String()
	src := filepath.Join("testdata", "packs", "valid")
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := string(data)
		switch filepath.ToSlash(rel) {
		case "japan/01-company.md":
			text = strings.Replace(text, "caveats: [The article gives no figures.]\n", caveats, 1)
		case "deal/01-term.md":
			var title, summary []string
			for i, q := range seqs {
				if i%2 == 0 {
					title = append(title, q)
				} else {
					summary = append(summary, q)
				}
			}
			text = strings.Replace(text, "title: A term", fmt.Sprintf("title: %q", strings.Join(title, " ")), 1)
			text = strings.Replace(text, "summary: A term that changed.", fmt.Sprintf("summary: %q", strings.Join(summary, " ")), 1)
		}
		out := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, []byte(text), 0o644)
	})
	return err
}

// columns reads a screen captured with tmux capture-pane -p and prints, for
// each distinct layout of border characters, the rows that have it: the
// column of every border character (│ ┃ and the corners), counted code point by
// code point, as tmux 3.3a advances for the characters dealtui leaves in
// text. A screen whose borders line up has one layout per kind of row.
func columns() error {
	sc := bufio.NewScanner(os.Stdin)
	layouts := map[string][]int{}
	var order []string
	for row := 1; sc.Scan(); row++ {
		var cols []string
		col := 0
		for rest := sc.Text(); len(rest) > 0; {
			cluster, _ := ansi.FirstGraphemeCluster(rest, ansi.WcWidth)
			if strings.Contains("│┃╭╮╰╯┏┓┗┛", cluster) {
				cols = append(cols, fmt.Sprint(col))
			}
			col += ansi.StringWidthWc(cluster)
			rest = rest[len(cluster):]
		}
		key := strings.Join(cols, " ")
		if _, ok := layouts[key]; !ok {
			order = append(order, key)
		}
		layouts[key] = append(layouts[key], row)
	}
	for _, k := range order {
		fmt.Printf("border columns [%s]: rows %v\n", k, layouts[k])
	}
	return sc.Err()
}
