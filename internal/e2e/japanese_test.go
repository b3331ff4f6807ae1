//go:build integration

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The Japanese edition in a real terminal (issue 20). tmux 3.3a draws a
// character in as many cells as the C library's wcwidth gives it, in the
// tmux server's UTF-8 locale (it falls back to C.UTF-8): East Asian Wide
// characters two cells, East Asian Ambiguous ones (─ │ ● · … →) one, as a
// Japanese terminal set to narrow ambiguous widths does and as dealtui
// counts them. tmux 3.3a has no option to draw ambiguous characters wide
// (3.5 adds codepoint-widths); the LANG given to dealtui does not reach
// the tmux server. TestJapaneseWidthsInTmux checks that tmux and dealtui
// count every character on the Japanese screens alike, which the
// alignment checks here rest on.
var japaneseLocale = []string{"--unset=LC_ALL", "--unset=LC_MESSAGES", "LANG=ja_JP.UTF-8"}

// jaReady is on the Japanese explorer's first frame: the footer's quit.
const jaReady = "q 終了"

// With LANG=ja_JP.UTF-8 and no --lang, the explorer is in Japanese: the
// story's title, the tabs, each pane's heading and the footer, at 80×24.
// Their Latin words are only the names the style keeps in Latin, the
// program's and the keys'.
func TestJapaneseFromTheLocale(t *testing.T) {
	t.Parallel()
	s := explore(t, 80, 24, japaneseLocale, "", jaReady)
	s.waitFor("MicrosoftとOpenAI、独占的な提携を解消", "2026年4月27日",
		"1 タイムライン", "2 合意内容の変化", "3 日本への影響", "4 広い影響", "5 用語集")
	latin := regexp.MustCompile(`[A-Za-z]+`)
	kept := []string{"dealtui", "Microsoft", "OpenAI", "enter", "tab", "esc", "o", "c", "q", "s"}
	for i, heading := range []string{"タイムライン", "合意内容の変化", "日本への影響", "広い影響", "用語集", "本文"} {
		if i < 5 {
			s.send(fmt.Sprint(i + 1))
		} else {
			s.send("Enter")
		}
		screen := s.waitFor("▸ " + heading)
		ls := lines(screen)
		chrome := []string{ls[0], ls[1], ls[len(ls)-1]}
		for _, l := range ls {
			if strings.Contains(l, "▸ "+heading) {
				chrome = append(chrome, l)
			}
		}
		for _, l := range chrome {
			for _, w := range latin.FindAllString(l, -1) {
				if !slices.Contains(kept, w) {
					t.Errorf("%s: an English word %q on the Japanese screen: %q", heading, w, l)
				}
			}
		}
	}
}

// With RUNEWIDTH_EASTASIAN=1 (as some Japanese users set it, for
// go-runewidth programs) the boxes stay whole: dealtui starts itself
// again without it, so that it counts ambiguous characters as the
// terminal draws them. At 80×24, 120×40 and 60×20, on every pane, in a
// reader and in search, every box's rows end at its right side.
func TestJapaneseBoxesWithEastAsianWidths(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {120, 40}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			t.Parallel()
			env := append([]string{"RUNEWIDTH_EASTASIAN=1"}, japaneseLocale...)
			s := explore(t, size[0], size[1], env, "", jaReady)
			for _, f := range japaneseScreens(t, s) {
				checkBoxes(t, f)
			}
		})
	}
}

// japaneseScreens shows each pane, a reader and a search's results, and
// returns their frames.
func japaneseScreens(t *testing.T, s *tmuxSession) []*frame {
	t.Helper()
	var frames []*frame
	for i, heading := range []string{"タイムライン", "合意内容の変化", "日本への影響", "広い影響", "用語集"} {
		s.send(fmt.Sprint(i + 1))
		s.waitFor("▸ " + heading)
		frames = append(frames, s.settledFrame())
	}
	s.send("Enter")
	s.waitFor("▸ ")
	frames = append(frames, s.settledFrame())
	s.send("/")
	s.typeText("ソフトバンク")
	s.waitFor("/ ソフトバンク", "件")
	return append(frames, s.settledFrame())
}

