package mdrender

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/compiled"
	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
	"github.com/dealtui/dealtui/model"
)

// plainLines renders md without colour and gives its lines as text.
func plainLines(t *testing.T, md string, width int) []string {
	t.Helper()
	lines, err := glamourRender(md, width, Plain)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		lines[i] = strings.TrimRight(ansi.Strip(l), " ")
	}
	return lines
}

func TestReflowShapes(t *testing.T) {
	for _, c := range []struct {
		name, md string
		width    int
		want     []string
	}{
		{"a list item that fills the width keeps its last character",
			"- Microsoft keeps rights to OpenAI's IP until 2032, now on a non-exclusive basis.\n", 80,
			[]string{"• Microsoft keeps rights to OpenAI's IP until 2032, now on a non-exclusive", "  basis."}},
		{"a numbered item hangs under its text",
			"1. first, AI methods and tools put to work inside existing operations;\n", 30,
			[]string{"1. first, AI methods and tools", "   put to work inside existing", "   operations;"}},
		{"a quotation keeps its bar on every line",
			"> The exclusive partnership gives way to a multi-partnership framework.\n", 30,
			[]string{"│ The exclusive partnership", "│ gives way to a multi-", "│ partnership framework."}},
		{"Japanese breaks between characters, never before 。",
			"MicrosoftとOpenAIは2019年から提携関係にある。両社は独占的な関係を終えた。\n", 24,
			[]string{"MicrosoftとOpenAIは2019", "年から提携関係にある。両", "社は独占的な関係を終え", "た。"}},
		{"a Japanese list item hangs under its text without spaces inserted",
			"- ほかの大手クラウド事業者もOpenAIのモデルのライセンスを受けられるようになった（P04）。\n", 30,
			[]string{"• ほかの大手クラウド事業者も", "  OpenAIのモデルのライセンスを", "  受けられるようになった", "  （P04）。"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := plainLines(t, c.md, c.width)
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestJapaneseReaderWraps is issue 20's check of the reader: every item
// of the Japanese edition, rendered at 24, 40, 60, 80 and 120 columns
// (-tags integration; the quick suite takes 24, 60 and 120) in
// colour, wraps each paragraph, list item and quotation as the rules of
// JA-STYLE.md want (wraptest.Check: lines within the column, no line
// starting with a forbidden character or ending with an opening bracket,
// no Latin word or number split, styles kept across breaks), with no
// space put into Japanese text, no bullet alone on its line and no
// quotation line without its bar.
func TestJapaneseReaderWraps(t *testing.T) {
	s, err := compiled.StoryIn(model.Japanese)
	if err != nil {
		t.Fatal(err)
	}
	entries := append([]model.Entry{s.Intro}, s.Entries()...)
	widths := []int{24, 60, 120} // the quick suite's sample
	if integrationRun {
		widths = []int{24, 40, 60, 80, 120}
	}
	for _, w := range widths {
		for _, e := range entries {
			md := model.ReaderMarkdownIn(e, s.Labels())
			lines, err := glamourRender(md, w, Dark)
			if err != nil {
				t.Fatal(err)
			}
			if err := checkBlocks(lines, w, md); err != nil {
				t.Errorf("%s at %d columns: %v", e.Base().ID, w, err)
			}
		}
	}
}

// cjkSpace finds a space between two Japanese characters.
var cjkSpace = regexp.MustCompile(`[\p{Han}\p{Hiragana}\p{Katakana}ー、。「」（）] [\p{Han}\p{Hiragana}\p{Katakana}ー、。「」（）]`)

func checkBlocks(lines []string, width int, md string) error {
	for i := 0; i < len(lines); {
		b, n := readBlock(lines[i:])
		block := lines[i : i+n]
		i += n
		if b == nil {
			continue
		}
		if alone := strings.TrimSpace(ansi.Strip(block[0])); markerLen(alone) == len(alone) {
			return fmt.Errorf("a marker alone on its line: %q", alone)
		}
		if strings.Contains(b.first, "│") {
			for _, l := range block {
				if !strings.Contains(ansi.Strip(l), "│") {
					return fmt.Errorf("a quotation line without its bar: %q", ansi.Strip(l))
				}
			}
		}
		in := wrap.JoinBroken(b.bodies)
		if m := cjkSpace.FindString(ansi.Strip(in)); m != "" && !strings.Contains(md, m) {
			return fmt.Errorf("a space put into Japanese text: %q in %q", m, ansi.Strip(in))
		}
		if err := wraptest.Check(in, width-b.prefixW, b.bodies); err != nil {
			return fmt.Errorf("block %q: %w", ansi.Strip(block[0]), err)
		}
	}
	return nil
}
