//go:build integration

package e2e

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/testkit/wordcheck"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// The binary's text export, dealtui print --lang ja|en --width W, wraps
// every paragraph within W columns and as JA-STYLE.md says (no kinsoku
// break, no Latin word or number split, no space put into Japanese, the
// hanging indent of list items kept): each paragraph, as the export gives
// it unwrapped (--width 1000), is found at W after the one before it, and
// wraptest.Check passes its lines. The deal table's rows and the
// headings' rules are left out: their shape changes with the width.
func TestPrintWrapsWithinTheWidth(t *testing.T) {
	t.Parallel()
	bin := plainBinary(t)
	for _, lang := range []string{"ja", "en"} {
		paras := exportParagraphs(t, printText(t, bin, lang, 1000))
		for _, w := range []int{24, 40, 60, 80, 120} {
			t.Run(fmt.Sprintf("%s %d", lang, w), func(t *testing.T) {
				t.Parallel()
				checkExportWrap(t, paras, lines(printText(t, bin, lang, w)), w)
			})
		}
	}
}

func printText(t *testing.T, bin, lang string, width int) string {
	t.Helper()
	out, err := exec.Command(bin, "print", "--lang", lang, "--width", fmt.Sprint(width)).Output()
	if err != nil {
		t.Fatalf("dealtui print --lang %s --width %d: %v", lang, width, err)
	}
	return string(out)
}

// paragraph is a paragraph of the text export: what comes before its
// text on its first line (an indent, a list marker), and its text.
type paragraph struct {
	prefix, text string
}

var (
	// the indent, and a list item's marker, which its lines hang from
	// (an item's heading, "* Title", goes on at the indent)
	linePrefix = regexp.MustCompile(`^( *)((?:- |[0-9]+\. )?)`)
	// a heading's rule, or a row or rule of the deal table
	notProse = regexp.MustCompile(`^[=-]+$| \| |^[-+]+$`)
)

// exportParagraphs reads the paragraphs of an export made too wide to
// wrap: one a line.
func exportParagraphs(t *testing.T, text string) []paragraph {
	t.Helper()
	var out []paragraph
	for _, l := range lines(text) {
		if strings.TrimSpace(l) == "" || notProse.MatchString(strings.TrimSpace(l)) || strings.Contains(l, " | ") {
			continue
		}
		if ansi.StringWidth(l) > 990 {
			t.Fatalf("a paragraph about as wide as --width 1000, which may have wrapped it: %q", l)
		}
		p := linePrefix.FindString(l)
		out = append(out, paragraph{prefix: p, text: l[len(p):]})
	}
	if len(out) < 100 {
		t.Fatalf("only %d paragraphs in the export", len(out))
	}
	return out
}

// checkExportWrap checks the export at width w: no line wider than w,
// and each paragraph found, in order, wrapped as wraptest.Check wants.
func checkExportWrap(t *testing.T, paras []paragraph, got []string, w int) {
	t.Helper()
	for i, l := range got {
		if ansi.StringWidth(l) > w {
			t.Errorf("line %d is %d columns wide at --width %d: %q", i+1, ansi.StringWidth(l), w, l)
		}
	}
	at := 0
	for _, p := range paras {
		k, wrapped := findWrapped(p, got, at)
		if k < 0 {
			t.Errorf("at --width %d, not found after line %d: %q", w, at+1, p.prefix+p.text)
			continue
		}
		if err := wraptest.Check(p.text, w-ansi.StringWidth(p.prefix), wrapped); err != nil {
			t.Errorf("at --width %d, line %d: %v\n%s", w, k+1, err, strings.Join(got[k:k+len(wrapped)], "\n"))
		}
		at = k + len(wrapped)
	}
}

// findWrapped finds paragraph p in lines, from line at: a line with its
// prefix, then lines indented as wide, whose text holds exactly p's
// characters (spaces aside). It gives where, and the lines' text.
func findWrapped(p paragraph, lines []string, at int) (int, []string) {
	want := wordcheck.Squash(p.text)
	indent := strings.Repeat(" ", ansi.StringWidth(p.prefix))
	for k := at; k < len(lines); k++ {
		rest, ok := strings.CutPrefix(lines[k], p.prefix)
		if !ok || wordcheck.Squash(rest) == "" || !strings.HasPrefix(want, wordcheck.Squash(rest)) {
			continue
		}
		wrapped := []string{rest}
		have := wordcheck.Squash(rest)
		for j := k + 1; have != want && j < len(lines); j++ {
			next, ok := strings.CutPrefix(lines[j], indent)
			if !ok || !strings.HasPrefix(want, have+wordcheck.Squash(next)) {
				break
			}
			wrapped = append(wrapped, next)
			have += wordcheck.Squash(next)
		}
		if have == want {
			return k, wrapped
		}
	}
	return -1, nil
}