// tmux and dealtui count every character of the Japanese screens alike:
// printed, they move tmux's cursor by the width ansi.StringWidth gives
// them.
func TestJapaneseWidthsInTmux(t *testing.T) {
	t.Parallel()
	s := explore(t, 120, 40, japaneseLocale, "", jaReady)
	seen := map[string]bool{}
	var chars []string
	for _, f := range japaneseScreens(t, s) {
		for _, row := range f.rows {
			for _, c := range row {
				// (a no-break space reads as a space: screen makes it one)
				if c.ch != "" && c.ch[0] >= 0x80 && c.ch != "\u00a0" && !seen[c.ch] {
					seen[c.ch] = true
					chars = append(chars, c.ch)
				}
			}
		}
	}
	if len(chars) < 100 {
		t.Fatalf("only %d characters besides ASCII on the Japanese screens", len(chars))
	}
	if bad := tmuxWidths(t, chars); len(bad) > 0 {
		t.Errorf("tmux draws these characters at another width than dealtui counts: %s", strings.Join(bad, " "))
	}
}

// tmuxWidths prints the characters in a tmux window and reads how far
// its cursor moves, and lists those whose width differs from
// ansi.StringWidth's: all at once, then each alone when the total
// differs.
func tmuxWidths(t *testing.T, chars []string) []string {
	t.Helper()
	total := 0
	for _, c := range chars {
		total += ansi.StringWidth(c)
	}
	s := newTmux(t, total*2+10, 5)
	if s.cursorAfter(strings.Join(chars, "")) == total {
		return nil
	}
	var bad []string
	for _, c := range chars {
		if got, want := s.cursorAfter(c), ansi.StringWidth(c); got != want {
			bad = append(bad, fmt.Sprintf("%q (%U) %d cells, not %d", c, []rune(c)[0], got, want))
		}
	}
	return bad
}

// cursorAfter clears the screen, prints text at its top left corner (the
// shell then waits on read) and gives the cursor's column after it: the
// cells tmux gave the text.
func (s *tmuxSession) cursorAfter(text string) int {
	s.t.Helper()
	file := filepath.Join(s.t.TempDir(), "text")
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		s.t.Fatal(err)
	}
	s.send("clear; cat "+file+"; read x", "Enter")
	what := "the text at the top of the screen"
	s.waitUntil(func(screen string) bool { return strings.HasPrefix(screen, text) }, &what)
	var x, y int
	fmt.Sscan(s.run("display-message", "-p", "-t", "e2e", "#{cursor_x} #{cursor_y}"), &x, &y)
	s.send("Enter") // ends the read
	s.waitFor("sh>")
	return y*s.width + x
}

// In Japanese, /ソフトバンク finds the SoftBank items, and so does its
// hiragana, /そふとばんく: the same results; enter opens the first, whose
// every ソフトバンク in view is highlighted, in a real terminal at
// 120×40.
func TestJapaneseSearch(t *testing.T) {
	t.Parallel()
	counts := make(chan string, 2)
	for _, query := range []string{"ソフトバンク", "そふとばんく"} {
		t.Run(query, func(t *testing.T) {
			t.Parallel()
			s := explore(t, 120, 40, japaneseLocale, "", jaReady)
			s.send("/")
			s.typeText(query)
			screen := s.waitFor("/ "+query, "1/")
			m := regexp.MustCompile(`1/(\d+) 件`).FindStringSubmatch(footer(screen))
			if m == nil || m[1] == "0" {
				t.Fatalf("no result for %s: %q", query, footer(screen))
			}
			counts <- m[1]
			s.send("Enter")
			s.waitFor("この項目")
			var reader box
			var hits [][2]int
			// The reader draws the item, then its highlights: wait until
			// every ソフトバンク in view has one.
			f := s.waitFrame("every ソフトバンク in the reader highlighted", func(f *frame) bool {
				boxes, _ := f.boxes()
				if len(boxes) < 2 {
					return false
				}
				reader = boxes[len(boxes)-1]
				hits = f.findAll("ソフトバンク", reader)
				for _, at := range hits {
					if st := f.rows[at[0]][at[1]].st; st.Bg == nil && !reversed(st) {
						return false
					}
				}
				return len(hits) > 0
			})
			checkBoxes(t, f)
		})
	}
	t.Cleanup(func() {
		close(counts)
		var all []string
		for c := range counts {
			all = append(all, c)
		}
		if len(all) == 2 && all[0] != all[1] {
			t.Errorf("katakana and hiragana find %s and %s results", all[0], all[1])
		}
	})
}
