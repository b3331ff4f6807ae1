package wrap_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// mixed is a 375-character paragraph in the style of the Japanese edition:
// Latin names and numbers inside Japanese text, brackets, small kana, ー.
const mixed = "2019年、MicrosoftはOpenAIに10億ドルを投資し、Azureを「独占的な」クラウドとした。" +
	"その後の提携は何度も形を変えたが、2026年4月27日の合意で独占は終わり、記事の言う「マルチパートナーシップの枠組み」へ移った。" +
	"OpenAIはAPIを他社のクラウドでも提供できるようになるが、新しいモデルはまずAzureで先行提供される。" +
	"Microsoftは知的財産権（IP）の非独占的ライセンスを2032年まで（同年を含む）持ち、転換後・希薄化後ベースで約27%の持分を保つ。" +
	"ちょっとした変更ではない。収益分配には支払総額の上限が設けられ、AGI（汎用人工知能）の宣言は独立した専門家パネルが検証する。" +
	"日本企業にとっては、ベンダーロックインを避けるマルチクラウドの選択肢が広がる一方、32.5%という数字の読み方にはしっかりした注意が要る。"

func TestMixedIs375Characters(t *testing.T) {
	if n := len([]rune(mixed)); n != 375 {
		t.Fatalf("the paragraph has %d characters", n)
	}
}

// The mixed paragraph at every width from 24 to 80: the checker's
// invariants, the words and numbers JA-STYLE.md names whole on one line,
// and no line of a single character before the last.
func TestMixedParagraph(t *testing.T) {
	whole := []string{"Microsoft", "OpenAI", "Azure", "2019", "2032", "32.5%", "27%", "API", "AGI", "IP"}
	for width := 24; width <= 80; width++ {
		lines := wrap.Lines(mixed, width)
		if err := wraptest.Check(mixed, width, lines); err != nil {
			t.Fatalf("width %d: %v\n%s", width, err, strings.Join(lines, "\n"))
		}
		for i, l := range lines {
			if strings.HasPrefix(l, " ") || strings.HasSuffix(l, " ") {
				t.Errorf("width %d, line %d %q: a space at an end", width, i, l)
			}
			if i < len(lines)-1 && len([]rune(l)) < 2 {
				t.Errorf("width %d, line %d %q: a character alone", width, i, l)
			}
			r := []rune(l)
			if strings.ContainsRune(wraptest.NoStart, r[0]) || i < len(lines)-1 && strings.ContainsRune(wraptest.NoEnd, r[len(r)-1]) {
				t.Errorf("width %d, line %d %q: kinsoku", width, i, l)
			}
		}
		joined := strings.Join(lines, "\n")
		for _, w := range whole {
			if strings.Count(joined, w) != strings.Count(mixed, w) {
				t.Errorf("width %d: %q is cut:\n%s", width, w, joined)
			}
		}
		if strings.Join(lines, "") != mixed {
			t.Errorf("width %d: the lines joined are not the paragraph (a space added or a character lost)", width)
		}
	}
}

// The checker is not blind: ansi.Wrap's output of the same paragraph, which
// JA-STYLE.md records as breaking kinsoku and cutting Open|AI, fails it at
// most widths, and so do a lost character, a lost style and an overflow.
func TestCheckerCatchesBadWraps(t *testing.T) {
	failed := 0
	for width := 24; width <= 80; width++ {
		lines := strings.Split(ansi.Wrap(mixed, width, ""), "\n")
		if wraptest.Check(mixed, width, lines) != nil {
			failed++
		}
	}
	if failed < 40 {
		t.Errorf("the checker finds fault with ansi.Wrap at %d widths of 57 only", failed)
	}
	bad := []struct {
		in    string
		width int
		out   []string
	}{
		{"abc def", 3, []string{"abc", "de"}},                             // lost
		{"abc def", 3, []string{"abc", "def", "g"}},                       // added
		{"abc def", 3, []string{"ab", "c", "def"}},                        // a word cut
		{"abc def", 3, []string{"abc def"}},                               // too wide
		{"abc def", 3, []string{"abc", "fed"}},                            // reordered
		{"あい。", 4, []string{"あい", "。"}},                                   // kinsoku
		{"「あい", 4, []string{"「", "あい"}},                                   // kinsoku
		{"構築", 4, []string{"構 築"}},                                        // a space added
		{"\x1b[1mabc def\x1b[m", 3, []string{"\x1b[1mabc\x1b[m", "def"}},  // a style lost
		{"\x1b[1mabc def", 3, []string{"\x1b[1mabc", "\x1b[1mdef\x1b[m"}}, // left open
		{"a\nb", 3, []string{"a b"}},                                      // a hard break lost
		{"👨\u200d👩\u200d👧", 2, []string{"👨\u200d", "👩\u200d👧"}},           // a cluster split
	}
	for _, b := range bad {
		if wraptest.Check(b.in, b.width, b.out) == nil {
			t.Errorf("the checker passes %q as the wrap of %q at %d", b.out, b.in, b.width)
		}
	}
}

