package wrap_test

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
	"github.com/dealtui/dealtui/model"
)

// storyParagraphs gives every paragraph of plain text the built-in story
// holds: each entry's reader and sources Markdown, its summary, and every
// note, digest block and background fact, as model.PlainText writes them
// (unwrapped), each once.
func storyParagraphs(t testing.TB) []string {
	s, err := compiled.Story()
	if err != nil {
		t.Fatal(err)
	}
	var mds []string
	for _, e := range s.Entries() {
		mds = append(mds, model.ReaderMarkdown(e), s.SourcesMarkdown(e.Base()), e.Base().Summary)
	}
	for _, n := range s.Notes {
		mds = append(mds, n.Summary, n.Body)
	}
	for _, b := range s.Blocks {
		mds = append(mds, b.Summary)
	}
	for _, f := range s.Facts {
		mds = append(mds, f.Summary)
	}
	var paras []string
	seen := map[string]bool{}
	for _, md := range mds {
		for _, p := range strings.Split(model.PlainText(md, 1<<20), "\n") {
			if strings.TrimSpace(p) != "" && !seen[p] {
				seen[p] = true
				paras = append(paras, p)
			}
		}
	}
	return paras
}

// ansiLines is ansi.Wrap as print --format text uses it: lines trimmed on
// the right.
func ansiLines(p string, width int) []string {
	lines := strings.Split(ansi.Wrap(p, width, ""), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return lines
}

// fault names what is wrong with a wrap of p, by ansi.Wrap or by us: a
// line wider than the column, one that starts with punctuation that
// belongs to the line before, a word cut (two lines that meet without a
// space between letters or digits), or a number cut after a hyphen
// ("50-|50"). "" if none.
func fault(p string, lines []string, width int) string {
	pos := 0
	for i, l := range lines {
		if ansi.StringWidth(l) > width {
			return "a line wider than the column"
		}
		at := strings.Index(p[pos:], l)
		if at < 0 {
			return "characters lost or changed"
		}
		gap := p[pos : pos+at]
		pos += at + len(l)
		if i == 0 || l == "" || lines[i-1] == "" {
			continue
		}
		if f := breakFault(lastRune(lines[i-1]), []rune(l)[0], gap == ""); f != "" {
			return f
		}
	}
	return ""
}

// breakFault judges a break between the characters prev and next, with no
// space between them in the text when tight.
func breakFault(prev, next rune, tight bool) string {
	alnum := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	switch {
	case strings.ContainsRune(".,;:!?)]}\"”’", next) && tight:
		return fmt.Sprintf("a line starts with %q", next)
	case prev == '-' && unicode.IsDigit(next):
		return "a number cut after its hyphen (50-|50)"
	case tight && alnum(prev) && alnum(next):
		return "a word cut"
	}
	return ""
}

func lastRune(s string) rune { r := []rune(s); return r[len(r)-1] }

// The English of the built-in story at every width from 30 to 120, by
// ansi.Wrap and by this package: the lines differ only where ansi.Wrap
// breaks badly, and never where it breaks well. go test -v prints the
// counts and an example of each kind of difference. The quick suite takes
// every fifth width; -tags integration every one.
func TestEnglishAgainstAnsiWrap(t *testing.T) {
	t.Parallel()
	paras := storyParagraphs(t)
	pairs, differ, lines, changed := 0, 0, 0, 0
	step := 5
	if integrationRun {
		step = 1
	}
	kinds := map[string]int{}
	examples := map[string]string{}
	for _, p := range paras {
		for width := 30; width <= 120; width += step {
			a, b := ansiLines(p, width), wrap.Lines(p, width)
			pairs++
			lines += len(a)
			if f := fault(p, b, width); f != "" {
				t.Fatalf("width %d: our wrap has a fault (%s):\n%s", width, f, strings.Join(b, "\n"))
			}
			if strings.Join(a, "\n") == strings.Join(b, "\n") {
				continue
			}
			differ++
			changed += changedLines(a, b)
			kind := fault(p, a, width)
			if kind == "" {
				t.Errorf("width %d: the wraps differ where ansi.Wrap breaks well:\nansi.Wrap:\n%s\nwrap:\n%s", width, strings.Join(a, "\n"), strings.Join(b, "\n"))
				continue
			}
			kinds[kind]++
			if _, ok := examples[kind]; !ok {
				examples[kind] = fmt.Sprintf("width %d:\n    ansi.Wrap: %q\n    wrap:      %q", width, a, b)
			}
		}
	}
	t.Logf("%d paragraphs at widths 30-120: %d wraps, %d lines by ansi.Wrap; %d wraps differ, in %d lines", len(paras), pairs, lines, differ, changed)
	keys := make([]string, 0, len(kinds))
	for k := range kinds {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("ansi.Wrap: %s — %d wraps; e.g. at %s", k, kinds[k], examples[k])
	}
}

// changedLines counts the lines of a that b does not have at the same
// place.
func changedLines(a, b []string) int {
	n := 0
	for i, l := range a {
		if i >= len(b) || b[i] != l {
			n++
		}
	}
	return n
}

// The mixed Japanese paragraph, by ansi.Wrap and by this package, at every
// width from 24 to 80: how many lines break kinsoku, and how many wraps
// cut one of the names and numbers (go test -v prints them).
func TestJapaneseAgainstAnsiWrap(t *testing.T) {
	count := func(lines func(int) []string) (kinsoku, cut int) {
		for width := 24; width <= 80; width++ {
			ls := lines(width)
			for i, l := range ls {
				r := []rune(l)
				if len(r) > 0 && (strings.ContainsRune(wraptest.NoStart, r[0]) || i < len(ls)-1 && strings.ContainsRune(wraptest.NoEnd, r[len(r)-1])) {
					kinsoku++
				}
			}
			joined := strings.Join(ls, "\n")
			for _, w := range []string{"Microsoft", "OpenAI", "Azure", "2019", "2032", "32.5%"} {
				if strings.Count(joined, w) != strings.Count(mixed, w) {
					cut++
				}
			}
		}
		return kinsoku, cut
	}
	ak, ac := count(func(w int) []string { return strings.Split(ansi.Wrap(mixed, w, ""), "\n") })
	wk, wc := count(func(w int) []string { return wrap.Lines(mixed, w) })
	t.Logf("widths 24-80: ansi.Wrap, %d lines break kinsoku and %d names or numbers are cut; wrap, %d and %d", ak, ac, wk, wc)
	if wk != 0 || wc != 0 {
		t.Errorf("wrap breaks kinsoku in %d lines and cuts %d names or numbers", wk, wc)
	}
}
