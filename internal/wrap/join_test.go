package wrap_test

import (
	"strings"
	"testing"

	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/model"
)

func TestJoinBroken(t *testing.T) {
	cases := []struct {
		name  string
		lines []string
		want  string
	}{
		{"Latin words get their space back", []string{"Microsoft and  ", "  OpenAI"}, "Microsoft and OpenAI"},
		{"Japanese gets none: 構築 whole", []string{"計算資源を構", "築する"}, "計算資源を構築する"},
		{"none after Japanese", []string{"日本企業", "OpenAI"}, "日本企業OpenAI"},
		{"none before Japanese", []string{"OpenAI", "は"}, "OpenAIは"},
		{"none after a hyphen inside a word", []string{"a multi-", "cloud"}, "a multi-cloud"},
		{"a spaced dash keeps its space", []string{"the deal -", "it changed"}, "the deal - it changed"},
		{"full-width punctuation gets none", []string{"変わった。", "「独占」"}, "変わった。「独占」"},
		{"an empty line adds nothing", []string{"one", "", "two"}, "one two"},
		{"the first line keeps its indent", []string{"  one", "  two"}, "  one two"},
		{"styles are kept, in order",
			[]string{"\x1b[1mbold and  \x1b[m", "\x1b[1mmore\x1b[m plain"},
			"\x1b[1mbold and\x1b[m \x1b[1mmore\x1b[m plain"},
		{"a style across the old break still runs", []string{"\x1b[4munder", "lined\x1b[m"}, "\x1b[4munder lined\x1b[m"},
	}
	for _, c := range cases {
		if got := wrap.JoinBroken(c.lines); got != c.want {
			t.Errorf("%s: JoinBroken(%q) = %q, want %q", c.name, c.lines, got, c.want)
		}
	}
}