func TestLines(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"English as ansi.Wrap", "The new agreement replaces exclusivity with a multi-cloud framework.", 20,
			[]string{"The new agreement", "replaces exclusivity", "with a multi-cloud", "framework."}},
		{"after a hyphen", "with a multi-cloud framework", 14, []string{"with a multi-", "cloud", "framework"}},
		{"not 50-|50", "owned 50-50 by", 9, []string{"owned", "50-50 by"}},
		{"a word that fills the line keeps its full stop", "access to \"a larger market\".", 27,
			[]string{"access to \"a larger", "market\"."}},
		{"a closing quote and a bracket part at their space", "the article calls it a \"multi-partnership framework\" (P01).", 44,
			[]string{"the article calls it a \"multi-partnership", "framework\" (P01)."}},
		{"here too", "arrangement a \"multi-partnership framework\" (P01).", 43,
			[]string{"arrangement a \"multi-partnership framework\"", "(P01)."}},
		{"P11; never cut", "a right of first refusal (P11; N07)", 29, []string{"a right of first refusal", "(P11; N07)"}},
		{"an attached dash holds", "the Microsoft–OpenAI deal", 16, []string{"the", "Microsoft–OpenAI", "deal"}},
		{"a spaced dash breaks at its space", "the deal — it changed", 10, []string{"the deal —", "it changed"}},
		{"a slash between words holds", "use and/or more", 8, []string{"use", "and/or", "more"}},
		{"an address is cut after a slash", "https://example.com/a/very/long/path", 12,
			[]string{"https://", "example.com/", "a/very/long/", "path"}},
		{"a long word is cut where it fills the line", "Supercalifragilisticexpialidocious", 10,
			[]string{"Supercalif", "ragilistic", "expialidoc", "ious"}},
		{"Open|AI, Az|ure and 201|9 whole", "MicrosoftとOpenAIとAzureは2019年に", 12,
			[]string{"Microsoftと", "OpenAIと", "Azureは2019", "年に"}},
		{"構築 whole", "計算資源を構築する", 10, []string{"計算資源を", "構築する"}},
		{"a small kana is not left to start a line", "ちょっとした変化", 12, []string{"ちょっとした", "変化"}},
		{"pull the character before down", "ああああ。", 8, []string{"あああ", "あ。"}},
		{"an opening bracket goes down with its word", "あああ「独占」", 8, []string{"あああ", "「独占」"}},
		{"kinsoku first, then the word", "「Azure」", 7, []string{"「Azur", "e」"}},
		{"the punctuation of a cut goes with its word", "(P11;", 3, []string{"(", "P11", ";"}},
		{"forced at a tiny width", "ああ。", 2, []string{"あ", "あ", "。"}},
		{"a wide character alone at width 1", "あい", 1, []string{"あ", "い"}},
		{"an emoji sequence is never split", "👨\u200d👩\u200d👧👨\u200d👩\u200d👧", 3, []string{"👨\u200d👩\u200d👧", "👨\u200d👩\u200d👧"}},
		{"a combining mark stays with its letter", "cafe\u0301 cafe\u0301", 4, []string{"cafe\u0301", "cafe\u0301"}},
		{"hard breaks kept", "a\n\nb\n", 5, []string{"a", "", "b", ""}},
		{"CR LF is a hard break", "a\r\nb", 5, []string{"a", "b"}},
		{"empty", "", 5, []string{""}},
		{"spaces only", "   ", 5, []string{""}},
		{"an indent is kept", "  indented text", 12, []string{"  indented", "text"}},
		{"an indent that does not fit goes", "  indented text", 9, []string{"indented", "text"}},
		{"no break at a no-break space", "word\u00a0word word", 9, []string{"word\u00a0word", "word"}},
		{"an ideographic space goes at a break", "日本企業\u3000クラウド", 9, []string{"日本企業", "クラウド"}},
		{"a width below 1 is 1", "ab", 0, []string{"a", "b"}},
	}
	for _, c := range cases {
		got := wrap.Lines(c.in, c.width)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Lines(%q, %d)\n got %q\nwant %q", c.name, c.in, c.width, got, c.want)
		}
		if err := wraptest.Check(c.in, max(c.width, 1), got); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

func TestString(t *testing.T) {
	if got := wrap.String("one two three", 7); got != "one two\nthree" {
		t.Errorf("String: %q", got)
	}
}

