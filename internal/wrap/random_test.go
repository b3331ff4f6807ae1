package wrap_test

import (
	"math/rand/v2"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/dealtui/dealtui/internal/wrap"
	"github.com/dealtui/dealtui/internal/wrap/wraptest"
)

// The pieces random texts are made of: Latin words short and long, numbers,
// Japanese runs with small kana, ー and brackets, punctuation of both kinds,
// emoji (a ZWJ family, a flag, a skin tone), combining marks, and spaces of
// several kinds.
var (
	latin = []string{"OpenAI", "Azure", "Microsoft", "USD", "multi-cloud", "API", "P11;", "(P11; N07)",
		"e.g.", "OpenAI's", "it’s", "and/or", "Supercalifragilisticexpialidocious", "a", "I", "x",
		"Microsoft–OpenAI", "word—word", "café", "cafe\u0301", "naïve", "https://example.com/a/very/long/path"}
	numbers  = []string{"2019", "2032", "32.5%", "1,350", "10", "27–28", "50-50", "$10", "3/4", "0.5"}
	japanese = []string{"構築", "独占的な", "クラウド", "ちょっと", "ショック", "マルチパートナーシップ", "ー", "っ",
		"ゃ", "ァ", "ヵ", "知的財産権", "日本企業", "富士通", "ソフトバンクグループ", "計算資源", "あ"}
	punct = []string{"、", "。", "，", "．", "・", "：", "；", "？", "！", "」", "』", "）", "］", "｝", "〉", "》", "〕", "】",
		"「", "『", "（", "［", "｛", "〈", "《", "〔", "【", ".", ",", ";", ":", "!", "?", "(", ")", "\"", "'", "…", "—", "-", "/"}
	emoji  = []string{"👍", "👨\u200d👩\u200d👧", "🇯🇵", "👋🏽", "✔", "☺\ufe0f", "か\u3099"}
	spaces = []string{" ", " ", " ", "  ", "\u3000", "\u00a0", "\t", "\n", "\n\n"}
	sgrs   = []string{"\x1b[1m", "\x1b[3m", "\x1b[4m", "\x1b[4:3m", "\x1b[22m", "\x1b[23m", "\x1b[24m", "\x1b[31m",
		"\x1b[38;5;203m", "\x1b[38;2;10;20;30m", "\x1b[48;5;17m", "\x1b[39m", "\x1b[49m", "\x1b[7m", "\x1b[27m",
		"\x1b[9m", "\x1b[58:2::1:2:3m", "\x1b[m", "\x1b[0m", "\x1b[0;1;32m", "\x1b[1;2m", "\x1b[53m"}
)

// randomText makes a text of about n pieces; styled adds SGR sequences
// anywhere, inside a cluster too.
func randomText(rng *rand.Rand, n int, styled bool) string {
	var b strings.Builder
	for range n {
		switch x := rng.IntN(20); {
		case x < 6:
			b.WriteString(latin[rng.IntN(len(latin))])
		case x < 8:
			b.WriteString(numbers[rng.IntN(len(numbers))])
		case x < 13:
			b.WriteString(japanese[rng.IntN(len(japanese))])
		case x < 15:
			b.WriteString(punct[rng.IntN(len(punct))])
		case x < 16:
			b.WriteString(emoji[rng.IntN(len(emoji))])
		default:
			b.WriteString(spaces[rng.IntN(len(spaces))])
		}
	}
	if !styled {
		return b.String()
	}
	return sprinkle(rng, b.String())
}

// sprinkle puts SGR sequences at random byte offsets that are not inside
// a UTF-8 sequence.
func sprinkle(rng *rand.Rand, s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i]&0xc0 != 0x80 && rng.IntN(6) == 0 {
			b.WriteString(sgrs[rng.IntN(len(sgrs))])
		}
		b.WriteByte(s[i])
	}
	if rng.IntN(2) == 0 {
		b.WriteString("\x1b[m")
	}
	return b.String()
}

// Random mixed text, random styles, random widths 1–200: every invariant of
// check holds.
func TestRandomText(t *testing.T) {
	t.Parallel()
	rng := rand.New(rand.NewPCG(seed(), 23))
	runs := 3000 // -tags integration
	if !integrationRun {
		runs = 600
	}
	if testing.Short() {
		runs = 300
	}
	for i := range runs {
		in := randomText(rng, 1+rng.IntN(60), i%4 != 0)
		width := 1 + rng.IntN(200)
		if i%3 == 0 {
			width = 1 + rng.IntN(12) // the tiny widths, where the hard cases are
		}
		out := wrap.Lines(in, width)
		if err := wraptest.Check(in, width, out); err != nil {
			t.Fatalf("width %d, input %q:\n%v\nout: %q", width, in, err, out)
		}
	}
}

func seed() uint64 {
	if s := os.Getenv("WRAP_SEED"); s != "" {
		n, _ := strconv.ParseUint(s, 10, 64)
		return n
	}
	return 20
}
