//go:build integration

package e2e

import (
	"strings"
	"testing"
)

// M6: --theme auto ignored COLORFGBG, so under a terminal that does not
// answer the background query (tmux with no client attached, as here)
// a light background got near-white text. Now COLORFGBG's background
// field decides until the terminal answers, and the man page's
// ENVIRONMENT says so.
func reviewM6(t *testing.T) {
	for _, c := range []struct{ colorfgbg, text string }{
		{"0;15", "light"},
		{"15;0", "dark"},
	} {
		t.Run("COLORFGBG="+c.colorfgbg, func(t *testing.T) {
			t.Parallel()
			s := explore(t, 80, 24, []string{"COLORFGBG=" + c.colorfgbg}, "")
			checkTextColours(t, s.settledFrame(), c.text)
		})
	}
	t.Run("man page", func(t *testing.T) {
		t.Parallel()
		_, man, _ := runCLI(t, "man")
		_, env, _ := strings.Cut(man, ".SH ENVIRONMENT")
		env, _, _ = strings.Cut(env, "\n.SH ")
		if !strings.Contains(env, "COLORFGBG") {
			t.Errorf("the man page's ENVIRONMENT does not mention COLORFGBG:\n%s", env)
		}
	})
}

// M7: in the reader → selected the first link of the document, wherever
// the reader was: at the end of "The partnership begins" it scrolled back
// to P07 at the top; on the overview the Related links were two dozen
// presses away. At 80×24, at the end of each, → now selects the first
// link in view: the screen does not move, and the link that changes
// style is the first link in view (underlined, not bold as a heading).
func reviewM7(t *testing.T) {
	for _, c := range []struct{ name, args, open string }{
		{"The partnership begins", "--item event-2019-partnership", "Enter"},
		{"the overview", "", "o"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := explore(t, 80, 24, nil, c.args)
			s.send(c.open)
			s.waitFor("▸ Reader")
			s.send("G")
			s.waitFor("100%")
			before := s.settledFrame()
			s.waitStyleChange(func() { s.send("Right") })
			after := s.settledFrame()
			if before.String() != after.String() {
				t.Fatalf("→ moved the reader from\n%s\nto\n%s", before, after)
			}
			b := readerBox(t, before, checkBoxes(t, before))
			y, x := firstLink(before, b)
			if y < 0 {
				t.Fatalf("no link in view:\n%s", before)
			}
			link, _ := before.run(x, y)
			cy, cx := firstChange(before, after)
			if cy != y || cx != x {
				t.Errorf("→ selected the link at row %d, column %d (%q), not the first in view, %q at row %d, column %d", cy, cx, after.text(cy), link, y, x)
			}
		})
	}
}

// firstLink finds the first cell of a link below box b's heading, none
// selected: a character underlined, and not bold as headings are.
func firstLink(f *frame, b box) (int, int) {
	for y := b.top + 2; y < b.bottom; y++ {
		for x := b.left + 1; x < b.right; x++ {
			if c := f.rows[y][x]; underlined(c.st) && !boldStyle(c.st) && strings.TrimSpace(c.ch) != "" {
				return y, x
			}
		}
	}
	return -1, -1
}

// firstChange finds the first cell with a character whose style
// differs between two frames.
func firstChange(a, b *frame) (int, int) {
	for y := range a.rows {
		for x := range a.rows[y] {
			if !a.rows[y][x].st.Equal(&b.rows[y][x].st) && strings.TrimSpace(a.rows[y][x].ch) != "" {
				return y, x
			}
		}
	}
	return -1, -1
}

// M10: under NO_COLOR and monochrome terminals the selected link and the
// search hits were both reverse video. At 80×24, /Azure, ↓↓↓, enter, g
// (the top of "The partnership begins", its hits highlighted), →: the
// selected link is underlined and not reversed, every hit is reversed,
// and an unselected link looks different from the selected one.
func reviewM10(t *testing.T) {
	for _, env := range [][]string{{"NO_COLOR=1"}, {"TERM=xterm-mono"}} {
		t.Run(strings.Join(env, " "), func(t *testing.T) {
			t.Parallel()
			s := explore(t, 80, 24, env, "")
			s.send("/")
			s.typeText("Azure")
			s.waitFor("1 of ")
			s.send("Down", "Down", "Down")
			s.waitFor("4 of ")
			s.send("Enter")
			s.waitFor("Azure 4 of ")
			s.send("g")
			s.waitFor("▸ Reader", "The partnership begins")
			before := s.settledFrame()
			s.waitStyleChange(func() { s.send("Right") })
			f := s.settledFrame()
			checkNoColour(t, f)
			y, x := firstChange(before, f)
			if ly, lx := firstLink(before, readerBox(t, before, checkBoxes(t, before))); ly != y || lx != x {
				t.Fatalf("→ changed row %d, column %d, not the first link in view (row %d, column %d):\n%s", y, x, ly, lx, f)
			}
			link, selected := f.run(x, y)
			if !underlined(selected) || reversed(selected) {
				t.Errorf("the selected link %q is %s: want underlined, not reversed", link, styleOf(selected))
			}
			b := readerBox(t, f, checkBoxes(t, f))
			hits := 0
			for hy := b.top + 2; hy < b.bottom; hy++ {
				for hx := b.left + 1; hx < b.right; hx++ {
					if f.startsAt("Azure", hx, hy) {
						hits++
						if st := f.rows[hy][hx].st; !reversed(st) {
							t.Errorf("a search hit in row %d is %s, not reversed: %q", hy, styleOf(st), f.text(hy))
						}
					}
				}
			}
			if hits == 0 {
				t.Fatalf("no search hit in view:\n%s", f)
			}
			ox, oy := otherLink(f, b, y, x)
			if oy < 0 {
				t.Fatalf("no other link in view:\n%s", f)
			}
			if other := f.rows[oy][ox].st; other.Equal(&selected) {
				t.Errorf("an unselected link (%q) looks like the selected one: %s", f.text(oy), styleOf(other))
			}
		})
	}
}

// checkNoColour fails the test when a cell has a colour.
func checkNoColour(t *testing.T, f *frame) {
	t.Helper()
	for y, row := range f.rows {
		for _, c := range row {
			if c.st.Fg != nil || c.st.Bg != nil {
				t.Fatalf("a colour (%s) on row %d: %q", styleOf(c.st), y, f.text(y))
			}
		}
	}
}

// otherLink finds an underlined cell below box b's heading that is not
// in the run at (x, y), not reversed and not bold: another link, not a
// hit nor a heading.
func otherLink(f *frame, b box, y, x int) (int, int) {
	sel, _ := f.run(x, y)
	for yy := b.top + 2; yy < b.bottom; yy++ {
		for xx := b.left + 1; xx < b.right; xx++ {
			st := f.rows[yy][xx].st
			if underlined(st) && !reversed(st) && !boldStyle(st) && (yy != y || xx < x || xx >= x+len([]rune(sel))) {
				return xx, yy
			}
		}
	}
	return -1, -1
}