func TestStyles(t *testing.T) {
	cases := []struct {
		name  string
		in    string
		width int
		want  []string
	}{
		{"a span across a break closes and reopens",
			"\x1b[1mbold text that \x1b[31mwraps\x1b[m around", 10,
			[]string{"\x1b[1mbold text\x1b[m", "\x1b[1mthat \x1b[31mwraps\x1b[m", "around"}},
		{"a style set at the break opens the next line",
			"plain \x1b[3mitalic", 6, []string{"plain", "\x1b[3mitalic\x1b[m"}},
		{"a reset at the break leaves the next line plain",
			"\x1b[1mbold\x1b[m plain", 5, []string{"\x1b[1mbold\x1b[m", "plain"}},
		{"a cut inside a styled word",
			"\x1b[38;2;1;2;3mSupercalifragilistic\x1b[m", 10,
			[]string{"\x1b[38;2;1;2;3mSupercalif\x1b[m", "\x1b[38;2;1;2;3mragilistic\x1b[m"}},
		{"an attribute this package does not know survives",
			"\x1b[53mover lined\x1b[m", 5, []string{"\x1b[53mover\x1b[m", "\x1b[53mlined\x1b[m"}},
		{"other escapes are dropped",
			"a \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ b\x1b[2J", 6, []string{"a link", "b"}},
		{"an unclosed style is closed on every line",
			"\x1b[4munder lined", 5, []string{"\x1b[4munder\x1b[m", "\x1b[4mlined\x1b[m"}},
		{"an empty line carries no style", "\x1b[1ma\n\nb", 5, []string{"\x1b[1ma\x1b[m", "", "\x1b[1mb\x1b[m"}},
	}
	for _, c := range cases {
		got := wrap.Lines(c.in, c.width)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Lines(%q, %d)\n got %q\nwant %q", c.name, c.in, c.width, got, c.want)
		}
		if err := wraptest.Check(c.in, c.width, got); err != nil {
			t.Errorf("%s: %v", c.name, err)
		}
	}
}

// A text styled again and again without a reset does not make every line
// longer than the last: past 16 sequences the style is folded into one,
// and every character keeps its style.
func TestStylesFolded(t *testing.T) {
	var b strings.Builder
	colours := []string{"\x1b[31m", "\x1b[1m", "\x1b[38;5;99m", "\x1b[22m", "\x1b[4:3m", "\x1b[48;2;9;8;7m", "\x1b[7m", "\x1b[27m"}
	for i := range 400 {
		b.WriteString(colours[i%len(colours)] + "word ")
	}
	in := b.String()
	lines := wrap.Lines(in, 30)
	if err := wraptest.Check(in, 30, lines); err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		if len(l) > 400 {
			t.Fatalf("line %d is %d bytes: the style is not folded", i, len(l))
		}
	}
}

func TestHanging(t *testing.T) {
	cases := []struct {
		name        string
		in          string
		first, rest string
		want        []string
	}{
		{"a list item", "one two three four five", "• ", "  ",
			[]string{"• one two", "  three", "  four five"}},
		{"a numbered item", "one two three four", "12. ", "    ",
			[]string{"12. one two", "    three", "    four"}},
		{"a block quote keeps its bar, on blank lines too", "one two three\n\nfour", "│ ", "│ ",
			[]string{"│ one two", "│ three", "│", "│ four"}},
		{"a styled prefix is closed", "one two three", "\x1b[2m│ ", "\x1b[2m│ ",
			[]string{"\x1b[2m│ \x1b[mone two", "\x1b[2m│ \x1b[mthree"}},
		{"a closed prefix is left alone", "one two three", "\x1b[2m│\x1b[m ", "\x1b[2m│\x1b[m ",
			[]string{"\x1b[2m│\x1b[m one two", "\x1b[2m│\x1b[m three"}},
		{"Japanese under a bullet", "日本企業の選択肢が広がる。", "• ", "  ",
			[]string{"• 日本企業", "  の選択肢", "  が広が", "  る。"}},
	}
	for _, c := range cases {
		got := wrap.Hanging(c.in, 11, c.first, c.rest)
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Hanging(%q)\n got %q\nwant %q", c.name, c.in, got, c.want)
		}
		for i, l := range got {
			if w := ansi.StringWidth(l); w > 11 {
				t.Errorf("%s: line %d %q is %d wide", c.name, i, l, w)
			}
		}
	}
}

// Hanging on the mixed paragraph: every line has its prefix, fits, and
// without its prefix is what Lines gives at the narrower width.
func TestHangingMixed(t *testing.T) {
	for width := 24; width <= 80; width += 7 {
		got := wrap.Hanging(mixed, width, "12. ", "    ")
		want := wrap.Lines(mixed, width-4)
		if len(got) != len(want) {
			t.Fatalf("width %d: %d lines, Lines gives %d", width, len(got), len(want))
		}
		for i, l := range got {
			prefix := "    "
			if i == 0 {
				prefix = "12. "
			}
			if l != prefix+want[i] || ansi.StringWidth(l) > width {
				t.Errorf("width %d, line %d: %q, want %q", width, i, l, prefix+want[i])
			}
		}
	}
}

func TestWidth(t *testing.T) {
	for _, s := range []string{"", "abc", "日本語", "\x1b[1mbold\x1b[m", "─│●○…→", "👨\u200d👩\u200d👧", "cafe\u0301", "🇯🇵", mixed} {
		if got, want := wrap.Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	}
}