func TestCutLeft(t *testing.T) {
	cases := []struct {
		in   string
		n    int
		want string
	}{
		{"• text", 2, "text"},
		{"\x1b[1m• \x1b[mtext \x1b[3mmore\x1b[m", 2, "\x1b[1m\x1b[mtext \x1b[3mmore\x1b[m"},
		{"  continued", 2, "continued"},
		{"12. item", 4, "item"},
		{"│ 日本", 2, "日本"},
		{"日本", 1, "日本"}, // a wide character that straddles the cut is kept
		{"• a line that is wider than any width at all", 2, "a line that is wider than any width at all"},
		{"text", 0, "text"},
	}
	for _, c := range cases {
		if got := wrap.CutLeft(c.in, c.n); got != c.want {
			t.Errorf("CutLeft(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}

// H1 of issue 23: Glamour makes some list lines one cell wider than the
// width it wraps to, and ui/hang.go, cutting each line at the width, lost
// their last character ("(P11┃ N07)"). Re-wrapped with CutLeft, JoinBroken
// and Hanging, every item of every entry at every width keeps every
// character, in order, and fits. The old cut is run beside it to show
// that these renderings do hold the lines that broke it.
func TestListItemsKeepEveryCharacter(t *testing.T) {
	t.Parallel()
	s, err := compiled.Story()
	if err != nil {
		t.Fatal(err)
	}
	widths := []int{30, 44, 48, 70, 80, 120}
	if integrationRun {
		widths = []int{30, 40, 44, 46, 48, 50, 60, 70, 80, 100, 120}
	}
	oldLost, items := 0, 0
	seen := map[string]bool{}
	for _, e := range s.Entries() {
		for _, md := range []string{model.ReaderMarkdown(e), s.SourcesMarkdown(e.Base())} {
			if seen[md] || !strings.Contains(md, "\n- ") {
				continue // no list in it, or done
			}
			seen[md] = true
			for _, width := range widths {
				for _, it := range listItems(t, md, width) {
					items++
					want := visible(it.lines)
					got := rehang(it, width)
					if v := visible(got); v != want {
						t.Fatalf("%s at %d: the item lost or gained characters:\n%s\nbecame\n%s", e.Base().ID, width,
							strings.Join(it.lines, "\n"), strings.Join(got, "\n"))
					}
					for _, l := range got {
						if ansi.StringWidth(l) > width {
							t.Fatalf("%s at %d: %q is wider than the width", e.Base().ID, width, l)
						}
					}
					if visible(oldRehang(it, width)) != want {
						oldLost++
					}
				}
			}
		}
	}
	if oldLost == 0 {
		t.Errorf("the old cut lost nothing in %d items: the test no longer holds the lines of H1", items)
	}
	t.Logf("%d list items re-wrapped; the old cut lost characters in %d", items, oldLost)
}

// item is a list item as Glamour drew it: its lines, the indent of its
// marker and the column its text starts at.
type item struct {
	lines           []string
	indent, textCol int
}

// listItems renders md with Glamour as the reader does (its dark style, no
// margin) and finds the list items: a line whose text starts, after its
// indent, with "• " or "12. ", and the lines after it at the same indent
// that are not items themselves.
func listItems(t *testing.T, md string, width int) []item {
	t.Helper()
	cfg := styles.DarkStyleConfig
	zero := uint(0)
	cfg.Document.Margin = &zero
	r, err := glamour.NewTermRenderer(glamour.WithStyles(cfg), glamour.WithWordWrap(width))
	if err != nil {
		t.Fatal(err)
	}
	out, err := r.Render(md)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(out, "\n")
	var items []item
	for i := 0; i < len(lines); i++ {
		indent, marker := listMarker(ansi.Strip(lines[i]))
		if marker == 0 {
			continue
		}
		it := item{lines: []string{lines[i]}, indent: indent, textCol: indent + marker}
		for i+1 < len(lines) {
			plain := ansi.Strip(lines[i+1])
			rest := strings.TrimLeft(plain, " ")
			if _, m := listMarker(plain); rest == "" || m > 0 || len(plain)-len(rest) != indent {
				break
			}
			it.lines = append(it.lines, lines[i+1])
			i++
		}
		items = append(items, it)
	}
	return items
}

func listMarker(plain string) (indent, width int) {
	rest := strings.TrimLeft(plain, " ")
	indent = len(plain) - len(rest)
	if strings.HasPrefix(rest, "• ") {
		return indent, 2
	}
	d := 0
	for d < len(rest) && rest[d] >= '0' && rest[d] <= '9' {
		d++
	}
	if d > 0 && strings.HasPrefix(rest[d:], ". ") {
		return indent, d + 2
	}
	return indent, 0
}

// rehang is the re-wrap the reader is to use: the prefixes taken off on
// the left only, the lines joined, the paragraph wrapped again under the
// item's own marker.
func rehang(it item, width int) []string {
	texts := []string{wrap.CutLeft(it.lines[0], it.textCol)}
	for _, l := range it.lines[1:] {
		texts = append(texts, wrap.CutLeft(l, it.indent))
	}
	first := ansi.Cut(it.lines[0], 0, it.textCol)
	return wrap.Hanging(wrap.JoinBroken(texts), width, first, strings.Repeat(" ", it.textCol))
}

// oldRehang is what ui/hang.go did: each line cut between its text column
// and the width, joined with spaces, wrapped by ansi.Wrap.
func oldRehang(it item, width int) []string {
	if len(it.lines) == 1 {
		return it.lines
	}
	joined := ansi.Cut(it.lines[0], it.textCol, width)
	for _, l := range it.lines[1:] {
		joined += " " + ansi.Cut(l, it.indent, width)
	}
	out := strings.Split(ansi.Wrap(joined, width-it.textCol, ""), "\n")
	out[0] = ansi.Cut(it.lines[0], 0, it.textCol) + out[0]
	return out
}

// visible is the text of lines without escapes or spaces.
func visible(lines []string) string {
	return strings.Join(strings.Fields(ansi.Strip(strings.Join(lines, " "))), "")
}
