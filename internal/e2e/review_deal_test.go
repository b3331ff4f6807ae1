//go:build integration

package e2e

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// M3: at exactly 80×24 the deal terms were a five-column table whose
// cells wrapped to five lines, with one-space gutters, no rule between
// rows and dim continuation lines. Below a list 100 columns wide each term
// now stacks its before and after under its title and status (72 to 100
// columns, the sizes the review compared): the title whole, the status on
// the title's line or, when they do not fit together, on a line of its
// own, the status word on one line. Wider, the table has two-space
// gutters, a rule under each row, each status on one line and every line
// of a row in the row's colour.
func reviewM3(t *testing.T) {
	titles := []string{}
	for _, it := range inPane(listedItems(t), "deal") {
		titles = append(titles, it.Title)
	}
	for _, size := range [][2]int{{80, 24}, {72, 24}, {100, 30}} {
		t.Run(fmt.Sprintf("%dx%d stacked", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			stackedTerms(t, size[0], size[1], titles)
		})
	}
	t.Run("200x50 table", func(t *testing.T) {
		t.Parallel()
		s := explore(t, 200, 50, nil, "--pane deal")
		f := s.settledFrame()
		checkTable(t, f, readerBox(t, f, checkBoxes(t, f)), titles)
	})
}

// stackedTerms walks the deal list at w×h, one term at a time, and checks
// each term seen whole.
func stackedTerms(t *testing.T, w, h int, titles []string) {
	t.Helper()
	s := explore(t, w, h, nil, "--pane deal")
	seen := map[string]bool{}
	for i := range titles {
		if i > 0 {
			s.send("j")
			s.waitFor(fmt.Sprintf("%d/%d terms", i+1, len(titles)))
		}
		f := s.settledFrame()
		checkStacked(t, f, readerBox(t, f, checkBoxes(t, f)), titles, seen)
	}
	for _, title := range titles {
		if !seen[title] {
			t.Errorf("the term %q was never seen whole", title)
		}
	}
}

// status is the stacked layout's status, after the title.
var status = regexp.MustCompile(`^(changed|unchanged|change not stated) · gains (OpenAI|Microsoft|both|customers|neither)$`)

// checkStacked checks each term shown whole in the list box b: its title
// and status, then its before and after, the continuation lines of each
// in the colour of its first line. No table head.
func checkStacked(t *testing.T, f *frame, b box, titles []string, seen map[string]bool) {
	t.Helper()
	if y, _ := f.findIn("Who gains", b); y >= 0 {
		t.Fatalf("a table below 100 columns:\n%s", f)
	}
	starts := termStarts(f, b, titles)
	for i, st := range starts {
		end := b.bottom
		if i+1 < len(starts) {
			end = starts[i+1].y
		} else if st.title != titles[len(titles)-1] && f.inner(b, end-1) != "" {
			continue // may go on below the box
		}
		sides := st.y
		for sides < end && !strings.HasPrefix(f.textIn(sides, b.left+4, b.right), "before ") {
			sides++
		}
		checkHead(t, f, b, st, sides)
		checkSides(t, f, b, sides, end, st.title)
		seen[st.title] = true
	}
}

// checkHead checks a term's rows above its before: its title whole, then
// its status, the status word on one line.
func checkHead(t *testing.T, f *frame, b box, st termStart, end int) {
	t.Helper()
	var rows []string
	for y := st.y; y < end; y++ {
		rows = append(rows, f.textIn(y, b.left+4, b.right))
	}
	head := strings.Join(strings.Fields(strings.Join(rows, " ")), " ")
	rest, ok := strings.CutPrefix(head, st.title+" ")
	m := status.FindStringSubmatch(rest)
	if !ok || m == nil {
		t.Errorf("the term %q is not its title, then its status: %q", st.title, rows)
		return
	}
	word := false
	for _, r := range rows {
		word = word || strings.Contains(r, m[1])
	}
	if !word {
		t.Errorf("the term %q has its status word %q broken across lines: %q", st.title, m[1], rows)
	}
}

type termStart struct {
	title string
	y     int
}

// termStarts finds the rows of box b that start a term: after the
// marker column, a title, whole or its first line, that the next rows
// go on with.
func termStarts(f *frame, b box, titles []string) []termStart {
	var out []termStart
	for y := b.top + 2; y < b.bottom; y++ {
		text := f.textIn(y, b.left+4, b.right)
		if text == "" || strings.HasPrefix(text, " ") || strings.HasPrefix(text, "before ") || strings.HasPrefix(text, "after  ") {
			continue
		}
		ahead := text
		for k := y + 1; k < min(y+4, b.bottom); k++ {
			ahead += " " + strings.TrimSpace(f.textIn(k, b.left+4, b.right))
		}
		ahead = strings.Join(strings.Fields(ahead), " ")
		norm := strings.Join(strings.Fields(text), " ")
		for _, title := range titles {
			first := strings.HasPrefix(title, norm) || strings.HasPrefix(norm, title+" ")
			if first && strings.HasPrefix(ahead, title+" ") {
				out = append(out, termStart{title, y})
				break
			}
		}
	}
	return out
}

// checkSides checks the rows y0 to y1 of a stacked term: "before", its
// continuation lines, "after", its continuation lines, each continuation
// line in its first line's colour.
func checkSides(t *testing.T, f *frame, b box, y0, y1 int, title string) {
	t.Helper()
	var labels []string
	first := -1
	for y := y0; y < y1; y++ {
		text := f.textIn(y, b.left+4, b.right)
		switch {
		case strings.HasPrefix(text, "before ") || strings.HasPrefix(text, "after  "):
			labels = append(labels, strings.Fields(text)[0])
			first = y
		case strings.HasPrefix(text, "       ") && strings.TrimSpace(text) != "" && first >= 0:
			a, c := f.rows[first][b.left+11].st, f.rows[y][b.left+11].st
			if !a.Equal(&c) {
				t.Errorf("%q: a continuation line in %s, its first line in %s:\n%s\n%s", title, styleOf(c), styleOf(a), f.text(first), f.text(y))
			}
		case strings.TrimSpace(text) == "":
		default:
			t.Errorf("%q: a line that is neither before nor after: %q", title, text)
		}
	}
	if strings.Join(labels, " ") != "before after" {
		t.Errorf("%q: the sides are %q, want before then after:\n%s", title, labels, f)
	}
}

// checkTable checks the deal table in box b: its head's columns, then for
// each term a row whose cells keep to their columns with two blank
// columns between them, its status on its first line, every line in the
// colour of the first, and a rule under it.
func checkTable(t *testing.T, f *frame, b box, titles []string) {
	t.Helper()
	hy, _ := f.findIn("Who gains", b)
	if hy < 0 {
		t.Fatalf("no table head at 200 columns:\n%s", f)
	}
	var cols []int
	for _, h := range []string{"Term", "Before", "After", "Who gains", "Status"} {
		_, x := f.find(h, hy, hy+1)
		cols = append(cols, x)
	}
	var seen []string
	for y := hy + 1; y < b.bottom && f.textIn(y, cols[0], cols[1]) != ""; {
		rule := y
		for rule < b.bottom && !strings.Contains(f.textIn(rule, cols[0], cols[1]), "────") {
			rule++
		}
		seen = append(seen, checkTableRow(t, f, cols, y, rule))
		y = rule + 1
	}
	if strings.Join(seen, "\n") != strings.Join(titles, "\n") {
		t.Errorf("the table's terms:\n%s\nwant:\n%s", strings.Join(seen, "\n"), strings.Join(titles, "\n"))
	}
}

// checkTableRow checks a row of the table, from y to its rule, and
// returns its term as the row shows it.
func checkTableRow(t *testing.T, f *frame, cols []int, y0, rule int) string {
	t.Helper()
	var term []string
	first := f.rows[y0][cols[0]].st
	for y := y0; y < rule; y++ {
		term = append(term, strings.TrimSpace(f.textIn(y, cols[0], cols[1]-2)))
		for _, x := range cols[1:] {
			if gap := f.textIn(y, x-2, x); gap != "" {
				t.Errorf("no two-column gutter before column %d: %q", x, f.text(y))
			}
		}
		for _, x := range cols {
			if c := f.rows[y][x]; c.ch != " " && !c.st.Equal(&first) {
				t.Errorf("line %d of a row in %s, its first line in %s: %q", y-y0+1, styleOf(c.st), styleOf(first), f.text(y))
			}
		}
		word := f.textIn(y, cols[4], cols[4]+len("not stated")+1)
		if y == y0 && word != "changed" && word != "unchanged" && word != "not stated" {
			t.Errorf("the status is %q on the row's first line: %q", word, f.text(y))
		}
		if y > y0 && word != "" {
			t.Errorf("the status goes on to a second line: %q", f.text(y))
		}
	}
	return strings.TrimSpace(strings.Join(term, " "))
}
